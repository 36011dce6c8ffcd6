/**
 * Aho-Corasick over characters, for Chinese: no spaces, so terms are found as character
 * sequences anywhere in the text, all of them in one pass.
 */
import { foldWidth } from "./normalize";
import type { Span, TermRef } from "./token-trie";
import type { TermEntry } from "./types";

const STRIDE = 0x110000;

function fold(ch: string): number {
  return foldWidth(ch).toLowerCase().codePointAt(0)!;
}

export class CharAutomaton {
  private readonly goto = new Map<number, number>();
  private readonly children: number[][] = [[]];
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
      const key = state * STRIDE + fold(ch);
      let next = this.goto.get(key);
      if (next === undefined) {
        next = this.terms.length;
        this.goto.set(key, next);
        this.children[state]!.push(key % STRIDE);
        this.children.push([]);
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
    for (const cp of this.children[0]!) {
      const s = this.goto.get(cp)!;
      this.fail[s] = 0;
      queue.push(s);
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      for (const cp of this.children[state]!) {
        const next = this.goto.get(state * STRIDE + cp)!;
        let f = this.fail[state]!;
        while (f !== 0 && !this.goto.has(f * STRIDE + cp)) f = this.fail[f]!;
        const target = this.goto.get(f * STRIDE + cp);
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
      while (state !== 0 && !this.goto.has(state * STRIDE + cp)) state = this.fail[state]!;
      state = this.goto.get(state * STRIDE + cp) ?? 0;
      for (let s = this.terms[state]!.length ? state : this.outLink[state]!; s !== 0; s = this.outLink[s]!) {
        const first = starts.length - this.depth[s]!;
        spans.push({ start: starts[first]!, end: offset, refs: this.terms[s]! });
      }
    }
    return spans;
  }
}
