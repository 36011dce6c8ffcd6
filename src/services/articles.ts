import { asc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { articles, flags, segments, translations } from "../db/schema";
import { LANGUAGES, type Lang } from "../domain/languages";
import { segmentBlocks } from "../domain/segmentation";
import { strayCodeCharacter, type InlineCode } from "../domain/inline-codes";
import { STATUSES, type SegmentKind, type Status } from "../domain/workflow";
import { parseArticleText, type ArticleFormat } from "../formats/article-import";
import { AppError } from "../errors";
import { recordAudit } from "./audit";

export type { ArticleFormat };
export type ImportArticleInput = { title?: string; sourceLang: Lang; text: string; format?: ArticleFormat };

export type TranslationView = {
  id: number;
  text: string;
  status: Status;
  origin: string;
  version: number;
  needsReview: boolean;
  mtText: string | null;
  updatedAt: string;
};
export type SegmentView = {
  id: number;
  position: number;
  paragraph: number;
  kind: SegmentKind;
  source: string;
  separator: string;
  sourceVersion: number;
  /** the inline codes whose placeholders occur in `source` (domain/inline-codes) */
  codes: InlineCode[];
  translations: Partial<Record<Lang, TranslationView>>;
};
export type ArticleView = typeof articles.$inferSelect & { segments: SegmentView[] };
export type Progress = Record<Status, number> & { total: number; needsReview: number };
export type ArticleSummary = typeof articles.$inferSelect & {
  segmentCount: number;
  progress: Partial<Record<Lang, Progress>>;
  openFlags: Record<string, number>;
  /** the newest change to the article or any of its translations */
  lastChange: string;
};

/** An article as an import would store it: its title and the segments of its text. */
export type ArticlePlan = {
  title: string;
  sourceLang: Lang;
  format: ArticleFormat;
  segments: { position: number; paragraph: number; kind: SegmentKind; source: string; separator: string; codes: InlineCode[] }[];
};

/**
 * Parses and segments an article without storing anything: what `importArticle` stores, and what
 * the import page previews. The title is the one given, else the document's own headline; it
 * becomes segment 0, of kind "title", and is translated like any other text.
 *
 * @example
 * planArticle({ sourceLang: "fr", text: "# Visite\n\nM. Dupont est venu. Il est reparti.", format: "markdown" }).segments.length // 3
 */
export function planArticle(input: ImportArticleInput): ArticlePlan {
  const text = input.text.normalize("NFC");
  // `reason` lets a page say the same in the reader's language.
  if (!text.trim()) throw new AppError("VALIDATION", "The article text is empty", { reason: "emptyText" });
  refuseStrayCodes(text);
  const format = input.format ?? "text";
  const parsed = parseArticleText(text, format);
  const title = (input.title?.trim() ? input.title : (parsed.title ?? "")).normalize("NFC").trim();
  if (!title) throw new AppError("VALIDATION", "The article needs a title: give one, or start the text with a headline", { reason: "noTitle" });
  const body = parsed.blocks.filter((b) => b.kind !== "title");
  if (body.length === 0) throw new AppError("VALIDATION", "The article has no text besides its title", { reason: "noBody" });
  const pieces = segmentBlocks([{ kind: "title", text: title }, ...body], input.sourceLang);
  return {
    title,
    sourceLang: input.sourceLang,
    format,
    segments: pieces.map((p, position) => ({ position, paragraph: p.paragraph, kind: p.kind as SegmentKind, source: p.text, separator: p.separator, codes: p.codes })),
  };
}

/**
 * Imports an article: parses the text, cuts paragraphs into sentences and stores the segments,
 * all in one transaction.
 *
 * @example
 * const article = importArticle({ db, input: { title: "Visite", sourceLang: "fr", text }, actorId });
 */
export function importArticle({ db, input, actorId }: { db: Db; input: ImportArticleInput; actorId?: number | null }): ArticleView {
  const plan = planArticle(input);
  const id = db.transaction((tx) => {
    const article = tx.insert(articles).values({ title: plan.title, sourceLang: plan.sourceLang, createdBy: actorId ?? null }).returning().get();
    tx.insert(segments)
      .values(plan.segments.map((s) => ({ articleId: article.id, ...s })))
      .run();
    recordAudit(tx, { userId: actorId, action: "article.import", entity: "article", entityId: article.id, after: { title: plan.title, sourceLang: plan.sourceLang, segments: plan.segments.length } });
    return article.id;
  });
  return getArticle({ db, input: { id } });
}

/**
 * Glossa keeps inline markup as private-use characters (domain/inline-codes); the same characters
 * arriving in a document would be read as markup, so such a document is refused, not guessed at.
 */
export function refuseStrayCodes(text: string): void {
  const stray = strayCodeCharacter(text);
  if (stray) {
    throw new AppError("VALIDATION", `The text holds the private-use character ${stray.char} at offset ${stray.at}; Glossa reserves it for inline markup`);
  }
}

export function getArticle({ db, input }: { db: Db; input: { id: number } }): ArticleView {
  const article = db.select().from(articles).where(eq(articles.id, input.id)).get();
  if (!article) throw new AppError("NOT_FOUND", `Article ${input.id} does not exist`);
  const segs = db.select().from(segments).where(eq(segments.articleId, input.id)).orderBy(asc(segments.position)).all();
  const ids = segs.map((s) => s.id);
  const rows = ids.length ? db.select().from(translations).where(inArray(translations.segmentId, ids)).all() : [];
  const bySegment = new Map<number, Partial<Record<Lang, TranslationView>>>();
  for (const t of rows) {
    const entry = bySegment.get(t.segmentId) ?? {};
    entry[t.lang as Lang] = {
      id: t.id,
      text: t.text,
      status: t.status as Status,
      origin: t.origin,
      version: t.version,
      needsReview: t.needsReview,
      mtText: t.mtText,
      updatedAt: t.updatedAt,
    };
    bySegment.set(t.segmentId, entry);
  }
  return {
    ...article,
    segments: segs.map((s) => ({
      id: s.id,
      position: s.position,
      paragraph: s.paragraph,
      kind: s.kind as SegmentKind,
      source: s.source,
      separator: s.separator,
      sourceVersion: s.sourceVersion,
      codes: s.codes,
      translations: bySegment.get(s.id) ?? {},
    })),
  };
}

function emptyProgress(total: number): Progress {
  return { initial: 0, translated: 0, reviewed: 0, final: 0, total, needsReview: 0 };
}

/** Every article with per-language progress by status and open flags by severity. */
export function listArticles({ db }: { db: Db }): ArticleSummary[] {
  const list = db.select().from(articles).orderBy(asc(articles.id)).all();
  const counts = db
    .select({ articleId: segments.articleId, n: sql<number>`count(*)` })
    .from(segments)
    .groupBy(segments.articleId)
    .all();
  const byStatus = db
    .select({
      articleId: segments.articleId,
      lang: translations.lang,
      status: translations.status,
      needsReview: sql<number>`sum(${translations.needsReview})`,
      n: sql<number>`count(*)`,
    })
    .from(translations)
    .innerJoin(segments, eq(segments.id, translations.segmentId))
    .groupBy(segments.articleId, translations.lang, translations.status)
    .all();
  const openFlags = db
    .select({ articleId: segments.articleId, severity: flags.severity, n: sql<number>`count(*)` })
    .from(flags)
    .innerJoin(segments, eq(segments.id, flags.segmentId))
    .where(eq(flags.status, "open"))
    .groupBy(segments.articleId, flags.severity)
    .all();
  const lastSaves = db
    .select({ articleId: segments.articleId, last: sql<string>`max(${translations.updatedAt})` })
    .from(translations)
    .innerJoin(segments, eq(segments.id, translations.segmentId))
    .groupBy(segments.articleId)
    .all();
  return list.map((a) => {
    const total = counts.find((c) => c.articleId === a.id)?.n ?? 0;
    const lastSave = lastSaves.find((r) => r.articleId === a.id)?.last;
    const progress: Partial<Record<Lang, Progress>> = {};
    for (const lang of LANGUAGES) {
      if (lang === a.sourceLang) continue;
      const p = emptyProgress(total);
      for (const row of byStatus) {
        if (row.articleId !== a.id || row.lang !== lang) continue;
        if ((STATUSES as readonly string[]).includes(row.status)) p[row.status as Status] += row.n;
        p.needsReview += row.needsReview ?? 0;
      }
      progress[lang] = p;
    }
    const severities: Record<string, number> = {};
    for (const row of openFlags) if (row.articleId === a.id) severities[row.severity] = row.n;
    return { ...a, segmentCount: total, progress, openFlags: severities, lastChange: lastSave && lastSave > a.updatedAt ? lastSave : a.updatedAt };
  });
}
