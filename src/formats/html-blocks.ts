/**
 * The HTML reader: walks the tree of html-tree.ts once. Text directly inside a block element
 * (a <p>, a heading, a list item, a table cell, a <div>, a quote) forms runs with its inline
 * elements; each run with text becomes a block whose inline markup is kept as codes. Runs,
 * containers and the parts nobody translates go into the document structure; the original text
 * with the run ranges marked is the skeleton the HTML writer fills. Nothing with text is dropped:
 * kept elements (<head>, scripts, styles) stay in the skeleton, refused ones stop the import.
 */
import { stripCodes } from "../domain/inline-codes";
import type { Block } from "../domain/segmentation";
import type { ParsedArticle } from "./article-import";
import { ContainerIds, type Container, type DocNode } from "./doc-structure";
import { BLOCK_ELEMENTS, inlineTypeOfTag, KEPT_ELEMENTS, openTag, VOID_ELEMENTS } from "./html-inline";
import { parseHtmlTree, textContent, type HtmlElement, type HtmlNode } from "./html-tree";
import { InlineBuilder } from "./inline-builder";

/** A range of the original HTML that export replaces: a paragraph's rendering, or the <html> tag with a new `lang`. */
export type HtmlSlot = { start: number; end: number; paragraph: number; plain?: boolean } | { start: number; end: number; htmlAttrs: Record<string, string> };
/** The original document with the ranges export fills; `fragment` when it had no <html> element. */
export type HtmlSkeleton = { source: string; slots: HtmlSlot[]; fragment: boolean };

const WHITESPACE = /[ \t\n\r\f]+/g;
type Role = "heading" | "paragraph" | "caption";

function hasBlockInside(el: HtmlElement, memo: Map<HtmlElement, boolean>): boolean {
  const known = memo.get(el);
  if (known !== undefined) return known;
  const found = el.children.some((c) => c.type === "element" && (BLOCK_ELEMENTS.has(c.name) || KEPT_ELEMENTS.has(c.name) || hasBlockInside(c, memo)));
  memo.set(el, found);
  return found;
}

/** Decoded text of an inline node into the builder, inline elements as codes. */
function readInline(node: HtmlNode, out: InlineBuilder): void {
  if (node.type === "text") return out.text(node.data.replace(WHITESPACE, " "));
  if (node.type === "comment") return;
  if (VOID_ELEMENTS.has(node.name)) {
    const type = inlineTypeOfTag(node.name);
    const attrs = node.name === "img" ? pick(node.attrs, ["src", "alt", "title"]) : undefined;
    return out.standalone(type, openTag(node.name, node.attrs), attrs);
  }
  const type = inlineTypeOfTag(node.name);
  const n = out.open(type, openTag(node.name, node.attrs), `</${node.name}>`, type === "link" ? pick(node.attrs, ["href", "title"]) : undefined);
  for (const child of node.children) readInline(child, out);
  out.close(n);
}

function pick(attrs: Record<string, string>, keys: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of keys) if (attrs[k] !== undefined) out[k] = attrs[k];
  return out;
}

const isBlank = (n: HtmlNode) => n.type === "comment" || (n.type === "text" && !n.data.replace(WHITESPACE, ""));

/**
 * @example
 * parseHtmlBlocks("<h1>Visite</h1><div>Texte <b>gras</b>.</div>").blocks.map((b) => b.kind) // ["title", "paragraph"]
 */
export function parseHtmlBlocks(input: string): ParsedArticle & { skeleton: HtmlSkeleton } {
  const root = parseHtmlTree(input);
  const blocks: Block[] = [];
  const nodes: DocNode[] = [];
  const slots: HtmlSlot[] = [];
  const ids = new ContainerIds();
  const memo = new Map<HtmlElement, boolean>();
  let title: string | undefined;
  let fragment = true;

  const flushRun = (run: HtmlNode[], path: Container[], role: Role, level?: number) => {
    let from = 0;
    let to = run.length;
    while (from < to && isBlank(run[from]!)) from++;
    while (to > from && isBlank(run[to - 1]!)) to--;
    if (from === to) return;
    const builder = new InlineBuilder();
    for (let i = from; i < to; i++) readInline(run[i]!, builder);
    if (!builder.hasText) {
      // Markup without text (an image between paragraphs): kept in the skeleton, and as an image for other formats.
      for (let i = from; i < to; i++) {
        const n = run[i]!;
        if (n.type === "element" && n.name === "img") nodes.push({ path: [...path], leaf: { type: "image", src: n.attrs.src ?? "", alt: n.attrs.alt ?? "", ...(n.attrs.title ? { title: n.attrs.title } : {}) } });
      }
      return;
    }
    const { text, codes } = builder.result();
    const isTitle = role === "heading" && level === 1 && title === undefined;
    if (isTitle) title = stripCodes(text).plain.trim();
    const paragraph = blocks.length;
    blocks.push({ kind: isTitle ? "title" : role, text, codes });
    nodes.push({ path: [...path], leaf: { type: "text", role: isTitle ? "title" : role, paragraph, ...(level ? { level } : {}) } });
    slots.push({ start: run[from]!.start, end: run[to - 1]!.end, paragraph });
  };

  const walk = (el: HtmlElement, path: Container[], role: Role, level?: number, inHead = false) => {
    let run: HtmlNode[] = [];
    for (const child of el.children) {
      const inline = child.type !== "element" || (!BLOCK_ELEMENTS.has(child.name) && !KEPT_ELEMENTS.has(child.name) && child.name !== "title" && !hasBlockInside(child, memo));
      if (inline && !inHead) {
        run.push(child);
        continue;
      }
      flushRun(run, path, role, level);
      run = [];
      if (child.type === "element") block(child, path, inHead);
    }
    flushRun(run, path, role, level);
  };

  const block = (el: HtmlElement, path: Container[], inHead: boolean) => {
    const name = el.name;
    if (name === "title") {
      const text = textContent(el).replace(WHITESPACE, " ").trim();
      if (!text) return;
      const paragraph = blocks.length;
      blocks.push({ kind: "heading", text, codes: [] });
      nodes.push({ path: [], leaf: { type: "text", role: "meta-title", paragraph } });
      slots.push({ start: el.openEnd, end: Math.max(el.openEnd, el.end - "</title>".length), paragraph, plain: true });
      return;
    }
    if (name === "head") return walk(el, path, "paragraph", undefined, true);
    if (inHead || KEPT_ELEMENTS.has(name)) return;
    if (name === "html") {
      fragment = false;
      slots.push({ start: el.start, end: el.openEnd, htmlAttrs: el.attrs });
      return walk(el, path, "paragraph");
    }
    if (name === "hr") return void nodes.push({ path: [...path], leaf: { type: "rule" } });
    if (name === "pre") return void nodes.push({ path: [...path], leaf: { type: "code", text: textContent(el).replace(/^\n/, "") } });
    const heading = /^h([1-6])$/.exec(name);
    if (heading) return walk(el, path, "heading", Number(heading[1]));
    const container = containerOf(el, ids);
    const inner = container ? [...path, container] : path;
    walk(el, inner, name === "figcaption" || name === "caption" ? "caption" : "paragraph");
  };

  walk(root, [], "paragraph");
  if (title === undefined) {
    // Without an <h1>, the document's <title> is its headline.
    const meta = nodes.find((n) => n.leaf.type === "text" && n.leaf.role === "meta-title");
    if (meta?.leaf.type === "text") {
      const block = blocks[meta.leaf.paragraph]!;
      block.kind = "title";
      title = block.text;
    }
  }
  return { title, blocks, structure: { format: "html", nodes }, skeleton: { source: input, slots, fragment } };
}

function containerOf(el: HtmlElement, ids: ContainerIds): Container | undefined {
  switch (el.name) {
    case "blockquote":
      return { type: "blockquote", id: ids.take() };
    case "ul":
    case "menu":
      return { type: "list", id: ids.take(), ordered: false };
    case "ol": {
      const start = Number(el.attrs.start);
      return { type: "list", id: ids.take(), ordered: true, ...(Number.isInteger(start) && start !== 1 ? { start } : {}) };
    }
    case "li":
      return { type: "item", id: ids.take() };
    case "figure":
      return { type: "figure", id: ids.take() };
    case "table":
      return { type: "table", id: ids.take() };
    case "tr":
      return { type: "row", id: ids.take(), head: el.parent?.name === "thead" };
    case "td":
    case "th": {
      const align = (el.attrs.align ?? /text-align:\s*(left|center|right)/.exec(el.attrs.style ?? "")?.[1]) as "left" | "center" | "right" | undefined;
      return { type: "cell", id: ids.take(), header: el.name === "th", ...(align ? { align } : {}) };
    }
    case "div":
      return { type: "div", id: ids.take() };
    default:
      return undefined;
  }
}

/** The skeleton with its paragraph numbers renumbered through `map` (reader order to stored paragraphs). */
export function renumberSkeleton(skeleton: HtmlSkeleton, map: (paragraph: number) => number): HtmlSkeleton {
  return { ...skeleton, slots: skeleton.slots.map((s) => ("paragraph" in s ? { ...s, paragraph: map(s.paragraph) } : s)) };
}
