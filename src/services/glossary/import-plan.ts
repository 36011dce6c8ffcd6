/**
 * What an import will do with each entry of a file, decided before anything is written and by
 * explicit rules only, each outcome with its reason:
 *
 * - "id" (always): an entry updates the concept of the same origin with the same id — unless the
 *   two share no term at all, which means two different files were given one origin name: the
 *   entry is then skipped as a conflict rather than overwrite an unrelated concept;
 * - "term" (only when asked): an entry without such a concept merges into an existing concept
 *   whose preferred term in the same language is the same (case-insensitively);
 * - otherwise the entry is created. Two entries of one file never end up in one concept.
 *
 * Lookups use maps built once per import (linear in the termbase and the file), not a query
 * per entry.
 */
import { eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { concepts, termbaseOrigins, terms } from "../../db/schema";
import { basicDate, basicTransactionType } from "../../formats/tbx/basic-form";
import type { ConceptDoc, TermbaseDoc, Transaction } from "../../formats/tbx/model";
import { loadConcepts, storedLang, toConceptDoc } from "./shared";

export const MATCH_RULES = ["id", "term"] as const;
export type MatchRule = (typeof MATCH_RULES)[number];
export type ImportAction = "create" | "update" | "merge" | "skip";
/** Why an entry gets its action, for translated reports; `reason` says it in English. */
export type OutcomeCode = "new" | "noSuchId" | "sameId" | "unchanged" | "conflict" | "duplicateId" | "sameTerm" | "termTaken";
export type ConceptOutcome = {
  entry: number;
  externalId?: string;
  label: string;
  action: ImportAction;
  conceptId?: number;
  code: OutcomeCode;
  /** the values the reason names: origin, id, term, language, other entry, other concept */
  params: Record<string, string | number>;
  reason: string;
};
export type ImportPlan = { origin: string; originId?: number; outcomes: ConceptOutcome[]; before: Map<number, ConceptDoc> };

const key = (lang: string, text: string) => `${storedLang(lang)}\u0000${text.normalize("NFC").toLocaleLowerCase("und")}`;

/** The term an entry is known by in reports: its first preferred term (or first term). */
export function labelOf(doc: ConceptDoc): string {
  for (const [lang, s] of Object.entries(doc.languages)) {
    const t = s.terms.find((x) => x.status === "preferred") ?? s.terms[0];
    if (t) return `${t.text} (${lang})`;
  }
  return "(no term)";
}

const termKeys = (doc: ConceptDoc) => new Set(Object.entries(doc.languages).flatMap(([lang, s]) => s.terms.map((t) => key(lang, t.text))));
const preferredKeys = (doc: ConceptDoc) =>
  Object.entries(doc.languages).flatMap(([lang, s]) => {
    const t = s.terms.find((x) => x.status === "preferred") ?? s.terms[0];
    return t ? [key(lang, t.text)] : [];
  });

/**
 * A concept compared for "unchanged": canonical JSON with sorted keys and stored language
 * codes, transactions as TBX-Basic has them (a re-imported export is unchanged even though
 * Basic wrote "creation" as "origination").
 */
export function canonical(doc: ConceptDoc): string {
  const languages = Object.fromEntries(Object.entries(doc.languages).map(([l, s]) => [storedLang(l), s]));
  return JSON.stringify({ ...doc, languages }, (k, v) => {
    if (k === "transactions" && Array.isArray(v)) return (v as Transaction[]).map((t) => ({ ...t, type: basicTransactionType(t.type), date: basicDate(t.date) }));
    return v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v;
  });
}

/** Existing preferred terms, by language and case-folded text, for the "term" rule. */
function preferredIndex(db: DbOrTx): Map<string, number[]> {
  const index = new Map<string, number[]>();
  for (const row of db.select({ conceptId: terms.conceptId, lang: terms.lang, text: terms.text }).from(terms).where(eq(terms.status, "preferred")).all()) {
    const k = key(row.lang, row.text);
    index.set(k, [...(index.get(k) ?? []), row.conceptId]);
  }
  return index;
}

/**
 * Plans an import of `doc` under the origin `origin`.
 *
 * @example
 * planImport(db, { doc, origin: "Astronomy", match: ["id"] }).outcomes[0] // { action: "create", reason: "new concept", … }
 */
export function planImport(db: DbOrTx, input: { doc: TermbaseDoc; origin: string; match: readonly MatchRule[] }): ImportPlan {
  const origin = db.select().from(termbaseOrigins).where(eq(termbaseOrigins.name, input.origin)).get();
  const byId = new Map<string, number>();
  if (origin) for (const r of db.select({ id: concepts.id, externalId: concepts.externalId }).from(concepts).where(eq(concepts.originId, origin.id)).all()) if (r.externalId) byId.set(r.externalId, r.id);
  const wanted = input.doc.concepts.flatMap((c) => (c.externalId && byId.has(c.externalId) ? [byId.get(c.externalId)!] : []));
  const before = new Map<number, ConceptDoc>();
  for (let i = 0; i < wanted.length; i += 500) for (const v of loadConcepts(db, wanted.slice(i, i + 500))) before.set(v.id, toConceptDoc(v));
  const byTerm = input.match.includes("term") ? preferredIndex(db) : undefined;
  const claimed = new Map<number, number>();
  const seenIds = new Map<string, number>();
  const outcomes: ConceptOutcome[] = [];

  input.doc.concepts.forEach((doc, entry) => {
    const base = { entry: entry + 1, ...(doc.externalId ? { externalId: doc.externalId } : {}), label: labelOf(doc) };
    const out = (action: ImportAction, code: OutcomeCode, params: Record<string, string | number>, reason: string, conceptId?: number) =>
      outcomes.push({ ...base, action, code, params, reason, ...(conceptId ? { conceptId } : {}) });
    const originName = input.origin;
    if (doc.externalId && seenIds.has(doc.externalId)) {
      const other = seenIds.get(doc.externalId)!;
      return out("skip", "duplicateId", { id: doc.externalId, other }, `the id ${doc.externalId} was already used by entry ${other} of this file`);
    }
    if (doc.externalId) seenIds.set(doc.externalId, entry + 1);
    const sameId = doc.externalId ? byId.get(doc.externalId) : undefined;
    if (sameId !== undefined) {
      const existing = before.get(sameId)!;
      const shared = [...termKeys(doc)].some((k) => termKeys(existing).has(k));
      const params = { origin: originName, id: doc.externalId! };
      if (!shared) {
        const reason = `conflict: id ${doc.externalId} of “${originName}” is “${labelOf(existing)}”, which shares no term with this entry; import the file under another origin name to keep both`;
        return out("skip", "conflict", { ...params, term: labelOf(existing) }, reason, sameId);
      }
      claimed.set(sameId, entry + 1);
      if (canonical({ ...existing, externalId: doc.externalId }) === canonical(doc)) return out("skip", "unchanged", params, `unchanged (same origin and id ${doc.externalId})`, sameId);
      return out("update", "sameId", params, `same origin “${originName}” and id ${doc.externalId}`, sameId);
    }
    if (byTerm) {
      for (const k of preferredKeys(doc)) {
        const candidates = (byTerm.get(k) ?? []).filter((id) => !claimed.has(id));
        const [lang, term] = k.split("\u0000") as [string, string];
        if (candidates.length) {
          claimed.set(candidates[0]!, entry + 1);
          return out("merge", "sameTerm", { term, lang }, `same preferred term “${term}” in ${lang}`, candidates[0]);
        }
        const taken = byTerm.get(k)?.[0];
        if (taken !== undefined) {
          const other = claimed.get(taken)!;
          return out("create", "termTaken", { term, lang, concept: taken, other }, `its preferred term “${term}” matches concept ${taken}, which entry ${other} of this file already updates`);
        }
      }
    }
    if (doc.externalId) return out("create", "noSuchId", { origin: originName, id: doc.externalId }, `no concept of “${originName}” has the id ${doc.externalId}`);
    return out("create", "new", {}, "new concept");
  });
  return { origin: input.origin, ...(origin ? { originId: origin.id } : {}), outcomes, before };
}

/** Existing concepts matched for merging, loaded as documents (for the "term" rule). */
export function loadForMerge(db: DbOrTx, plan: ImportPlan): void {
  const ids = plan.outcomes.filter((o) => o.action === "merge" && !plan.before.has(o.conceptId!)).map((o) => o.conceptId!);
  for (let i = 0; i < ids.length; i += 500) for (const v of loadConcepts(db, ids.slice(i, i + 500))) plan.before.set(v.id, toConceptDoc(v));
}
