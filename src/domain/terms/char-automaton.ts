/**
 * Aho-Corasick over characters, for Chinese: no spaces, so terms are found as character
 * sequences anywhere in the text, all of them in one pass.
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

export class CharAutomaton {
  /** per state: code point -> next state (small maps with small-integer keys stay fast as the automaton grows) */
  private readonly goto: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  private readonly depth: number[] = [0];
  private readonly terms: TermRef[][] = [[]];
  /** nearest state down the fail chain that ends a term */
  private readonly outLink: number[] = [0];
  private built = false;
  size = 0;

  add(entry: TermEntry): void {
    let state = 0;
    for (const ch of entry.text.normalize("NFC")) {
      const cp = fold(ch);
      let next = this.goto[state]!.get(cp);
      if (next === undefined) {
        next = this.terms.length;
        this.goto[state]!.set(cp, next);
        this.goto.push(new Map());
        this.fail.push(0);
        this.depth.push(this.depth[state]! + 1);
        this.terms.push([]);
        this.outLink.push(0);
      }
      state = next;
    }
    if (state === 0) return;
    this.terms[state]!.push({ termId: entry.termId, conceptId: entry.conceptId, term: entry.text });
    this.size++;
    this.built = false;
  }

  /** Computes failure and output links breadth-first. */
  private build(): void {
    const queue: number[] = [];
    for (const s of this.goto[0]!.values()) {
      this.fail[s] = 0;
      queue.push(s);
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      for (const [cp, next] of this.goto[state]!) {
        let f = this.fail[state]!;
        while (f !== 0 && !this.goto[f]!.has(cp)) f = this.fail[f]!;
        const target = this.goto[f]!.get(cp);
        this.fail[next] = target !== undefined && target !== next ? target : 0;
        const fs = this.fail[next]!;
        this.outLink[next] = this.terms[fs]!.length ? fs : this.outLink[fs]!;
        queue.push(next);
      }
    }
    this.built = true;
  }

  findAll(text: string): Span[] {
    if (!this.built) this.build();
    const starts: number[] = []; // UTF-16 offset of each code point
    const spans: Span[] = [];
    let state = 0;
    let offset = 0;
    for (const ch of text) {
      starts.push(offset);
      offset += ch.length;
      const cp = fold(ch);
      while (state !== 0 && !this.goto[state]!.has(cp)) state = this.fail[state]!;
      state = this.goto[state]!.get(cp) ?? 0;
      for (let s = this.terms[state]!.length ? state : this.outLink[state]!; s !== 0; s = this.outLink[s]!) {
        const first = starts.length - this.depth[s]!;
        spans.push({ start: starts[first]!, end: offset, refs: this.terms[s]! });
      }
    }
    return spans;
  }

  /**
   * The leftmost-longest matches only, as recognition reports them: from each position not
   * covered by an earlier match, follow the trie as far as the text allows and keep the
   * longest term. Unlike findAll it never enumerates the shorter terms inside a match, so its
   * cost does not grow with the number of overlapping terms in a large termbase.
   */
  findLongest(text: string): Span[] {
    const chars = Array.from(text);
    const offsets: number[] = [0];
    for (const ch of chars) offsets.push(offsets[offsets.length - 1]! + ch.length);
    const codes = chars.map(fold);
    const spans: Span[] = [];
    for (let i = 0; i < codes.length; ) {
      let state = 0;
      let bestEnd = -1;
      for (let j = i; j < codes.length; j++) {
        const next = this.goto[state]!.get(codes[j]!);
        if (next === undefined) break;
        state = next;
        if (this.terms[state]!.length) bestEnd = j + 1;
        if (bestEnd === j + 1) spans.push({ start: offsets[i]!, end: offsets[j + 1]!, refs: this.terms[state]! });
      }
      if (bestEnd < 0) {
        i++;
        continue;
      }
      // Keep only the longest span found from i.
      const longest = spans.pop()!;
      while (spans.length && spans[spans.length - 1]!.start === longest.start) spans.pop();
      spans.push(longest);
      i = bestEnd;
    }
    return spans;
  }
}
