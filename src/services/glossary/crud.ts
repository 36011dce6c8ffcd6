import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../../db/client";
import { concepts, terms } from "../../db/schema";
import { AppError } from "../../errors";
import type { ConceptDoc, TermDoc } from "../../formats/tbx/model";
import { recordAudit } from "../audit";
import { bumpTermbaseVersion, insertTerm, loadConcepts, replaceTermDetails, storedLang, toConceptDoc, writeConceptBody, type ConceptView } from "./shared";

type Actor = { actorId: number };

function requireConcept(db: Db | Parameters<Parameters<Db["transaction"]>[0]>[0], id: number): ConceptView {
  const [view] = loadConcepts(db, [id]);
  if (!view) throw new AppError("NOT_FOUND", `Concept ${id} does not exist`);
  return view;
}

function checkTerms(doc: ConceptDoc) {
  if (!Object.values(doc.languages).some((s) => s.terms.length)) throw new AppError("VALIDATION", "A concept needs at least one term");
}

/**
 * Creates a concept with its language sections and terms.
 *
 * @example
 * createConcept({ db, input: { subjectField: "culture", languages: { fr: { terms: [{ text: "patrimoine culturel", status: "preferred" }] } } }, actorId })
 */
export function createConcept({ db, input, actorId }: { db: Db; input: ConceptDoc } & Actor): ConceptView {
  checkTerms(input);
  const id = db.transaction((tx) => {
    // Ids of concepts made here are unique among themselves; imported ones belong to their origin.
    if (input.externalId && tx.select().from(concepts).where(and(isNull(concepts.originId), eq(concepts.externalId, input.externalId))).get()) {
      throw new AppError("CONFLICT", `A concept with id ${input.externalId} exists already`);
    }
    const row = tx
      .insert(concepts)
      .values({ externalId: input.externalId ?? null, subjectField: input.subjectField ?? null, note: input.note ?? null, createdBy: actorId, modifiedBy: actorId })
      .returning({ id: concepts.id })
      .get();
    writeConceptBody(tx, row.id, input);
    bumpTermbaseVersion(tx);
    recordAudit(tx, { userId: actorId, action: "concept.create", entity: "concept", entityId: row.id, after: input });
    return row.id;
  });
  return requireConcept(db, id);
}

/** Replaces a concept's fields and language sections (the editor saves the whole concept). */
export function updateConcept({ db, input, actorId }: { db: Db; input: { id: number; concept: ConceptDoc; expectedModifiedAt?: string } } & Actor): ConceptView {
  checkTerms(input.concept);
  db.transaction((tx) => {
    const before = requireConcept(tx, input.id);
    if (input.expectedModifiedAt && input.expectedModifiedAt !== before.modifiedAt) {
      throw new AppError("STALE_VERSION", "Someone changed this concept since you opened it", { current: before });
    }
    const c = input.concept;
    tx.update(concepts)
      .set({ externalId: c.externalId ?? before.externalId, subjectField: c.subjectField ?? null, note: c.note ?? null, modifiedBy: actorId, modifiedAt: new Date().toISOString() })
      .where(eq(concepts.id, input.id))
      .run();
    writeConceptBody(tx, input.id, c);
    bumpTermbaseVersion(tx);
    recordAudit(tx, { userId: actorId, action: "concept.update", entity: "concept", entityId: input.id, before: toConceptDoc(before), after: c });
  });
  return requireConcept(db, input.id);
}

export function deleteConcept({ db, input, actorId }: { db: Db; input: { id: number } } & Actor): void {
  db.transaction((tx) => {
    const before = requireConcept(tx, input.id);
    tx.delete(concepts).where(eq(concepts.id, input.id)).run();
    bumpTermbaseVersion(tx);
    recordAudit(tx, { userId: actorId, action: "concept.delete", entity: "concept", entityId: input.id, before: toConceptDoc(before) });
  });
}

/** Adds one term to a concept in one language. */
export function addTerm({ db, input, actorId }: { db: Db; input: { conceptId: number; lang: string; term: TermDoc } } & Actor): ConceptView {
  db.transaction((tx) => {
    requireConcept(tx, input.conceptId);
    const lang = storedLang(input.lang);
    const t = input.term;
    insertTerm(tx, input.conceptId, lang, t);
    tx.update(concepts).set({ modifiedBy: actorId, modifiedAt: new Date().toISOString() }).where(eq(concepts.id, input.conceptId)).run();
    bumpTermbaseVersion(tx);
    recordAudit(tx, { userId: actorId, action: "term.create", entity: "concept", entityId: input.conceptId, after: { ...t, lang } });
  });
  return requireConcept(db, input.conceptId);
}

export function updateTerm({ db, input, actorId }: { db: Db; input: { termId: number; changes: Partial<TermDoc> } } & Actor): ConceptView {
  const conceptId = db.transaction((tx) => {
    const before = tx.select().from(terms).where(eq(terms.id, input.termId)).get();
    if (!before) throw new AppError("NOT_FOUND", `Term ${input.termId} does not exist`);
    const { contexts, sources, customerSubsets, projectSubsets, transactions, references, geographicalUsage, termLocation, ...c } = input.changes;
    tx.update(terms)
      .set({ ...c, ...(c.text ? { text: c.text.normalize("NFC").trim() } : {}), modifiedAt: new Date().toISOString() })
      .where(eq(terms.id, input.termId))
      .run();
    const details = { contexts, sources, customerSubsets, projectSubsets, transactions, references, geographicalUsage, termLocation };
    if (Object.values(details).some((v) => v !== undefined)) {
      const current = loadConcepts(tx, [before.conceptId])[0]!.languages[before.lang]!.terms.find((x) => x.id === input.termId)!;
      replaceTermDetails(tx, before.conceptId, input.termId, before.lang, { ...current, ...Object.fromEntries(Object.entries(details).filter(([, v]) => v !== undefined)) });
    }
    tx.update(concepts).set({ modifiedBy: actorId, modifiedAt: new Date().toISOString() }).where(eq(concepts.id, before.conceptId)).run();
    bumpTermbaseVersion(tx);
    recordAudit(tx, { userId: actorId, action: "term.update", entity: "term", entityId: input.termId, before, after: c });
    return before.conceptId;
  });
  return requireConcept(db, conceptId);
}

export function deleteTerm({ db, input, actorId }: { db: Db; input: { termId: number } } & Actor): void {
  db.transaction((tx) => {
    const before = tx.select().from(terms).where(eq(terms.id, input.termId)).get();
    if (!before) throw new AppError("NOT_FOUND", `Term ${input.termId} does not exist`);
    tx.delete(terms).where(eq(terms.id, input.termId)).run();
    bumpTermbaseVersion(tx);
    recordAudit(tx, { userId: actorId, action: "term.delete", entity: "term", entityId: input.termId, before });
  });
}
