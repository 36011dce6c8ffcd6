/**
 * The Markdown writer: walks the document structure and writes each node with the prefixes of
 * its containers (quote markers, list markers with their numbers, indentation), tables as GFM
 * tables, code blocks and rules as they were. Text is escaped so it never turns into markup;
 * the paragraph's inline codes are written as their original Markdown, or from their meaning
 * when the article came in another format.
 */
import { codeMarks, parseCodeChar, renderWithCodes, type CodeMark, type InlineCode } from "../domain/inline-codes";
import type { Container, DocNode, DocStructure } from "./doc-structure";
import type { ParagraphText } from "./export-paragraphs";
import { titleNode } from "./export-paragraphs";
import { markdownForCode, originalForCode } from "./render-codes";

type WriteCode = (mark: CodeMark, code: InlineCode | undefined) => string;

/** Escapes text so that Markdown reads it back as the same text. */
export function escapeMarkdownText(run: string): string {
  return run
    .replace(/[\\`*_[\]<>~|]/g, "\\$&")
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, "\\&")
    .replace(/\n/g, " ");
}

/** Escapes what would start a block at the beginning of a line (a heading, a list, a quote). */
function escapeLineStart(line: string): string {
  return line.replace(/^(\s*)([#+=-]|\d+(?=[.)]))/, (whole, space: string, mark: string) => (/\d/.test(mark) ? `${space}${mark}\\` : `${space}\\${mark}`));
}

function inlineMarkdown(p: ParagraphText | undefined, writeCode: WriteCode): string {
  if (!p) return "";
  let inCode = 0;
  const text = renderWithCodes(p.text, p.codes, {
    text: (run) => (inCode > 0 ? run : escapeMarkdownText(run)),
    code: (mark, code) => {
      const out = writeCode(mark, code);
      if (code?.type === "code" && code.kind === "pair") inCode += mark.kind === "open" ? 1 : -1;
      return out;
    },
  });
  return text.split("\n").map((line, i) => (i === 0 ? escapeLineStart(line.trimStart()) : line)).join("\n");
}

const fenceFor = (text: string) => {
  let longest = 2;
  for (const m of text.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  return "`".repeat(longest + 1);
};

type Ctx = { paragraphs: Map<number, ParagraphText>; writeCode: WriteCode };

/** The lines of one node, before its containers' prefixes. */
function nodeLines(node: DocNode, ctx: Ctx): string[] {
  const leaf = node.leaf;
  switch (leaf.type) {
    case "text": {
      const text = inlineMarkdown(ctx.paragraphs.get(leaf.paragraph), ctx.writeCode);
      if (leaf.role === "title" || leaf.role === "heading") return [`${"#".repeat(leaf.level ?? (leaf.role === "title" ? 1 : 2))} ${text.replace(/\n/g, " ").replace(/#$/, "\\#")}`];
      if (leaf.role === "caption") return `*${text}*`.split("\n");
      return text.split("\n");
    }
    case "code": {
      if (!leaf.fence && leaf.text) return leaf.text.replace(/\n$/, "").split("\n").map((l) => `    ${l}`);
      const fence = leaf.fence && !leaf.text.includes(leaf.fence) ? leaf.fence : fenceFor(leaf.text);
      return [`${fence}${leaf.info ?? ""}`, ...leaf.text.replace(/\n$/, "").split("\n"), fence];
    }
    case "rule":
      return [leaf.markup || "---"];
    case "image":
      if (!leaf.src) return [];
      return [markdownForCode({ at: 0, kind: "standalone", n: 1 }, { kind: "standalone", n: 1, type: "image", attrs: { src: leaf.src, alt: leaf.alt, ...(leaf.title ? { title: leaf.title } : {}) } })];
    case "html":
      return leaf.raw.replace(/\n$/, "").split("\n");
  }
}

/** A GFM table from the nodes of one table (cells in rows), each cell's paragraphs on one line. */
function tableLines(nodes: DocNode[], depth: number, ctx: Ctx): string[] {
  const rows: { id: number; head: boolean; cells: { id: number; align?: string; text: string[] }[] }[] = [];
  for (const node of nodes) {
    const row = node.path[depth + 1];
    const cell = node.path[depth + 2];
    if (row?.type !== "row" || cell?.type !== "cell") continue;
    if (rows[rows.length - 1]?.id !== row.id) rows.push({ id: row.id, head: row.head, cells: [] });
    const cells = rows[rows.length - 1]!.cells;
    if (cells[cells.length - 1]?.id !== cell.id) cells.push({ id: cell.id, align: cell.align, text: [] });
    cells[cells.length - 1]!.text.push(nodeLines({ path: [], leaf: node.leaf }, ctx).join(" "));
  }
  if (!rows.length) return [];
  const width = Math.max(...rows.map((r) => r.cells.length));
  const line = (cells: string[]) => `| ${Array.from({ length: width }, (_, i) => (cells[i] ?? "").replace(/\|/g, "\\|").replace(/\\\\\|/g, "\\|")).join(" | ")} |`;
  const [header, ...body] = rows;
  const delimiter = Array.from({ length: width }, (_, i) => {
    const align = header!.cells[i]?.align;
    return align === "left" ? ":---" : align === "right" ? "---:" : align === "center" ? ":---:" : "---";
  });
  return [line(header!.cells.map((c) => c.text.join(" "))), `| ${delimiter.join(" | ")} |`, ...body.map((r) => line(r.cells.map((c) => c.text.join(" "))))];
}

/**
 * @example
 * writeMarkdown(structure, paragraphs, { sameFormat: true }) // "# Visite\n\nLe **21** octobre.\n"
 */
export function writeMarkdown(structure: DocStructure, paragraphs: Map<number, ParagraphText>, options: { sameFormat: boolean }): string {
  const ctx: Ctx = { paragraphs, writeCode: options.sameFormat && structure.format === "markdown" ? originalForCode : markdownForCode };
  const title = options.sameFormat ? undefined : titleNode(structure);
  const nodes = (title ? [title, ...structure.nodes] : structure.nodes).filter((n) => !(n.leaf.type === "text" && n.leaf.role === "meta-title"));
  const out: string[] = [];
  const items: ItemState = { seen: new Set(), number: new Map(), count: new Map() };
  let previous: Container[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    const tableAt = node.path.findIndex((c) => c.type === "table");
    let lines: string[];
    let path = node.path;
    if (tableAt >= 0) {
      const tableId = node.path[tableAt]!.id;
      let j = i;
      while (j + 1 < nodes.length && nodes[j + 1]!.path[tableAt]?.id === tableId) j++;
      lines = tableLines(nodes.slice(i, j + 1), tableAt, ctx);
      path = node.path.slice(0, tableAt);
      i = j;
    } else lines = nodeLines(node, ctx);
    if (!lines.length) continue;

    let common = 0;
    while (common < previous.length && common < path.length && previous[common]!.id === path[common]!.id) common++;
    if (out.length) {
      const shared = path.slice(0, common);
      const innerList = [...shared].reverse().find((c) => c.type === "list");
      const sameFigure = shared[shared.length - 1]?.type === "figure";
      const tight = sameFigure || (innerList?.type === "list" && innerList.tight !== false && shared.some((c) => c.type === "list"));
      if (!tight) out.push(prefixed([""], shared, items, true)[0]!.trimEnd());
    }
    out.push(...prefixed(lines, path, items, false));
    previous = path;
  }
  return out.join("\n").replace(/\n*$/, "\n");
}

type ItemState = { seen: Set<number>; number: Map<number, number>; count: Map<number, number> };

/** Puts the container prefixes before the lines: "> " for quotes, the marker on an item's first line, indentation after. */
function prefixed(lines: string[], path: Container[], items: ItemState, blank: boolean): string[] {
  let first = "";
  let rest = "";
  path.forEach((c, depth) => {
    if (c.type === "blockquote") {
      first += "> ";
      rest += "> ";
    } else if (c.type === "item") {
      const list = path[depth - 1];
      let marker = "- ";
      if (list?.type === "list") {
        if (list.ordered) {
          let n = items.number.get(c.id);
          if (n === undefined) {
            const count = items.count.get(list.id) ?? 0;
            items.count.set(list.id, count + 1);
            items.number.set(c.id, (n = (list.start ?? 1) + count));
          }
          marker = `${n}${list.marker || "."} `;
        } else marker = `${list.marker || "-"} `;
      }
      const isFirst = !blank && !items.seen.has(c.id);
      if (!blank) items.seen.add(c.id);
      first += isFirst ? marker : " ".repeat(marker.length);
      rest += " ".repeat(marker.length);
    }
  });
  return lines.map((line, i) => (i === 0 ? first : rest) + line);
}
