/**
 * Plain-text and JSON writers. Text: one paragraph per block, list items with their markers and
 * indentation, table cells as rows separated by tabs, code blocks as they are; markup dropped
 * but line breaks kept. JSON: the segments, the joined blocks and the structure, for programs.
 */
import { renderWithCodes } from "../domain/inline-codes";
import type { DocNode, DocStructure } from "./doc-structure";
import { titleNode, type ParagraphText } from "./export-paragraphs";

const plainWithBreaks = (p: ParagraphText | undefined) =>
  p ? renderWithCodes(p.text, p.codes, { text: (run) => run, code: (_m, code) => (code?.kind === "standalone" && code.type === "linebreak" ? "\n" : "") }) : "";

function listPrefix(node: DocNode, numbers: Map<number, number>, counts: Map<number, number>): string {
  let prefix = "";
  node.path.forEach((c, depth) => {
    if (c.type !== "item") return;
    const list = node.path[depth - 1];
    let n = numbers.get(c.id);
    const first = n === undefined;
    if (first && list?.type === "list") {
      const count = counts.get(list.id) ?? 0;
      counts.set(list.id, count + 1);
      numbers.set(c.id, (n = (list.start ?? 1) + count));
    }
    const marker = list?.type === "list" && list.ordered ? `${n}. ` : "- ";
    prefix += depth === node.path.length - 1 || node.path.slice(depth + 1).every((x) => x.type !== "item") ? (first ? marker : " ".repeat(marker.length)) : "  ";
  });
  return prefix;
}

/**
 * @example
 * writeText(structure, paragraphs) // "Visite\n\nLe 21 octobre…\n\n- Un\n- Deux\n"
 */
export function writeText(structure: DocStructure, paragraphs: Map<number, ParagraphText>): string {
  const title = titleNode(structure);
  const nodes = (title ? [title, ...structure.nodes] : structure.nodes).filter((n) => !(n.leaf.type === "text" && n.leaf.role === "meta-title"));
  const out: string[] = [];
  const numbers = new Map<number, number>();
  const counts = new Map<number, number>();
  let row: { id: number; cells: string[] } | undefined;
  const flushRow = () => {
    if (row) out.push(row.cells.join("\t"));
    row = undefined;
  };
  for (const node of nodes) {
    const leaf = node.leaf;
    const rowOf = node.path.find((c) => c.type === "row");
    if (rowOf && leaf.type === "text") {
      if (row?.id !== rowOf.id) flushRow(), (row = { id: rowOf.id, cells: [] });
      row.cells.push(plainWithBreaks(paragraphs.get(leaf.paragraph)).replace(/\s+/g, " ").trim());
      continue;
    }
    flushRow();
    if (leaf.type === "text") out.push(listPrefix(node, numbers, counts) + plainWithBreaks(paragraphs.get(leaf.paragraph)).trim());
    else if (leaf.type === "code") out.push(leaf.text.replace(/\n$/, ""));
    else if (leaf.type === "image" && leaf.alt) out.push(`[${leaf.alt}]`);
  }
  flushRow();
  return out.join("\n\n") + "\n";
}

/** The JSON export: the document, its segments, its blocks joined per paragraph, and its structure. */
export function writeJson(doc: object & { skeleton?: unknown; original?: unknown }, blocks: unknown[], structure: DocStructure): string {
  const { skeleton: _skeleton, original: _original, ...rest } = doc;
  return JSON.stringify({ ...rest, blocks, structure }, null, 2);
}
