/**
 * Structural views of documents for round-trip tests: what a reader of the format sees, with
 * whitespace collapsed, so two documents compare equal when they say the same thing with the
 * same structure (not byte for byte).
 */
import { parseDocument } from "htmlparser2";
import type { ChildNode, Element } from "domhandler";
import { strFromU8, unzipSync } from "fflate";
import MarkdownIt from "markdown-it";
import { childElements, firstChild, parseXml, type XmlElement } from "../../src/formats/docx-xml";

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

/**
 * A DOCX package as the structure of its word/document.xml: paragraphs with their style and
 * numbering, runs merged by formatting (bold, italic, underline, vertical alignment) with their
 * text, hyperlinks with their targets, drawings, and tables by rows and cells.
 */
export function docxStructure(bytes: Uint8Array, text: (s: string) => string = (s) => s): string[] {
  const files = unzipSync(bytes);
  const rels = new Map<string, string>();
  const relsXml = files["word/_rels/document.xml.rels"];
  if (relsXml) for (const r of childElements(parseXml(strFromU8(relsXml)), "Relationship")) rels.set(r.attrs.Id!, r.attrs.Target!);
  const body = firstChild(parseXml(strFromU8(files["word/document.xml"]!)), "w:body")!;
  const out: string[] = [];
  const flag = (rPr: XmlElement | undefined, name: string) => {
    const el = firstChild(rPr, name);
    return el && !["0", "false"].includes(el.attrs["w:val"] ?? "") ? name.slice(2) : "";
  };
  const paragraph = (p: XmlElement, pad: string) => {
    const pPr = firstChild(p, "w:pPr");
    const numPr = firstChild(pPr, "w:numPr");
    out.push(`${pad}p ${firstChild(pPr, "w:pStyle")?.attrs["w:val"] ?? ""} ${numPr ? `num ${firstChild(numPr, "w:ilvl")?.attrs["w:val"]}` : ""}`.trimEnd());
    let last = "";
    let run = "";
    const flush = () => {
      if (run) out.push(`${pad}  ${last} ${JSON.stringify(text(run))}`);
      run = "";
    };
    const runs = (el: XmlElement, link: string) => {
      for (const c of childElements(el)) {
        if (c.name === "w:hyperlink") {
          flush();
          runs(c, rels.get(c.attrs["r:id"] ?? "") ?? c.attrs["w:anchor"] ?? "");
          flush();
        } else if (c.name === "w:r") {
          const rPr = firstChild(c, "w:rPr");
          const format = [link && `link=${link}`, flag(rPr, "w:b"), flag(rPr, "w:i"), flag(rPr, "w:u"), firstChild(rPr, "w:vertAlign")?.attrs["w:val"] ?? ""].filter(Boolean).join(",");
          for (const part of childElements(c)) {
            if (part.name === "w:t") {
              if (format !== last) flush();
              last = format;
              run += part.children.map((t) => (t.type === "text" ? t.text : "")).join("");
            } else if (part.name === "w:drawing" || part.name === "w:br" || part.name === "w:tab") {
              flush();
              out.push(`${pad}  ${part.name}`);
            }
          }
        }
      }
    };
    runs(p, "");
    flush();
  };
  const walk = (el: XmlElement, pad: string) => {
    for (const c of childElements(el)) {
      if (c.name === "w:p") paragraph(c, pad);
      else if (c.name === "w:tbl") {
        out.push(`${pad}table`);
        for (const tr of childElements(c, "w:tr")) {
          out.push(`${pad} row`);
          for (const tc of childElements(tr, "w:tc")) {
            out.push(`${pad}  cell`);
            walk(tc, `${pad}   `);
          }
        }
      }
    }
  };
  walk(body, "");
  return out;
}

/** Every w:lang value in a part of the package. */
export function docxLanguages(bytes: Uint8Array, part: string): string[] {
  const xml = strFromU8(unzipSync(bytes)[part]!);
  return [...xml.matchAll(/<w:lang\b[^>]*>/g)].map((m) => m[0]);
}
