/**
 * Approved translations become translation memory: a translation saved as `final` makes a unit
 * (source, target, their languages, the article, the neighbouring source segments, who and
 * when); every later save of that translation updates the unit (the latest text wins, and the
 * source is refreshed in case it was corrected since).
 */
import { and, eq, inArray } from "drizzle-orm";
import type { Db, DbOrTx } from "../../db/client";
import { segments } from "../../db/schema";
import type { Lang } from "../../domain/languages";
import { insertUnit, segmentUnit, updateUnit } from "./units";

type SegmentRow = typeof segments.$inferSelect;
type SavedTranslation = { lang: string; text: string; status: string; updatedBy: number | null };

/** The sources of the segments before and after `segment` ("" at the article's ends). */
export function segmentContext(tx: DbOrTx, segment: Pick<SegmentRow, "articleId" | "position">): { prevSource: string; nextSource: string } {
  const around = tx
    .select({ position: segments.position, source: segments.source })
    .from(segments)
    .where(and(eq(segments.articleId, segment.articleId), inArray(segments.position, [segment.position - 1, segment.position + 1])))
    .all();
  const at = (position: number) => around.find((s) => s.position === position)?.source ?? "";
  return { prevSource: at(segment.position - 1), nextSource: at(segment.position + 1) };
}

/**
 * Called by saveTranslation inside its transaction, after the translation is written.
 *
 * @example
 * recordTranslationUnit(db, tx, { segment, sourceLang: "fr", translation: saved });
 */
export function recordTranslationUnit(db: Db, tx: DbOrTx, { segment, sourceLang, translation }: { segment: SegmentRow; sourceLang: string; translation: SavedTranslation }): void {
  const lang = translation.lang as Lang;
  const existing = segmentUnit(tx, segment.id, lang);
  if (!existing && translation.status !== "final") return;
  const context = segmentContext(tx, segment);
  if (!existing) {
    insertUnit(db, {
      sourceLang: sourceLang as Lang,
      targetLang: lang,
      sourceText: segment.source,
      targetText: translation.text,
      ...context,
      origin: "segment",
      articleId: segment.articleId,
      segmentId: segment.id,
      createdBy: translation.updatedBy,
    });
    return;
  }
  const same =
    existing.sourceText === segment.source && existing.targetText === translation.text && existing.sourceLang === sourceLang &&
    existing.prevSource === context.prevSource && existing.nextSource === context.nextSource;
  if (same) return;
  updateUnit(db, tx, existing.id, { sourceLang: sourceLang as Lang, sourceText: segment.source, targetText: translation.text, ...context, updatedBy: translation.updatedBy });
}
