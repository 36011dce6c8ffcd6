import { eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { conceptDetails, conceptLanguages, concepts, termbaseOrigins, terms } from "../../db/schema";
import { bumpVersion, readVersion } from "../versions";
import { parseLang } from "../../domain/languages";
import type { TermStatus, TermType } from "../../domain/terms/types";
import type { ConceptDoc, LanguageSection, TermDoc } from "../../formats/tbx/model";
import { applyDetailRows, detailRows, type DetailInsert } from "./details";

export const TERMBASE_VERSION_KEY = "termbase.version";

/** Every termbase write bumps this, so cached recognisers know to rebuild. */
export const bumpTermbaseVersion = (tx: DbOrTx): void => bumpVersion(tx, TERMBASE_VERSION_KEY);
export const termbaseVersion = (db: DbOrTx): string => readVersion(db, TERMBASE_VERSION_KEY);

/** File language tags to the codes we store: our four mapped (zh-CN -> zh), others by primary subtag. */
export function storedLang(tag: string): string {
  return parseLang(tag) ?? tag.toLowerCase().split(/[-_]/)[0]!;
}

export type TermView = TermDoc & { id: number };
export type LanguageView = Omit<LanguageSection, "terms"> & { terms: TermView[] };
export type ConceptView = Omit<ConceptDoc, "languages" | "externalId" | "subjectField" | "note"> & {
  id: number;
  externalId: string | null;
  /** the file or termbase the concept was imported from; null when made here */
  origin: string | null;
  subjectField: string | null;
  note: string | null;
  createdAt: string;
  modifiedAt: string;
  languages: Record<string, LanguageView>;
};

const CHUNK = 500;
const inChunks = <T>(ids: number[], load: (part: number[]) => T[]): T[] => {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) out.push(...load(ids.slice(i, i + CHUNK)));
  return out;
};

/** Loads concepts with their language sections, terms and details, in the order of `ids`. */
export function loadConcepts(db: DbOrTx, ids: number[]): ConceptView[] {
  if (ids.length === 0) return [];
  const rows = inChunks(ids, (part) =>
    db.select({ c: concepts, origin: termbaseOrigins.name }).from(concepts).leftJoin(termbaseOrigins, eq(termbaseOrigins.id, concepts.originId)).where(inArray(concepts.id, part)).all(),
  );
  const langs = inChunks(ids, (part) => db.select().from(conceptLanguages).where(inArray(conceptLanguages.conceptId, part)).all());
  const termRows = inChunks(ids, (part) => db.select().from(terms).where(inArray(terms.conceptId, part)).orderBy(terms.id).all());
  const details = inChunks(ids, (part) => db.select().from(conceptDetails).where(inArray(conceptDetails.conceptId, part)).all());
  const byId = new Map<number, ConceptView>();
  for (const { c, origin } of rows) {
    byId.set(c.id, { id: c.id, externalId: c.externalId, origin: origin ?? null, subjectField: c.subjectField, note: c.note, createdAt: c.createdAt, modifiedAt: c.modifiedAt, languages: {} });
  }
  const section = (conceptId: number, lang: string) => {
    const view = byId.get(conceptId)!;
    return (view.languages[lang] ??= { terms: [] });
  };
  for (const l of langs) if (l.note) section(l.conceptId, l.lang).note = l.note;
  const termById = new Map<number, TermView>();
  for (const t of termRows) {
    const view: TermView = { id: t.id, text: t.text, status: t.status as TermStatus };
    if (t.type) view.type = t.type as TermType;
    if (t.partOfSpeech) view.partOfSpeech = t.partOfSpeech;
    if (t.gender) view.gender = t.gender;
    if (t.caseSensitive) view.caseSensitive = true;
    if (t.usageNote) view.usageNote = t.usageNote;
    if (t.note) view.note = t.note;
    termById.set(t.id, view);
    section(t.conceptId, t.lang).terms.push(view);
  }
  const grouped = new Map<string, typeof details>();
  for (const d of details) {
    const key = d.termId !== null ? `t${d.termId}` : d.lang !== null ? `l${d.conceptId}:${d.lang}` : `c${d.conceptId}`;
    grouped.set(key, [...(grouped.get(key) ?? []), d]);
  }
  for (const [key, list] of grouped) {
    const first = list[0]!;
    const holder = key.startsWith("t") ? termById.get(first.termId!) : key.startsWith("l") ? section(first.conceptId, first.lang!) : byId.get(first.conceptId);
    if (holder) applyDetailRows(holder, list);
  }
  return ids.map((id) => byId.get(id)).filter((c): c is ConceptView => c !== undefined);
}

function insertDetails(tx: DbOrTx, conceptId: number, termId: number | null, rows: DetailInsert[]) {
  if (rows.length) tx.insert(conceptDetails).values(rows.map((r) => ({ ...r, conceptId, termId }))).run();
}

/** Inserts one term with its details; returns its id. */
export function insertTerm(tx: DbOrTx, conceptId: number, lang: string, t: TermDoc): number {
  const row = tx
    .insert(terms)
    .values({
      conceptId, lang, text: t.text.normalize("NFC").trim(), status: t.status, type: t.type ?? null, partOfSpeech: t.partOfSpeech ?? null,
      gender: t.gender ?? null, caseSensitive: t.caseSensitive ?? false, usageNote: t.usageNote ?? null, note: t.note ?? null,
    })
    .returning({ id: terms.id })
    .get();
  insertDetails(tx, conceptId, row.id, detailRows(t, lang));
  return row.id;
}

/** Replaces the details (contexts, sources, subsets …) of one term. */
export function replaceTermDetails(tx: DbOrTx, conceptId: number, termId: number, lang: string, t: TermDoc): void {
  tx.delete(conceptDetails).where(eq(conceptDetails.termId, termId)).run();
  insertDetails(tx, conceptId, termId, detailRows(t, lang));
}

/** Writes a concept's own details, language sections and terms (after deleting the old ones). */
export function writeConceptBody(tx: DbOrTx, conceptId: number, doc: Pick<ConceptDoc, "languages" | "definitions" | "sources" | "customerSubsets" | "projectSubsets" | "transactions" | "references">): void {
  tx.delete(terms).where(eq(terms.conceptId, conceptId)).run();
  tx.delete(conceptLanguages).where(eq(conceptLanguages.conceptId, conceptId)).run();
  tx.delete(conceptDetails).where(eq(conceptDetails.conceptId, conceptId)).run();
  insertDetails(tx, conceptId, null, detailRows(doc, null));
  for (const [tag, section] of Object.entries(doc.languages)) {
    const lang = storedLang(tag);
    if (section.note) tx.insert(conceptLanguages).values({ conceptId, lang, note: section.note }).onConflictDoNothing().run();
    insertDetails(tx, conceptId, null, detailRows(section, lang));
    for (const t of section.terms) insertTerm(tx, conceptId, lang, t);
  }
}

/** A term without its id. */
function termDoc(t: TermView): TermDoc {
  const { id: _id, ...rest } = t;
  return rest;
}

/** A concept as an interchange document (for export and change detection). */
export function toConceptDoc(view: ConceptView): ConceptDoc {
  const { id: _id, origin: _origin, createdAt: _c, modifiedAt: _m, externalId, subjectField, note, languages, ...annotations } = view;
  const doc: ConceptDoc = { languages: {} };
  if (externalId) doc.externalId = externalId;
  if (subjectField) doc.subjectField = subjectField;
  Object.assign(doc, annotations);
  if (note) doc.note = note;
  for (const [lang, s] of Object.entries(languages)) doc.languages[lang] = { ...s, terms: s.terms.map(termDoc) };
  return doc;
}
