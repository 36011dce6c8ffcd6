/**
 * The words of one text as term recognition walks them: their offsets found once, flat, and
 * each word's string cut only when asked. Most words of a text start no term and are turned
 * away by their first letters (token-trie.ts), so most are never cut.
 */
import { runSpans, WORD_CHAR } from "../char-class";
import { keepShape } from "../keep-shape";

const SPACE = 32;
const APOSTROPHE = 39;
const HYPHEN = 45;

export class TextWords {
  /** start, end, start, end… of each run of letters, marks and digits (normalize.ts tokenize) */
  private readonly spans: number[];
  private readonly cut: Array<string | undefined> = [];
  readonly count: number;

  /** `folded`: the text with its punctuation folded (foldPunctuation). */
  constructor(readonly folded: string) {
    this.spans = runSpans(folded, WORD_CHAR);
    this.count = this.spans.length >> 1;
  }

  start(j: number): number {
    return this.spans[2 * j]!;
  }

  end(j: number): number {
    return this.spans[2 * j + 1]!;
  }

  word(j: number): string {
    return (this.cut[j] ??= this.folded.slice(this.spans[2 * j], this.spans[2 * j + 1]));
  }

  /**
   * May words j and j + 1 belong to one term? Only spaces, apostrophes and hyphens, three at
   * most, between them (isJoiningGap on text already folded, read in place).
   *
   * @example
   * new TextWords("jumeau  numérique").joins(0) // true
   */
  joins(j: number): boolean {
    if (j + 1 >= this.count) return false;
    const from = this.end(j);
    const to = this.start(j + 1);
    if (to - from > 3) return false;
    for (let i = from; i < to; i++) {
      const c = this.folded.charCodeAt(i);
      if (c !== SPACE && c !== APOSTROPHE && c !== HYPHEN) return false;
    }
    return true;
  }
}

// A TextWords is made for every text: one lives on so that its shape does (see keep-shape.ts).
keepShape(new TextWords(""));
