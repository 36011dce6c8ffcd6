import type { Lang } from "../domain/languages";
import type { ArticleSummary } from "./articles";

export const ARTICLE_SORTS = ["updated", "title", "flags", "progress"] as const;
export type ArticleSort = (typeof ARTICLE_SORTS)[number];
export type ArticleListQuery = { q?: string; sourceLang?: Lang; sort?: ArticleSort };

const SEVERITY_WEIGHT: Record<string, number> = { critical: 1_000_000, major: 1_000, minor: 1, neutral: 0 };

/** Share of approved segments over all target languages (0..1). */
export function approvedShare(a: ArticleSummary): number {
  const progress = Object.values(a.progress);
  const total = progress.reduce((n, p) => n + p.total, 0);
  return total ? progress.reduce((n, p) => n + p.final, 0) / total : 0;
}

/**
 * The articles page's filter and sort: title search, source language, and newest change,
 * title, worst open flags first or least progress first.
 *
 * @example
 * filterArticles(listArticles({ db }), { q: "unesco", sort: "flags" })
 */
export function filterArticles(list: ArticleSummary[], query: ArticleListQuery): ArticleSummary[] {
  const needle = query.q?.normalize("NFC").toLocaleLowerCase().trim();
  const kept = list.filter((a) => (!needle || a.title.toLocaleLowerCase().includes(needle)) && (!query.sourceLang || a.sourceLang === query.sourceLang));
  const flagScore = (a: ArticleSummary) => Object.entries(a.openFlags).reduce((n, [sev, count]) => n + (SEVERITY_WEIGHT[sev] ?? 0) * count, 0);
  const by: Record<ArticleSort, (a: ArticleSummary, b: ArticleSummary) => number> = {
    updated: (a, b) => b.lastChange.localeCompare(a.lastChange),
    title: (a, b) => a.title.localeCompare(b.title),
    flags: (a, b) => flagScore(b) - flagScore(a),
    progress: (a, b) => approvedShare(a) - approvedShare(b),
  };
  return [...kept].sort(by[query.sort ?? "updated"]);
}
