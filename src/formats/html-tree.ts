/**
 * A light HTML tree with source offsets, built from htmlparser2's tokenizer in one pass: each
 * element knows where its opening tag ends and where its content ends, so the HTML skeleton can
 * cut translatable runs out of the original text. Elements the parser closes implicitly (a <p>
 * before a <div>, an unclosed <li>) end where the next tag begins. Nesting is capped so that a
 * crafted document cannot make the parser's stack searches quadratic.
 */
import { Parser } from "htmlparser2";
import { ImportRefused } from "./import-refused";
import { REFUSED_ELEMENTS, VOID_ELEMENTS } from "./html-inline";

export type HtmlText = { type: "text"; data: string; start: number; end: number; parent: HtmlElement };
export type HtmlComment = { type: "comment"; start: number; end: number; parent: HtmlElement };
export type HtmlElement = {
  type: "element";
  name: string;
  attrs: Record<string, string>;
  start: number;
  /** just after the opening tag's `>` */
  openEnd: number;
  /** just after the element (its closing tag, or where it was closed implicitly) */
  end: number;
  children: HtmlNode[];
  parent: HtmlElement | undefined;
};
export type HtmlNode = HtmlText | HtmlComment | HtmlElement;

export const MAX_HTML_DEPTH = 256;

const lineAt = (source: string, offset: number) => {
  let line = 1;
  for (let i = source.indexOf("\n"); i !== -1 && i < offset; i = source.indexOf("\n", i + 1)) line++;
  return line;
};

/**
 * @example
 * const root = parseHtmlTree("<p>a <b>b</b></p>");
 * root.children[0] // { type: "element", name: "p", start: 0, openEnd: 3, end: 17, … }
 */
export function parseHtmlTree(source: string): HtmlElement {
  const root: HtmlElement = { type: "element", name: "#root", attrs: {}, start: 0, openEnd: 0, end: source.length, children: [], parent: undefined };
  let current = root;
  let depth = 0;
  let lastText: HtmlText | undefined;
  const parser: Parser = new Parser(
    {
      onopentag(name, attrs) {
        if (REFUSED_ELEMENTS.has(name)) {
          throw new ImportRefused(`the HTML holds <${name}> (line ${lineAt(source, parser.startIndex)}), which Glossa can neither translate nor carry into other formats; remove it or replace it with a link`);
        }
        if (++depth > MAX_HTML_DEPTH) throw new ImportRefused(`the HTML nests elements deeper than ${MAX_HTML_DEPTH} levels (line ${lineAt(source, parser.startIndex)})`);
        const el: HtmlElement = { type: "element", name, attrs, start: parser.startIndex, openEnd: parser.endIndex + 1, end: parser.endIndex + 1, children: [], parent: current };
        current.children.push(el);
        current = el;
        lastText = undefined;
      },
      onclosetag(name, implied) {
        const el = current;
        const explicitEnd = parser.endIndex + 1;
        el.end = implied && !VOID_ELEMENTS.has(name) ? Math.min(parser.startIndex, source.length) : explicitEnd;
        const last = el.children[el.children.length - 1];
        if (last && last.end > el.end) el.end = last.end;
        if (el.end < el.openEnd) el.end = el.openEnd;
        current = el.parent ?? root;
        depth--;
        lastText = undefined;
      },
      ontext(data) {
        if (lastText) {
          lastText.data += data;
          lastText.end = parser.endIndex + 1;
          return;
        }
        lastText = { type: "text", data, start: parser.startIndex, end: parser.endIndex + 1, parent: current };
        current.children.push(lastText);
      },
      oncomment() {
        current.children.push({ type: "comment", start: parser.startIndex, end: parser.endIndex + 1, parent: current });
        lastText = undefined;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: false },
  );
  parser.end(source);
  return root;
}

/** The element's text content, for code blocks and titles. */
export function textContent(node: HtmlNode): string {
  if (node.type === "text") return node.data;
  if (node.type === "comment") return "";
  let out = "";
  const stack: HtmlNode[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === "text") out += n.data;
    else if (n.type === "element") for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return out;
}
