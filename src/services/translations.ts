import { and, desc, eq } from "drizzle-orm";
import type { Db, DbOrTx } from "../db/client";
import { articles, segments, translationRevisions, translations, users } from "../db/schema";
import { diffTexts, type DiffPart } from "../domain/diff";
import { foreignCodes } from "../domain/inline-codes";
import type { Lang } from "../domain/languages";
import { isMachineOrigin } from "../domain/origin";
import { defaultSaveStatus, whyCannotOverwrite, whyCannotSetStatus, type Actor, type Status } from "../domain/workflow";
import { AppError } from "../errors";
import { checkOverrideRequest, passApprovalGates, recordApprovalOverrides, type GateRequest } from "./approval-gate";
import { isPendingImport } from "./article-store";
import { recordAudit } from "./audit";
import { recordTranslationUnit } from "./tm/record";
import { resolveFlagsWithEdit } from "./qa/flags";
import { requireStorableText } from "./storable-text";

export type SaveTranslationInput = {
  segmentId: number;
  lang: Lang;
  text: string;
  status?: Status;
  /** the version the client edited; a different current version means someone saved first */
  version?: number;
  /** `human` unless a machine or the TM produced the text */
  origin?: string;
  /** editor time behind this save (focus to save in review), kept on the revision for effort */
  timeSpentMs?: number;
  /** open flags of this translation that this save settles (a suggestion applied): resolved with it */
  resolveFlags?: number[];
} & GateRequest;
export type TranslationActor = Actor & { id: number | null };
export type TranslationRow = typeof translations.$inferSelect;
export type SavedTranslation = TranslationRow & { resolvedFlags: number[] };

export function findSegmentWithArticle(db: DbOrTx, segmentId: number) {
  const row = db
    .select({ segment: segments, sourceLang: articles.sourceLang })
    .from(segments)
    .innerJoin(articles, eq(articles.id, segments.articleId))
    .where(eq(segments.id, segmentId))
    .get();
  if (!row || isPendingImport(db, row.segment.articleId)) throw new AppError("NOT_FOUND", `Segment ${segmentId} does not exist`);
  return row;
}

/**
 * Saves a translation with optimistic locking: a stale `version` is refused with the current
 * text in the error, so the client can show both versions and lose neither. Every save writes
 * a revision and an audit entry. Approval and review pass the gates of `passApprovalGates`
 * (source corrected since, open critical or major flags).
 *
 * @example
 * saveTranslation({ db, input: { segmentId, lang: "hu", text: "…", version: 3 }, actor });
 */
export function saveTranslation({ db, input, actor }: { db: Db; input: SaveTranslationInput; actor: TranslationActor }): SavedTranslation {
  requireStorableText("text", input.text);
  const text = input.text.normalize("NFC");
  if (!text.trim()) throw new AppError("VALIDATION", "The translation is empty");
  const status = input.status ?? defaultSaveStatus(actor);
  const refusal = whyCannotSetStatus(actor, input.lang, status);
  if (refusal) throw new AppError("FORBIDDEN", refusal);
  checkOverrideRequest(actor, status, input);
  return db.transaction((tx) => {
    const { segment, sourceLang } = findSegmentWithArticle(tx, input.segmentId);
    if (sourceLang === input.lang) throw new AppError("VALIDATION", `The source of this article is already in ${input.lang}`);
    refuseForeignCodes(text, segment.source);
    const current = tx
      .select()
      .from(translations)
      .where(and(eq(translations.segmentId, input.segmentId), eq(translations.lang, input.lang)))
      .get();
    if (current && input.version !== undefined && input.version !== current.version) {
      throw new AppError("STALE_VERSION", `Version ${input.version} is stale: the current version is ${current.version}`, {
        current: { text: current.text, status: current.status, version: current.version, origin: current.origin, updatedAt: current.updatedAt, updatedBy: current.updatedBy },
        yours: { text, status, version: input.version },
      });
    }
    const overwrite = current ? whyCannotOverwrite(actor, current.status as Status) : null;
    if (overwrite) throw new AppError("FORBIDDEN", overwrite);
    if (!current && input.version !== undefined && input.version !== 0) {
      throw new AppError("STALE_VERSION", `There is no translation yet; send version 0 or none`, { current: null, yours: { text, status } });
    }
    const gate = passApprovalGates(tx, { segment, sourceLang, lang: input.lang, current, text, status, request: input });
    const origin = input.origin ?? (current && current.text === text ? current.origin : "human");
    // Machine output is what post-editing is measured against: each new one replaces the last.
    const mtText = isMachineOrigin(origin) ? text : (current?.mtText ?? null);
    const values = {
      text,
      status,
      origin,
      // An unchanged text saved without a confirmation still reads as made against the old source.
      sourceVersion: gate.stillNeedsReview ? current!.sourceVersion : segment.sourceVersion,
      needsReview: gate.stillNeedsReview,
      mtText,
      updatedBy: actor.id,
      updatedAt: new Date().toISOString(),
    };
    const saved = current
      ? tx.update(translations).set({ ...values, version: current.version + 1 }).where(eq(translations.id, current.id)).returning().get()
      : tx
          .insert(translations)
          .values({ ...values, segmentId: input.segmentId, lang: input.lang, version: 1 })
          .returning()
          .get();
    // The diff against the text before is computed once, here (bounded: see domain/diff), and stored.
    tx.insert(translationRevisions)
      .values({ translationId: saved.id, text, status, origin, version: saved.version, authorId: actor.id, events: gate.events, note: gate.note, diff: diffTexts(current?.text ?? "", text, input.lang), timeSpentMs: input.timeSpentMs ?? null })
      .run();
    recordApprovalOverrides(tx, { gate, segmentId: segment.id, lang: input.lang, translationId: saved.id, translationVersion: saved.version, userId: actor.id });
    recordAudit(tx, {
      userId: actor.id,
      action: "translation.save",
      entity: "translation",
      entityId: saved.id,
      before: current ? { text: current.text, status: current.status, version: current.version } : null,
      after: {
        text,
        status,
        version: saved.version,
        ...(gate.events.length ? { events: gate.events } : {}),
        ...(gate.overridden.length ? { override: { reason: gate.note, flags: gate.overridden.map((f) => f.id) } } : {}),
      },
    });
    recordTranslationUnit(db, tx, { segment, sourceLang, translation: saved });
    const resolvedFlags = resolveFlagsWithEdit(tx, { segmentId: input.segmentId, lang: input.lang, ids: input.resolveFlags ?? [], actorId: actor.id, resolution: "suggestion applied" });
    return { ...saved, resolvedFlags };
  });
}

/** A text may only carry inline codes its segment's source has (see domain/inline-codes). */
export function refuseForeignCodes(text: string, source: string): void {
  const foreign = foreignCodes(text, source);
  if (foreign.length) {
    throw new AppError("VALIDATION", `The text holds ${foreign.length} inline code(s) that the segment's source does not have (first at offset ${foreign[0]!.at})`);
  }
}

export type HistoryEntry = {
  version: number;
  text: string;
  status: string;
  /** the status of the revision before, when this one changed it ("final" -> "translated" after an edit) */
  previousStatus: string | null;
  origin: string;
  author: string | null;
  createdAt: string;
  /** what besides an edit happened: source-corrected, confirmed-unchanged, flags-overridden */
  events: string[];
  /** the reason given, e.g. for an override */
  note: string | null;
  /** the change from the revision before this one (everything inserted for the first) */
  diff: DiffPart[];
};

/**
 * Revisions of one translation, newest first, each with its stored diff against the one before.
 * Revisions saved before diffs were stored get theirs computed once and stored.
 */
export function translationHistory({ db, input }: { db: Db; input: { segmentId: number; lang: Lang } }): HistoryEntry[] {
  findSegmentWithArticle(db, input.segmentId);
  const current = db
    .select({ id: translations.id })
    .from(translations)
    .where(and(eq(translations.segmentId, input.segmentId), eq(translations.lang, input.lang)))
    .get();
  if (!current) return [];
  const revisions = db
    .select({ r: translationRevisions, author: users.username })
    .from(translationRevisions)
    .leftJoin(users, eq(users.id, translationRevisions.authorId))
    .where(eq(translationRevisions.translationId, current.id))
    .orderBy(desc(translationRevisions.version), desc(translationRevisions.id))
    .all();
  const missing = revisions.flatMap(({ r }, i) => (r.diff ? [] : [{ id: r.id, diff: diffTexts(revisions[i + 1]?.r.text ?? "", r.text, input.lang) }]));
  if (missing.length) {
    db.transaction((tx) => {
      for (const { id, diff } of missing) tx.update(translationRevisions).set({ diff }).where(eq(translationRevisions.id, id)).run();
    });
  }
  const computed = new Map(missing.map((m) => [m.id, m.diff]));
  return revisions.map(({ r, author }, i) => {
    const before = revisions[i + 1]?.r;
    return {
      version: r.version,
      text: r.text,
      status: r.status,
      previousStatus: before && before.status !== r.status ? before.status : null,
      origin: r.origin,
      author,
      createdAt: r.createdAt,
      events: r.events,
      note: r.note,
      diff: r.diff ?? computed.get(r.id)!,
    };
  });
}
