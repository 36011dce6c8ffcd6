import { createHash } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { flagOverrides, flags, sourceRevisions, translations } from "../../db/schema";
import { LANGUAGES, type Lang } from "../../domain/languages";
import { concernsTranslation } from "../../domain/publishing/approval";
import { canonicalContent, type PublicationContent } from "../../domain/publishing/content";
import { readinessOf, type Readiness } from "../../domain/publishing/readiness";
import { AppError } from "../../errors";
import { getArticle, type ArticleView } from "../articles";
import { paginateByParagraph, REVIEW_PAGE_SIZE } from "../review";
import type { FlagRow } from "../approval-gate";

/**
 * A segment that blocks publication, with the review page address that shows it, its
 * translation's version (to approve it from the publisher page) and, when the source was
 * corrected since the translation was made, the source as it read then.
 */
export type LinkedBlocker = Readiness<FlagRow>["blockers"][number] & { reviewUrl: string; version: number | null; sourceBefore: string | null };
export type LanguageState = {
  article: Omit<ArticleView, "segments">;
  lang: Lang;
  /** what would be published now: every segment's current translation ("" where there is none) */
  content: PublicationContent;
  /** SHA-256 of the canonical content; equal to a publication's hash when nothing changed since */
  contentHash: string;
  readiness: Omit<Readiness<FlagRow>, "blockers"> & { blockers: LinkedBlocker[] };
  statuses: Map<number, string>;
};

export const sha256Hex = (data: string | Uint8Array) => createHash("sha256").update(data).digest("hex");

/** Open flags of these segments, in chunks (SQLite limits the number of bound parameters). */
function openFlags(db: Db, segmentIds: number[]): FlagRow[] {
  const rows: FlagRow[] = [];
  for (let i = 0; i < segmentIds.length; i += 500) {
    rows.push(...db.select().from(flags).where(and(inArray(flags.segmentId, segmentIds.slice(i, i + 500)), eq(flags.status, "open"))).all());
  }
  return rows;
}

/** Fingerprints of the flags overridden when each translation's current version was approved. */
function approvalOverrides(db: Db, translations: { id: number; version: number; segmentId: number }[]): Map<number, Set<string>> {
  const bySegment = new Map<number, Set<string>>();
  const versionOf = new Map(translations.map((t) => [t.id, t]));
  const ids = translations.map((t) => t.id);
  for (let i = 0; i < ids.length; i += 500) {
    const rows = db.select().from(flagOverrides).where(and(inArray(flagOverrides.translationId, ids.slice(i, i + 500)), eq(flagOverrides.scope, "approval"))).all();
    for (const o of rows) {
      const t = versionOf.get(o.translationId!);
      if (!t || t.version !== o.translationVersion) continue;
      bySegment.set(t.segmentId, (bySegment.get(t.segmentId) ?? new Set()).add(o.fingerprint));
    }
  }
  return bySegment;
}

/** The source each needs-review translation of these segments was made against. */
function sourcesBefore(db: Db, segmentIds: number[], lang: Lang): Map<number, string> {
  const result = new Map<number, string>();
  const made: { segmentId: number; sourceVersion: number }[] = [];
  for (let i = 0; i < segmentIds.length; i += 500) {
    const chunk = inArray(translations.segmentId, segmentIds.slice(i, i + 500));
    made.push(...db.select({ segmentId: translations.segmentId, sourceVersion: translations.sourceVersion }).from(translations).where(and(chunk, eq(translations.lang, lang))).all());
  }
  for (const t of made) {
    const text = db.select({ text: sourceRevisions.text }).from(sourceRevisions).where(and(eq(sourceRevisions.segmentId, t.segmentId), eq(sourceRevisions.version, t.sourceVersion))).get()?.text;
    if (text !== undefined) result.set(t.segmentId, text);
  }
  return result;
}

/** The review page (and page number) that shows a segment, anchored on its row. */
function reviewUrls(articleId: number, lang: Lang, segments: { id: number; paragraph: number }[]): Map<number, string> {
  const urls = new Map<number, string>();
  paginateByParagraph(segments, REVIEW_PAGE_SIZE).forEach((page, i) => {
    for (const s of page) urls.set(s.id, `/articles/${articleId}/${lang}${i > 0 ? `?page=${i + 1}` : ""}#seg-${s.id}`);
  });
  return urls;
}

/** The target languages of an article: every language but its source. */
export const targetLanguages = (sourceLang: string): Lang[] => LANGUAGES.filter((l) => l !== sourceLang);

export function checkTargetLanguage(article: { sourceLang: string }, lang: Lang): void {
  if (article.sourceLang === lang) throw new AppError("VALIDATION", `${lang} is the source language of this article`);
}

/**
 * An article in one language as it stands: what would be published, its hash, and what stops
 * publication (segments not approved, waiting for review, open critical or major flags).
 *
 * @example
 * const state = languageState(db, articleId, "hu");
 * state.readiness.ready; state.contentHash;
 */
export function languageState(db: Db, articleId: number, lang: Lang, loaded?: ArticleView): LanguageState {
  // Callers looking at several languages load the article once and pass it in.
  const { segments, ...article } = loaded ?? getArticle({ db, input: { id: articleId } });
  checkTargetLanguage(article, lang);
  const flagsBySegment = new Map<number, FlagRow[]>();
  for (const f of openFlags(db, segments.map((s) => s.id))) {
    if (concernsTranslation(f, lang, article.sourceLang)) flagsBySegment.set(f.segmentId, [...(flagsBySegment.get(f.segmentId) ?? []), f]);
  }
  const translated = segments.flatMap((s) => (s.translations[lang] ? [{ id: s.translations[lang]!.id, version: s.translations[lang]!.version, segmentId: s.id }] : []));
  const overrides = approvalOverrides(db, translated);
  const readiness = readinessOf(
    segments.map((s) => {
      const tr = s.translations[lang];
      return {
        id: s.id,
        position: s.position,
        paragraph: s.paragraph,
        kind: s.kind,
        source: s.source,
        translation: tr ? { status: tr.status, needsReview: tr.needsReview, text: tr.text } : undefined,
        flags: flagsBySegment.get(s.id) ?? [],
        overridden: overrides.get(s.id) ?? new Set<string>(),
      };
    }),
  );
  const urls = reviewUrls(article.id, lang, segments);
  const before = sourcesBefore(db, readiness.blockers.filter((b) => b.reasons.includes("needs-review")).map((b) => b.segmentId), lang);
  const versions = new Map(translated.map((t) => [t.segmentId, t.version]));
  const content: PublicationContent = {
    articleId: article.id,
    title: article.title,
    sourceLang: article.sourceLang as Lang,
    targetLang: lang,
    segments: segments.map((s) => ({ id: s.id, paragraph: s.paragraph, kind: s.kind, source: s.source, target: s.translations[lang]?.text ?? "", separator: s.separator, codes: s.codes })),
  };
  return {
    article,
    lang,
    content,
    contentHash: sha256Hex(canonicalContent(content)),
    readiness: { ...readiness, blockers: readiness.blockers.map((b) => ({ ...b, reviewUrl: urls.get(b.segmentId)!, version: versions.get(b.segmentId) ?? null, sourceBefore: before.get(b.segmentId) ?? null })) },
    statuses: new Map(segments.map((s) => [s.id, s.translations[lang]?.status ?? "missing"])),
  };
}
