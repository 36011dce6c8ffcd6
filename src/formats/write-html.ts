/**
 * The HTML writers. An article imported from HTML is written by filling its skeleton: the
 * original document with each translated run put back in place and `lang` set on <html>, so
 * attributes, <head>, scripts and spacing stay as they were. Any other article is written as a
 * valid HTML5 document from its structure (figcaptions inside their figure, lists nested in their
 * items, tables with header rows).
 */
import { renderWithCodes, stripCodes } from "../domain/inline-codes";
import { documentLangTag, LANGUAGES, type Lang } from "../domain/languages";
import type { Container, DocNode, DocStructure } from "./doc-structure";
import { titleNode, type ParagraphText } from "./export-paragraphs";
import type { HtmlSkeleton } from "./html-blocks";
import { openTag } from "./html-inline";
import { htmlForCode, originalForCode } from "./render-codes";

/** The language tag of a document's `lang` attribute: Chinese is written in simplified characters. */
export const HTML_LANG_TAGS = Object.fromEntries(LANGUAGES.map((l) => [l, documentLangTag(l)])) as Record<Lang, string>;

/** Escapes text for an HTML text node; a no-break space is written as &nbsp; so it stays visible. */
export const escapeHtmlText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\u00a0/g, "&nbsp;");

function paragraphHtml(p: ParagraphText | undefined, original: boolean): string {
  if (!p) return "";
  return renderWithCodes(p.text, p.codes, { text: escapeHtmlText, code: original ? originalForCode : htmlForCode });
}

const plainText = (p: ParagraphText | undefined) => (p ? stripCodes(p.text).plain : "");

/**
 * Fills the skeleton of an article imported from HTML.
 *
 * @example
 * fillHtmlSkeleton(skeleton, paragraphs, "zh") // '<!doctype html><html lang="zh-Hans">…'
 */
export function fillHtmlSkeleton(skeleton: HtmlSkeleton, paragraphs: Map<number, ParagraphText>, lang: Lang): string {
  const { source } = skeleton;
  const slots = [...skeleton.slots].sort((a, b) => a.start - b.start);
  let out = "";
  let at = 0;
  for (const slot of slots) {
    out += source.slice(at, slot.start);
    if ("htmlAttrs" in slot) out += openTag("html", { ...slot.htmlAttrs, lang: HTML_LANG_TAGS[lang] });
    else {
      const p = paragraphs.get(slot.paragraph);
      out += slot.plain ? escapeHtmlText(plainText(p)) : paragraphHtml(p, true);
    }
    at = slot.end;
  }
  out += source.slice(at);
  if (!skeleton.fragment) return out;
  const title = escapeHtmlText(plainText(paragraphs.get(0)));
  return `<!doctype html>\n<html lang="${HTML_LANG_TAGS[lang]}">\n<head><meta charset="utf-8"><title>${title}</title></head>\n<body>\n${out}\n</body>\n</html>\n`;
}

function openContainer(c: Container): string {
  switch (c.type) {
    case "blockquote":
      return "<blockquote>";
    case "list":
      return c.ordered ? openTag("ol", c.start !== undefined && c.start !== 1 ? { start: String(c.start) } : {}) : "<ul>";
    case "item":
      return "<li>";
    case "figure":
      return "<figure>";
    case "table":
      return "<table>";
    case "row":
      return "<tr>";
    case "cell":
      return openTag(c.header ? "th" : "td", c.align ? { style: `text-align:${c.align}` } : {});
    case "div":
      return "<div>";
  }
}

function closeContainer(c: Container): string {
  const tags: Record<Container["type"], string> = { blockquote: "blockquote", list: "ul", item: "li", figure: "figure", table: "table", row: "tr", cell: "td", div: "div" };
  if (c.type === "list" && c.ordered) return "</ol>";
  if (c.type === "cell" && c.header) return "</th>";
  return `</${tags[c.type]}>`;
}

function leafHtml(node: DocNode, paragraphs: Map<number, ParagraphText>, original: boolean): string {
  const leaf = node.leaf;
  const parent = node.path[node.path.length - 1];
  switch (leaf.type) {
    case "text": {
      const inner = paragraphHtml(paragraphs.get(leaf.paragraph), original);
      if (leaf.role === "title" || leaf.role === "heading") return `<h${leaf.level ?? (leaf.role === "title" ? 1 : 2)}>${inner}</h${leaf.level ?? (leaf.role === "title" ? 1 : 2)}>`;
      if (leaf.role === "caption") {
        if (parent?.type === "table") return `<caption>${inner}</caption>`;
        // A caption outside a figure (a Word caption paragraph, a pasted text caption) gets one: HTML5 allows figcaption only there.
        return parent?.type === "figure" ? `<figcaption>${inner}</figcaption>` : `<figure><figcaption>${inner}</figcaption></figure>`;
      }
      const grand = node.path[node.path.length - 2];
      const bare = parent?.type === "cell" || (parent?.type === "item" && grand?.type === "list" && grand.tight !== false);
      return bare ? inner : `<p>${inner}</p>`;
    }
    case "code":
      return `<pre><code${leaf.info ? ` class="language-${escapeHtmlText(leaf.info.split(/\s/)[0]!).replace(/"/g, "&quot;")}"` : ""}>${escapeHtmlText(leaf.text)}</code></pre>`;
    case "rule":
      return "<hr>";
    case "image":
      // A picture inside a DOCX package has no address to point to from another document.
      return leaf.src ? openTag("img", { src: leaf.src, alt: leaf.alt, ...(leaf.title ? { title: leaf.title } : {}) }) : "";
    case "html":
      return leaf.raw.trimEnd();
  }
}

/**
 * A complete HTML5 document from the structure.
 *
 * @example
 * writeHtml(structure, paragraphs, { lang: "hu", original: false }) // "<!doctype html>\n<html lang=\"hu\">…"
 */
export function writeHtml(structure: DocStructure, paragraphs: Map<number, ParagraphText>, options: { lang: Lang; original: boolean }): string {
  const title = titleNode(structure);
  const nodes = (title ? [title, ...structure.nodes] : structure.nodes).filter((n) => !(n.leaf.type === "text" && n.leaf.role === "meta-title"));
  const lines: string[] = [];
  let open: Container[] = [];
  let section: { table: number; head: boolean } | undefined;
  for (const node of nodes) {
    let common = 0;
    while (common < open.length && common < node.path.length && open[common]!.id === node.path[common]!.id) common++;
    for (let i = open.length - 1; i >= common; i--) {
      const c = open[i]!;
      if (c.type === "table" && section?.table === c.id) lines.push(section.head ? "</thead>" : "</tbody>"), (section = undefined);
      lines.push(closeContainer(c));
    }
    for (let i = common; i < node.path.length; i++) {
      const c = node.path[i]!;
      const table = node.path[i - 1];
      if (c.type === "row" && table?.type === "table" && (section?.table !== table.id || section.head !== c.head)) {
        if (section?.table === table.id) lines.push(section.head ? "</thead>" : "</tbody>");
        section = { table: table.id, head: c.head };
        lines.push(c.head ? "<thead>" : "<tbody>");
      }
      lines.push(openContainer(c));
    }
    open = node.path;
    const html = leafHtml(node, paragraphs, options.original);
    if (html) lines.push(html);
  }
  for (let i = open.length - 1; i >= 0; i--) {
    const c = open[i]!;
    if (c.type === "table" && section?.table === c.id) lines.push(section.head ? "</thead>" : "</tbody>");
    lines.push(closeContainer(c));
  }
  const headTitle = escapeHtmlText(plainText(paragraphs.get(0)));
  return `<!doctype html>\n<html lang="${HTML_LANG_TAGS[options.lang]}">\n<head><meta charset="utf-8"><title>${headTitle}</title></head>\n<body>\n<article>\n${lines.join("\n")}\n</article>\n</body>\n</html>\n`;
}
