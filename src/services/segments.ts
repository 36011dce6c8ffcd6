import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../db/client";
import { segments, sourceRevisions, translations } from "../db/schema";
import type { Lang } from "../domain/languages";
import { hasAnyRole, type Actor } from "../domain/workflow";
import { AppError } from "../errors";
import { recordAudit } from "./audit";
import { resolveFlagsWithEdit } from "./qa/flags";
import { findSegmentWithArticle, refuseForeignCodes } from "./translations";

export type CorrectSourceInput = {
  segmentId: number;
  text: string;
  version?: number;
  /** open flags of the source that this correction settles (a suggestion applied): resolved with it */
  resolveFlags?: number[];
};

/**
 * Corrects a segment's source text. The old text is kept as a revision, and every translation
 * made against it gets `needsReview`; reviewed or approved ones go back to `translated`, since
 * what they were approved against has changed.
 *
 * @example
 * correctSource({ db, input: { segmentId, text: "… grand magasin …", version: 1 }, actor });
 */
export function correctSource({ db, input, actor }: { db: Db; input: CorrectSourceInput; actor: Actor & { id: number | null } }) {
  const text = input.text.normalize("NFC");
  if (!text.trim()) throw new AppError("VALIDATION", "The source text is empty");
  return db.transaction((tx) => {
    const { segment, sourceLang } = findSegmentWithArticle(tx, input.segmentId);
    // README's role table: reviewers correct the source (it sends every language back to review).
    if (!hasAnyRole(actor, "reviewer")) throw new AppError("FORBIDDEN", "Correcting a source needs the role reviewer");
    if (input.version !== undefined && input.version !== segment.sourceVersion) {
      throw new AppError("STALE_VERSION", `Version ${input.version} is stale: the source is at version ${segment.sourceVersion}`, {
        current: { text: segment.source, version: segment.sourceVersion },
        yours: { text, version: input.version },
      });
    }
    if (text === segment.source) return { segment, sourceLang: sourceLang as Lang, affectedTranslations: 0, resolvedFlags: [] as number[] };
    refuseForeignCodes(text, segment.source);
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
    const dependents = tx.select().from(translations).where(eq(translations.segmentId, segment.id)).all();
    const demote = dependents.filter((t) => t.status === "reviewed" || t.status === "final").map((t) => t.id);
    if (dependents.length) {
      tx.update(translations).set({ needsReview: true }).where(eq(translations.segmentId, segment.id)).run();
    }
    if (demote.length) {
      tx.update(translations)
        .set({ status: "translated" })
        .where(and(eq(translations.segmentId, segment.id), inArray(translations.id, demote)))
        .run();
    }
    recordAudit(tx, {
      userId: actor.id,
      action: "segment.correct",
      entity: "segment",
      entityId: segment.id,
      before: { text: segment.source, version: segment.sourceVersion },
      after: { text, version, needsReview: dependents.map((t) => t.lang) },
    });
    const resolvedFlags = resolveFlagsWithEdit(tx, { segmentId: segment.id, lang: sourceLang, ids: input.resolveFlags ?? [], actorId: actor.id, resolution: "suggestion applied" });
    return { segment: updated, sourceLang: sourceLang as Lang, affectedTranslations: dependents.length, resolvedFlags };
  });
}

export function sourceHistory({ db, input }: { db: Db; input: { segmentId: number } }) {
  findSegmentWithArticle(db, input.segmentId);
  return db.select().from(sourceRevisions).where(eq(sourceRevisions.segmentId, input.segmentId)).all().reverse();
}
