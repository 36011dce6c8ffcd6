/**
 * Sentence segmentation of a paragraph that holds inline codes (see domain/inline-codes): the
 * sentences are found in the text without its codes, so markup never moves a boundary, and each
 * code then goes to the sentence it belongs to. At a boundary, a code that closes or stands alone
 * ends the sentence before ("**Un.** Deux." keeps its bold on "Un."); one that opens starts the
 * next. Lossless like segmentParagraph: pieces joined give back the paragraph, codes included.
 */
import { hasCodes, parseCodeChar, stripCodes } from "../inline-codes";
import type { Lang } from "../languages";
import { segmentParagraph, type Segment } from "./segment";

const TRAILING_SPACE = /[\s\u00a0\u202f\u2009]+$/u;

/**
 * @example
 * segmentWithCodes(`${openChar(1)}Un.${closeChar(1)} Deux.`, "fr")
 * // [{ text: "\uE002Un.\uE003", separator: " " }, { text: "Deux.", separator: "" }]
 */
export function segmentWithCodes(text: string, lang: Lang): Segment[] {
  if (!hasCodes(text)) return segmentParagraph(text, lang);
  const { plain, at } = stripCodes(text);
  const plainPieces = segmentParagraph(plain, lang);
  if (plainPieces.length === 0) return text.length ? [{ text, separator: "" }] : [];
  const cuts: number[] = [];
  let boundary = 0;
  for (const piece of plainPieces.slice(0, -1)) {
    boundary += piece.text.length + piece.separator.length;
    // Only codes lie between the last character of one piece and the first of the next.
    let cut = at[boundary - 1]! + 1;
    const end = at[boundary]!;
    while (cut < end && parseCodeChar(text[cut]!)?.kind !== "open") cut++;
    cuts.push(cut);
  }
  const pieces: Segment[] = [];
  let from = 0;
  for (const cut of [...cuts, text.length]) {
    const piece = text.slice(from, cut);
    const space = TRAILING_SPACE.exec(piece)?.[0] ?? "";
    pieces.push({ text: piece.slice(0, piece.length - space.length), separator: space });
    from = cut;
  }
  return pieces;
}
