/**
 * A trie over the words of multiword terms, for languages written with spaces. Walking it
 * from each word of a text finds every term starting there in time independent of the size of
 * the termbase.
 */
import type { Lang } from "../languages";
import { baseFormCandidates, isHungarianEndingChain } from "./inflection";
import { foldCase, isAcronym, isJoiningGap, tokenize, foldPunctuation, type Token } from "./normalize";
import type { TermEntry } from "./types";

export type TermRef = { termId: number; conceptId: number; term: string };
type Node = { next: Map<string, Node>; terms: TermRef[] };
export type Span = { start: number; end: number; refs: TermRef[] };

const EXACT = "\u0001";
const newNode = (): Node => ({ next: new Map(), terms: [] });

/** How a term word is keyed: exact for acronyms and case-sensitive terms, case-folded otherwise. */
function termKey(word: string, exact: boolean): string {
  return exact || isAcronym(word) ? EXACT + word : foldCase(word);
}

export class TokenTrie {
  private readonly root = newNode();
  private readonly candidateCache = new Map<string, string[]>();
  /** Per word, the candidates that start some term: most words start none, and are skipped at once. */
  private readonly startCache = new Map<string, string[]>();
  size = 0;

  constructor(private readonly lang: Lang) {}

  add(entry: TermEntry): void {
    const words = tokenize(foldPunctuation(entry.text.normalize("NFC")));
    if (words.length === 0) return;
    const exact = entry.caseSensitive === true || entry.type === "acronym";
    let node = this.root;
    for (const w of words) {
      const key = termKey(w.text, exact);
      let child = node.next.get(key);
      if (!child) {
        child = newNode();
        node.next.set(key, child);
      }
      node = child;
    }
    node.terms.push({ termId: entry.termId, conceptId: entry.conceptId, term: entry.text });
    this.size++;
    this.startCache.clear();
  }

  /** The keys a text word may match: itself exactly, and its case-folded base forms. */
  private candidates(word: string): string[] {
    let cached = this.candidateCache.get(word);
    if (!cached) {
      cached = [EXACT + word, ...new Set(baseFormCandidates(this.lang, foldCase(word)))];
      if (this.candidateCache.size > 200_000) this.candidateCache.clear();
      this.candidateCache.set(word, cached);
    }
    return cached;
  }

  private startCandidates(word: string): string[] {
    let cached = this.startCache.get(word);
    if (!cached) {
      cached = this.candidates(word).filter((key) => this.root.next.has(key));
      if (this.startCache.size > 200_000) this.startCache.clear();
      this.startCache.set(word, cached);
    }
    return cached;
  }

  /** Hungarian suffixes after a hyphen belong to the hit: "UNESCO-nak", "ICCSD-vel". */
  private extendEnd(tokens: Token[], j: number, text: string): number {
    const token = tokens[j]!;
    const next = tokens[j + 1];
    if (this.lang === "hu" && next && text.slice(token.end, next.start) === "-" && isHungarianEndingChain(next.text)) return next.end;
    return token.end;
  }

  /**
   * Leftmost-longest spans only (what recognition reports): from each token not covered by
   * an earlier match, the longest term starting there, with the terms of every branch that
   * ends at that same place. Tokens inside a match are not walked from again.
   */
  findLongest(text: string): Span[] {
    const folded = foldPunctuation(text);
    const tokens = tokenize(folded);
    // Whether token j and j + 1 may belong to one term; looked at only when a match goes on.
    const joined: Array<boolean | undefined> = [];
    const joins = (j: number) => (joined[j] ??= j + 1 < tokens.length && isJoiningGap(folded.slice(tokens[j]!.end, tokens[j + 1]!.start)));
    const spans: Span[] = [];
    for (let i = 0; i < tokens.length; ) {
      if (this.startCandidates(tokens[i]!.text).length === 0) {
        i++;
        continue;
      }
      const best = { last: -1, refs: [] as TermRef[] };
      this.longestFrom(this.root, tokens, i, joins, best);
      if (best.last < 0) {
        i++;
        continue;
      }
      spans.push({ start: tokens[i]!.start, end: this.extendEnd(tokens, best.last, folded), refs: best.refs });
      i = best.last + 1;
    }
    return spans;
  }

  private longestFrom(node: Node, tokens: Token[], j: number, joins: (j: number) => boolean, best: { last: number; refs: TermRef[] }): void {
    for (const key of node === this.root ? this.startCandidates(tokens[j]!.text) : this.candidates(tokens[j]!.text)) {
      const child = node.next.get(key);
      if (!child) continue;
      if (child.terms.length) {
        if (j > best.last) {
          best.last = j;
          best.refs = [...child.terms];
        } else if (j === best.last) best.refs.push(...child.terms);
      }
      if (child.next.size && joins(j)) this.longestFrom(child, tokens, j + 1, joins, best);
    }
  }
}
