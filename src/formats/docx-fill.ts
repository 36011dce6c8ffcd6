/**
 * DOCX export of an article imported from DOCX: the original package with each translated
 * paragraph's runs written anew from the approved text and its codes (run properties,
 * hyperlinks, images and fields as they were), and the language of the text set to the target
 * language, as Word names it (zh-CN for simplified Chinese). Everything else in the package
 * (styles, numbering, media, headers) is kept byte for byte.
 */
import { codeFor, codeMarks, type InlineCode } from "../domain/inline-codes";
import type { Lang } from "../domain/languages";
import type { DocStructure } from "./doc-structure";
import { baseRunProperties, docxParagraphs, loadDocxContext, readDocxParagraph } from "./docx-read";
import { childElements, escapeXmlText, firstChild, parseXml, partText, serializeXml, setPart, unzipDocx, XML_DECLARATION, zipDocx, type XmlElement } from "./docx-xml";
import type { ParagraphText } from "./export-paragraphs";

/** Language tags as Word writes them in w:lang. */
export const DOCX_LANG_TAGS: Record<Lang, string> = { fr: "fr-FR", en: "en-GB", zh: "zh-CN", hu: "hu-HU" };

function textRun(text: string, rPr: string): string {
  const parts = text.split(/(\n|\t)/).map((t) => (t === "\n" ? "<w:br/>" : t === "\t" ? "<w:tab/>" : t ? `<w:t xml:space="preserve">${escapeXmlText(t)}</w:t>` : ""));
  return `<w:r>${rPr}${parts.join("")}</w:r>`;
}

/** The runs of a paragraph written from its approved text; codes a translation left open are closed. */
export function runsXml(p: ParagraphText, base: string): string {
  let out = "";
  const open: InlineCode[] = [];
  const rPr = () => {
    for (let i = open.length - 1; i >= 0; i--) if (open[i]!.attrs?.docx === "run") return open[i]!.kind === "pair" ? (open[i] as { open?: string }).open ?? "" : "";
    return base;
  };
  let from = 0;
  const flush = (to: number) => {
    if (to > from) out += textRun(p.text.slice(from, to), rPr());
  };
  for (const mark of codeMarks(p.text)) {
    flush(mark.at);
    from = mark.at + 1;
    const code = codeFor(mark, p.codes);
    if (!code) continue;
    if (mark.kind === "standalone") out += code.kind === "standalone" ? code.original ?? "" : "";
    else if (mark.kind === "open") {
      open.push(code);
      if (code.attrs?.docx !== "run" && code.kind === "pair") out += code.open ?? "";
    } else {
      const at = open.lastIndexOf(code);
      if (at < 0) continue;
      for (const popped of open.splice(at).reverse()) if (popped.attrs?.docx !== "run" && popped.kind === "pair") out += popped.close ?? "";
    }
  }
  flush(p.text.length);
  for (const popped of open.reverse()) if (popped.attrs?.docx !== "run" && popped.kind === "pair") out += popped.close ?? "";
  return out;
}

/** Sets every w:lang below `el` to the language (its East Asian attribute too, for Chinese). */
function setLanguage(el: XmlElement, lang: Lang): void {
  const stack = [el];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.name === "w:lang") {
      n.attrs["w:val"] = DOCX_LANG_TAGS[lang];
      if (lang === "zh") n.attrs["w:eastAsia"] = DOCX_LANG_TAGS.zh;
    }
    for (const c of childElements(n)) stack.push(c);
  }
}

/** The default run language in styles.xml, added when the document has none. */
function setDefaultLanguage(styles: XmlElement, lang: Lang): void {
  let defaults = firstChild(styles, "w:docDefaults");
  if (!defaults) styles.children.unshift((defaults = { type: "element", name: "w:docDefaults", attrs: {}, children: [] }));
  let rPrDefault = firstChild(defaults, "w:rPrDefault");
  if (!rPrDefault) defaults.children.unshift((rPrDefault = { type: "element", name: "w:rPrDefault", attrs: {}, children: [] }));
  let rPr = firstChild(rPrDefault, "w:rPr");
  if (!rPr) rPrDefault.children.push((rPr = { type: "element", name: "w:rPr", attrs: {}, children: [] }));
  if (!firstChild(rPr, "w:lang")) rPr.children.push({ type: "element", name: "w:lang", attrs: {}, children: [] });
  setLanguage(styles, lang);
}

/**
 * @example
 * fillDocx(originalBytes, paragraphs, "zh", structure) // the translated package
 */
export function fillDocx(original: Uint8Array, paragraphs: Map<number, ParagraphText>, lang: Lang, structure: DocStructure): Uint8Array {
  const files = unzipDocx(original);
  const ctx = loadDocxContext(files);
  const document = parseXml(partText(files, "word/document.xml") ?? "");
  const leaves = structure.nodes.flatMap((n) => (n.leaf.type === "text" ? [n.leaf.paragraph] : []));
  let k = 0;
  for (const para of docxParagraphs(document, ctx)) {
    if (!readDocxParagraph(para.p, ctx).hasText) continue;
    const paragraph = leaves[k++];
    const text = paragraph === undefined ? undefined : paragraphs.get(paragraph);
    const base = baseRunProperties(para.p);
    const pPr = firstChild(para.p, "w:pPr");
    para.p.children = [...(pPr ? [pPr] : []), { type: "raw", xml: text ? runsXml(text, base) : "" }];
  }
  setLanguage(document, lang);
  setPart(files, "word/document.xml", XML_DECLARATION + serializeXml(document));
  const stylesXml = partText(files, "word/styles.xml");
  if (stylesXml) {
    const styles = parseXml(stylesXml);
    setDefaultLanguage(styles, lang);
    setPart(files, "word/styles.xml", XML_DECLARATION + serializeXml(styles));
  }
  return zipDocx(files);
}
