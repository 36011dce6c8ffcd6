import { and, asc, eq, inArray, like, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "../../db/client";
import { concepts, termbaseOrigins, terms } from "../../db/schema";
import { AppError } from "../../errors";
import type { Annotations, ConceptDoc, RefObject, TermbaseDoc } from "../../formats/tbx/model";
import { loadConcepts, toConceptDoc, type ConceptView } from "./shared";

export type SearchInput = { q?: string; lang?: string; status?: string; subjectField?: string; limit?: number; offset?: number };

/**
 * Concepts whose terms match: `q` is a case-insensitive substring of a term in any language
 * (or in `lang`), filtered by term status and subject field.
 *
 * @example
 * searchConcepts({ db, input: { q: "durable", lang: "fr" } }).concepts[0].languages.hu.terms
 */
export function searchConcepts({ db, input }: { db: Db; input: SearchInput }): { total: number; concepts: ConceptView[] } {
  const termConditions: SQL[] = [];
  if (input.q) {
    const pattern = `%${input.q.normalize("NFC").toLowerCase().replace(/[%_\\]/g, (m) => `\\${m}`)}%`;
    termConditions.push(sql`lower(${terms.text}) like ${pattern} escape '\\'`);
  }
  if (input.lang) termConditions.push(eq(terms.lang, input.lang));
  if (input.status) termConditions.push(eq(terms.status, input.status));
  const conceptConditions: SQL[] = [];
  if (input.subjectField) conceptConditions.push(like(concepts.subjectField, input.subjectField));
  if (termConditions.length) {
    conceptConditions.push(inArray(concepts.id, db.select({ id: terms.conceptId }).from(terms).where(and(...termConditions))));
  }
  const where = conceptConditions.length ? and(...conceptConditions) : undefined;
  const total = db.select({ n: sql<number>`count(*)` }).from(concepts).where(where).get()?.n ?? 0;
  const ids = db
    .select({ id: concepts.id })
    .from(concepts)
    .where(where)
    .orderBy(asc(concepts.id))
    .limit(Math.min(input.limit ?? 50, 500))
    .offset(input.offset ?? 0)
    .all()
    .map((r) => r.id);
  return { total, concepts: loadConcepts(db, ids) };
}

export function getConcept({ db, input }: { db: Db; input: { id: number } }): ConceptView {
  const [view] = loadConcepts(db, [input.id]);
  if (!view) throw new AppError("NOT_FOUND", `Concept ${input.id} does not exist`);
  return view;
}

export const GLOSSA_TERMBASE_TITLE = "Glossa termbase";
const slug = (s: string) => s.normalize("NFKD").replace(/[^\w.-]+/g, "-").replace(/^[^A-Za-z_]+/, "").slice(0, 40) || "origin";

/**
 * The termbase (or the concepts of one origin) as an interchange document. Concepts keep the
 * ids of their file where these are unique in the export; an id two origins share is prefixed
 * with its origin, and references inside an origin follow. Concepts made here are "glossa-<n>".
 * The title is the origin's name when all concepts come from one, so re-importing the export
 * updates them.
 *
 * @example
 * writeTbx(exportTermbase({ db, input: { origin: "TBX-Basic Sample File" } }))
 */
export function exportTermbase({ db, input = {} }: { db: Db; input?: { origin?: string } }): TermbaseDoc {
  let originFilter: number | undefined;
  if (input.origin !== undefined) {
    const origin = db.select().from(termbaseOrigins).where(eq(termbaseOrigins.name, input.origin)).get();
    if (!origin) throw new AppError("NOT_FOUND", `No concepts were imported under the origin “${input.origin}”`);
    originFilter = origin.id;
  }
  const ids = db.select({ id: concepts.id }).from(concepts).where(originFilter === undefined ? undefined : eq(concepts.originId, originFilter)).orderBy(asc(concepts.id)).all().map((r) => r.id);
  const views = loadConcepts(db, ids);
  const origins = [...new Set(views.map((v) => v.origin))];
  const idCount = new Map<string, number>();
  for (const v of views) if (v.externalId) idCount.set(v.externalId, (idCount.get(v.externalId) ?? 0) + 1);
  const renamed = new Map<string, Map<string, string>>();
  const docs = views.map((v) => {
    const doc = toConceptDoc(v);
    if (!v.externalId) doc.externalId = `glossa-${v.id}`;
    else if ((idCount.get(v.externalId) ?? 0) > 1 && v.origin) {
      doc.externalId = `${slug(v.origin)}-${v.externalId}`;
      const map = renamed.get(v.origin) ?? new Map<string, string>();
      map.set(v.externalId, doc.externalId);
      renamed.set(v.origin, map);
    }
    return { doc, origin: v.origin };
  });
  for (const { doc, origin } of docs) {
    const map = origin ? renamed.get(origin) : undefined;
    if (map) remapTargets(doc, map);
  }
  const refObjects = new Map<string, RefObject>();
  const originRows = db.select().from(termbaseOrigins).all().filter((o) => origins.includes(o.name));
  for (const o of originRows) for (const r of o.refObjects) if (!refObjects.has(r.id)) refObjects.set(r.id, r);
  const title = origins.length === 1 && origins[0] ? origins[0] : GLOSSA_TERMBASE_TITLE;
  return { title, concepts: docs.map((d) => d.doc), ...(refObjects.size ? { refObjects: [...refObjects.values()] } : {}) };
}

function remapTargets(doc: ConceptDoc, map: Map<string, string>): void {
  const fix = (a: Annotations) => {
    for (const r of a.references ?? []) if (r.target && map.has(r.target)) r.target = map.get(r.target);
  };
  fix(doc);
  for (const s of Object.values(doc.languages)) {
    fix(s);
    for (const t of s.terms) fix(t);
  }
}

/** The origins (files or termbases imported under a name), with their concept counts. */
export function listOrigins({ db }: { db: Db }): Array<{ name: string; concepts: number }> {
  return db
    .select({ name: termbaseOrigins.name, concepts: sql<number>`count(${concepts.id})` })
    .from(termbaseOrigins)
    .leftJoin(concepts, eq(concepts.originId, termbaseOrigins.id))
    .groupBy(termbaseOrigins.id)
    .orderBy(asc(termbaseOrigins.name))
    .all();
}

/** The subject fields in use, for the editor's filter. */
export function subjectFields({ db }: { db: Db }): string[] {
  return db
    .selectDistinct({ s: concepts.subjectField })
    .from(concepts)
    .where(or(sql`${concepts.subjectField} is not null`))
    .orderBy(asc(concepts.subjectField))
    .all()
    .map((r) => r.s!)
    .filter(Boolean);
}
