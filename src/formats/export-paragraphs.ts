/**
 * What every article writer starts from: the approved text of each paragraph (its segments
 * joined with their separators) with the records of the codes it holds, and the document
 * structure to put the paragraphs in.
 */
import type { InlineCode } from "../domain/inline-codes";
import { structureFromKinds, type DocNode, type DocStructure } from "./doc-structure";

export type ParagraphText = { text: string; codes: InlineCode[] };

/** Joins the target texts of each paragraph and collects their codes (one record per code). */
export function paragraphTexts(segments: { paragraph: number; target: string; separator: string; codes: InlineCode[] }[]): Map<number, ParagraphText> {
  const out = new Map<number, ParagraphText & { seen: Set<string> }>();
  for (const s of segments) {
    let p = out.get(s.paragraph);
    if (!p) out.set(s.paragraph, (p = { text: "", codes: [], seen: new Set() }));
    p.text += s.target + s.separator;
    for (const c of s.codes) {
      const key = `${c.kind}${c.n}`;
      if (!p.seen.has(key)) p.codes.push(c), p.seen.add(key);
    }
  }
  return new Map([...out].map(([k, v]) => [k, { text: v.text.trimEnd(), codes: v.codes }]));
}

/** The structure to write: the stored one, or one made from the segment kinds. */
export function structureOf(stored: DocStructure | null | undefined, segments: { paragraph: number; kind: string }[]): DocStructure {
  if (stored) return stored;
  const seen = new Set<number>();
  return structureFromKinds(segments.filter((s) => !seen.has(s.paragraph) && seen.add(s.paragraph)));
}

/**
 * Whether a writer must put the title first itself: the structure does not hold the title
 * paragraph (a title given at import over a document without a headline).
 */
export function titleNode(structure: DocStructure): DocNode | undefined {
  const hasTitle = structure.nodes.some((n) => n.leaf.type === "text" && n.leaf.role !== "meta-title" && (n.leaf.paragraph === 0 || n.leaf.level === 1));
  return hasTitle ? undefined : { path: [], leaf: { type: "text", role: "title", level: 1, paragraph: 0 } };
}
