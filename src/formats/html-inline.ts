/**
 * What HTML elements mean to Glossa: which are inline markup (kept as codes inside a paragraph),
 * which hold blocks, which are kept untouched and which make an import refuse the file.
 */
import { Parser } from "htmlparser2";
import type { InlineCodeType } from "../domain/inline-codes";

const INLINE_TYPES: Record<string, InlineCodeType> = {
  b: "bold", strong: "bold", i: "italic", em: "italic", cite: "italic", dfn: "italic", u: "underline", ins: "underline",
  s: "strike", del: "strike", strike: "strike", code: "code", kbd: "code", samp: "code", tt: "code", var: "code",
  a: "link", sup: "superscript", sub: "subscript", span: "span", br: "linebreak", img: "image",
};

/** The code type of an inline element. */
export const inlineTypeOfTag = (name: string): InlineCodeType => INLINE_TYPES[name] ?? "other";

/** Elements that stand alone (no closing tag). */
export const VOID_ELEMENTS = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);

/** Elements that hold blocks: text directly inside them is a paragraph of its own. */
export const BLOCK_ELEMENTS = new Set([
  "address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure",
  "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section", "summary",
  "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "center", "menu",
]);

/** Elements whose content is not article text: kept in the HTML skeleton as they are. */
export const KEPT_ELEMENTS = new Set(["head", "script", "style", "template", "noscript", "colgroup"]);

/** Content Glossa can neither translate nor carry to another format: the import is refused. */
export const REFUSED_ELEMENTS = new Set([
  "iframe", "object", "embed", "applet", "form", "input", "select", "textarea", "button", "frameset", "frame", "canvas", "video", "audio", "svg", "math",
]);

/**
 * The visible text of an HTML fragment (no tags, comments, scripts or styles), whitespace
 * collapsed: empty when the fragment only holds markup.
 *
 * @example
 * visibleHtmlText("<!-- note --><div align=center>") // ""
 */
export function visibleHtmlText(html: string): string {
  let text = "";
  let hidden = 0;
  const parser = new Parser({
    onopentag: (name) => void (name === "script" || name === "style" ? hidden++ : 0),
    onclosetag: (name) => void (name === "script" || name === "style" ? hidden-- : 0),
    ontext: (data) => void (hidden > 0 ? 0 : (text += data)),
  });
  parser.end(html);
  return text.replace(/\s+/g, " ").trim();
}

const escapeAttribute = (v: string) => v.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/\u00a0/g, "&nbsp;");

/**
 * An opening tag written from its name and attributes.
 *
 * @example
 * openTag("a", { href: "x?a=1&b=2" }) // '<a href="x?a=1&amp;b=2">'
 */
export function openTag(name: string, attrs: Record<string, string>): string {
  const written = Object.entries(attrs).map(([k, v]) => (v === "" ? ` ${k}` : ` ${k}="${escapeAttribute(v)}"`));
  return `<${name}${written.join("")}>`;
}
