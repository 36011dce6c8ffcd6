import { and, asc, eq, gte, inArray, lt, notInArray, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "../db/client";
import { articles, flags, pendingImports, segments, translations } from "../db/schema";
import type { InlineCode } from "../domain/inline-codes";
import { LANGUAGES, type Lang } from "../domain/languages";
import { STATUSES, type SegmentKind, type Status } from "../domain/workflow";
import { AppError } from "../errors";
import { prepareArticle, type ArticleFormat, type ImportArticleInput } from "./article-prepare";
import { isPendingImport, storeArticle } from "./article-store";

export type { ArticleFormat, ImportArticleInput } from "./article-prepare";
export { refuseStrayCodes } from "./article-prepare";

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
  const prepared = prepareArticle(input);
  return {
    title: prepared.title,
    sourceLang: prepared.sourceLang,
    format: prepared.format,
    segments: prepared.pieces.map((p, position) => ({ position, paragraph: p.paragraph, kind: p.kind, source: p.text, separator: p.separator, codes: p.codes })),
  };
}

/**
 * Imports an article: parses the text, cuts paragraphs into sentences and stores the segments,
 * all in one transaction. (The server stores large imports in steps: see article-store.)
 *
 * @example
 * const article = importArticle({ db, input: { title: "Visite", sourceLang: "fr", text }, actorId });
 */
export function importArticle({ db, input, actorId }: { db: Db; input: ImportArticleInput; actorId?: number | null }): ArticleView {
  const id = storeArticle({ db, prepared: prepareArticle(input), actorId });
  return getArticle({ db, input: { id } });
}

/** An article's own row (no segments), or NOT_FOUND; an import still being stored counts as absent. */
export function getArticleRow(db: DbOrTx, id: number): typeof articles.$inferSelect {
  const article = db.select().from(articles).where(eq(articles.id, id)).get();
  if (!article || isPendingImport(db, id)) throw new AppError("NOT_FOUND", `Article ${id} does not exist`);
  return article;
}

export function getArticle({ db, input }: { db: Db; input: { id: number } }): ArticleView {
  const article = getArticleRow(db, input.id);
  return { ...article, segments: segmentViews(db, input.id) };
}

/**
 * The segments of an article with their translations, in order: all of them, or `limit` from
 * position `from` (a large article is read and sent a page at a time).
 */
export function segmentViews(db: DbOrTx, articleId: number, page?: { from: number; limit: number }): SegmentView[] {
  const inArticle = eq(segments.articleId, articleId);
  const where = page ? and(inArticle, gte(segments.position, page.from), lt(segments.position, page.from + page.limit)) : inArticle;
  const segs = db.select().from(segments).where(where).orderBy(asc(segments.position)).all();
  const ids = db.select({ id: segments.id }).from(segments).where(where);
  const rows = db.select().from(translations).where(inArray(translations.segmentId, ids)).all();
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
  return segs.map((s) => ({
    id: s.id,
    position: s.position,
    paragraph: s.paragraph,
    kind: s.kind as SegmentKind,
    source: s.source,
    separator: s.separator,
    sourceVersion: s.sourceVersion,
    codes: s.codes,
    translations: bySegment.get(s.id) ?? {},
  }));
}

/** The ids of an article's segments as a sub-select: no list of bound values, however long the article. */
export function segmentIdsOf(db: DbOrTx, articleId: number) {
  return db.select({ id: segments.id }).from(segments).where(eq(segments.articleId, articleId));
}

function emptyProgress(total: number): Progress {
  return { initial: 0, translated: 0, reviewed: 0, final: 0, total, needsReview: 0 };
}

/** Every article with per-language progress by status and open flags by severity. */
export function listArticles({ db }: { db: Db }): ArticleSummary[] {
  const pending = db.select({ id: pendingImports.articleId }).from(pendingImports);
  const list = db.select().from(articles).where(notInArray(articles.id, pending)).orderBy(asc(articles.id)).all();
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
