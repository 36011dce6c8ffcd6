import { and, asc, desc, eq, inArray, lt, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { articles, flagOverrides, publicationFiles, publications } from "../../db/schema";
import type { Lang } from "../../domain/languages";
import { parseContent, type PublicationContent } from "../../domain/publishing/content";
import { AppError } from "../../errors";

type PublicationRow = typeof publications.$inferSelect;
export type PublicationFileInfo = { format: string; contentType: string; extension: string; bytes: number; sha256: string };
export type PublicationSummary = {
  id: number;
  articleId: number;
  lang: Lang;
  version: number;
  publishedBy: { id: number | null; name: string };
  publishedAt: string;
  contentHash: string;
  /** why it was published over open critical or major flags, or null */
  overrideReason: string | null;
  /** the flags that override went past */
  overriddenFlags: { flagId: number | null; segmentId: number; severity: string }[];
  formats: PublicationFileInfo[];
};
export type PublicationDetail = PublicationSummary & { content: PublicationContent };

const summaryColumns = {
  id: publications.id,
  articleId: publications.articleId,
  lang: publications.lang,
  version: publications.version,
  publishedBy: publications.publishedBy,
  publishedByName: publications.publishedByName,
  publishedAt: publications.publishedAt,
  contentHash: publications.contentHash,
  overrideReason: publications.overrideReason,
};
type SummaryRow = Omit<PublicationRow, "content">;

/** Formats and override details of these publications, attached to their summaries. */
function summarize(db: Db, rows: SummaryRow[]): PublicationSummary[] {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const files = db
    .select({ publicationId: publicationFiles.publicationId, format: publicationFiles.format, contentType: publicationFiles.contentType, extension: publicationFiles.extension, sha256: publicationFiles.sha256, bytes: sql<number>`length(${publicationFiles.body})` })
    .from(publicationFiles)
    .where(inArray(publicationFiles.publicationId, ids))
    .orderBy(asc(publicationFiles.id))
    .all();
  const overrides = db.select().from(flagOverrides).where(and(inArray(flagOverrides.publicationId, ids), eq(flagOverrides.scope, "publication"))).all();
  return rows.map((r) => ({
    id: r.id,
    articleId: r.articleId,
    lang: r.lang as Lang,
    version: r.version,
    publishedBy: { id: r.publishedBy, name: r.publishedByName },
    publishedAt: r.publishedAt,
    contentHash: r.contentHash,
    overrideReason: r.overrideReason,
    overriddenFlags: overrides.filter((o) => o.publicationId === r.id).map((o) => ({ flagId: o.flagId, segmentId: o.segmentId, severity: o.severity })),
    formats: files.filter((f) => f.publicationId === r.id).map((f) => ({ format: f.format, contentType: f.contentType, extension: f.extension, bytes: f.bytes, sha256: f.sha256 })),
  }));
}

/**
 * The publications of an article, newest first, in one language or all.
 *
 * @example
 * listPublications({ db, input: { articleId: 1, lang: "hu" } }).map((p) => p.version) // [3, 2, 1]
 */
export function listPublications({ db, input }: { db: Db; input: { articleId: number; lang?: Lang } }): PublicationSummary[] {
  if (!db.select({ id: articles.id }).from(articles).where(eq(articles.id, input.articleId)).get()) throw new AppError("NOT_FOUND", `Article ${input.articleId} does not exist`);
  const where = input.lang ? and(eq(publications.articleId, input.articleId), eq(publications.lang, input.lang)) : eq(publications.articleId, input.articleId);
  const rows = db.select(summaryColumns).from(publications).where(where).orderBy(asc(publications.lang), desc(publications.version)).all();
  return summarize(db, rows);
}

function findRow(db: Db, id: number): PublicationRow {
  const row = db.select().from(publications).where(eq(publications.id, id)).get();
  if (!row) throw new AppError("NOT_FOUND", `Publication ${id} does not exist`);
  return row;
}

/** One publication with its frozen content. */
export function getPublication({ db, input }: { db: Db; input: { id: number } }): PublicationDetail {
  const row = findRow(db, input.id);
  return { ...summarize(db, [row])[0]!, content: parseContent(row.content) };
}

/** The publication before this one in its article and language, or null for the first. */
export function previousPublication(db: Db, of: { articleId: number; lang: string; version: number }): PublicationDetail | null {
  const row = db
    .select({ id: publications.id })
    .from(publications)
    .where(and(eq(publications.articleId, of.articleId), eq(publications.lang, of.lang), lt(publications.version, of.version)))
    .orderBy(desc(publications.version))
    .limit(1)
    .get();
  return row ? getPublication({ db, input: { id: row.id } }) : null;
}

/** The newest publication of an article in one language, or null. */
export function latestPublication(db: Db, articleId: number, lang: Lang): PublicationDetail | null {
  return previousPublication(db, { articleId, lang, version: Number.MAX_SAFE_INTEGER });
}

/**
 * A stored rendering of a publication, byte for byte as it was made when it was published.
 *
 * @example
 * const file = publicationFile({ db, input: { id: 7, format: "md" } }); file.body // Buffer
 */
export function publicationFile({ db, input }: { db: Db; input: { id: number; format: string } }) {
  const row = findRow(db, input.id);
  const file = db.select().from(publicationFiles).where(and(eq(publicationFiles.publicationId, input.id), eq(publicationFiles.format, input.format))).get();
  if (!file) {
    const offered = db.select({ format: publicationFiles.format }).from(publicationFiles).where(eq(publicationFiles.publicationId, input.id)).orderBy(asc(publicationFiles.id)).all().map((f) => f.format);
    throw new AppError("NOT_FOUND", `Publication ${input.id} has no ${input.format} file: it was published as ${offered.join(", ")}`, { formats: offered });
  }
  return { body: file.body, contentType: file.contentType, sha256: file.sha256, filename: `article-${row.articleId}.${row.lang}.v${row.version}.${file.extension}` };
}
