/**
 * The Markdown reader: CommonMark (plus GFM tables and strikethrough) parsed by markdown-it,
 * whose block and inline rules run in linear time (bench/import-formats.ts). Paragraphs, headings,
 * list items, quote and table cell texts become blocks whose inline markup is kept as codes
 * (domain/inline-codes); the structure around them, and the parts nobody translates, go into the
 * document structure so that the writers can put everything back.
 */
import MarkdownIt from "markdown-it";
import type { Block } from "../domain/segmentation";
import { stripCodes, type InlineCodeType } from "../domain/inline-codes";
import type { ParsedArticle } from "./article-import";
import { ContainerIds, type Container, type DocNode } from "./doc-structure";
import { ImportRefused } from "./import-refused";
import { InlineBuilder } from "./inline-builder";
import { inlineTypeOfTag, visibleHtmlText } from "./html-inline";

const MAX_NESTING = 32;
const parser = new MarkdownIt("commonmark", { html: true, maxNesting: MAX_NESTING }).enable(["table", "strikethrough"]);
type Token = ReturnType<typeof parser.parse>[number];

// markdown-it stops reading blocks nested past maxNesting and drops their lines; refuse instead.
const tokenizeBlocks = parser.block.tokenize.bind(parser.block);
parser.block.tokenize = (state, startLine, endLine) => {
  if (state.level >= MAX_NESTING) {
    const line = state.skipEmptyLines(startLine);
    if (line < endLine && state.sCount[line]! >= state.blkIndent) throw new ImportRefused(`the Markdown nests lists or quotes deeper than ${MAX_NESTING} levels (line ${line + 1})`);
  }
  tokenizeBlocks(state, startLine, endLine);
};
/** An attribute as a string (markdown-it types attributes as string | number). */
const attr = (t: Token, name: string): string | undefined => {
  const v = t.attrGet(name);
  return v === null || v === undefined ? undefined : String(v);
};

const PAIR_TYPES: Record<string, InlineCodeType> = { strong_open: "bold", em_open: "italic", s_open: "strike", link_open: "link" };

/** Whether an inline-HTML token opens, closes or stands alone, and its tag name. */
function htmlTag(content: string): { name: string; closing: boolean; void: boolean } | undefined {
  const m = /^<(\/?)([A-Za-z][A-Za-z0-9-]*)[^>]*?(\/?)>$/s.exec(content);
  if (!m) return undefined;
  const name = m[2]!.toLowerCase();
  return { name, closing: m[1] === "/", void: m[3] === "/" || ["br", "img", "wbr", "hr", "input"].includes(name) };
}

const escapeTitle = (s: string) => s.replace(/["\\]/g, "\\$&");
const linkClose = (href: string, title?: string | null) => `](${/[\s()<>]/.test(href) ? `<${href}>` : href}${title ? ` "${escapeTitle(title)}"` : ""})`;

/** Inline HTML tags that open and close each other, matched by name (linear: one stack per name). */
function matchHtmlPairs(children: Token[]): Map<number, number> {
  const partner = new Map<number, number>();
  const open = new Map<string, number[]>();
  children.forEach((t, i) => {
    if (t.type !== "html_inline") return;
    const tag = htmlTag(t.content);
    if (!tag || tag.void) return;
    const stack = open.get(tag.name) ?? [];
    if (!tag.closing) {
      stack.push(i);
      open.set(tag.name, stack);
    } else if (stack.length) partner.set(stack.pop()!, i);
  });
  return partner;
}

/** The inline tokens of one paragraph as text with codes. */
function readInline(children: Token[]): InlineBuilder {
  const out = new InlineBuilder();
  const stack: number[] = [];
  const htmlPartner = matchHtmlPairs(children);
  const htmlOpen = new Map<number, number>();
  children.forEach((t, i) => {
    switch (t.type) {
      case "text":
        return out.text(t.content);
      case "softbreak":
        return out.text(" ");
      case "hardbreak":
        return out.standalone("linebreak", "\\\n");
      case "code_inline": {
        const n = out.open("code", t.markup, t.markup);
        out.text(t.content);
        return out.close(n);
      }
      case "image": {
        const src = attr(t, "src") ?? "";
        const title = attr(t, "title");
        return out.standalone("image", `![${t.content.replace(/[[\]\\]/g, "\\$&")}${linkClose(src, title)}`, { src, alt: t.content, ...(title ? { title } : {}) });
      }
      case "link_open": {
        const href = attr(t, "href") ?? "";
        const title = attr(t, "title");
        return void stack.push(out.open("link", "[", linkClose(href, title), { href, ...(title ? { title } : {}) }));
      }
      case "html_inline": {
        const tag = htmlTag(t.content);
        const type = tag ? inlineTypeOfTag(tag.name) : "other";
        const partner = htmlPartner.get(i);
        if (partner !== undefined) return void htmlOpen.set(partner, out.open(type, t.content, children[partner]!.content));
        const opened = htmlOpen.get(i);
        if (opened !== undefined) return out.close(opened);
        return out.standalone(type, t.content);
      }
      default:
        if (t.nesting === 1 && PAIR_TYPES[t.type]) return void stack.push(out.open(PAIR_TYPES[t.type]!, t.markup, t.markup));
        if (t.nesting === -1 && stack.length) return out.close(stack.pop()!);
    }
  });
  return out;
}

/** An image alone in its paragraph, perhaps with an italic line under it: a figure and its caption. */
function figureOf(children: Token[]): { image: Token; caption?: Token[] } | undefined {
  const image = children[0];
  if (image?.type !== "image") return undefined;
  if (children.length === 1) return { image };
  const last = children[children.length - 1]!;
  if (children[1]?.type === "softbreak" && children[2]?.type === "em_open" && last.type === "em_close" && children.length > 4) {
    const inner = children.slice(3, -1);
    // The closing em must be the partner of the opening one, not of an em inside the caption.
    let depth = 0;
    for (const t of inner) if (t.type === "em_open") depth++; else if (t.type === "em_close" && --depth < 0) return undefined;
    return depth === 0 ? { image, caption: inner } : undefined;
  }
  return undefined;
}

/**
 * @example
 * parseMarkdownBlocks("# Visite\n\nLe **21** octobre.").blocks
 * // [{ kind: "title", text: "Visite", codes: [] }, { kind: "paragraph", text: "Le \uE0022\uE003 octobre." … }]
 */
export function parseMarkdownBlocks(input: string): ParsedArticle {
  const tokens = parser.parse(input, {});
  const blocks: Block[] = [];
  const nodes: DocNode[] = [];
  const ids = new ContainerIds();
  const path: Container[] = [];
  let title: string | undefined;
  let head = false;
  let pendingHeading: number | undefined;

  const addText = (builder: InlineBuilder, kind: Block["kind"], leafRole: "title" | "heading" | "paragraph" | "caption", at: Container[], level?: number) => {
    const { text, codes } = builder.result();
    const paragraph = blocks.length;
    blocks.push({ kind, text, codes });
    nodes.push({ path: [...at], leaf: { type: "text", role: leafRole, paragraph, ...(level ? { level } : {}) } });
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    switch (t.type) {
      case "blockquote_open":
        path.push({ type: "blockquote", id: ids.take() });
        break;
      case "bullet_list_open":
        path.push({ type: "list", id: ids.take(), ordered: false, marker: t.markup });
        break;
      case "ordered_list_open":
        path.push({ type: "list", id: ids.take(), ordered: true, start: Number(attr(t, "start") ?? 1), marker: t.markup });
        break;
      case "list_item_open":
        path.push({ type: "item", id: ids.take(), marker: t.markup });
        break;
      case "table_open":
        path.push({ type: "table", id: ids.take() });
        break;
      case "thead_open":
      case "tbody_open":
        head = t.type === "thead_open";
        break;
      case "tr_open":
        path.push({ type: "row", id: ids.take(), head });
        break;
      case "th_open":
      case "td_open": {
        const align = /text-align:(left|center|right)/.exec(attr(t, "style") ?? "")?.[1] as "left" | "center" | "right" | undefined;
        path.push({ type: "cell", id: ids.take(), header: t.type === "th_open", ...(align ? { align } : {}) });
        break;
      }
      case "blockquote_close":
      case "bullet_list_close":
      case "ordered_list_close":
      case "list_item_close":
      case "table_close":
      case "tr_close":
      case "th_close":
      case "td_close":
        path.pop();
        break;
      case "paragraph_open": {
        // A list whose items hold paragraphs not hidden by the parser is loose: blank lines between items.
        const item = path[path.length - 1];
        const list = path[path.length - 2];
        if (!t.hidden && item?.type === "item" && list?.type === "list") list.tight = false;
        break;
      }
      case "heading_open":
        pendingHeading = Number(t.tag.slice(1));
        break;
      case "heading_close":
        pendingHeading = undefined;
        break;
      case "inline": {
        const children = t.children ?? [];
        if (pendingHeading !== undefined) {
          const builder = readInline(children);
          const isTitle = pendingHeading === 1 && title === undefined;
          if (isTitle) title = stripCodes(builder.result().text).plain.trim();
          addText(builder, isTitle ? "title" : "heading", isTitle ? "title" : "heading", path, pendingHeading);
          break;
        }
        const figure = figureOf(children);
        if (figure) {
          const at: Container[] = [...path, { type: "figure", id: ids.take() }];
          const title = attr(figure.image, "title");
          nodes.push({ path: at, leaf: { type: "image", src: attr(figure.image, "src") ?? "", alt: figure.image.content, ...(title ? { title } : {}) } });
          if (figure.caption) addText(readInline(figure.caption), "caption", "caption", at);
          break;
        }
        addText(readInline(children), "paragraph", "paragraph", path);
        break;
      }
      case "fence":
        nodes.push({ path: [...path], leaf: { type: "code", text: t.content, info: t.info, fence: t.markup } });
        break;
      case "code_block":
        nodes.push({ path: [...path], leaf: { type: "code", text: t.content } });
        break;
      case "hr":
        nodes.push({ path: [...path], leaf: { type: "rule", markup: t.markup } });
        break;
      case "html_block": {
        const visible = visibleHtmlText(t.content);
        if (visible) {
          throw new ImportRefused(`the HTML block at line ${(t.map?.[0] ?? 0) + 1} holds text ("${visible.slice(0, 40)}"), which Glossa cannot translate inside Markdown; write it in Markdown or import the file as HTML`);
        }
        nodes.push({ path: [...path], leaf: { type: "html", raw: t.content } });
        break;
      }
    }
  }
  return { title, blocks, structure: { format: "markdown", nodes } };
}
