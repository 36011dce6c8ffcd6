/**
 * Splitting a segment in two and merging it with the next one of its paragraph (a reviewer's
 * correction of the segmentation). Each is one transaction: positions stay unique and in order,
 * the paragraph's text is unchanged (lossless), the source history records the change, flags
 * follow the text they mark, and translations are kept and marked for review:
 *
 * - split: the translation stays on the first part (it still covers the whole sentence pair;
 *   the reviewer moves the rest), marked needsReview; the second part has none.
 * - merge: the two translations are joined (with a space, none in Chinese) and marked
 *   needsReview; a translation only one part had is kept as a draft (initial), since it covers
 *   half of the text.
 *
 * Reviewed or approved translations go back to `translated`, as on a source correction.
 */
import { and, asc, eq, gt, inArray, lt, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "../db/client";
import { articles, flags, segments, sourceRevisions, translationRevisions, translations, users } from "../db/schema";
import { diffTexts, type DiffPart } from "../domain/diff";
import { codeMarks, codesUsedIn, type InlineCode } from "../domain/inline-codes";
import type { Lang } from "../domain/languages";
import { mergePieces, placeAfterSplit, splitPiece, translationJoiner } from "../domain/segmentation/restructure";
import { may } from "../domain/access";
import { STATUSES, type Actor, type Status } from "../domain/workflow";
import { AppError } from "../errors";
import { recordAudit } from "./audit";
import { findSegmentWithArticle } from "./translations";

type Actor_ = Actor & { id: number | null };
type SegmentRow = typeof segments.$inferSelect;
type TranslationRow = typeof translations.$inferSelect;
export type RestructureResult = { articleId: number; sourceLang: Lang; segments: SegmentRow[]; removed?: number; langs: Lang[] };

const now = () => new Date().toISOString();

/** Splitting and merging rewrite the source, so they need what correcting it needs. */
function mayRestructure(actor: Actor_, sourceLang: string): void {
  if (!may.correctSource(actor, sourceLang)) throw new AppError("FORBIDDEN", `Splitting and merging segments needs the role reviewer in the source language (${sourceLang})`);
}

function checkVersion(segment: SegmentRow, version: number, which = "the segment"): void {
  if (version !== segment.sourceVersion) {
    throw new AppError("STALE_VERSION", `Version ${version} is stale: ${which} is at version ${segment.sourceVersion}`, {
      current: { id: segment.id, text: segment.source, version: segment.sourceVersion, position: segment.position },
    });
  }
}

/**
 * Moves the positions of an article's segments after `after` by `step`. Done through negative
 * numbers, since the (article, position) index is unique at every row of an UPDATE.
 */
function shiftPositions(tx: DbOrTx, articleId: number, after: number, step: 1 | -1): void {
  const later = and(eq(segments.articleId, articleId), gt(segments.position, after));
  tx.update(segments).set({ position: sql`-${segments.position} - 1` }).where(later).run();
  tx.update(segments)
    .set({ position: sql`-${segments.position} - 1 + ${step}` })
    .where(and(eq(segments.articleId, articleId), lt(segments.position, 0)))
    .run();
}

/** The source's new text as a revision (the imported text first, when it was never revised). */
function reviseSource(tx: DbOrTx, segment: SegmentRow, text: string, separator: string, codes: InlineCode[], change: "split" | "merge", actorId: number | null): SegmentRow {
  if (segment.sourceVersion === 1) tx.insert(sourceRevisions).values({ segmentId: segment.id, text: segment.source, version: 1, change: "import", authorId: null }).run();
  const version = segment.sourceVersion + 1;
  tx.insert(sourceRevisions).values({ segmentId: segment.id, text, version, change, authorId: actorId }).run();
  return tx.update(segments).set({ source: text, separator, codes, sourceVersion: version, updatedAt: now() }).where(eq(segments.id, segment.id)).returning().get();
}

/** A cut between a pair's two characters (inside a link, say) would leave each part half a tag. */
function refuseCutInsidePair(first: string): void {
  const open = new Set<number>();
  for (const m of codeMarks(first)) {
    if (m.kind === "open") open.add(m.n);
    else if (m.kind === "close") open.delete(m.n);
  }
  if (open.size) throw new AppError("VALIDATION", "The cut is inside formatted text (a link, bold…): split before or after it");
}

/** The codes of two segments of one paragraph (numbered per paragraph, so the same number is the same code). */
function unionCodes(a: InlineCode[], b: InlineCode[]): InlineCode[] {
  const seen = new Set(a.map((c) => `${c.kind}${c.n}`));
  return [...a, ...b.filter((c) => !seen.has(`${c.kind}${c.n}`))];
}

/** A reviewed or approved text goes back to translated: what it was approved against changed. */
const demoted = (status: string): Status => (status === "reviewed" || status === "final" ? "translated" : (status as Status));
const lower = (a: string, b: string): Status => (STATUSES.indexOf(a as Status) <= STATUSES.indexOf(b as Status) ? (a as Status) : (b as Status));

const translationsOf = (tx: DbOrTx, segmentId: number) => tx.select().from(translations).where(eq(translations.segmentId, segmentId)).all();
const touchArticle = (tx: DbOrTx, articleId: number) => tx.update(articles).set({ updatedAt: now() }).where(eq(articles.id, articleId)).run();

/**
 * Splits a segment at UTF-16 offset `at` of its source; `version` is the source version the
 * client saw. The second part becomes a new segment right after the first.
 *
 * @example
 * splitSegment({ db, input: { segmentId, at: 22, version: 1 }, actor }) // { segments: [first, second], … }
 */
export function splitSegment({ db, input, actor }: { db: Db; input: { segmentId: number; at: number; version: number }; actor: Actor_ }): RestructureResult {
  return db.transaction((tx) => {
    const { segment, sourceLang } = findSegmentWithArticle(tx, input.segmentId);
    mayRestructure(actor, sourceLang);
    checkVersion(segment, input.version);
    const parts = splitPiece({ text: segment.source, separator: segment.separator }, input.at);
    if (typeof parts === "string") throw new AppError("VALIDATION", parts);
    refuseCutInsidePair(parts.first.text);
    shiftPositions(tx, segment.articleId, segment.position, 1);
    const first = reviseSource(tx, segment, parts.first.text, parts.first.separator, codesUsedIn(parts.first.text, segment.codes), "split", actor.id);
    const second = tx
      .insert(segments)
      .values({ articleId: segment.articleId, position: segment.position + 1, paragraph: segment.paragraph, kind: segment.kind, source: parts.second.text, separator: parts.second.separator, codes: codesUsedIn(parts.second.text, segment.codes) })
      .returning()
      .get();
    tx.insert(sourceRevisions).values({ segmentId: second.id, text: second.source, version: 1, change: "split", authorId: actor.id }).run();
    const kept = translationsOf(tx, segment.id);
    for (const t of kept) tx.update(translations).set({ needsReview: true, status: demoted(t.status) }).where(eq(translations.id, t.id)).run();
    // Source-side flags follow their text; one across the cut marks no single text any more.
    for (const f of tx.select().from(flags).where(and(eq(flags.segmentId, segment.id), eq(flags.side, "source"))).all()) {
      const place = placeAfterSplit(f, parts.cut);
      if (place.part === "second") tx.update(flags).set({ segmentId: second.id, start: place.start, end: place.end, contextText: second.source }).where(eq(flags.id, f.id)).run();
      else if (place.part === "across" && f.status === "open") tx.update(flags).set({ status: "resolved", resolution: "segment split", resolvedBy: actor.id, resolvedAt: now() }).where(eq(flags.id, f.id)).run();
      else if (place.part === "first") tx.update(flags).set({ contextText: first.source }).where(eq(flags.id, f.id)).run();
    }
    touchArticle(tx, segment.articleId);
    recordAudit(tx, {
      userId: actor.id,
      action: "segment.split",
      entity: "segment",
      entityId: segment.id,
      before: { source: segment.source, separator: segment.separator, version: segment.sourceVersion, position: segment.position },
      after: { at: input.at, first: { id: first.id, source: first.source, version: first.sourceVersion }, second: { id: second.id, source: second.source, position: second.position }, needsReview: kept.map((t) => t.lang) },
    });
    return { articleId: segment.articleId, sourceLang: sourceLang as Lang, segments: [first, second], langs: kept.map((t) => t.lang as Lang) };
  });
}

/** The translation of the merged segment in one language, from the two parts' (one may be missing). */
function mergeTranslation(tx: DbOrTx, keepId: number, joiner: string, a: TranslationRow | undefined, b: TranslationRow | undefined, actorId: number | null): void {
  if (!a && b) {
    // Only the second part was translated: its row (and history) moves over, as a draft.
    tx.update(translations).set({ segmentId: keepId, status: "initial", needsReview: true }).where(eq(translations.id, b.id)).run();
    return;
  }
  if (!a) return;
  const text = b ? a.text + joiner + b.text : a.text;
  const status = b ? demoted(lower(a.status, b.status)) : "initial";
  const origin = b && a.origin !== b.origin ? "human" : a.origin;
  const mtText = b && a.mtText !== null && b.mtText !== null ? a.mtText + joiner + b.mtText : b ? null : a.mtText;
  const version = a.version + 1;
  tx.update(translations).set({ text, status, origin, mtText, version, needsReview: true, updatedBy: actorId, updatedAt: now() }).where(eq(translations.id, a.id)).run();
  tx.insert(translationRevisions).values({ translationId: a.id, text, status, origin, version, authorId: actorId }).run();
}

/**
 * Merges a segment with the next one of its paragraph; `version` (and `nextVersion`, when
 * given) are the source versions the client saw, `nextId` the next segment it saw (a filtered
 * page may hide the one in between). The next segment is removed; the audit log keeps it whole,
 * with its translations.
 *
 * @example
 * mergeWithNext({ db, input: { segmentId, version: 2 }, actor }) // { segments: [merged], removed: nextId, … }
 */
export function mergeWithNext({ db, input, actor }: { db: Db; input: { segmentId: number; version: number; nextVersion?: number; nextId?: number }; actor: Actor_ }): RestructureResult {
  return db.transaction((tx) => {
    const { segment, sourceLang } = findSegmentWithArticle(tx, input.segmentId);
    mayRestructure(actor, sourceLang);
    checkVersion(segment, input.version);
    const next = tx.select().from(segments).where(and(eq(segments.articleId, segment.articleId), eq(segments.position, segment.position + 1))).get();
    if (!next || next.paragraph !== segment.paragraph) throw new AppError("VALIDATION", `Segment ${segment.id} is the last of its paragraph: there is nothing to merge it with`);
    if (input.nextId !== undefined && input.nextId !== next.id) {
      throw new AppError("CONFLICT", `The next segment is now ${next.id}, not ${input.nextId}`, { current: { id: next.id, text: next.source, version: next.sourceVersion } });
    }
    if (input.nextVersion !== undefined) checkVersion(next, input.nextVersion, "the next segment");
    const merged = mergePieces({ text: segment.source, separator: segment.separator }, { text: next.source, separator: next.separator });
    const ours = translationsOf(tx, segment.id);
    const theirs = translationsOf(tx, next.id);
    const langs = [...new Set([...ours, ...theirs].map((t) => t.lang as Lang))];
    const joiners = new Map(langs.map((lang) => [lang, translationJoiner(lang, segment.separator)]));
    // Flags of the next segment move onto the merged text, where that text now starts.
    for (const f of tx.select().from(flags).where(eq(flags.segmentId, next.id)).all()) {
      const a = ours.find((t) => t.lang === f.lang);
      const shift = f.side === "source" ? merged.offset : a ? a.text.length + joiners.get(f.lang as Lang)!.length : 0;
      tx.update(flags).set({ segmentId: segment.id, start: f.start + shift, end: f.end + shift }).where(eq(flags.id, f.id)).run();
    }
    for (const lang of langs) mergeTranslation(tx, segment.id, joiners.get(lang)!, ours.find((t) => t.lang === lang), theirs.find((t) => t.lang === lang), actor.id);
    const movedIds = theirs.filter((t) => !ours.some((o) => o.lang === t.lang)).map((t) => t.id);
    const removedTranslations = theirs.filter((t) => !movedIds.includes(t.id));
    if (removedTranslations.length) tx.delete(translations).where(inArray(translations.id, removedTranslations.map((t) => t.id))).run();
    tx.delete(segments).where(eq(segments.id, next.id)).run();
    const kept = reviseSource(tx, segment, merged.text, merged.separator, unionCodes(segment.codes, next.codes), "merge", actor.id);
    shiftPositions(tx, segment.articleId, next.position, -1);
    touchArticle(tx, segment.articleId);
    const removed = { id: next.id, source: next.source, separator: next.separator, version: next.sourceVersion, position: next.position, translations: removedTranslations.map((t) => ({ lang: t.lang, text: t.text, status: t.status, origin: t.origin, version: t.version })) };
    recordAudit(tx, {
      userId: actor.id,
      action: "segment.merge",
      entity: "segment",
      entityId: segment.id,
      before: { source: segment.source, separator: segment.separator, version: segment.sourceVersion, next: removed },
      after: { source: kept.source, separator: kept.separator, version: kept.sourceVersion, needsReview: langs },
    });
    recordAudit(tx, { userId: actor.id, action: "segment.merge", entity: "segment", entityId: next.id, before: removed, after: { mergedInto: segment.id } });
    return { articleId: segment.articleId, sourceLang: sourceLang as Lang, segments: [kept], removed: next.id, langs };
  });
}

export type SourceHistoryEntry = { version: number; text: string; change: string; author: string | null; createdAt: string; diff: DiffPart[] };

/**
 * A segment's source revisions, newest first: how each came about (import, edit, split,
 * merge), who made it, and its diff against the one before (what a split took away, what a
 * merge brought in). A segment never revised has its text as the only entry.
 *
 * @example
 * sourceHistoryView({ db, input: { segmentId } }).entries[0].change // "split"
 */
export function sourceHistoryView({ db, input }: { db: Db; input: { segmentId: number } }): { sourceLang: Lang; entries: SourceHistoryEntry[] } {
  const { segment, sourceLang } = findSegmentWithArticle(db, input.segmentId);
  const rows = db
    .select({ r: sourceRevisions, author: users.username })
    .from(sourceRevisions)
    .leftJoin(users, eq(users.id, sourceRevisions.authorId))
    .where(eq(sourceRevisions.segmentId, segment.id))
    .orderBy(asc(sourceRevisions.version), asc(sourceRevisions.id))
    .all();
  const revisions = rows.length ? rows.map(({ r, author }) => ({ version: r.version, text: r.text, change: r.change, author, createdAt: r.createdAt })) : [{ version: 1, text: segment.source, change: "import", author: null, createdAt: segment.updatedAt }];
  const entries = revisions.map((r, i) => ({ ...r, diff: diffTexts(revisions[i - 1]?.text ?? "", r.text, sourceLang as Lang) })).reverse();
  return { sourceLang: sourceLang as Lang, entries };
}
