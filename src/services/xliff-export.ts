import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../db/client";
import { flags, translations, users } from "../db/schema";
import type { Lang } from "../domain/languages";
import { AppError } from "../errors";
import type { XliffExportDoc, XliffFlag, XliffWriteVersion } from "../formats/xliff/model";
import { writeXliff12, Xliff12WriteError } from "../formats/xliff/write-12";
import { writeXliff2 } from "../formats/xliff/write-2";
import { getArticle } from "./articles";

/**
 * The article in one language as XLIFF for translators and reviewers: every segment whatever its
 * state (untranslated ones without a target), the current states, open QA flags, and the versions
 * an import needs to tell newer work from the work exported. Approved-only publication exports go
 * through services/export.
 *
 * @example
 * exportXliffForTranslation({ db, input: { articleId: 1, lang: "hu", version: "2.1" } }).body
 */
export function exportXliffForTranslation({ db, input }: { db: Db; input: { articleId: number; lang: Lang; version: XliffWriteVersion } }) {
  const article = getArticle({ db, input: { id: input.articleId } });
  if (article.sourceLang === input.lang) throw new AppError("VALIDATION", `${input.lang} is the source language of this article`);
  const ids = article.segments.map((s) => s.id);
  const open = ids.length ? db.select().from(flags).where(and(inArray(flags.segmentId, ids), eq(flags.status, "open"))).all() : [];
  const editors = new Map(
    (ids.length
      ? db
          .select({ segmentId: translations.segmentId, username: users.username })
          .from(translations)
          .innerJoin(users, eq(users.id, translations.updatedBy))
          .where(and(inArray(translations.segmentId, ids), eq(translations.lang, input.lang)))
          .all()
      : []
    ).map((r) => [r.segmentId, r.username]),
  );
  const doc: XliffExportDoc = {
    articleId: article.id,
    title: article.title,
    sourceLang: article.sourceLang as Lang,
    targetLang: input.lang,
    purpose: "translation",
    segments: article.segments.map((s) => {
      const t = s.translations[input.lang];
      const current = (side: "source" | "target") => (side === "source" ? s.source : (t?.text ?? ""));
      const segmentFlags: XliffFlag[] = open
        .filter((f) => f.segmentId === s.id && (f.side === "source" ? f.lang === article.sourceLang : f.lang === input.lang && t))
        .filter((f) => !f.contextText || f.contextText === current(f.side as "source" | "target"))
        .map((f) => ({ id: f.id, side: f.side as "source" | "target", start: f.start, end: f.end, category: f.category, severity: f.severity, check: f.check, message: f.message, comment: f.comment, suggestions: f.suggestions }));
      return {
        id: s.id,
        paragraph: s.paragraph,
        kind: s.kind,
        source: s.source,
        separator: s.separator,
        codes: s.codes,
        sourceVersion: s.sourceVersion,
        target: t ? { text: t.text, status: t.status, needsReview: t.needsReview, version: t.version, origin: t.origin, updatedAt: t.updatedAt, updatedBy: editors.get(s.id) ?? null } : undefined,
        flags: segmentFlags,
      };
    }),
  };
  let body: string;
  try {
    body = input.version === "1.2" ? writeXliff12(doc) : writeXliff2(doc, input.version);
  } catch (e) {
    if (e instanceof Xliff12WriteError) throw new AppError("CONFLICT", e.message, { segmentId: e.segmentId });
    throw e;
  }
  return { body, contentType: "application/xliff+xml; charset=utf-8", filename: `article-${article.id}.${input.lang}.xliff${input.version.replace(".", "")}.xlf` };
}
