import { readFileSync } from "node:fs";
import { and, eq, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "../../db/client";
import { concepts, terms } from "../../db/schema";
import { findTextProblem, forbiddenCharacter } from "../../domain/text-safety";
import { AppError } from "../../errors";
import { readGlossaryCsv } from "../../formats/glossary-csv";
import { decodeText, EncodingError } from "../../formats/text-decoding";
import type { ConceptDoc, InterchangeError, TermbaseDoc } from "../../formats/tbx/model";
import { readTbx } from "../../formats/tbx/reader";
import { recordAudit } from "../audit";
import { bumpTermbaseVersion, loadConcepts, storedLang, toConceptDoc, writeConceptBody } from "./shared";

export type ImportResult = { created: number; updated: number; skipped: number; errors: InterchangeError[]; warnings: InterchangeError[] };

const normalised = (doc: ConceptDoc) => {
  const languages = Object.fromEntries(Object.entries(doc.languages).map(([l, s]) => [storedLang(l), s]).sort(([a], [b]) => String(a).localeCompare(String(b))));
  return JSON.stringify({ ...doc, languages }, (_k, v) => (v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v));
};

/** The existing concept an imported one stands for: same id, else the same preferred term. */
function findExisting(tx: DbOrTx, doc: ConceptDoc): number | undefined {
  if (doc.externalId) {
    const byId = tx.select({ id: concepts.id }).from(concepts).where(eq(concepts.externalId, doc.externalId)).get();
    if (byId) return byId.id;
  }
  for (const [tag, section] of Object.entries(doc.languages)) {
    const preferred = section.terms.find((t) => t.status === "preferred") ?? section.terms[0];
    if (!preferred) continue;
    const row = tx
      .select({ conceptId: terms.conceptId })
      .from(terms)
      .where(and(eq(terms.lang, storedLang(tag)), eq(terms.status, "preferred"), sql`lower(${terms.text}) = lower(${preferred.text})`))
      .get();
    if (row) return row.conceptId;
  }
  return undefined;
}

/**
 * Imports a termbase in one transaction: a file with errors changes nothing. Concepts already
 * present (same id, or same preferred term) are updated, unchanged ones skipped.
 *
 * @example
 * importTermbase({ db, input: { doc: readTbx(xml).doc }, actorId })
 */
export function importTermbase({ db, input, actorId }: { db: Db; input: { doc: TermbaseDoc }; actorId?: number | null }): ImportResult {
  const result: ImportResult = { created: 0, updated: 0, skipped: 0, errors: [], warnings: [] };
  db.transaction((tx) => {
    for (const doc of input.doc.concepts) {
      const existingId = findExisting(tx, doc);
      const now = new Date().toISOString();
      if (existingId !== undefined) {
        const [before] = loadConcepts(tx, [existingId]);
        const beforeDoc = toConceptDoc(before!);
        if (normalised({ ...beforeDoc, externalId: doc.externalId ?? beforeDoc.externalId }) === normalised({ ...doc, externalId: doc.externalId ?? beforeDoc.externalId })) {
          result.skipped++;
          continue;
        }
        tx.update(concepts)
          .set({ externalId: doc.externalId ?? before!.externalId, subjectField: doc.subjectField ?? null, source: doc.source ?? null, note: doc.note ?? null, modifiedBy: actorId ?? null, modifiedAt: now })
          .where(eq(concepts.id, existingId))
          .run();
        writeConceptBody(tx, existingId, doc.languages);
        recordAudit(tx, { userId: actorId, action: "concept.import.update", entity: "concept", entityId: existingId, before: beforeDoc, after: doc });
        result.updated++;
      } else {
        const row = tx
          .insert(concepts)
          .values({ externalId: doc.externalId ?? null, subjectField: doc.subjectField ?? null, source: doc.source ?? null, note: doc.note ?? null, createdBy: actorId ?? null, modifiedBy: actorId ?? null })
          .returning({ id: concepts.id })
          .get();
        writeConceptBody(tx, row.id, doc.languages);
        recordAudit(tx, { userId: actorId, action: "concept.import.create", entity: "concept", entityId: row.id, after: doc });
        result.created++;
      }
    }
    if (result.created || result.updated) bumpTermbaseVersion(tx);
  });
  return result;
}

export type GlossaryFormat = "tbx" | "csv";

/** A control character or lone surrogate in the file, as an error on its line. */
function unstorableTextError(text: string): InterchangeError | null {
  const found = forbiddenCharacter(text);
  if (!found) return null;
  const lineStart = text.lastIndexOf("\n", found.offset - 1) + 1;
  const line = text.slice(0, lineStart).split("\n").length;
  return { line, message: `contains ${found.what} at column ${found.offset - lineStart + 1}` };
}

/** Parses an uploaded termbase; throws INVALID_FILE with every error when the file is not importable. */
export function parseTermbaseFile(bytes: Uint8Array, format: GlossaryFormat): { doc: TermbaseDoc; warnings: InterchangeError[] } {
  let text: string;
  try {
    text = decodeText(bytes);
  } catch (e) {
    if (e instanceof EncodingError) throw new AppError("INVALID_ENCODING", e.message);
    throw e;
  }
  const unstorable = unstorableTextError(text);
  const parsed = unstorable ? { doc: { concepts: [] }, errors: [unstorable], warnings: [] } : format === "tbx" ? readTbx(text) : { ...readGlossaryCsv(text), warnings: [] };
  // A character reference (&#1;) passes the check of the raw text: check what it became too.
  const inDoc = parsed.errors.length ? null : findTextProblem(parsed.doc);
  if (inDoc) parsed.errors.push({ message: `${inDoc.path}: ${inDoc.problem}` });
  if (parsed.errors.length) {
    throw new AppError("INVALID_FILE", `The ${format.toUpperCase()} file has ${parsed.errors.length} error(s); nothing was imported. First: ${parsed.errors[0]!.line ? `line ${parsed.errors[0]!.line}: ` : ""}${parsed.errors[0]!.message}`, { errors: parsed.errors });
  }
  return { doc: parsed.doc, warnings: parsed.warnings };
}

/** `glossa import glossary FILE` and the demo: reads TBX or CSV by extension and imports it. */
export function importGlossaryFile({ db, path, actorId }: { db: Db; path: string; actorId?: number | null }): ImportResult {
  const format: GlossaryFormat = /\.csv$/i.test(path) ? "csv" : "tbx";
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new AppError("NOT_FOUND", `cannot read ${path}`);
  }
  const { doc, warnings } = parseTermbaseFile(bytes, format);
  return { ...importTermbase({ db, input: { doc }, actorId }), warnings };
}
