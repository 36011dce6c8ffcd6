/**
 * DOCX export of an article that did not come in as DOCX: a new document written with the
 * `docx` package from the structure (headings, lists with their levels and numbering, quotes
 * indented, tables with header rows, figure captions in the Caption style, code in a fixed
 * font) and the codes' meaning (bold, italic, links, line breaks). Images referenced by address
 * are written as links with their alternative text: the package holds no picture to embed.
 * The package is loaded on first use, so that the CLI and server start without it.
 */
import type { Paragraph as ParagraphType, ParagraphChild, Table as TableType } from "docx";
import { codeFor, codeMarks, type InlineCode } from "../domain/inline-codes";
import type { Lang } from "../domain/languages";
import type { Container, DocNode, DocStructure } from "./doc-structure";
import { DOCX_LANG_TAGS } from "./docx-fill";
import { reproducibleDocx } from "./docx-xml";
import { titleNode, type ParagraphText } from "./export-paragraphs";
import { codeStyles } from "./render-codes";

type DocxModule = typeof import("docx");
let D: DocxModule;
const headings = () => [D.HeadingLevel.HEADING_1, D.HeadingLevel.HEADING_2, D.HeadingLevel.HEADING_3, D.HeadingLevel.HEADING_4, D.HeadingLevel.HEADING_5, D.HeadingLevel.HEADING_6] as const;

/** Runs of a paragraph: text under the styles of the codes open around it, links as hyperlinks. */
function runs(p: ParagraphText | undefined): ParagraphChild[] {
  if (!p) return [];
  const out: ParagraphChild[] = [];
  const open: InlineCode[] = [];
  let from = 0;
  const flush = (to: number) => {
    if (to <= from) return;
    const styles = new Set(open.flatMap(codeStyles));
    const link = [...open].reverse().find((c) => c.type === "link");
    const run = new D.TextRun({
      text: p.text.slice(from, to),
      bold: styles.has("bold") || undefined,
      italics: styles.has("italic") || undefined,
      underline: styles.has("underline") ? {} : undefined,
      strike: styles.has("strike") || undefined,
      superScript: styles.has("superscript") || undefined,
      subScript: styles.has("subscript") || undefined,
      font: styles.has("code") ? "Courier New" : undefined,
      style: link ? "Hyperlink" : undefined,
    });
    out.push(link?.attrs?.href ? new D.ExternalHyperlink({ link: link.attrs.href, children: [run] }) : run);
  };
  for (const mark of codeMarks(p.text)) {
    flush(mark.at);
    from = mark.at + 1;
    const code = codeFor(mark, p.codes);
    if (!code) continue;
    if (mark.kind === "open") open.push(code);
    else if (mark.kind === "close") {
      const at = open.lastIndexOf(code);
      if (at >= 0) open.splice(at, 1);
    } else if (code.type === "linebreak") out.push(new D.TextRun({ break: 1 }));
    else if (code.type === "image") {
      const alt = code.attrs?.alt || code.attrs?.src || "image";
      out.push(code.attrs?.src ? new D.ExternalHyperlink({ link: code.attrs.src, children: [new D.TextRun({ text: `[${alt}]`, style: "Hyperlink" })] }) : new D.TextRun(`[${alt}]`));
    }
  }
  flush(p.text.length);
  return out;
}

type Ctx = { paragraphs: Map<number, ParagraphText>; ordered: Map<number, string> };

function paragraphFor(node: DocNode, ctx: Ctx): ParagraphType[] {
  const leaf = node.leaf;
  const lists = node.path.filter((c): c is Extract<Container, { type: "list" }> => c.type === "list");
  const quotes = node.path.filter((c) => c.type === "blockquote").length;
  const indent = quotes ? { indent: { left: 720 * quotes } } : {};
  const list = lists[lists.length - 1];
  const numbering = list
    ? list.ordered
      ? { numbering: { reference: ctx.ordered.get(lists[0]!.id) ?? "ordered", level: lists.length - 1 } }
      : { bullet: { level: lists.length - 1 } }
    : {};
  switch (leaf.type) {
    case "text": {
      const children = runs(ctx.paragraphs.get(leaf.paragraph));
      if (leaf.role === "title" || leaf.role === "heading") return [new D.Paragraph({ heading: leaf.role === "title" && !leaf.level ? D.HeadingLevel.TITLE : headings()[(leaf.level ?? 2) - 1], children, ...indent })];
      if (leaf.role === "caption") return [new D.Paragraph({ style: "Caption", children, ...indent })];
      return [new D.Paragraph({ children, ...indent, ...numbering })];
    }
    case "code":
      return leaf.text.replace(/\n$/, "").split("\n").map((line) => new D.Paragraph({ children: [new D.TextRun({ text: line, font: "Courier New" })], ...indent }));
    case "rule":
      return [new D.Paragraph({ thematicBreak: true, children: [] })];
    case "image":
      return [new D.Paragraph({ children: runs({ text: "\uF001", codes: [{ kind: "standalone", n: 1, type: "image", attrs: { src: leaf.src, alt: leaf.alt } }] }), ...indent })];
    case "html":
      return [];
  }
}

function table(nodes: DocNode[], depth: number, ctx: Ctx): TableType {
  const rows: { head: boolean; cells: { id: number; paragraphs: ParagraphType[] }[] }[] = [];
  let rowId = -1;
  for (const node of nodes) {
    const row = node.path[depth + 1];
    const cell = node.path[depth + 2];
    if (row?.type !== "row" || cell?.type !== "cell") continue;
    if (row.id !== rowId) rows.push({ head: row.head, cells: [] }), (rowId = row.id);
    const cells = rows[rows.length - 1]!.cells;
    if (cells[cells.length - 1]?.id !== cell.id) cells.push({ id: cell.id, paragraphs: [] });
    cells[cells.length - 1]!.paragraphs.push(...paragraphFor({ path: [], leaf: node.leaf }, ctx));
  }
  return new D.Table({
    width: { size: 100, type: D.WidthType.PERCENTAGE },
    rows: rows.map((r) => new D.TableRow({ tableHeader: r.head || undefined, children: r.cells.map((c) => new D.TableCell({ children: c.paragraphs.length ? c.paragraphs : [new D.Paragraph("")] })) })),
  });
}

/**
 * @example
 * await writeDocx(structure, paragraphs, "zh") // a .docx package whose text is tagged zh-CN
 */
export async function writeDocx(structure: DocStructure, paragraphs: Map<number, ParagraphText>, lang: Lang): Promise<Uint8Array> {
  D ??= await import("docx");
  const title = titleNode(structure);
  const nodes = (title ? [title, ...structure.nodes] : structure.nodes).filter((n) => !(n.leaf.type === "text" && n.leaf.role === "meta-title"));
  const ordered = new Map<number, string>();
  const configs: { reference: string; levels: { level: number; format: "decimal"; text: string; start: number; style: { paragraph: { indent: { left: number; hanging: number } } } }[] }[] = [];
  for (const n of nodes) {
    const top = n.path.find((c): c is Extract<Container, { type: "list" }> => c.type === "list");
    if (!top || ordered.has(top.id) || !n.path.some((c) => c.type === "list" && c.ordered)) continue;
    const reference = `ordered-${top.id}`;
    ordered.set(top.id, reference);
    configs.push({
      reference,
      levels: Array.from({ length: 9 }, (_, level) => ({ level, format: D.LevelFormat.DECIMAL, text: `%${level + 1}.`, start: level === 0 ? (top.start ?? 1) : 1, style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } } })),
    });
  }
  const ctx: Ctx = { paragraphs, ordered };
  const children: (ParagraphType | TableType)[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    const at = node.path.findIndex((c) => c.type === "table");
    if (at < 0) {
      children.push(...paragraphFor(node, ctx));
      continue;
    }
    let j = i;
    while (j + 1 < nodes.length && nodes[j + 1]!.path[at]?.id === node.path[at]!.id) j++;
    children.push(table(nodes.slice(i, j + 1), at, ctx));
    i = j;
  }
  const tag = DOCX_LANG_TAGS[lang];
  const doc = new D.Document({
    styles: {
      default: { document: { run: { language: { value: tag, ...(lang === "zh" ? { eastAsia: tag } : {}) } } } },
      paragraphStyles: [{ id: "Caption", name: "caption", basedOn: "Normal", next: "Normal", run: { italics: true, size: 18 } }],
    },
    numbering: { config: configs },
    sections: [{ children }],
  });
  return reproducibleDocx(new Uint8Array(await D.Packer.toBuffer(doc)));
}
