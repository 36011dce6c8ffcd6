import { and, eq, inArray } from "drizzle-orm";
import type { Db, DbOrTx } from "../../db/client";
import { articles, flags, segments, translations } from "../../db/schema";
import type { Lang } from "../../domain/languages";
import { SEVERITY_WEIGHTS, type MqmCategory, type Severity, type Side } from "../../domain/qa/types";
import { hasAnyRole, type Actor } from "../../domain/workflow";
import { AppError } from "../../errors";
import { recordAudit } from "../audit";
import type { FlagRow } from "./store";

export type ManualFlagInput = { segmentId: number; lang: Lang; side: Side; start: number; end: number; category: MqmCategory; severity: Severity; comment?: string; suggestion?: string };

const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * A reviewer's flag on a span they selected: offsets are UTF-16 indices into the source or the
 * target text as it is now, and may not cut a surrogate pair.
 *
 * @example
 * createManualFlag({ db, input: { segmentId, lang: "fr", side: "source", start: 10, end: 17, category: "linguistic/spelling", severity: "minor", suggestion: "magasin" }, actor })
 */
export function createManualFlag({ db, input, actor }: { db: Db; input: ManualFlagInput; actor: Actor & { id: number } }): FlagRow {
  return db.transaction((tx) => {
    const row = tx.select({ s: segments, sourceLang: articles.sourceLang }).from(segments).innerJoin(articles, eq(articles.id, segments.articleId)).where(eq(segments.id, input.segmentId)).get();
    if (!row) throw new AppError("NOT_FOUND", `Segment ${input.segmentId} does not exist`);
    let text: string;
    if (input.side === "source") {
      if (input.lang !== row.sourceLang) throw new AppError("VALIDATION", `The source of this segment is in ${row.sourceLang}`);
      text = row.s.source;
    } else {
      if (!hasAnyRole(actor, "reviewer", "publisher") && !actor.languages.includes(input.lang)) throw new AppError("FORBIDDEN", `You are not assigned to ${input.lang}`);
      const t = tx.select().from(translations).where(and(eq(translations.segmentId, input.segmentId), eq(translations.lang, input.lang))).get();
      if (!t) throw new AppError("NOT_FOUND", `Segment ${input.segmentId} has no ${input.lang} translation`);
      text = t.text;
    }
    if (input.start < 0 || input.end > text.length || input.start >= input.end) {
      throw new AppError("VALIDATION", `The span ${input.start}-${input.end} is not inside the text (length ${text.length})`);
    }
    if (isLowSurrogate(text.charCodeAt(input.start)) || isLowSurrogate(text.charCodeAt(input.end))) {
      throw new AppError("VALIDATION", "The span cuts a character in half (surrogate pair)");
    }
    const flag = tx
      .insert(flags)
      .values({
        segmentId: input.segmentId, lang: input.lang, side: input.side, start: input.start, end: input.end, text: text.slice(input.start, input.end), contextText: text,
        category: input.category, severity: input.severity, check: "manual", message: input.comment ?? "", comment: input.comment ?? null,
        suggestions: input.suggestion ? [input.suggestion.normalize("NFC")] : [], createdBy: actor.id,
      })
      .returning()
      .get();
    recordAudit(tx, { userId: actor.id, action: "flag.create", entity: "flag", entityId: flag.id, after: flag });
    return flag;
  });
}

/**
 * Resolves open flags of one segment side in the transaction of the edit that settles them (a
 * suggestion applied with a save or a source correction). A flag that is gone or no longer open
 * (a re-check replaced it since the page was drawn) is already done: it is skipped, not an error.
 * Returns the ids it resolved.
 *
 * @example
 * resolveFlagsWithEdit(tx, { segmentId, lang: "hu", ids: [flagId], actorId, resolution: "suggestion applied" })
 */
export function resolveFlagsWithEdit(tx: DbOrTx, input: { segmentId: number; lang: string; ids: readonly number[]; actorId: number | null; resolution: string }): number[] {
  if (input.ids.length === 0) return [];
  const open = tx
    .select({ id: flags.id })
    .from(flags)
    .where(and(inArray(flags.id, [...input.ids]), eq(flags.segmentId, input.segmentId), eq(flags.lang, input.lang), eq(flags.status, "open")))
    .all()
    .map((f) => f.id);
  if (open.length === 0) return [];
  tx.update(flags).set({ status: "resolved", resolvedBy: input.actorId, resolvedAt: new Date().toISOString(), resolution: input.resolution }).where(inArray(flags.id, open)).run();
  for (const id of open) recordAudit(tx, { userId: input.actorId, action: "flag.update", entity: "flag", entityId: id, before: { status: "open" }, after: { status: "resolved", resolution: input.resolution } });
  return open;
}

/** Resolves, dismisses or reopens a flag. */
export function updateFlag({ db, input, actorId }: { db: Db; input: { id: number; status: "open" | "resolved" | "dismissed"; note?: string }; actorId: number }): FlagRow {
  return db.transaction((tx) => {
    const before = tx.select().from(flags).where(eq(flags.id, input.id)).get();
    if (!before) throw new AppError("NOT_FOUND", `Flag ${input.id} does not exist`);
    const closing = input.status !== "open";
    const after = tx
      .update(flags)
      .set({ status: input.status, resolvedBy: closing ? actorId : null, resolvedAt: closing ? new Date().toISOString() : null, resolution: closing ? (input.note ?? input.status) : null })
      .where(eq(flags.id, input.id))
      .returning()
      .get();
    recordAudit(tx, { userId: actorId, action: "flag.update", entity: "flag", entityId: input.id, before: { status: before.status }, after: { status: after.status } });
    return after;
  });
}

export function listFlags({ db, input }: { db: Db; input: { articleId: number; lang?: string; status?: string; segmentId?: number } }): FlagRow[] {
  const ids = db.select({ id: segments.id }).from(segments).where(eq(segments.articleId, input.articleId)).all().map((r) => r.id);
  if (!ids.length) return [];
  const conditions = [inArray(flags.segmentId, input.segmentId ? [input.segmentId] : ids)];
  if (input.lang) conditions.push(eq(flags.lang, input.lang));
  if (input.status) conditions.push(eq(flags.status, input.status));
  return db.select().from(flags).where(and(...conditions)).orderBy(flags.segmentId, flags.side, flags.start).all();
}

const countWords = (text: string, lang: string) => (lang === "zh" ? text.replace(/\s/g, "").length / 1.5 : text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length);

/**
 * Open flags of an article in one language by category and severity, with an MQM-style score:
 * penalty points (neutral 0, minor 1, major 5, critical 25) per 1,000 source words.
 */
export function qaSummary({ db, input }: { db: Db; input: { articleId: number; lang: Lang } }) {
  const article = db.select().from(articles).where(eq(articles.id, input.articleId)).get();
  if (!article) throw new AppError("NOT_FOUND", `Article ${input.articleId} does not exist`);
  const segs = db.select({ source: segments.source }).from(segments).where(eq(segments.articleId, input.articleId)).all();
  const words = Math.max(1, Math.round(segs.reduce((n, s) => n + countWords(s.source, article.sourceLang), 0)));
  const open = listFlags({ db, input: { articleId: input.articleId, lang: input.lang, status: "open" } });
  const byCategory: Record<string, number> = {};
  const bySeverity: Record<string, number> = { neutral: 0, minor: 0, major: 0, critical: 0 };
  let penalty = 0;
  for (const f of open) {
    byCategory[f.category] = (byCategory[f.category] ?? 0) + 1;
    bySeverity[f.severity] = (bySeverity[f.severity] ?? 0) + 1;
    penalty += SEVERITY_WEIGHTS[f.severity as Severity] ?? 0;
  }
  return { articleId: input.articleId, lang: input.lang, words, open: open.length, byCategory, bySeverity, penalty, score: Math.round((penalty / words) * 1000 * 10) / 10 };
}
