/**
 * Term recognition: every occurrence of every termbase term in a text, inflected forms
 * included, built once per termbase version.
 */
import { isLang, type Lang } from "../languages";
import { CharTrie } from "./char-trie";
import { TokenTrie } from "./token-trie";
import type { TermEntry, TermHit } from "./types";

export * from "./types";

export type TermIndex = {
  readonly byLang: ReadonlyMap<Lang, TokenTrie | CharTrie>;
  /** number of terms indexed */
  readonly size: number;
};

/**
 * Builds the tries: a word trie per language written with spaces, a character trie for Chinese.
 * Terms in languages other than our four are skipped.
 *
 * @example
 * const index = buildTermIndex([{ termId: 1, conceptId: 1, lang: "fr", text: "jumeau numérique", status: "preferred" }]);
 * recognizeTerms(index, "fr", "des jumeaux numériques")[0].matched // "jumeaux numériques"
 */
export function buildTermIndex(entries: Iterable<TermEntry>): TermIndex {
  const byLang = new Map<Lang, TokenTrie | CharTrie>();
  let size = 0;
  for (const entry of entries) {
    const lang = entry.lang.toLowerCase().split(/[-_]/)[0];
    if (!isLang(lang) || !entry.text.trim()) continue;
    let automaton = byLang.get(lang);
    if (!automaton) {
      automaton = lang === "zh" ? new CharTrie() : new TokenTrie(lang);
      byLang.set(lang, automaton);
    }
    automaton.add(entry);
    size++;
  }
  return { byLang, size };
}

/**
 * Every term occurrence in `text`, sorted by position; `matched` is the text as written
 * (inflected), `term` the termbase form. Offsets are UTF-16 indices into `text`.
 */
export function recognizeTerms(index: TermIndex, lang: Lang, text: string): TermHit[] {
  const automaton = index.byLang.get(lang);
  if (!automaton || !text) return [];
  const hits: TermHit[] = [];
  for (const span of automaton.findLongest(text)) {
    const matched = text.slice(span.start, span.end);
    if (span.refs.length === 1) {
      const ref = span.refs[0]!;
      hits.push({ conceptId: ref.conceptId, termId: ref.termId, term: ref.term, status: ref.status, start: span.start, end: span.end, matched });
      continue;
    }
    // One hit per concept and span: "UNESCO" matches both "UNESCO" and "Unesco" of the same
    // concept; the term written closest to the text names the hit.
    const bestByConcept = new Map<number, { ref: (typeof span.refs)[number]; score: number }>();
    for (const ref of span.refs) {
      const score = closeness(ref.term, matched);
      const current = bestByConcept.get(ref.conceptId);
      if (!current || score > current.score) bestByConcept.set(ref.conceptId, { ref, score });
    }
    for (const { ref } of bestByConcept.values()) {
      hits.push({ conceptId: ref.conceptId, termId: ref.termId, term: ref.term, status: ref.status, start: span.start, end: span.end, matched });
    }
  }
  return hits;
}

/** 2 when the term is written exactly as matched, 1 when only case differs, else 0 (inflected). */
function closeness(term: string, matched: string): number {
  if (term === matched) return 2;
  return term.toLowerCase() === matched.toLowerCase() ? 1 : 0;
}
