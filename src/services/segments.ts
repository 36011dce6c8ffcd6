import { eq } from "drizzle-orm";
import type { Db } from "../db/client";
import { segments, sourceRevisions, translationRevisions, translations } from "../db/schema";
import type { Lang } from "../domain/languages";
import { may } from "../domain/access";
import type { Actor } from "../domain/workflow";
import { AppError } from "../errors";
import { recordAudit } from "./audit";
import { resolveFlagsWithEdit } from "./qa/flags";
import { requireStorableText } from "./storable-text";
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
 * what they were approved against has changed. Each of them gets a revision ("source-corrected"),
 * and cannot be reviewed or approved again unchanged without a confirmation (see approval-gate).
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
    if (text === segment.source) return { segment, sourceLang: sourceLang as Lang, affectedTranslations: 0, translations: {}, resolvedFlags: [] as number[] };
    refuseForeignCodes(text, segment.source);
    if (segment.sourceVersion === 1) {
      // The first correction also records the imported text, so history starts at the original.
      tx.insert(sourceRevisions).values({ segmentId: segment.id, text: segment.source, version: 1, change: "import", authorId: null }).run();
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
    // instead of clearing needsReview against a source its author never saw. Each gets a revision
    // of its own, so its history shows who sent it back and why (a demotion from final included).
    const at = new Date().toISOString();
    const dependents = tx.select().from(translations).where(eq(translations.segmentId, segment.id)).all().map((t) => {
      const status = t.status === "reviewed" || t.status === "final" ? "translated" : t.status;
      tx.update(translations).set({ status, needsReview: true, version: t.version + 1, updatedBy: actor.id, updatedAt: at }).where(eq(translations.id, t.id)).run();
      tx.insert(translationRevisions)
        .values({ translationId: t.id, text: t.text, status, origin: t.origin, version: t.version + 1, authorId: actor.id, events: ["source-corrected"], note: null })
        .run();
      return { lang: t.lang, version: t.version + 1, status, needsReview: true };
    });
    recordAudit(tx, {
      userId: actor.id,
      action: "segment.correct",
      entity: "segment",
      entityId: segment.id,
      before: { text: segment.source, version: segment.sourceVersion },
      after: { text, version, needsReview: dependents.map((t) => t.lang) },
    });
    const resolvedFlags = resolveFlagsWithEdit(tx, { segmentId: segment.id, lang: sourceLang, ids: input.resolveFlags ?? [], actorId: actor.id, resolution: "suggestion applied" });
    const translationStates = Object.fromEntries(dependents.map(({ lang, ...state }) => [lang, state]));
    return { segment: updated, sourceLang: sourceLang as Lang, affectedTranslations: dependents.length, translations: translationStates, resolvedFlags };
  });
}

export function sourceHistory({ db, input }: { db: Db; input: { segmentId: number } }) {
  findSegmentWithArticle(db, input.segmentId);
  return db.select().from(sourceRevisions).where(eq(sourceRevisions.segmentId, input.segmentId)).all().reverse();
}
