import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../db/client";
import { flags, segments } from "../db/schema";
import type { Lang } from "../domain/languages";
import { MQM_CATEGORIES, SEVERITIES, type MqmCategory, type Severity } from "../domain/qa/types";
import type { TermStatus } from "../domain/terms/types";
import { STATUSES, type Status } from "../domain/workflow";
import { AppError } from "../errors";
import { getArticle, type ArticleView, type Progress, type SegmentView } from "./articles";
import { loadConcepts } from "./glossary/shared";
import type { FlagRow } from "./qa";
import { getTermbase } from "./term-index";
import { recognizeTerms } from "../domain/terms";

export type ReviewFilters = {
  status?: Status | "missing";
  category?: MqmCategory;
  severity?: Severity;
  needsReview?: boolean;
  /** searched in the source and the target, case-insensitively */
  q?: string;
};
/** A term found in the source, with what the translator needs to translate it. */
export type ReviewTermHit = {
  start: number;
  end: number;
  matched: string;
  conceptId: number;
  term: string;
  termStatus: TermStatus;
  /** the concept's terms in the target language, preferred first */
  targets: { text: string; status: TermStatus }[];
  subjectField: string | null;
  note: string | null;
};
export type ReviewSegment = SegmentView & { flags: FlagRow[]; terms: ReviewTermHit[] };
export type ReviewPageData = {
  article: Omit<ArticleView, "segments">;
  lang: Lang;
  segments: ReviewSegment[];
  page: number;
  pageCount: number;
  /** segments matching the filters, across all pages */
  matching: number;
  total: number;
  approved: number;
  progress: Progress;
  /** open flags of this language and of the source, across the whole article */
  openFlags: number;
};

export const REVIEW_PAGE_SIZE = 60;
const STATUS_RANK: Record<TermStatus, number> = { preferred: 0, admitted: 1, deprecated: 2, superseded: 3, forbidden: 4 };

/**
 * Open flags of the given segments that belong to this language's review: those of the target
 * language on either side (a termbase term the translation does not use is marked on the
 * source, but stored with the target language), and those of the source itself.
 */
function openFlagsBySegment(db: Db, segmentIds: number[], sourceLang: string, lang: Lang): Map<number, FlagRow[]> {
  const bySegment = new Map<number, FlagRow[]>();
  for (let i = 0; i < segmentIds.length; i += 500) {
    const rows = db
      .select()
      .from(flags)
      .where(and(inArray(flags.segmentId, segmentIds.slice(i, i + 500)), eq(flags.status, "open"), inArray(flags.lang, [sourceLang, lang])))
      .all();
    for (const f of rows) {
      if (f.lang === sourceLang && f.side !== "source") continue;
      bySegment.set(f.segmentId, [...(bySegment.get(f.segmentId) ?? []), f]);
    }
  }
  for (const list of bySegment.values()) list.sort((a, b) => (a.side === b.side ? a.start - b.start : a.side === "source" ? -1 : 1));
  return bySegment;
}

function matchesFilters(s: SegmentView, segFlags: FlagRow[], lang: Lang, f: ReviewFilters): boolean {
  const tr = s.translations[lang];
  if (f.status && (tr?.status ?? "missing") !== f.status) return false;
  if (f.needsReview && !tr?.needsReview) return false;
  if (f.category && !segFlags.some((x) => x.category === f.category)) return false;
  if (f.severity && !segFlags.some((x) => x.severity === f.severity)) return false;
  if (f.q) {
    const needle = f.q.normalize("NFC").toLocaleLowerCase();
    if (!s.source.toLocaleLowerCase().includes(needle) && !(tr?.text ?? "").toLocaleLowerCase().includes(needle)) return false;
  }
  return true;
}

/**
 * Cuts matching segments into pages without splitting a paragraph (unless one paragraph alone
 * is longer than a page), so the review keeps headings and captions with their text.
 */
export function paginateByParagraph<T extends { paragraph: number }>(items: T[], pageSize: number): T[][] {
  const pages: T[][] = [];
  let current: T[] = [];
  for (let i = 0; i < items.length; ) {
    let j = i;
    while (j < items.length && items[j]!.paragraph === items[i]!.paragraph) j++;
    const paragraph = items.slice(i, j);
    if (current.length > 0 && current.length + paragraph.length > pageSize) {
      pages.push(current);
      current = [];
    }
    for (const item of paragraph) {
      if (current.length >= pageSize) {
        pages.push(current);
        current = [];
      }
      current.push(item);
    }
    i = j;
  }
  if (current.length > 0 || pages.length === 0) pages.push(current);
  return pages;
}

/** Term hits in the source of each segment, with the target-language terms of each concept. */
function termHits(db: Db, segs: SegmentView[], sourceLang: Lang, lang: Lang): Map<number, ReviewTermHit[]> {
  const { index } = getTermbase(db);
  const raw = segs.map((s) => ({ id: s.id, hits: recognizeTerms(index, sourceLang, s.source) }));
  const conceptIds = [...new Set(raw.flatMap((r) => r.hits.map((h) => h.conceptId)))];
  const concepts = new Map(loadConcepts(db, conceptIds).map((c) => [c.id, c]));
  const result = new Map<number, ReviewTermHit[]>();
  for (const { id, hits } of raw) {
    result.set(
      id,
      hits.map((h) => {
        const concept = concepts.get(h.conceptId);
        const targets = (concept?.languages[lang]?.terms ?? []).map((t) => ({ text: t.text, status: t.status })).sort((a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status]);
        const sourceTerm = concept?.languages[sourceLang]?.terms.find((t) => t.id === h.termId);
        const note = [concept?.languages[lang]?.note, concept?.note, sourceTerm?.usageNote].filter(Boolean).join(" — ") || null;
        return { start: h.start, end: h.end, matched: h.matched, conceptId: h.conceptId, term: h.term, termStatus: sourceTerm?.status ?? "admitted", targets, subjectField: concept?.subjectField ?? null, note };
      }),
    );
  }
  return result;
}

/**
 * One page of the review workspace: the segments matching the filters, with their open flags
 * and the term hits of their source.
 *
 * @example
 * reviewPage({ db, input: { articleId: 1, lang: "hu", filters: { status: "initial" }, page: 1 } })
 */
export function reviewPage({ db, input }: { db: Db; input: { articleId: number; lang: Lang; filters?: ReviewFilters; page?: number; pageSize?: number } }): ReviewPageData {
  const { segments: all, ...article } = getArticle({ db, input: { id: input.articleId } });
  const lang = input.lang;
  if (lang === article.sourceLang) throw new AppError("NOT_FOUND", "The source language is not a target of this article");
  const flagsBySegment = openFlagsBySegment(db, all.map((s) => s.id), article.sourceLang, lang);
  const filters = input.filters ?? {};
  const matching = all.filter((s) => matchesFilters(s, flagsBySegment.get(s.id) ?? [], lang, filters));
  const pages = paginateByParagraph(matching, input.pageSize ?? REVIEW_PAGE_SIZE);
  const page = Math.min(Math.max(input.page ?? 1, 1), pages.length);
  const shown = pages[page - 1]!;
  return {
    article,
    lang,
    segments: decorate(db, article.sourceLang as Lang, lang, shown, flagsBySegment),
    page,
    pageCount: pages.length,
    matching: matching.length,
    total: all.length,
    approved: all.filter((s) => s.translations[lang]?.status === "final").length,
    progress: progressOf(all, lang),
    openFlags: [...flagsBySegment.values()].reduce((n, list) => n + list.length, 0),
  };
}

function progressOf(all: SegmentView[], lang: Lang): Progress {
  const p: Progress = { initial: 0, translated: 0, reviewed: 0, final: 0, total: all.length, needsReview: 0 };
  for (const s of all) {
    const tr = s.translations[lang];
    if (!tr) continue;
    p[tr.status] += 1;
    if (tr.needsReview) p.needsReview += 1;
  }
  return p;
}

function decorate(db: Db, sourceLang: Lang, lang: Lang, segs: SegmentView[], flagsBySegment: Map<number, FlagRow[]>): ReviewSegment[] {
  const hits = termHits(db, segs, sourceLang, lang);
  return segs.map((s) => ({ ...s, flags: flagsBySegment.get(s.id) ?? [], terms: hits.get(s.id) ?? [] }));
}

/** One segment as the review page shows it (to refresh a row after a save or a new flag). */
export function reviewSegment({ db, input }: { db: Db; input: { segmentId: number; lang: Lang } }): { article: ReviewPageData["article"]; segment: ReviewSegment } {
  const row = db.select({ articleId: segments.articleId }).from(segments).where(eq(segments.id, input.segmentId)).get();
  if (!row) throw new AppError("NOT_FOUND", `Segment ${input.segmentId} does not exist`);
  const { segments: all, ...article } = getArticle({ db, input: { id: row.articleId } });
  if (input.lang === article.sourceLang) throw new AppError("NOT_FOUND", "The source language is not a target of this article");
  const seg = all.find((s) => s.id === input.segmentId)!;
  const segFlags = openFlagsBySegment(db, [seg.id], article.sourceLang, input.lang);
  return { article, segment: decorate(db, article.sourceLang as Lang, input.lang, [seg], segFlags)[0]! };
}

export const REVIEW_FILTER_VALUES = { statuses: [...STATUSES, "missing"] as const, categories: MQM_CATEGORIES, severities: SEVERITIES };
