/**
 * The DOCX reader: word/document.xml parsed with saxes (docx-xml.ts), paragraphs read with
 * their style (title, heading n, caption), list numbering (numbering.xml) and table cells. A
 * run whose formatting differs from the paragraph's usual formatting becomes a pair code holding
 * its run properties; a hyperlink a link code (its address from the relationships); images,
 * fields, tabs and note references standalone codes holding their original XML. Export fills the
 * same paragraphs of the original package (docx-fill.ts). Text boxes, tracked deletions, math
 * and embedded objects with text are refused with the reason.
 */
import { stripCodes, strayCodeCharacter, type InlineCodeType } from "../domain/inline-codes";
import type { Block } from "../domain/segmentation";
import type { ParsedArticle } from "./article-import";
import { ContainerIds, type Container, type DocNode } from "./doc-structure";
import { childElements, firstChild, hasDescendant, openTagXml, parseXml, partText, serializeXml, unzipDocx, type XmlElement } from "./docx-xml";
import type { Unzipped } from "fflate";
import { ImportRefused } from "./import-refused";
import { InlineBuilder } from "./inline-builder";

export type DocxContext = {
  /** relationship id -> target (hyperlink addresses) */
  rels: Map<string, string>;
  /** style id -> lower-case style name ("heading 1", "title", "caption") */
  styles: Map<string, string>;
  /** numId -> level -> number format ("bullet", "decimal", …) */
  numbering: Map<string, Map<number, string>>;
};

export function loadDocxContext(files: Unzipped): DocxContext {
  const rels = new Map<string, string>();
  const relsXml = partText(files, "word/_rels/document.xml.rels");
  if (relsXml) for (const r of childElements(parseXml(relsXml), "Relationship")) rels.set(r.attrs.Id ?? "", r.attrs.Target ?? "");
  const styles = new Map<string, string>();
  const stylesXml = partText(files, "word/styles.xml");
  if (stylesXml) {
    for (const s of childElements(parseXml(stylesXml), "w:style")) {
      const name = firstChild(s, "w:name")?.attrs["w:val"];
      if (name && s.attrs["w:styleId"]) styles.set(s.attrs["w:styleId"], name.toLowerCase());
    }
  }
  const numbering = new Map<string, Map<number, string>>();
  const numberingXml = partText(files, "word/numbering.xml");
  if (numberingXml) {
    const root = parseXml(numberingXml);
    const abstract = new Map<string, Map<number, string>>();
    for (const a of childElements(root, "w:abstractNum")) {
      const levels = new Map<number, string>();
      for (const l of childElements(a, "w:lvl")) levels.set(Number(l.attrs["w:ilvl"] ?? 0), firstChild(l, "w:numFmt")?.attrs["w:val"] ?? "bullet");
      abstract.set(a.attrs["w:abstractNumId"] ?? "", levels);
    }
    for (const n of childElements(root, "w:num")) {
      const levels = abstract.get(firstChild(n, "w:abstractNumId")?.attrs["w:val"] ?? "");
      if (levels) numbering.set(n.attrs["w:numId"] ?? "", levels);
    }
  }
  return { rels, styles, numbering };
}

/** A paragraph of the body in document order, with the containers around it and what its style says it is. */
export type DocxParagraph = { p: XmlElement; path: Container[]; role: "heading" | "paragraph" | "caption"; level?: number; titleStyle: boolean };

const ON = (el: XmlElement | undefined) => !!el && !["0", "false", "off"].includes(el.attrs["w:val"] ?? "");

/** Every paragraph of the body in order, lists and tables as containers (the walk the reader and the filler share). */
export function docxParagraphs(document: XmlElement, ctx: DocxContext): DocxParagraph[] {
  const body = firstChild(document, "w:body");
  if (!body) throw new ImportRefused("word/document.xml has no body");
  const out: DocxParagraph[] = [];
  const ids = new ContainerIds();
  const walk = (parent: XmlElement, path: Container[]) => {
    let lists: { numId: string; list: Container; item?: Container }[] = [];
    for (const el of childElements(parent)) {
      if (el.name === "w:p") {
        const pPr = firstChild(el, "w:pPr");
        const style = ctx.styles.get(firstChild(pPr, "w:pStyle")?.attrs["w:val"] ?? "") ?? "";
        const numPr = firstChild(pPr, "w:numPr");
        const numId = firstChild(numPr, "w:numId")?.attrs["w:val"];
        const heading = /^heading ([1-6])$/.exec(style);
        if (numId && numId !== "0" && !heading) {
          const level = Math.min(Number(firstChild(numPr, "w:ilvl")?.attrs["w:val"] ?? 0), 8);
          if (lists[0] && lists[0].numId !== numId && level === 0) lists = [];
          lists = lists.slice(0, level + 1);
          while (lists.length <= level) {
            const format = ctx.numbering.get(numId)?.get(lists.length) ?? "bullet";
            lists.push({ numId, list: { type: "list", id: ids.take(), ordered: format !== "bullet" && format !== "none" } });
            if (lists.length <= level) lists[lists.length - 1]!.item = { type: "item", id: ids.take() };
          }
          lists[level]!.item = { type: "item", id: ids.take() };
          const listPath = lists.flatMap((l) => [l.list, l.item!]);
          out.push({ p: el, path: [...path, ...listPath], role: "paragraph", titleStyle: false });
          continue;
        }
        lists = [];
        const role = heading || style === "title" ? "heading" : style === "caption" ? "caption" : "paragraph";
        out.push({ p: el, path, role, level: heading ? Number(heading[1]) : style === "title" ? 1 : undefined, titleStyle: style === "title" });
      } else if (el.name === "w:tbl") {
        lists = [];
        const table: Container = { type: "table", id: ids.take() };
        for (const tr of childElements(el, "w:tr")) {
          const row: Container = { type: "row", id: ids.take(), head: ON(firstChild(firstChild(tr, "w:trPr"), "w:tblHeader")) };
          for (const tc of childElements(tr, "w:tc")) walk(tc, [...path, table, row, { type: "cell", id: ids.take(), header: row.head }]);
        }
      } else if (el.name === "w:sdt") {
        const content = firstChild(el, "w:sdtContent");
        if (content) walk(content, path);
      } else if (el.name === "w:customXml") walk(el, path);
      else if (el.name === "m:oMathPara" || el.name === "w:altChunk") throw new ImportRefused(`the document holds ${el.name === "w:altChunk" ? "an embedded document" : "an equation"}, which Glossa cannot translate`);
    }
  };
  walk(body, []);
  return out;
}

/** Paragraph children that hold content; export replaces them. Anything else inside a paragraph but w:pPr is refused. */
const CONTENT = new Set(["w:r", "w:hyperlink", "w:ins", "w:moveTo", "w:smartTag", "w:customXml", "w:sdt", "w:fldSimple", "w:bookmarkStart", "w:bookmarkEnd", "w:proofErr", "w:permStart", "w:permEnd", "w:commentRangeStart", "w:commentRangeEnd", "w:moveToRangeStart", "w:moveToRangeEnd"]);
const REFUSED: Record<string, string> = { "w:del": "tracked deletions (accept or reject the changes first)", "w:moveFrom": "tracked moves (accept or reject the changes first)", "m:oMath": "an equation", "m:oMathPara": "an equation" };

/** The run properties, as the key that tells formats apart and as XML, without the language (export sets it). */
function runProperties(r: XmlElement): { key: string; xml: string; attrs: Record<string, string> } {
  const rPr = firstChild(r, "w:rPr");
  if (!rPr) return { key: "", xml: "", attrs: {} };
  const kept: XmlElement = { ...rPr, children: rPr.children.filter((c) => c.type === "element" && !["w:lang", "w:noProof", "w:rsidR", "w:rsidRPr"].includes(c.name)) };
  const xml = kept.children.length ? serializeXml(kept) : "";
  const attrs: Record<string, string> = { docx: "run" };
  if (ON(firstChild(rPr, "w:b"))) attrs.b = "1";
  if (ON(firstChild(rPr, "w:i"))) attrs.i = "1";
  const u = firstChild(rPr, "w:u");
  if (u && u.attrs["w:val"] !== "none") attrs.u = "1";
  if (ON(firstChild(rPr, "w:strike")) || ON(firstChild(rPr, "w:dstrike"))) attrs.strike = "1";
  const vert = firstChild(rPr, "w:vertAlign")?.attrs["w:val"];
  if (vert === "superscript" || vert === "subscript") attrs.vertAlign = vert;
  return { key: xml, xml, attrs };
}

const typeOfRun = (attrs: Record<string, string>): InlineCodeType =>
  attrs.b ? "bold" : attrs.i ? "italic" : attrs.u ? "underline" : attrs.strike ? "strike" : attrs.vertAlign === "superscript" ? "superscript" : attrs.vertAlign === "subscript" ? "subscript" : "span";

/** The runs of a paragraph in order, with the wrappers (hyperlinks, simple fields) they sit in. */
type RunEvent = { kind: "run"; r: XmlElement } | { kind: "open"; el: XmlElement } | { kind: "close"; el: XmlElement };

function runEvents(p: XmlElement): RunEvent[] {
  const out: RunEvent[] = [];
  const visit = (el: XmlElement, depth: number) => {
    for (const c of childElements(el)) {
      if (c.name === "w:pPr" || c.name === "w:rPr") continue;
      if (REFUSED[c.name]) throw new ImportRefused(`the document holds ${REFUSED[c.name]}`);
      if (!CONTENT.has(c.name) && depth === 0) throw new ImportRefused(`the document holds <${c.name}> inside a paragraph, which Glossa cannot keep`);
      if (c.name === "w:r") out.push({ kind: "run", r: c });
      else if (c.name === "w:hyperlink" || c.name === "w:fldSimple") {
        out.push({ kind: "open", el: c });
        visit(c, depth + 1);
        out.push({ kind: "close", el: c });
      } else if (c.name === "w:sdt") {
        const content = firstChild(c, "w:sdtContent");
        if (content) visit(content, depth + 1);
      } else if (["w:ins", "w:moveTo", "w:smartTag", "w:customXml"].includes(c.name)) visit(c, depth + 1);
    }
  };
  visit(p, 0);
  return out;
}

/** The paragraph's usual run properties: those of most of its text. */
export function baseRunProperties(p: XmlElement): string {
  const weight = new Map<string, number>();
  for (const e of runEvents(p)) {
    if (e.kind !== "run") continue;
    const length = childElements(e.r, "w:t").reduce((n, t) => n + t.children.reduce((m, c) => m + (c.type === "text" ? c.text.length : 0), 0), 0);
    if (!length) continue;
    const { key } = runProperties(e.r);
    weight.set(key, (weight.get(key) ?? 0) + length);
  }
  let best = "";
  let most = -1;
  for (const [key, w] of weight) if (w > most) (best = key), (most = w);
  return best;
}

const textOf = (el: XmlElement) => el.children.map((c) => (c.type === "text" ? c.text : "")).join("");

/** A paragraph's text with codes (see the module comment). */
export function readDocxParagraph(p: XmlElement, ctx: DocxContext): InlineBuilder {
  const out = new InlineBuilder();
  const base = baseRunProperties(p);
  let runCode: { n: number; key: string } | undefined;
  const wrappers: number[] = [];
  const closeRun = () => {
    if (runCode) out.close(runCode.n);
    runCode = undefined;
  };
  for (const e of runEvents(p)) {
    if (e.kind === "open") {
      closeRun();
      const isLink = e.el.name === "w:hyperlink";
      const id = e.el.attrs["r:id"];
      const href = isLink ? (id ? ctx.rels.get(id) : undefined) ?? (e.el.attrs["w:anchor"] ? `#${e.el.attrs["w:anchor"]}` : "") : "";
      wrappers.push(out.open(isLink ? "link" : "other", openTagXml(e.el), `</${e.el.name}>`, isLink ? { href } : undefined));
      continue;
    }
    if (e.kind === "close") {
      closeRun();
      out.close(wrappers.pop()!);
      continue;
    }
    const props = runProperties(e.r);
    for (const c of childElements(e.r)) {
      if (c.name === "w:rPr" || c.name === "w:lastRenderedPageBreak") continue;
      if (c.name === "w:t") {
        const text = textOf(c);
        const stray = strayCodeCharacter(text);
        if (stray) throw new ImportRefused(`the text holds the private-use character ${stray.char}, which Glossa reserves for inline markup`);
        if (!text) continue;
        if (props.key !== base && runCode?.key !== props.key) {
          closeRun();
          runCode = { n: out.open(typeOfRun(props.attrs), props.xml, "", props.attrs), key: props.key };
        } else if (props.key === base) closeRun();
        out.text(text);
      } else if (c.name === "w:noBreakHyphen") out.text("\u2011");
      else if (c.name === "w:softHyphen") out.text("\u00ad");
      else if (c.name === "w:delText") throw new ImportRefused(REFUSED["w:del"]!);
      else {
        if (hasDescendant(c, "w:txbxContent")) throw new ImportRefused("the document holds a text box, which Glossa cannot translate; move its text into the body");
        closeRun();
        const lone: XmlElement = { ...e.r, children: [...(firstChild(e.r, "w:rPr") ? [firstChild(e.r, "w:rPr")!] : []), c] };
        const type: InlineCodeType = c.name === "w:br" || c.name === "w:cr" ? (c.attrs["w:type"] === "page" ? "other" : "linebreak") : c.name === "w:drawing" || c.name === "w:pict" ? "image" : "other";
        const alt = type === "image" ? findDocPr(c) : undefined;
        out.standalone(type, serializeXml(lone), alt ? { alt } : undefined);
      }
    }
  }
  closeRun();
  return out;
}

function findDocPr(el: XmlElement): string | undefined {
  const stack = [el];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.name === "wp:docPr") return n.attrs.descr || n.attrs.title || n.attrs.name;
    for (const c of childElements(n)) stack.push(c);
  }
  return undefined;
}

/**
 * @example
 * parseDocx(readFileSync("article.docx")).blocks[0] // { kind: "title", text: "Visite", codes: [] }
 */
export function parseDocx(bytes: Uint8Array): ParsedArticle {
  const files = unzipDocx(bytes);
  const documentXml = partText(files, "word/document.xml");
  if (!documentXml) throw new ImportRefused("the file is not a DOCX document (no word/document.xml)");
  const ctx = loadDocxContext(files);
  const blocks: Block[] = [];
  const nodes: DocNode[] = [];
  let title: string | undefined;
  const figures = new ContainerIds();
  for (const para of docxParagraphs(parseXml(documentXml), ctx)) {
    const builder = readDocxParagraph(para.p, ctx);
    if (!builder.hasText) {
      for (const code of builder.codes) if (code.type === "image") nodes.push({ path: para.path, leaf: { type: "image", src: "", alt: code.attrs?.alt ?? "" } });
      continue;
    }
    const { text, codes } = builder.result();
    const isTitle = title === undefined && para.role === "heading" && para.level === 1;
    if (isTitle) title = stripCodes(text).plain.trim();
    const role = isTitle ? "title" : para.role;
    let path = para.path;
    const previous = nodes[nodes.length - 1];
    if (role === "caption" && previous?.leaf.type === "image" && previous.path === para.path) {
      // A caption under a picture: the two are one figure (ids above the walk's, which count from 1).
      path = [...para.path, { type: "figure", id: 1_000_000 + figures.take() }];
      previous.path = path;
    }
    nodes.push({ path, leaf: { type: "text", role, paragraph: blocks.length, ...(para.level ? { level: para.level } : {}) } });
    blocks.push({ kind: role, text, codes });
  }
  return { title, blocks, structure: { format: "docx", nodes } };
}
