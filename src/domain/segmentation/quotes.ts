/**
 * Quotation marks and brackets around a sentence end: which of them close the sentence before
 * ("Il a dit « Bonjour. »", "他说：“你好。”") and which open the next one ("。“罗莎”风速…",
 * "。《真实的西部》…"). Unicode's sentence rules count every quote and opening bracket after a
 * full stop as closing, which glues "。“" and "。《" to the sentence before.
 */
import type { Lang } from "../languages";

const CLOSING_BRACKETS = new Set([...")]}）》〉】〕」』"]);
const SPACE = /\s/u;
const SENTENCE_END = /[\p{Sentence_Terminal}…]/u;
const AFTER_A_CLOSER = /[\s)\]}）》〉】〕」』”’»«"',;:，、；：.!?。！？…]/u;
/** How far ahead a " or “ looks for the mark that would show it opens a quotation. */
const LOOK_AHEAD = 160;

/**
 * The quotation marks of a paragraph read so far: how many are open, all styles together (a
 * quotation opened with " and closed with ” counts as closed, as QA's balance check counts it).
 * Fed every character in order, once, so reading is linear on any length.
 */
export class QuoteState {
  open = 0;
  private at = 0;

  constructor(private readonly lang: Lang) {}

  /** Reads the marks of `text` up to `to` (exclusive), from where it stopped last time. */
  advance(text: string, to: number): void {
    for (let i = this.at; i < to; i++) {
      const code = text.charCodeAt(i);
      if (code === 0x22 || code === 0x201c || code === 0x201d || code === 0x201e || code === 0xab || code === 0xbb) this.feed(text, i);
    }
    if (to > this.at) this.at = to;
  }

  private feed(text: string, i: number): void {
    const mark = text[i]!;
    const closes = mark === '"' || mark === "“" ? twoWayCloses(text, i, this.lang, this.open) : isCloser(mark, this.lang);
    this.open = closes ? Math.max(0, this.open - 1) : this.open + 1;
  }
}

/** Guillemets point the other way in Hungarian (inner »…«). */
function isCloser(mark: string, lang: Lang): boolean {
  if (mark === "«") return lang === "hu";
  if (mark === "»") return lang !== "hu";
  return mark === "”";
}

/**
 * Does the " or “ at `i` close a quotation? When space or punctuation follows it, yes; when no
 * quotation is open, no. When one is open, it closes (no quotation opens inside an open one:
 * "…会客室。“至于教堂…" has a “ typed for ”), unless a closing mark comes before the end of the
 * sentence it would open ("…入网。"我正好…，"李开复说" opens one of its own). In Hungarian
 * written as German („…“), “ closes.
 */
function twoWayCloses(text: string, i: number, lang: Lang, open: number): boolean {
  const mark = text[i]!;
  const next = text[i + 1];
  if (next === undefined || SPACE.test(next) || (mark === '"' && AFTER_A_CLOSER.test(next))) return true;
  if (open === 0) return false;
  if (lang === "hu" && mark === "“") return true;
  // Within the sentence it would open: a closing mark there shows it opens a quotation.
  const end = Math.min(text.length, i + LOOK_AHEAD);
  for (let k = i + 1; k < end; k++) {
    const other = text[k]!;
    if (other === "”" || other === '"') return false;
    if (other === "“") return !(k + 1 === text.length || AFTER_A_CLOSER.test(text[k + 1]!));
    if (SENTENCE_END.test(other)) break;
  }
  return true;
}

/**
 * Does the mark at `i`, met after a sentence's final punctuation (with `afterSpace` if spaces
 * came between), close that sentence? Closing brackets and quotes do; a straight quote does when
 * space or punctuation follows it, or as twoWayCloses reads the quotation marks; “ likewise.
 *
 * @example
 * closesSentence('He said "Stop." Then', 14, "en", state, false) // true
 */
export function closesSentence(text: string, i: number, lang: Lang, quotes: QuoteState, afterSpace: boolean): boolean {
  const mark = text[i]!;
  const next = text[i + 1];
  const followedByBreak = next === undefined || AFTER_A_CLOSER.test(next);
  if (CLOSING_BRACKETS.has(mark) || mark === "’" || isCloser(mark, lang)) return true;
  if (mark === "'") return followedByBreak;
  if (mark !== '"' && mark !== "“") return false;
  if (afterSpace && !followedByBreak) return false; // ". \"Stop,\" she said"
  return twoWayCloses(text, i, lang, quotes.open);
}
