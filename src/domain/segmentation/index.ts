import { codesUsedIn, type InlineCode } from "../inline-codes";
import type { Lang } from "../languages";
import type { SegmentKind } from "../workflow";
import { segmentWithCodes } from "./with-codes";

export { segmentParagraph, type Segment } from "./segment";
export { segmentWithCodes } from "./with-codes";

/** A paragraph as a reader found it; `codes` describe the inline codes in its text (domain/inline-codes). */
export type Block = { kind: SegmentKind; text: string; codes?: InlineCode[] };
/** A sentence (or a whole title, heading or caption) with the codes that occur in it. */
export type SegmentPiece = { kind: SegmentKind; paragraph: number; text: string; separator: string; codes: InlineCode[] };

/**
 * Numbers the blocks of an article as paragraphs and cuts body paragraphs into sentences.
 * Titles, headings and captions stay whole: they are read as one unit.
 *
 * @example
 * segmentBlocks([{ kind: "title", text: "Visite" }, { kind: "paragraph", text: "Un. Deux." }], "fr")
 * // [{ kind: "title", paragraph: 0, text: "Visite", separator: "" },
 * //  { kind: "paragraph", paragraph: 1, text: "Un.", separator: " " }, { …, text: "Deux." }]
 */
export function segmentBlocks(blocks: Block[], lang: Lang): SegmentPiece[] {
  const out: SegmentPiece[] = [];
  blocks.forEach((block, paragraph) => {
    const text = block.text.trim();
    if (!text) return;
    const codes = block.codes ?? [];
    if (block.kind !== "paragraph") {
      out.push({ kind: block.kind, paragraph, text, separator: "", codes: codesUsedIn(text, codes) });
      return;
    }
    for (const s of segmentWithCodes(text, lang)) out.push({ kind: "paragraph", paragraph, ...s, codes: codesUsedIn(s.text, codes) });
  });
  return out;
}
