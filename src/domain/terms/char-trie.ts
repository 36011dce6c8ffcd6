/**
 * A character trie for Chinese: no spaces, so terms are found as character sequences starting
 * at any position. Transitions live in an EdgeTable (typed arrays, not a Map per state), the
 * root's in a direct array.
 */
import { EdgeTable, NO_EDGE } from "./edge-table";
import { foldWidth } from "./normalize";
import type { Span, TermRef } from "./token-trie";
import type { TermEntry } from "./types";

const foldCache = new Map<string, number>();
function fold(ch: string): number {
  let cp = foldCache.get(ch);
  if (cp === undefined) {
    cp = foldWidth(ch).toLowerCase().codePointAt(0)!;
    if (foldCache.size < 100_000) foldCache.set(ch, cp);
  }
  return cp;
}

/**
 * fold() of each BMP code point, by code (0: not worked out yet): a Chinese text reads one
 * per character, and a table read costs no one-character string and no Map lookup.
 */
const foldedBmp = new Int32Array(0x10000);
function foldCode(code: number): number {
  let cp = foldedBmp[code]!;
  if (cp === 0) foldedBmp[code] = cp = fold(String.fromCharCode(code));
  return cp;
}

const EMPTY = NO_EDGE;

export class CharTrie {
  private readonly edges = new EdgeTable();
  /**
   * The root's transitions for the Basic Multilingual Plane, indexed directly by code point
   * (0 = none): every text position starts there, and this 256 KB array stays in cache.
   */
  private readonly rootNext = new Int32Array(0x10000);
  private states = 1;
  /** per state: index into `refs` + 1, 0 when no term ends there (read once per match) */
  private termSlot = new Int32Array(1024);
  private readonly refs: TermRef[][] = [];
  private codes = new Int32Array(256);
  private offsets = new Int32Array(257);
  size = 0;

  add(entry: TermEntry): void {
    let state = 0;
    let parent = 0;
    let lastCp = 0;
    for (const ch of entry.text.normalize("NFC")) {
      const cp = fold(ch);
      const edge = this.step(state, cp);
      parent = state;
      lastCp = cp;
      state = edge === EMPTY ? this.addEdge(state, cp) : edge >>> 1;
    }
    if (state === 0) return;
    let slot = this.termSlot[state]!;
    if (slot === 0) {
      this.refs.push([]);
      slot = this.termSlot[state] = this.refs.length;
      this.markTerminal(parent, lastCp);
    }
    this.refs[slot - 1]!.push({ termId: entry.termId, conceptId: entry.conceptId, term: entry.text, status: entry.status });
    this.size++;
  }

  /**
   * The edge from `state` on `cp`, encoded as target state * 2 + 1 when a term ends at the
   * target (so a walk reads no per-state array until it has a match), or EMPTY.
   */
  private step(state: number, cp: number): number {
    if (state === 0 && cp < 0x10000) return this.rootNext[cp]! || EMPTY;
    return this.edges.get(state, cp);
  }

  private markTerminal(parent: number, cp: number): void {
    if (parent === 0 && cp < 0x10000) this.rootNext[cp] = this.rootNext[cp]! | 1;
    else this.edges.or(parent, cp, 1);
  }

  /** Adds an edge to a new state and returns that state. */
  private addEdge(state: number, cp: number): number {
    const to = this.states++;
    if (to >= this.termSlot.length) {
      const bigger = new Int32Array(this.termSlot.length * 2);
      bigger.set(this.termSlot);
      this.termSlot = bigger;
    }
    if (state === 0 && cp < 0x10000) this.rootNext[cp] = to * 2;
    else this.edges.insert(state, cp, to * 2);
    return to;
  }

  /**
   * The leftmost-longest matches: from each position not covered by an earlier match, follow
   * the trie as far as the text allows and keep the longest term, so a short term inside a
   * longer one ("文化" in "文化遗产") is not reported there.
   *
   * @example
   * trie.findLongest("保护文化遗产") // one span over "文化遗产" when both terms are in the trie
   */
  findLongest(text: string): Span[] {
    // Code points and their UTF-16 offsets, in buffers reused from call to call.
    if (this.codes.length < text.length) {
      this.codes = new Int32Array(text.length * 2);
      this.offsets = new Int32Array(text.length * 2 + 1);
    }
    const { codes, offsets } = this;
    let n = 0;
    for (let k = 0; k < text.length; n++) {
      offsets[n] = k;
      const code = text.codePointAt(k)!;
      const width = code > 0xffff ? 2 : 1;
      codes[n] = code < 0x80 ? (code >= 65 && code <= 90 ? code + 32 : code) : width === 1 ? foldCode(code) : fold(text.slice(k, k + width));
      k += width;
    }
    offsets[n] = text.length;
    const spans: Span[] = [];
    for (let i = 0; i < n; ) {
      let state = 0;
      let bestEnd = -1;
      let bestState = 0;
      for (let j = i; j < n; j++) {
        const edge = this.step(state, codes[j]!);
        if (edge === EMPTY) break;
        state = edge >>> 1;
        if (edge & 1) {
          bestEnd = j + 1;
          bestState = state;
        }
      }
      if (bestEnd < 0) {
        i++;
        continue;
      }
      spans.push({ start: offsets[i]!, end: offsets[bestEnd]!, refs: this.refs[this.termSlot[bestState]! - 1]! });
      i = bestEnd;
    }
    return spans;
  }
}
