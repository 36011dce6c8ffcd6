import { and, eq } from "drizzle-orm";
import type { Db } from "../db/client";
import { translationRevisions, xliffSegmentRefs } from "../db/schema";
import { foreignCodes } from "../domain/inline-codes";
import type { Lang } from "../domain/languages";
import type { Status } from "../domain/workflow";
import { AppError } from "../errors";
import type { XliffDocument } from "../formats/xliff/model";
import { getArticle, type SegmentView } from "./articles";
import { recordAudit } from "./audit";
import { saveTranslation, type TranslationActor } from "./translations";
import { refuseStatusesBeyondRole, XLIFF_ORIGIN, type FlatSegment, type XliffConflict, type XliffImportReport } from "./xliff-common";

type Plan = { segment: SegmentView; text: string; status: Status; version: number | undefined };

/** The segment of the article a file segment stands for: Glossa's id (`s<id>`), else the ids the file created it with. */
function matcher(db: Db, articleId: number, segmentsById: Map<number, SegmentView>) {
  const refs = new Map(db.select().from(xliffSegmentRefs).where(eq(xliffSegmentRefs.articleId, articleId)).all().map((r) => [r.externalId, r.segmentId]));
  return (f: FlatSegment): SegmentView | undefined => {
    const own = f.segment.glossa?.segmentId ?? (/^s(\d+)$/.exec(f.segment.id ?? "") ? Number(f.segment.id!.slice(1)) : undefined);
    if (own !== undefined) return segmentsById.get(own);
    const byRef = refs.get(f.externalId);
    return byRef === undefined ? undefined : segmentsById.get(byRef);
  };
}

/** The text and status a translation had at `version` (what the file was exported with). */
function revisionAt(db: Db, translationId: number, version: number) {
  return db
    .select({ text: translationRevisions.text, status: translationRevisions.status })
    .from(translationRevisions)
    .where(and(eq(translationRevisions.translationId, translationId), eq(translationRevisions.version, version)))
    .get();
}

/**
 * Updates an article's translations from a file, segment by segment: unchanged ones are skipped,
 * ones changed in Glossa since the export (or whose source changed) are reported as conflicts and
 * left alone, the others are saved as the importing user's work — all in one transaction.
 */
export function updateFromXliff(
  db: Db,
  input: { articleId: number; doc: XliffDocument; flat: FlatSegment[]; sourceLang: Lang; targetLang: Lang; actor: TranslationActor; warnings: string[] },
): XliffImportReport {
  const { articleId, flat, targetLang, actor, warnings } = input;
  const article = getArticle({ db, input: { id: articleId } });
  if (article.sourceLang !== input.sourceLang) {
    throw new AppError("VALIDATION", `The file's source is in ${input.sourceLang}; article ${articleId} is in ${article.sourceLang}`);
  }
  if (input.doc.glossa?.articleId !== undefined && input.doc.glossa.articleId !== articleId) {
    throw new AppError("VALIDATION", `The file was exported from article ${input.doc.glossa.articleId}, not ${articleId}`);
  }
  const segmentsById = new Map(article.segments.map((s) => [s.id, s]));
  const find = matcher(db, articleId, segmentsById);
  const conflicts: XliffConflict[] = [];
  const unmatched: XliffImportReport["unmatched"] = [];
  const plans: Plan[] = [];
  let skipped = 0;
  const seen = new Set<number>();
  for (const f of flat) {
    const where = { unit: f.unit.id, segment: f.segment.id };
    const segment = find(f);
    if (!segment) {
      if (f.segment.source.trim()) unmatched.push({ ...where, reason: "No segment of the article has this id" });
      continue;
    }
    if (seen.has(segment.id)) {
      unmatched.push({ ...where, reason: `Segment ${segment.id} appears twice in the file` });
      continue;
    }
    seen.add(segment.id);
    const target = f.segment.target?.normalize("NFC");
    if (target === undefined || target.trim() === "") {
      skipped++;
      continue;
    }
    const meta = f.segment.glossa;
    if (f.segment.source.normalize("NFC") !== segment.source || (meta?.sourceVersion !== undefined && meta.sourceVersion !== segment.sourceVersion)) {
      conflicts.push({ segmentId: segment.id, ...where, reason: "The source changed in Glossa since the export", yours: target, current: segment.translations[targetLang]?.text });
      continue;
    }
    const foreign = foreignCodes(target, segment.source);
    if (foreign.length) {
      unmatched.push({ ...where, reason: `The target holds ${foreign.length} inline code(s) its source does not have` });
      continue;
    }
    const status = f.segment.status ?? "initial";
    const current = segment.translations[targetLang];
    if (current && current.text === target && current.status === status) {
      skipped++;
      continue;
    }
    const base = meta?.translationVersion;
    if (!current) {
      plans.push({ segment, text: target, status, version: 0 });
      continue;
    }
    if (base === current.version) {
      plans.push({ segment, text: target, status, version: current.version });
      continue;
    }
    // Glossa's translation moved on since the export (or the file does not say from which version it started).
    const exported = base && base > 0 ? revisionAt(db, current.id, base) : undefined;
    if (exported && exported.text === target && exported.status === status) {
      skipped++;
      continue;
    }
    conflicts.push({
      segmentId: segment.id,
      ...where,
      reason: base === undefined ? "Glossa has a different translation and the file does not say which version it started from" : `The translation changed in Glossa since the export (version ${base} → ${current.version})`,
      yours: target,
      current: current.text,
      currentVersion: current.version,
      exportedVersion: base,
    });
  }
  refuseStatusesBeyondRole(actor, targetLang, plans.map((p) => p.status));
  let created = 0;
  let updated = 0;
  db.transaction((tx) => {
    for (const p of plans) {
      // The database itself, not the transaction: the save nests as a savepoint, and the TM index
        // (src/db/tm-index) needs the connection behind it.
        saveTranslation({ db, input: { segmentId: p.segment.id, lang: targetLang, text: p.text, status: p.status, version: p.version, origin: XLIFF_ORIGIN }, actor });
      if (p.version === 0) created++;
      else updated++;
    }
    recordAudit(tx, { userId: actor.id, action: "article.xliff-update", entity: "article", entityId: articleId, after: { lang: targetLang, created, updated, skipped, conflicts: conflicts.length, unmatched: unmatched.length } });
  });
  return { articleId, createdArticle: false, sourceLang: input.sourceLang, targetLang, segments: seen.size, created, updated, skipped, conflicts, savedSegmentIds: plans.map((p) => p.segment.id), unmatched, warnings };
}
