import type { Db } from "../db/client";
import type { Lang } from "../domain/languages";
import { AppError } from "../errors";
import { eq } from "drizzle-orm";
import { articleSources } from "../db/schema";
import { renderDocx, renderExport, type ExportDoc, type ExportFormat } from "../formats/article-export";
import { getArticle } from "./articles";

/**
 * The approved version of an article in one language. Refuses (NOT_APPROVED, listing the
 * segments) while any segment is not `final`, so nothing unapproved leaves the newsroom.
 *
 * @example
 * (await exportArticle({ db, input: { articleId: 1, lang: "hu", format: "md" } })).body
 */
export async function exportArticle({ db, input }: { db: Db; input: { articleId: number; lang: Lang; format: ExportFormat } }) {
  const article = getArticle({ db, input: { id: input.articleId } });
  if (article.sourceLang === input.lang) throw new AppError("VALIDATION", `${input.lang} is the source language of this article`);
  const unapproved = article.segments
    .filter((s) => s.translations[input.lang]?.status !== "final")
    .map((s) => ({ id: s.id, position: s.position, source: s.source, status: s.translations[input.lang]?.status ?? null }));
  if (unapproved.length) {
    throw new AppError("NOT_APPROVED", `${unapproved.length} of ${article.segments.length} segments are not approved in ${input.lang}`, { unapproved });
  }
  const doc: ExportDoc = {
    articleId: article.id,
    title: article.title,
    sourceLang: article.sourceLang as Lang,
    targetLang: input.lang,
    segments: article.segments.map((s) => ({ id: s.id, paragraph: s.paragraph, kind: s.kind, source: s.source, target: s.translations[input.lang]!.text, separator: s.separator, codes: s.codes })),
    ...articleSource(db, article.id),
  };
  const rendered = input.format === "docx" ? await renderDocx(doc) : renderExport(doc, input.format);
  return { ...rendered, filename: `article-${article.id}.${input.lang}` };
}

/** The stored structure, HTML skeleton and DOCX original of an article, when it has them. */
export function articleSource(db: Db, articleId: number): Pick<ExportDoc, "structure" | "skeleton" | "original"> {
  const row = db.select().from(articleSources).where(eq(articleSources.articleId, articleId)).get();
  if (!row) return {};
  return { structure: row.structure, skeleton: row.skeleton ?? null, original: row.original ? new Uint8Array(row.original) : null };
}
