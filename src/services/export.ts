import type { Db } from "../db/client";
import type { Lang } from "../domain/languages";
import { AppError } from "../errors";
import { renderExport, type ExportDoc, type ExportFormat } from "../formats/article-export";
import { getArticle } from "./articles";

/**
 * The approved version of an article in one language. Refuses (NOT_APPROVED, listing the
 * segments) while any segment is not `final`, so nothing unapproved leaves the newsroom.
 *
 * @example
 * exportArticle({ db, input: { articleId: 1, lang: "hu", format: "md" } }).body
 */
export function exportArticle({ db, input }: { db: Db; input: { articleId: number; lang: Lang; format: ExportFormat } }) {
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
  };
  return { ...renderExport(doc, input.format), filename: `article-${article.id}.${input.lang}` };
}
