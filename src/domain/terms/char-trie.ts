/**
 * A character trie for Chinese: no spaces, so terms are found as character sequences starting
 * at any position. Transitions live in one open-addressing hash table of typed arrays rather
 * than a Map per state: a 100,000-term termbase has some 300,000 states, and a Map each made
 * every step a cache miss, so recognition slowed down as the termbase grew.
 */
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

const EMPTY = -1;

/** Mixes a (state, code point) pair into 32 bits; the low bits pick the slot. */
function mix(state: number, cp: number): number {
  return (Math.imul(state, 0x9e3779b1) ^ Math.imul(cp, 0x85ebca6b)) >>> 0;
}

/** A second index, independent of the slot, into the filter bitset. */
function filterBit(hash: number, filterMask: number): number {
  return (Math.imul(hash ^ (hash >>> 15), 0x2c1b3c6d) >>> 0) & filterMask;
}

export class CharTrie {
  /** per slot: [from state, code point, to state], EMPTY when free */
  private table = new Int32Array(3 * 1024).fill(EMPTY);
  private mask = 1023;
  /**
   * One bit per possible edge hash, 8 bits per edge or more: most steps below the root find
   * no edge, and this small bitset (256 KB at 100,000 terms) answers them without touching
   * the large table, whose random reads are what slowed recognition as the termbase grew.
   */
  private filter = new Int32Array(128);
  /**
   * The root's transitions for the Basic Multilingual Plane, indexed directly by code point
   * (0 = none): every text position starts there, and this 256 KB array stays in cache.
   */
  private readonly rootNext = new Int32Array(0x10000);
  private edges = 0;
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
    this.refs[slot - 1]!.push({ termId: entry.termId, conceptId: entry.conceptId, term: entry.text });
    this.size++;
  }

  /**
   * The edge from `state` on `cp`, encoded as target state * 2 + 1 when a term ends at the
   * target (so a walk reads no per-state array until it has a match), or EMPTY.
   */
  private step(state: number, cp: number): number {
    if (state === 0 && cp < 0x10000) return this.rootNext[cp]! || EMPTY;
    const slot = this.slotOf(state, cp);
    return slot < 0 ? EMPTY : this.table[3 * slot + 2]!;
  }

  private slotOf(state: number, cp: number): number {
    const hash = mix(state, cp);
    const bit = filterBit(hash, this.filterMask);
    if ((this.filter[bit >>> 5]! & (1 << (bit & 31))) === 0) return -1;
    const table = this.table;
    for (let i = hash & this.mask; ; i = (i + 1) & this.mask) {
      const from = table[3 * i]!;
      if (from === EMPTY) return -1;
      if (from === state && table[3 * i + 1] === cp) return i;
    }
  }

  private markTerminal(parent: number, cp: number): void {
    if (parent === 0 && cp < 0x10000) this.rootNext[cp] = this.rootNext[cp]! | 1;
    else {
      const at = 3 * this.slotOf(parent, cp) + 2;
      this.table[at] = this.table[at]! | 1;
    }
  }

  /** Adds an edge to a new state and returns that state. */
  private addEdge(state: number, cp: number): number {
    if ((this.edges + 1) * 2 > this.mask + 1) this.grow();
    const to = this.states++;
    if (to >= this.termSlot.length) {
      const bigger = new Int32Array(this.termSlot.length * 2);
      bigger.set(this.termSlot);
      this.termSlot = bigger;
    }
    if (state === 0 && cp < 0x10000) this.rootNext[cp] = to * 2;
    else {
      this.insert(state, cp, to * 2);
      this.edges++;
    }
    return to;
  }

  private get filterMask(): number {
    return this.filter.length * 32 - 1;
  }

  private insert(state: number, cp: number, value: number): void {
    const hash = mix(state, cp);
    const bit = filterBit(hash, this.filterMask);
    this.filter[bit >>> 5] = this.filter[bit >>> 5]! | (1 << (bit & 31));
    let i = hash & this.mask;
    while (this.table[3 * i] !== EMPTY) i = (i + 1) & this.mask;
    this.table[3 * i] = state;
    this.table[3 * i + 1] = cp;
    this.table[3 * i + 2] = value;
  }

  /** Doubles the table (kept at most half full, so probe chains stay short). */
  private grow(): void {
    const old = this.table;
    this.mask = this.mask * 2 + 1;
    this.table = new Int32Array(3 * (this.mask + 1)).fill(EMPTY);
    this.filter = new Int32Array((this.mask + 1) / 8);
    for (let i = 0; i < old.length; i += 3) if (old[i] !== EMPTY) this.insert(old[i]!, old[i + 1]!, old[i + 2]!);
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
      codes[n] = code < 0x80 ? (code >= 65 && code <= 90 ? code + 32 : code) : fold(text.slice(k, k + width));
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
