/**
 * Brings the translation memory up to date with the database it opens: a database from before
 * the memory existed has approved translations but no units, so each of them becomes one (as
 * saving it would have made it); a unit stored without its index is indexed. Does nothing, in
 * two indexed queries, when the memory is current.
 */
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { articles, segments, tmUnits, translations } from "../../db/schema";
import { addPostings } from "../../db/tm-index";
import { recordTranslationUnit } from "./record";
import { unitPostings } from "./units";

/**
 * @example
 * catchUpTranslationMemory(db) // { created: 14, indexed: 0 } on a database from before the TM
 */
export function catchUpTranslationMemory(db: Db): { created: number; indexed: number } {
  const missing = db
    .select({ translation: translations, segment: segments, sourceLang: articles.sourceLang })
    .from(translations)
    .innerJoin(segments, eq(segments.id, translations.segmentId))
    .innerJoin(articles, eq(articles.id, segments.articleId))
    .leftJoin(tmUnits, and(eq(tmUnits.segmentId, translations.segmentId), eq(tmUnits.targetLang, translations.lang)))
    .where(and(eq(translations.status, "final"), isNull(tmUnits.id)))
    .all();
  const unindexed = db.select().from(tmUnits).where(sql`source_tokens IS NULL`).all();
  if (missing.length === 0 && unindexed.length === 0) return { created: 0, indexed: 0 };
  db.transaction((tx) => {
    for (const { translation, segment, sourceLang } of missing) recordTranslationUnit(db, tx, { segment, sourceLang, translation });
    for (const unit of unindexed) {
      const { sides, sourceTokens, targetTokens } = unitPostings(unit.id, unit as Parameters<typeof unitPostings>[1]);
      tx.update(tmUnits).set({ sourceTokens, targetTokens }).where(eq(tmUnits.id, unit.id)).run();
      addPostings(db, sides);
    }
  });
  return { created: missing.length, indexed: unindexed.length };
}
