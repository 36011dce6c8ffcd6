/**
 * The structure of an imported document, kept beside its segments so that writers can put every
 * paragraph back where it was: the containers around it (lists with their markers, quotes,
 * tables, figures), its role (heading level, caption), and the parts nobody translates (code
 * blocks, rules, images, raw HTML) with their content. Translatable leaves point at a paragraph
 * number (`segments.paragraph`); the text itself lives in the segments and their translations.
 */

export const ARTICLE_SOURCE_FORMATS = ["text", "markdown", "html", "docx"] as const;
export type ArticleSourceFormat = (typeof ARTICLE_SOURCE_FORMATS)[number];

/** A box around paragraphs. `id` tells two neighbouring lists (or items) apart. */
export type Container =
  | { type: "blockquote"; id: number }
  | { type: "list"; id: number; ordered: boolean; start?: number; marker?: string; tight?: boolean }
  | { type: "item"; id: number; marker?: string }
  | { type: "figure"; id: number }
  | { type: "table"; id: number }
  | { type: "row"; id: number; head: boolean }
  | { type: "cell"; id: number; header: boolean; align?: "left" | "center" | "right" }
  | { type: "div"; id: number };

/** What stands inside the containers. Only `text` leaves are translated. */
export type Leaf =
  | { type: "text"; role: "title" | "heading" | "paragraph" | "caption" | "meta-title"; level?: number; paragraph: number }
  | { type: "code"; text: string; info?: string; fence?: string }
  | { type: "rule"; markup?: string }
  | { type: "image"; src: string; alt: string; title?: string }
  | { type: "html"; raw: string };

export type DocNode = { path: Container[]; leaf: Leaf };

/** The structure of one article: its nodes in document order and the format it came in. */
export type DocStructure = { format: ArticleSourceFormat; nodes: DocNode[] };

/** Hands out container ids in document order. */
export class ContainerIds {
  private next = 1;
  take(): number {
    return this.next++;
  }
}

/** The paragraph numbers of a structure's translatable leaves, renumbered through `map`. */
export function renumberParagraphs(structure: DocStructure, map: (paragraph: number) => number): DocStructure {
  return {
    ...structure,
    nodes: structure.nodes.map((n) => (n.leaf.type === "text" ? { ...n, leaf: { ...n.leaf, paragraph: map(n.leaf.paragraph) } } : n)),
  };
}

/**
 * The structure of an article stored without one (plain text, or imported before structures
 * were kept): one node per paragraph, from the segment kinds.
 *
 * @example
 * structureFromKinds([{ paragraph: 0, kind: "title" }, { paragraph: 1, kind: "paragraph" }])
 * // { format: "text", nodes: [{ path: [], leaf: { type: "text", role: "title", level: 1, paragraph: 0 } }, …] }
 */
export function structureFromKinds(paragraphs: { paragraph: number; kind: string }[]): DocStructure {
  const ids = new ContainerIds();
  return {
    format: "text",
    nodes: paragraphs.map(({ paragraph, kind }): DocNode => {
      if (kind === "title") return { path: [], leaf: { type: "text", role: "title", level: 1, paragraph } };
      if (kind === "heading") return { path: [], leaf: { type: "text", role: "heading", level: 2, paragraph } };
      if (kind === "caption") return { path: [{ type: "figure", id: ids.take() }], leaf: { type: "text", role: "caption", paragraph } };
      return { path: [], leaf: { type: "text", role: "paragraph", paragraph } };
    }),
  };
}
