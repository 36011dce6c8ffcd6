/**
 * A trie over the words of multiword terms, for languages written with spaces. Walking it
 * from each word of a text finds every term starting there in time independent of the size of
 * the termbase. Word keys are interned to numbers and transitions kept in an EdgeTable (typed
 * arrays): with a Map per node, a 100,000-term trie made every step a cache miss.
 */
import type { Lang } from "../languages";
import { EdgeTable, NO_EDGE } from "./edge-table";
import { baseFormCandidates, isHungarianEndingChain } from "./inflection";
import { foldCase, isAcronym, tokenize, foldPunctuation } from "./normalize";
import { TextWords } from "./text-words";
import type { TermEntry, TermStatus } from "./types";

export type TermRef = { termId: number; conceptId: number; term: string; status: TermStatus };
export type Span = { start: number; end: number; refs: TermRef[] };

const EXACT = "\u0001";
const HYPHEN = 45;
const NO_KEYS = new Int32Array(0);

/** How a term word is keyed: exact for acronyms and case-sensitive terms, case-folded otherwise. */
function termKey(word: string, exact: boolean): string {
  return exact || isAcronym(word) ? EXACT + word : foldCase(word);
}

export class TokenTrie {
  /** word key -> its number (symbols of the edge table) */
  private readonly keyIds = new Map<string, number>();
  private readonly edges = new EdgeTable();
  /** the root's transitions by key number: target state * 2 (+ 1 when a term ends there), 0 for none */
  private rootNext = new Int32Array(256);
  private states = 1;
  /** per state: 1 when it has outgoing edges (a match may go on) */
  private hasNext = new Uint8Array(256);
  /** per state: index into `refs` + 1, 0 when no term ends there */
  private termSlot = new Int32Array(256);
  private readonly refs: TermRef[][] = [];
  /** per text word, the numbers of the keys it may match (itself exactly, its base forms) */
  private readonly candidateCache = new Map<string, Int32Array>();
  /** per text word, those of its keys that start some term: most words start none */
  private readonly startCache = new Map<string, Int32Array>();
  /** the first two code units of every (case-folded) key that starts a term, as one number */
  private readonly startPairs = new Set<number>();
  /** the first three code units of every (case-folded) key of three or more that starts a term, hashed (see tripleCode) */
  private readonly startTriples = new Set<number>();
  size = 0;

  constructor(private readonly lang: Lang) {}

  add(entry: TermEntry): void {
    const words = tokenize(foldPunctuation(entry.text.normalize("NFC")));
    if (words.length === 0) return;
    const exact = entry.caseSensitive === true || entry.type === "acronym";
    let state = 0;
    let parent = 0;
    let lastKey = 0;
    const first = foldCase(words[0]!.text);
    if (first.length >= 2) this.startPairs.add(pairCode(first));
    if (first.length >= 3) this.startTriples.add(tripleCode(first.charCodeAt(0), first.charCodeAt(1), first.charCodeAt(2)));
    for (const w of words) {
      const key = this.keyId(termKey(w.text, exact));
      const edge = this.step(state, key);
      parent = state;
      lastKey = key;
      state = edge === NO_EDGE ? this.addEdge(state, key) : edge >>> 1;
    }
    let slot = this.termSlot[state]!;
    if (slot === 0) {
      this.refs.push([]);
      slot = this.termSlot[state] = this.refs.length;
      if (parent === 0) this.rootNext[lastKey] = this.rootNext[lastKey]! | 1;
      else this.edges.or(parent, lastKey, 1);
    }
    this.refs[slot - 1]!.push({ termId: entry.termId, conceptId: entry.conceptId, term: entry.text, status: entry.status });
    this.size++;
    // Keys and starts changed: what was cached per text word may be stale.
    this.candidateCache.clear();
    this.startCache.clear();
  }

  private keyId(key: string): number {
    let id = this.keyIds.get(key);
    if (id === undefined) {
      this.keyIds.set(key, (id = this.keyIds.size));
      if (id >= this.rootNext.length) this.rootNext = grown(this.rootNext, id);
    }
    return id;
  }

  private step(state: number, key: number): number {
    return state === 0 ? this.rootNext[key]! || NO_EDGE : this.edges.get(state, key);
  }

  private addEdge(state: number, key: number): number {
    const to = this.states++;
    if (to >= this.termSlot.length) {
      this.termSlot = grown(this.termSlot, to);
      this.hasNext = grown(this.hasNext, to);
    }
    if (state === 0) this.rootNext[key] = to * 2;
    else this.edges.insert(state, key, to * 2);
    this.hasNext[state] = 1;
    return to;
  }

  /** The keys a text word may match, as numbers: itself exactly, and its case-folded base forms. */
  private candidates(word: string): Int32Array {
    let cached = this.candidateCache.get(word);
    if (!cached) {
      // (Each key once, in this order: the word exactly, then its base forms.)
      const ids: number[] = [];
      const exact = this.keyIds.get(EXACT + word);
      if (exact !== undefined) ids.push(exact);
      for (const form of baseFormCandidates(this.lang, foldCase(word))) {
        const id = this.keyIds.get(form);
        if (id !== undefined && !ids.includes(id)) ids.push(id);
      }
      cached = ids.length ? Int32Array.from(ids) : NO_KEYS;
      if (this.candidateCache.size > 200_000) this.candidateCache.clear();
      this.candidateCache.set(word, cached);
    }
    return cached;
  }

  /**
   * False when no term can start at `word`: every base form of a word keeps its first two
   * letters (inflection.ts), so they must be those of a key that starts a term; a word of
   * three letters or more can only meet a key of three or more, whose first three letters its
   * base forms keep too, but for the one letter a base form may change there (see
   * mayChangeThird). Most words of a text are turned away here, before the caches or the base
   * forms.
   */
  private mayStart(words: TextWords, j: number): boolean {
    const start = words.start(j);
    const length = words.end(j) - start;
    if (length < 2) return true;
    const text = words.folded;
    const a = text.charCodeAt(start);
    const b = text.charCodeAt(start + 1);
    // ASCII folds letter by letter (read in place, no word cut); anything else is folded whole
    // (İ grows, Σ depends on what follows).
    if (a < 0x80 && b < 0x80) {
      if (!this.startPairs.has((asciiLower(a) << 16) | asciiLower(b))) return false;
      if (length < 3) return true;
      const c = text.charCodeAt(start + 2);
      if (c < 0x80) return this.startTriples.has(tripleCode(asciiLower(a), asciiLower(b), asciiLower(c))) || mayChangeThird(this.lang, length, text, start);
    }
    const folded = foldCase(words.word(j));
    if (folded.length < 2 || !this.startPairs.has(pairCode(folded))) return folded.length < 2;
    return folded.length < 3 || this.startTriples.has(tripleCode(folded.charCodeAt(0), folded.charCodeAt(1), folded.charCodeAt(2))) || mayChangeThird(this.lang, folded.length, folded, 0);
  }

  private startCandidates(word: string): Int32Array {
    let cached = this.startCache.get(word);
    if (!cached) {
      const all = this.candidates(word);
      cached = all.length ? all.filter((id) => this.rootNext[id] !== 0) : NO_KEYS;
      if (this.startCache.size > 200_000) this.startCache.clear();
      this.startCache.set(word, cached);
    }
    return cached;
  }

  /** Hungarian suffixes after a hyphen belong to the hit: "UNESCO-nak", "ICCSD-vel". */
  private extendEnd(words: TextWords, j: number): number {
    const end = words.end(j);
    if (this.lang === "hu" && j + 1 < words.count && words.start(j + 1) === end + 1 && words.folded.charCodeAt(end) === HYPHEN && isHungarianEndingChain(words.word(j + 1))) return words.end(j + 1);
    return end;
  }

  /**
   * Leftmost-longest spans only (what recognition reports): from each token not covered by
   * an earlier match, the longest term starting there, with the terms of every branch that
   * ends at that same place. Tokens inside a match are not walked from again.
   */
  findLongest(text: string): Span[] {
    const words = new TextWords(foldPunctuation(text));
    const spans: Span[] = [];
    for (let i = 0; i < words.count; ) {
      const starts = this.mayStart(words, i) ? this.startCandidates(words.word(i)) : NO_KEYS;
      if (starts.length === 0) {
        i++;
        continue;
      }
      const best = { last: -1, refs: [] as TermRef[] };
      this.longestFrom(0, starts, words, i, best);
      if (best.last < 0) {
        i++;
        continue;
      }
      spans.push({ start: words.start(i), end: this.extendEnd(words, best.last), refs: best.refs });
      i = best.last + 1;
    }
    return spans;
  }

  private longestFrom(state: number, keys: Int32Array, words: TextWords, j: number, best: { last: number; refs: TermRef[] }): void {
    for (let k = 0; k < keys.length; k++) {
      const edge = this.step(state, keys[k]!);
      if (edge === NO_EDGE) continue;
      const target = edge >>> 1;
      if (edge & 1) {
        const terms = this.refs[this.termSlot[target]! - 1]!;
        if (j > best.last) {
          best.last = j;
          best.refs = [...terms];
        } else if (j === best.last) best.refs.push(...terms);
      }
      if (this.hasNext[target] && words.joins(j)) this.longestFrom(target, this.candidates(words.word(j + 1)), words, j + 1, best);
    }
  }
}

/** An ASCII code unit in lower case (what toLowerCase does to it). */
const asciiLower = (unit: number) => (unit >= 0x41 && unit <= 0x5a ? unit + 0x20 : unit);

/** Three UTF-16 code units as one number (a hash: two triples may share one, which only lets a word through). */
const tripleCode = (a: number, b: number, c: number) => (Math.imul(a, 0x10001) ^ Math.imul(b, 0x3ffff)) + c;

/**
 * May a base form of the word at `start` (of `length` code units, folded) differ from it in its
 * third letter (inflection.ts)? French "-aux" and English "-ies" replace the last three letters
 * ("baux" -> "bail", "flies" -> "fly"), so in a word of five letters or fewer; a Hungarian stem
 * of three letters may shorten its final "á" or "é".
 */
function mayChangeThird(lang: Lang, length: number, text: string, start: number): boolean {
  if (lang === "hu") {
    const third = text.charCodeAt(start + 2);
    return third === 0xe1 || third === 0xe9;
  }
  return length <= 5 && (lang === "fr" || lang === "en");
}

/** The first two UTF-16 code units of `text` as one number. */
const pairCode = (text: string) => (text.charCodeAt(0) << 16) | text.charCodeAt(1);

/** A copy of `array` with room for index `needed`. */
function grown<T extends Int32Array | Uint8Array>(array: T, needed: number): T {
  let length = array.length * 2;
  while (length <= needed) length *= 2;
  const bigger = new (array.constructor as new (n: number) => T)(length);
  bigger.set(array);
  return bigger;
}
