/**
 * Concordance search: a word or phrase across the sources and targets of the memory, in one
 * language or any. The index narrows the search to the units holding the query's rarest word
 * (every Chinese character is indexed on its own, so one- and two-character queries work); each
 * candidate is then checked for the phrase itself (see domain/tm/concordance.ts), newest first.
 */
import type { Db } from "../../db/client";
import { postingChunks, postingCount, scoringRows, termsWithPrefix } from "../../db/tm-index";
import { findOccurrences } from "../../domain/tm/concordance";
import { indexForm, termPrefix, tmTokens } from "../../domain/tm/tokens";
import { isCharacterLanguage, LANGUAGES, type Lang } from "../../domain/languages";
import { AppError } from "../../errors";

export type ConcordanceHit = {
  unitId: number;
  sourceLang: Lang;
  targetLang: Lang;
  source: string;
  target: string;
  /** [start, end) UTF-16 offsets of the query in each side */
  sourceMatches: Array<[number, number]>;
  targetMatches: Array<[number, number]>;
};

/** Candidates checked at most per language: a phrase of common words stops here, marked truncated. */
const MAX_CHECKED = 20_000;
const PAGE = 256;
const PREFIX_TERMS = 64;
const WORD = /^[\p{L}\p{M}\p{N}]+$/u;

/** The index terms that may stand for each query token in `lang` texts (any pair). */
function tokenTerms(db: Db, q: string, lang: Lang): string[][] {
  const tokens = tmTokens(q, lang);
  const others = LANGUAGES.filter((l) => l !== lang);
  return tokens.map((token, i) => {
    const isLast = i === tokens.length - 1;
    const prefixed = isLast && !isCharacterLanguage(lang) && WORD.test(token) && !/\s$/.test(q);
    return others.flatMap((other) => {
      const term = termPrefix(lang, other) + indexForm(token);
      return prefixed ? termsWithPrefix(db, term, PREFIX_TERMS) : [term];
    });
  });
}

function searchLanguage(db: Db, q: string, lang: Lang, limit: number): { hits: ConcordanceHit[]; truncated: boolean } {
  const perToken = tokenTerms(db, q, lang).map((terms) => ({ terms, count: terms.reduce((n, t) => n + postingCount(db, t), 0) }));
  if (perToken.length === 0 || perToken.some((t) => t.count === 0)) return { hits: [], truncated: false };
  const rarest = perToken.reduce((a, b) => (b.count < a.count ? b : a));
  const ids = new Set<number>();
  for (const term of rarest.terms) for (const chunk of postingChunks(db, term)) for (const id of chunk) ids.add(id);
  const ordered = [...ids].sort((a, b) => b - a);
  const hits: ConcordanceHit[] = [];
  let checked = 0;
  while (checked < ordered.length && checked < MAX_CHECKED && hits.length < limit) {
    const page = ordered.slice(checked, checked + PAGE);
    checked += page.length;
    const rows = scoringRows(db, page).sort((a, b) => b.id - a.id);
    for (const row of rows) {
      const sourceMatches = row.sourceLang === lang ? findOccurrences(row.sourceText, q, lang) : [];
      const targetMatches = row.targetLang === lang ? findOccurrences(row.targetText, q, lang) : [];
      if (sourceMatches.length + targetMatches.length === 0) continue;
      hits.push({ unitId: row.id, sourceLang: row.sourceLang as Lang, targetLang: row.targetLang as Lang, source: row.sourceText, target: row.targetText, sourceMatches, targetMatches });
      if (hits.length >= limit) break;
    }
  }
  return { hits, truncated: checked < ordered.length && (hits.length >= limit || checked >= MAX_CHECKED) };
}

/**
 * @example
 * searchConcordance({ db, input: { q: "développement durable", lang: "fr" } }).results
 */
export function searchConcordance({ db, input }: { db: Db; input: { q: string; lang?: Lang; limit?: number } }) {
  const q = input.q.normalize("NFC");
  if (!q.trim()) throw new AppError("VALIDATION", "The search text is empty");
  const limit = input.limit ?? 50;
  const langs = input.lang ? [input.lang] : [...LANGUAGES];
  const found = langs.map((lang) => searchLanguage(db, q, lang, limit));
  const byId = new Map<number, ConcordanceHit>();
  for (const hit of found.flatMap((f) => f.hits)) {
    const seen = byId.get(hit.unitId);
    if (!seen) byId.set(hit.unitId, hit);
    else {
      seen.sourceMatches = seen.sourceMatches.length ? seen.sourceMatches : hit.sourceMatches;
      seen.targetMatches = seen.targetMatches.length ? seen.targetMatches : hit.targetMatches;
    }
  }
  const results = [...byId.values()].sort((a, b) => b.unitId - a.unitId).slice(0, limit);
  return { query: q, lang: input.lang ?? null, results, truncated: found.some((f) => f.truncated) || byId.size > limit };
}
