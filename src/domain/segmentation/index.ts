import type { Lang } from "../languages";
import type { SegmentKind } from "../workflow";
import { segmentParagraph } from "./segment";

export { segmentParagraph, type Segment } from "./segment";

export type Block = { kind: SegmentKind; text: string };
export type SegmentPiece = { kind: SegmentKind; paragraph: number; text: string; separator: string };

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
    if (block.kind !== "paragraph") {
      out.push({ kind: block.kind, paragraph, text, separator: "" });
      return;
    }
    for (const s of segmentParagraph(text, lang)) out.push({ kind: "paragraph", paragraph, ...s });
  });
  return out;
}
