import type { Lang } from "../languages";
import { LOCALE_TAGS } from "../languages";
import { ABBREVIATIONS, BEFORE_NUMBER, SENTENCE_OPENERS } from "./abbreviations";

export type Segment = { text: string; separator: string };

const segmenters = new Map<Lang, Intl.Segmenter>();
function segmenterFor(lang: Lang): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(LOCALE_TAGS[lang], { granularity: "sentence" });
    segmenters.set(lang, s);
  }
  return s;
}

/** Closing quotes and brackets that belong to the sentence before them. */
const CLOSERS = "»”’\"')]}」』）》〉】〕";
const LEADING_CLOSERS = new RegExp(`^[\\s\\u00a0\\u202f]*[${CLOSERS.replace(/[\]\\]/g, "\\$&")}]+(?:[\\s\\u00a0\\u202f]+|$)`, "u");
const TRAILING_SPACE = /[\s\u00a0\u202f\u2009]+$/u;

/** The last "word" before a final period, with inner periods kept ("U.S", "c.-à-d", "p. ex"). */
function wordBeforePeriod(text: string): { word: string; twoWords: string } | undefined {
  const trimmed = text.replace(TRAILING_SPACE, "");
  if (!trimmed.endsWith(".")) return undefined;
  const body = trimmed.slice(0, -1);
  const word = /([\p{L}\p{N}°.'’-]+)$/u.exec(body)?.[1] ?? "";
  const twoWords = /([\p{L}°.'’-]+\.? [\p{L}°.'’-]+)$/u.exec(body)?.[1] ?? "";
  return { word, twoWords };
}

/** The first word of the next piece, skipping opening quotes and brackets. */
function firstWordOf(text: string): string {
  return /^[\s\u00a0\u202f«“„"'‘(\[「『（]*([\p{L}\p{N}][\p{L}\p{N}'’-]*)/u.exec(text)?.[1] ?? "";
}

/**
 * Is the boundary between `before` and `after` a false one that ICU made after an
 * abbreviation, an initial or a Hungarian ordinal?
 */
function isFalseBoundary(before: string, after: string, lang: Lang): boolean {
  const last = wordBeforePeriod(before);
  if (!last) return false;
  const next = firstWordOf(after);
  if (!next) return false;
  const word = last.word.replace(/^[.'’-]+/, "");
  const startsLower = /^\p{Ll}/u.test(next);
  const startsDigit = /^\p{N}/u.test(next);
  // A lowercase continuation is never a new sentence in our languages ("etc. and", "2019. október").
  if (startsLower && lang !== "zh") return true;
  if (BEFORE_NUMBER.has(word)) return startsDigit;
  const abbreviations = ABBREVIATIONS[lang];
  if (abbreviations.has(word) || abbreviations.has(last.twoWords)) return true;
  // Initials: "J. R. R. Tolkien", "Soós G. főtitkár".
  if (/^\p{Lu}$/u.test(word)) return true;
  // Dotted acronyms ("U.S.", "U.K."): a boundary only when a usual sentence opener follows.
  if (/^(?:\p{Lu}\.)+\p{Lu}$/u.test(word)) return SENTENCE_OPENERS.has(next) === false;
  return false;
}

/**
 * Cuts a paragraph into sentences. Lossless: the segments' `text + separator`, joined, give
 * back the input exactly. Built on `Intl.Segmenter`, with the boundaries it gets wrong repaired:
 * abbreviations and initials, Hungarian ordinals and dates, and closing quotes (« ») that ICU
 * moves to the next sentence.
 *
 * @example
 * segmentParagraph("M. Dupont est arrivé. Il a dit « Bonjour. » Puis il est parti.", "fr")
 * // [{ text: "M. Dupont est arrivé.", separator: " " },
 * //  { text: "Il a dit « Bonjour. »", separator: " " },
 * //  { text: "Puis il est parti.", separator: "" }]
 */
export function segmentParagraph(text: string, lang: Lang): Segment[] {
  if (text.length === 0) return [];
  const pieces: string[] = [];
  for (const { segment } of segmenterFor(lang).segment(text)) pieces.push(segment);

  const merged: string[] = [];
  let lead = "";
  for (let piece of pieces) {
    if (merged.length === 0 && piece.trim().length === 0) {
      // Leading blank lines stay in front of the first sentence rather than forming an empty one.
      lead += piece;
      continue;
    }
    piece = lead + piece;
    lead = "";
    const prev = merged.length - 1;
    if (prev >= 0) {
      // A closing quote or bracket that ICU put at the start of this piece goes back.
      const closer = LEADING_CLOSERS.exec(piece)?.[0];
      if (closer) {
        merged[prev] += closer;
        piece = piece.slice(closer.length);
        if (piece.length === 0) continue;
      }
      if (piece.trim().length === 0 || isFalseBoundary(merged[prev]!, piece, lang)) {
        merged[prev] += piece;
        continue;
      }
    }
    merged.push(piece);
  }
  if (lead) merged.push(lead);

  return merged.map((piece) => {
    const space = TRAILING_SPACE.exec(piece)?.[0] ?? "";
    return { text: piece.slice(0, piece.length - space.length), separator: space };
  });
}
