import { eq, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { segments, sourceRevisions, translations } from "../db/schema";
import type { Lang } from "../domain/languages";
import { may } from "../domain/access";
import type { Actor } from "../domain/workflow";
import { AppError } from "../errors";
import { recordAudit } from "./audit";
import { requireStorableText } from "./storable-text";
import { findSegmentWithArticle } from "./translations";

export type CorrectSourceInput = { segmentId: number; text: string; version?: number };

/**
 * Corrects a segment's source text. The old text is kept as a revision, and every translation
 * made against it gets `needsReview`; reviewed or approved ones go back to `translated`, since
 * what they were approved against has changed.
 *
 * @example
 * correctSource({ db, input: { segmentId, text: "… grand magasin …", version: 1 }, actor });
 */
export function correctSource({ db, input, actor }: { db: Db; input: CorrectSourceInput; actor: Actor & { id: number | null } }) {
  requireStorableText("text", input.text);
  const text = input.text.normalize("NFC");
  if (!text.trim()) throw new AppError("VALIDATION", "The source text is empty");
  return db.transaction((tx) => {
    const { segment, sourceLang } = findSegmentWithArticle(tx, input.segmentId);
    if (!may.correctSource(actor, sourceLang)) throw new AppError("FORBIDDEN", `Correcting a source needs the role reviewer in its language (${sourceLang})`);
    if (input.version !== undefined && input.version !== segment.sourceVersion) {
      throw new AppError("STALE_VERSION", `Version ${input.version} is stale: the source is at version ${segment.sourceVersion}`, {
        current: { text: segment.source, version: segment.sourceVersion },
        yours: { text, version: input.version },
      });
    }
    if (text === segment.source) return { segment, sourceLang: sourceLang as Lang, affectedTranslations: 0, translations: {} };
    if (segment.sourceVersion === 1) {
      // The first correction also records the imported text, so history starts at the original.
      tx.insert(sourceRevisions).values({ segmentId: segment.id, text: segment.source, version: 1, authorId: null }).run();
    }
    const version = segment.sourceVersion + 1;
    const updated = tx
      .update(segments)
      .set({ source: text, sourceVersion: version, updatedAt: new Date().toISOString() })
      .where(eq(segments.id, segment.id))
      .returning()
      .get();
    tx.insert(sourceRevisions).values({ segmentId: segment.id, text, version, authorId: actor.id }).run();
    // Each dependent translation changes (needsReview, maybe its status), so its version moves
    // on: a save still carrying the version loaded before the correction is then stale (409)
    // instead of clearing needsReview against a source its author never saw.
    const dependents = tx
      .update(translations)
      .set({
        needsReview: true,
        status: sql`case when ${translations.status} in ('reviewed', 'final') then 'translated' else ${translations.status} end`,
        version: sql`${translations.version} + 1`,
      })
      .where(eq(translations.segmentId, segment.id))
      .returning({ lang: translations.lang, version: translations.version, status: translations.status, needsReview: translations.needsReview })
      .all();
    recordAudit(tx, {
      userId: actor.id,
      action: "segment.correct",
      entity: "segment",
      entityId: segment.id,
      before: { text: segment.source, version: segment.sourceVersion },
      after: { text, version, needsReview: dependents.map((t) => t.lang) },
    });
    const translationStates = Object.fromEntries(dependents.map(({ lang, ...state }) => [lang, state]));
    return { segment: updated, sourceLang: sourceLang as Lang, affectedTranslations: dependents.length, translations: translationStates };
  });
}

export function sourceHistory({ db, input }: { db: Db; input: { segmentId: number } }) {
  findSegmentWithArticle(db, input.segmentId);
  return db.select().from(sourceRevisions).where(eq(sourceRevisions.segmentId, input.segmentId)).all().reverse();
}
