/**
 * Importing a termbase: plan every entry by explicit rules (./import-plan), then write the plan
 * in short transactions of a few hundred concepts, giving the event loop back between them so
 * the server keeps answering during a large import. Each batch journals what it changed; if a
 * batch fails, everything the run wrote is undone, so a failed import changes nothing. A run
 * left unfinished by a crash is undone on the next start.
 */
import { desc, eq } from "drizzle-orm";
import type { Db, DbOrTx } from "../../db/client";
import { concepts, glossaryImportJournal, glossaryImportRuns, termbaseOrigins } from "../../db/schema";
import { AppError } from "../../errors";
import type { ConceptDoc, InterchangeError, RefObject, TermbaseDoc } from "../../formats/tbx/model";
import { recordAudit } from "../audit";
import { canonical, loadForMerge, planImport, type ConceptOutcome, type ImportPlan, type MatchRule } from "./import-plan";
import { mergeConcept } from "./merge";
import { bumpTermbaseVersion, writeConceptBody } from "./shared";

export type ImportResult = {
  /** the origin (file or termbase name) the concept ids belong to */
  origin: string;
  dryRun: boolean;
  created: number;
  updated: number;
  merged: number;
  skipped: number;
  /** refused rows (CSV) and failures, with their line */
  errors: InterchangeError[];
  warnings: InterchangeError[];
  /** what happened (or would happen) to each entry, with the rule that decided it */
  concepts: ConceptOutcome[];
};
export type ImportInput = { doc: TermbaseDoc; origin: string; match?: readonly MatchRule[]; dryRun?: boolean; errors?: InterchangeError[]; warnings?: InterchangeError[] };

/** Concepts written per transaction: small enough that one batch takes a few milliseconds. */
export const IMPORT_BATCH = 250;
const activeRuns = new Set<number>();
const queues = new WeakMap<Db, Promise<unknown>>();
const nextTick = () => new Promise<void>((resolve) => setImmediate(resolve));

type Before = { doc: ConceptDoc; originId: number | null; modifiedAt?: string; modifiedBy?: number | null };

function counts(outcomes: ConceptOutcome[]) {
  const n = { created: 0, updated: 0, merged: 0, skipped: 0 };
  for (const o of outcomes) {
    if (o.action === "create") n.created++;
    else if (o.action === "update") n.updated++;
    else if (o.action === "merge") n.merged++;
    else n.skipped++;
  }
  return n;
}

/** Writes one concept's fields and body; returns its id. */
function writeConcept(tx: DbOrTx, doc: ConceptDoc, originId: number | null, actorId: number | null, existingId?: number): number {
  const fields = { externalId: doc.externalId ?? null, originId, subjectField: doc.subjectField ?? null, note: doc.note ?? null, modifiedBy: actorId };
  let id = existingId;
  if (id === undefined) id = tx.insert(concepts).values({ ...fields, createdBy: actorId }).returning({ id: concepts.id }).get().id;
  else tx.update(concepts).set({ ...fields, modifiedAt: new Date().toISOString() }).where(eq(concepts.id, id)).run();
  writeConceptBody(tx, id, doc);
  return id;
}

function mergeRefObjects(tx: DbOrTx, originId: number, incoming: RefObject[] | undefined) {
  if (!incoming?.length) return;
  const origin = tx.select().from(termbaseOrigins).where(eq(termbaseOrigins.id, originId)).get()!;
  const byId = new Map(origin.refObjects.map((r) => [r.id, r]));
  for (const r of incoming) byId.set(r.id, r);
  tx.update(termbaseOrigins).set({ refObjects: [...byId.values()] }).where(eq(termbaseOrigins.id, originId)).run();
}

/** Undoes what a run wrote, newest change first, in one transaction. */
function undoRun(db: Db, runId: number): void {
  db.transaction((tx) => {
    const journal = tx.select().from(glossaryImportJournal).where(eq(glossaryImportJournal.runId, runId)).orderBy(desc(glossaryImportJournal.id)).all();
    for (const row of journal) {
      if (row.action === "create") tx.delete(concepts).where(eq(concepts.id, row.conceptId)).run();
      else {
        const before = row.before as Before;
        writeConcept(tx, before.doc, before.originId, before.modifiedBy ?? null, row.conceptId);
        if (before.modifiedAt) tx.update(concepts).set({ modifiedAt: before.modifiedAt }).where(eq(concepts.id, row.conceptId)).run();
      }
    }
    const run = tx.select().from(glossaryImportRuns).where(eq(glossaryImportRuns.id, runId)).get();
    const createdOrigin = (run?.report as { createdOrigin?: boolean } | null)?.createdOrigin;
    tx.update(glossaryImportRuns).set({ status: "undone", finishedAt: new Date().toISOString(), originId: createdOrigin ? null : run?.originId }).where(eq(glossaryImportRuns.id, runId)).run();
    if (createdOrigin && run?.originId && !tx.select({ id: concepts.id }).from(concepts).where(eq(concepts.originId, run.originId)).get()) {
      tx.delete(termbaseOrigins).where(eq(termbaseOrigins.id, run.originId)).run();
    }
    tx.delete(glossaryImportJournal).where(eq(glossaryImportJournal.runId, runId)).run();
    if (journal.length) bumpTermbaseVersion(tx);
  });
}

/**
 * Undoes the imports a crash left half done (runs still `running` that no import of this
 * process is carrying out). Called when the glossary routes start and before each import.
 */
export function recoverInterruptedImports(db: Db): number {
  const stale = db.select({ id: glossaryImportRuns.id }).from(glossaryImportRuns).where(eq(glossaryImportRuns.status, "running")).all().filter((r) => !activeRuns.has(r.id));
  for (const r of stale) undoRun(db, r.id);
  return stale.length;
}

async function applyPlan(db: Db, plan: ImportPlan, input: ImportInput, actorId: number | null): Promise<void> {
  const run = db.transaction((tx) => {
    let originId = plan.originId;
    const createdOrigin = originId === undefined;
    originId ??= tx.insert(termbaseOrigins).values({ name: plan.origin }).returning({ id: termbaseOrigins.id }).get().id;
    mergeRefObjects(tx, originId, input.doc.refObjects);
    const id = tx.insert(glossaryImportRuns).values({ originId, actorId, report: { createdOrigin } }).returning({ id: glossaryImportRuns.id }).get().id;
    return { id, originId };
  });
  activeRuns.add(run.id);
  try {
    const changes = plan.outcomes.filter((o) => o.action !== "skip");
    for (let i = 0; i < changes.length; i += IMPORT_BATCH) {
      db.transaction((tx) => {
        for (const o of changes.slice(i, i + IMPORT_BATCH)) {
          const entry = input.doc.concepts[o.entry - 1]!;
          if (o.action === "create") {
            o.conceptId = writeConcept(tx, entry, run.originId, actorId);
            tx.insert(glossaryImportJournal).values({ runId: run.id, conceptId: o.conceptId, action: "create" }).run();
            recordAudit(tx, { userId: actorId, action: "concept.import.create", entity: "concept", entityId: o.conceptId, after: entry });
            continue;
          }
          const before = plan.before.get(o.conceptId!)!;
          const existing = tx.select({ originId: concepts.originId, modifiedAt: concepts.modifiedAt, modifiedBy: concepts.modifiedBy }).from(concepts).where(eq(concepts.id, o.conceptId!)).get();
          if (!existing) throw new AppError("CONFLICT", `Concept ${o.conceptId} was deleted during the import`);
          tx.insert(glossaryImportJournal).values({ runId: run.id, conceptId: o.conceptId!, action: o.action, before: { doc: before, ...existing } satisfies Before }).run();
          const after = o.action === "merge" ? mergeConcept(before, entry) : entry;
          writeConcept(tx, after, o.action === "merge" ? existing.originId : run.originId, actorId, o.conceptId);
          recordAudit(tx, { userId: actorId, action: `concept.import.${o.action}`, entity: "concept", entityId: o.conceptId!, before, after });
        }
        bumpTermbaseVersion(tx);
      });
      await nextTick();
    }
    db.transaction((tx) => {
      tx.update(glossaryImportRuns).set({ status: "done", finishedAt: new Date().toISOString(), report: { origin: plan.origin, ...counts(plan.outcomes) } }).where(eq(glossaryImportRuns.id, run.id)).run();
      tx.delete(glossaryImportJournal).where(eq(glossaryImportJournal.runId, run.id)).run();
    });
  } catch (error) {
    undoRun(db, run.id);
    throw error;
  } finally {
    activeRuns.delete(run.id);
  }
}

/**
 * Imports (or, with `dryRun`, only plans) a termbase under an origin. Imports into one
 * database run one after another.
 *
 * @example
 * const result = await importTermbase({ db, input: { doc, origin: "Astronomy", dryRun: true } });
 * result.concepts.filter((c) => c.action === "update")
 */
export async function importTermbase({ db, input, actorId }: { db: Db; input: ImportInput; actorId?: number | null }): Promise<ImportResult> {
  const origin = input.origin.normalize("NFC").trim().slice(0, 200);
  if (!origin) throw new AppError("VALIDATION", "The origin (termbase or file name) is empty");
  const run = async (): Promise<ImportResult> => {
    recoverInterruptedImports(db);
    const plan = planImport(db, { doc: input.doc, origin, match: input.match ?? ["id"] });
    loadForMerge(db, plan);
    if (!input.dryRun) await applyPlan(db, plan, { ...input, origin }, actorId ?? null);
    return { origin, dryRun: input.dryRun ?? false, ...counts(plan.outcomes), errors: input.errors ?? [], warnings: input.warnings ?? [], concepts: plan.outcomes };
  };
  const previous = queues.get(db) ?? Promise.resolve();
  const current = previous.catch(() => undefined).then(run);
  queues.set(db, current);
  return current;
}

export { canonical };
