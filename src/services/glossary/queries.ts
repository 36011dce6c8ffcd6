import { and, asc, eq, inArray, like, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "../../db/client";
import { concepts, terms } from "../../db/schema";
import { AppError } from "../../errors";
import type { TermbaseDoc } from "../../formats/tbx/model";
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

/** The whole termbase as an interchange document. */
export function exportTermbase({ db }: { db: Db }): TermbaseDoc {
  const ids = db.select({ id: concepts.id }).from(concepts).orderBy(asc(concepts.id)).all().map((r) => r.id);
  const docs = [];
  for (let i = 0; i < ids.length; i += 500) docs.push(...loadConcepts(db, ids.slice(i, i + 500)).map(toConceptDoc));
  return { title: "Glossa termbase", concepts: docs };
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
