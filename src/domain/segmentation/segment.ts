import type { Lang } from "../languages";
import { sentenceStarts } from "./boundaries";

export type Segment = { text: string; separator: string };

const SPACE = /\s/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Cuts a paragraph into sentences. Lossless: the segments' `text + separator`, joined, give
 * back the input exactly. Linear in the paragraph's length (see boundaries.ts for the rules).
 * A piece without a letter or digit (a stray "." or "。") is never a sentence of its own: it
 * stays with the sentence before it, or the one after it when it comes first.
 *
 * @example
 * segmentParagraph("M. Dupont est arrivé. Il a dit « Bonjour. » Puis il est parti.", "fr")
 * // [{ text: "M. Dupont est arrivé.", separator: " " },
 * //  { text: "Il a dit « Bonjour. »", separator: " " },
 * //  { text: "Puis il est parti.", separator: "" }]
 */
export function segmentParagraph(text: string, lang: Lang): Segment[] {
  if (text.length === 0) return [];
  const cuts = [...sentenceStarts(text, lang), text.length];
  const pieces: Array<{ start: number; end: number; words: boolean }> = [];
  let from = 0;
  for (const cut of cuts) {
    const words = hasLetterOrDigit(text, from, cut);
    const last = pieces.at(-1);
    if (last && (!words || !last.words)) {
      last.end = cut;
      last.words ||= words;
    } else pieces.push({ start: from, end: cut, words });
    from = cut;
  }
  return pieces.map(({ start, end }) => {
    let textEnd = end;
    while (textEnd > start && SPACE.test(text[textEnd - 1]!)) textEnd--;
    return { text: text.slice(start, textEnd), separator: text.slice(textEnd, end) };
  });
}

function hasLetterOrDigit(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (LETTER_OR_DIGIT.test(text[i]!)) return true;
  return false;
}
