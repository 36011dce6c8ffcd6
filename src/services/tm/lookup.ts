/**
 * Translation memory lookup: exact (100%), context (101%) and fuzzy matches for a text, found
 * through the index and then scored exactly; never a scan of the memory. A unit answers in both
 * directions, so an approved hu→fr unit serves a fr→hu lookup.
 */
import { asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { tmUnits, users } from "../../db/schema";
import { postingChunks, postingCount, scoringRows, type ScoringRow } from "../../db/tm-index";
import { diffTexts, type DiffPart } from "../../domain/diff";
import type { Lang } from "../../domain/languages";
import { CandidateCounter, findCandidates, lengthBucket, matchWindow } from "../../domain/tm/candidates";
import { CONTEXT, DEFAULT_THRESHOLD, EXACT, fuzzyScore, tokenizeForScore } from "../../domain/tm/score";
import { indexTerms } from "../../domain/tm/tokens";
import { AppError } from "../../errors";
import { findSegmentWithArticle } from "../translations";
import { segmentContext } from "./record";

export type TmMatchKind = "context" | "exact" | "fuzzy";

export type TmMatch = {
  unitId: number;
  /** 101 context, 100 exact, else the fuzzy percentage */
  score: number;
  kind: TmMatchKind;
  /** the unit's text in the lookup's source language, and its translation */
  source: string;
  target: string;
  /** from the TM source to the text looked up: what a translator must change */
  diff: DiffPart[];
  /** the unit was stored in the other direction (target to source) */
  reversed: boolean;
  origin: string;
  articleId: number | null;
  segmentId: number | null;
  /** the user who saved or imported it, or the translator an imported file names */
  author: string | null;
  updatedAt: string;
};

export type LookupInput = {
  text: string;
  sourceLang: Lang;
  targetLang: Lang;
  threshold?: number;
  /** at most this many matches, best first (default 10; null for all, as the benchmark's recall check needs) */
  limit?: number | null;
  /** the neighbouring source segments, for 101% context matches */
  prevSource?: string;
  nextSource?: string;
  excludeUnitIds?: readonly number[];
  /** one match per distinct translation (default); false keeps every unit, as a recall check needs */
  distinct?: boolean;
};

export type LookupResult = {
  matches: TmMatch[];
  /** how much the index did: candidates scored, posting lists and ids read */
  stats: { candidates: number; listsRead: number; postingsRead: number };
};

const counter = new CandidateCounter();

type Scored = { row: ScoringRow; score: number; reversed: boolean; source: string; target: string };

/**
 * Every unit scoring at or above the threshold against `text`, best first.
 *
 * @example
 * findMatches(db, { text: "Le Centre a été fondé en 2016.", sourceLang: "fr", targetLang: "hu" }).matches[0]?.score
 */
export function findMatches(db: Db, input: LookupInput): LookupResult {
  const threshold = input.threshold ?? DEFAULT_THRESHOLD;
  const { sourceLang, targetLang } = input;
  if (sourceLang === targetLang) throw new AppError("VALIDATION", "The source and target languages are the same");
  const query = tokenizeForScore(input.text.normalize("NFC"), sourceLang);
  const n = query.tokens.length;
  const none: LookupResult = { matches: [], stats: { candidates: 0, listsRead: 0, postingsRead: 0 } };
  if (n === 0) return none;
  const window = matchWindow(n, threshold);
  const from = lengthBucket(window.minLength);
  const to = lengthBucket(window.maxLength);
  const terms = [...indexTerms(query.tokens, sourceLang, targetLang)].map(([key, weight]) => ({ key, weight, postings: postingCount(db, key, from, to) }));
  const found = findCandidates({ terms, missing: window.missing, read: (key) => postingChunks(db, key, from, to), counter });
  const excluded = new Set(input.excludeUnitIds ?? []);
  const scored: Scored[] = [];
  for (const row of scoringRows(db, found.ids)) {
    if (excluded.has(row.id)) continue;
    const forward = row.sourceLang === sourceLang && row.targetLang === targetLang;
    if (!forward && !(row.sourceLang === targetLang && row.targetLang === sourceLang)) continue;
    const length = forward ? row.sourceTokens : row.targetTokens;
    if (length !== null && (length < window.minLength || length > window.maxLength)) continue;
    const source = forward ? row.sourceText : row.targetText;
    let score = fuzzyScore(query, tokenizeForScore(source, sourceLang), threshold);
    if (score === null) continue;
    if (score === EXACT && forward && input.prevSource !== undefined && row.prevSource === input.prevSource && row.nextSource === input.nextSource) score = CONTEXT;
    scored.push({ row, score, reversed: !forward, source, target: forward ? row.targetText : row.sourceText });
  }
  // Best first; among equals the newest. One match per distinct translation.
  scored.sort((a, b) => b.score - a.score || b.row.id - a.row.id);
  const seen = new Set<string>();
  const kept = input.distinct === false ? scored : scored.filter((s) => !seen.has(s.target) && seen.add(s.target));
  const limit = input.limit === undefined ? 10 : input.limit;
  const top = limit === null ? kept : kept.slice(0, limit);
  return { matches: describe(db, top, query.text, sourceLang), stats: { candidates: found.ids.length, listsRead: found.listsRead, postingsRead: found.postingsRead } };
}

function describe(db: Db, top: Scored[], text: string, lang: Lang): TmMatch[] {
  if (top.length === 0) return [];
  const details = new Map(
    db
      .select({ id: tmUnits.id, origin: tmUnits.origin, articleId: tmUnits.articleId, segmentId: tmUnits.segmentId, author: tmUnits.author, user: users.username, updatedAt: tmUnits.updatedAt })
      .from(tmUnits)
      .leftJoin(users, eq(users.id, tmUnits.updatedBy))
      .where(inArray(tmUnits.id, top.map((s) => s.row.id)))
      .all()
      .map((d) => [d.id, d]),
  );
  return top.map(({ row, score, reversed, source, target }) => {
    const d = details.get(row.id)!;
    return {
      unitId: row.id,
      score,
      kind: score === CONTEXT ? "context" : score === EXACT ? "exact" : "fuzzy",
      source,
      target,
      diff: diffTexts(source, text, lang),
      reversed,
      origin: d.origin,
      articleId: d.articleId,
      segmentId: d.segmentId,
      author: d.user ?? d.author,
      updatedAt: d.updatedAt,
    };
  });
}

/**
 * Matches for one segment of an article into `lang`, with its neighbours as context. The unit
 * made from this very segment and language is left out: it would only show the translation
 * already there.
 *
 * @example
 * lookupSegment({ db, input: { segmentId: 12, lang: "hu" } }).matches
 */
export function lookupSegment({ db, input }: { db: Db; input: { segmentId: number; lang: Lang; threshold?: number; limit?: number } }) {
  const { segment, sourceLang } = findSegmentWithArticle(db, input.segmentId);
  if (sourceLang === input.lang) throw new AppError("VALIDATION", `The source of this article is already in ${input.lang}`);
  const own = db.select({ id: tmUnits.id }).from(tmUnits).where(eq(tmUnits.segmentId, segment.id)).orderBy(asc(tmUnits.id)).all();
  const context = segmentContext(db, segment);
  const threshold = input.threshold ?? DEFAULT_THRESHOLD;
  const result = findMatches(db, {
    text: segment.source,
    sourceLang: sourceLang as Lang,
    targetLang: input.lang,
    threshold,
    limit: input.limit,
    prevSource: context.prevSource,
    nextSource: context.nextSource,
    excludeUnitIds: own.map((u) => u.id),
  });
  return { segmentId: segment.id, sourceLang: sourceLang as Lang, targetLang: input.lang, threshold, source: segment.source, matches: result.matches };
}
