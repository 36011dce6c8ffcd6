/**
 * Structural views of documents for round-trip tests: what a reader of the format sees, with
 * whitespace collapsed, so two documents compare equal when they say the same thing with the
 * same structure (not byte for byte).
 */
import { parseDocument } from "htmlparser2";
import type { ChildNode, Element } from "domhandler";
import MarkdownIt from "markdown-it";

const md = new MarkdownIt("commonmark").enable(["table", "strikethrough"]);
const squash = (s: string) => s.replace(/\s+/g, " ");

type Token = ReturnType<typeof md.parse>[number];

/** Markdown as the parser's token tree: block and inline tokens with their tags, markers and attributes. */
export function markdownStructure(source: string, text: (s: string) => string = (s) => s): string[] {
  const out: string[] = [];
  const inline = (children: Token[]) => {
    let run = "";
    const flush = () => {
      if (run) out.push(`  text ${JSON.stringify(squash(text(run)))}`);
      run = "";
    };
    for (const t of children) {
      if (t.type === "text" || t.type === "softbreak") run += t.type === "softbreak" ? " " : t.content;
      else {
        flush();
        const attrs = (t.attrs ?? []).filter(([k]) => k !== "alt").map(([k, v]) => `${k}=${v}`).join(" ");
        out.push(`  ${t.type} ${t.markup} ${attrs}${t.type === "code_inline" ? ` ${JSON.stringify(text(t.content))}` : t.type === "html_inline" ? ` ${JSON.stringify(t.content)}` : ""}`.trimEnd());
      }
    }
    flush();
  };
  for (const t of md.parse(source, {})) {
    if (t.type === "inline") inline(t.children ?? []);
    else {
      const attrs = (t.attrs ?? []).map(([k, v]) => `${k}=${v}`).join(" ");
      const content = t.type === "fence" || t.type === "code_block" || t.type === "html_block" ? ` ${JSON.stringify(t.content)}` : "";
      out.push(`${t.type} ${t.tag} ${t.markup} ${t.info} ${attrs}${content}`.replace(/ +/g, " ").trimEnd());
    }
  }
  return out;
}

/** HTML as a DOM: elements with sorted attributes, text with whitespace collapsed, comments; `lang` on <html> left out. */
export function htmlStructure(source: string, text: (s: string) => string = (s) => s): string[] {
  const out: string[] = [];
  const walk = (nodes: ChildNode[], depth: number) => {
    for (const node of nodes) {
      const pad = " ".repeat(depth);
      if (node.type === "text") {
        const value = squash(node.data);
        const inCode = node.parent && ["script", "style", "pre", "code"].includes((node.parent as Element).name);
        if (value.trim()) out.push(`${pad}"${inCode ? value.trim() : text(value.trim())}"`);
      } else if (node.type === "comment") out.push(`${pad}<!--${node.data}-->`);
      else if (node.type === "tag" || node.type === "script" || node.type === "style") {
        const attrs = Object.entries(node.attribs)
          .filter(([k]) => !(node.name === "html" && k === "lang"))
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([k, v]) => ` ${k}="${v}"`)
          .join("");
        out.push(`${pad}<${node.name}${attrs}>`);
        walk(node.children, depth + 1);
      }
    }
  };
  walk(parseDocument(source).children, 0);
  return out;
}

/** The `lang` attribute of the document's <html> element. */
export function htmlLang(source: string): string | undefined {
  const html = parseDocument(source).children.find((n): n is Element => n.type === "tag" && n.name === "html");
  return html?.attribs.lang;
}
