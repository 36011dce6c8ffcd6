/**
 * Splitting a segment in two and merging it with the next one, as texts: segmentation stays
 * lossless (the parts joined with their separators give back what was there), and flag spans
 * follow the text they mark.
 */
import type { Lang } from "../languages";

export type Piece = { text: string; separator: string };
/** Where a split cut the text: the first part ends at `firstEnd`, the second starts at `secondStart`. */
export type Cut = { firstEnd: number; secondStart: number };

const SPACE = /\s/u;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * Cuts `piece` at UTF-16 offset `at`. The space around the cut becomes the first part's
 * separator; the second part keeps the piece's own. Returns the reason as a string when the
 * cut is not possible (outside the text, inside a character, a part with no text).
 *
 * @example
 * splitPiece({ text: "Un. Deux.", separator: " " }, 4)
 * // { first: { text: "Un.", separator: " " }, second: { text: "Deux.", separator: " " }, cut: { firstEnd: 3, secondStart: 4 } }
 */
export function splitPiece(piece: Piece, at: number): { first: Piece; second: Piece; cut: Cut } | string {
  const { text } = piece;
  if (!Number.isInteger(at) || at <= 0 || at >= text.length) return `The split position ${at} is not inside the text (length ${text.length})`;
  if (isLowSurrogate(text.charCodeAt(at))) return "The split position cuts a character in half (surrogate pair)";
  let firstEnd = at;
  while (firstEnd > 0 && SPACE.test(text[firstEnd - 1]!)) firstEnd--;
  let secondStart = at;
  while (secondStart < text.length && SPACE.test(text[secondStart]!)) secondStart++;
  if (firstEnd === 0 || secondStart === text.length) return "Both parts of a split need some text";
  return {
    first: { text: text.slice(0, firstEnd), separator: text.slice(firstEnd, secondStart) },
    second: { text: text.slice(secondStart), separator: piece.separator },
    cut: { firstEnd, secondStart },
  };
}

/**
 * Joins a piece with the next one of its paragraph: the separator between them goes inside.
 * `offset`: where the second piece's text starts in the merged one.
 *
 * @example
 * mergePieces({ text: "Un.", separator: " " }, { text: "Deux.", separator: "" }) // { text: "Un. Deux.", separator: "", offset: 4 }
 */
export function mergePieces(first: Piece, second: Piece): Piece & { offset: number } {
  return { text: first.text + first.separator + second.text, separator: second.separator, offset: first.text.length + first.separator.length };
}

/**
 * What joins two translations of merged segments: nothing in Chinese, otherwise the source's
 * separator when it is space ("\n" stays a line break), else one space.
 *
 * @example
 * translationJoiner("hu", " ") // " "; translationJoiner("zh", " ") // ""
 */
export function translationJoiner(lang: Lang, sourceSeparator: string): string {
  if (lang === "zh") return "";
  return sourceSeparator !== "" && sourceSeparator.trim() === "" ? sourceSeparator : " ";
}

/**
 * Where a flag on a split text goes: it stays on the first part, moves to the second (with its
 * offsets there), or spans the cut (it no longer marks one text, and is closed).
 *
 * @example
 * placeAfterSplit({ start: 6, end: 10 }, { firstEnd: 3, secondStart: 4 }) // { part: "second", start: 2, end: 6 }
 */
export function placeAfterSplit(span: { start: number; end: number }, cut: Cut): { part: "first" } | { part: "second"; start: number; end: number } | { part: "across" } {
  if (span.end <= cut.firstEnd) return { part: "first" };
  if (span.start >= cut.secondStart) return { part: "second", start: span.start - cut.secondStart, end: span.end - cut.secondStart };
  return { part: "across" };
}
