/**
 * The XML parts of a DOCX package: unzipped with fflate under size limits (a zip bomb is
 * refused), parsed with saxes into a small element tree that serialises back to equivalent XML
 * (prefixes and namespace declarations kept as written), with `raw` nodes for XML a writer puts
 * in as text.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Unzipped } from "fflate";
import { SaxesParser } from "saxes";
import { ImportRefused } from "./import-refused";
import { assertSafeXml, UnsafeXmlError } from "./tbx/safety";

export type XmlElement = { type: "element"; name: string; attrs: Record<string, string>; children: XmlNode[] };
export type XmlNode = XmlElement | { type: "text"; text: string } | { type: "raw"; xml: string };

export const MAX_DOCX_PART_BYTES = 50 * 1024 * 1024;
const MAX_DOCX_TOTAL_BYTES = 200 * 1024 * 1024;
const MAX_XML_DEPTH = 256;

/** Unzips a package, refusing entries or totals that would inflate beyond the limits. */
export function unzipDocx(bytes: Uint8Array): Unzipped {
  let total = 0;
  try {
    return unzipSync(bytes, {
      filter(file) {
        total += file.originalSize;
        if (file.originalSize > MAX_DOCX_PART_BYTES || total > MAX_DOCX_TOTAL_BYTES) throw new ImportRefused(`the DOCX part ${file.name} inflates beyond ${MAX_DOCX_PART_BYTES / 1048576} MB`);
        return true;
      },
    });
  } catch (e) {
    if (e instanceof ImportRefused) throw e;
    throw new ImportRefused("the file is not a DOCX document (not a readable zip package)");
  }
}

/**
 * Every entry dated 1980-01-01 (the first date a zip can hold) rather than now: the same
 * content gives the same bytes, so a publication's DOCX equals an export of the same version.
 */
const ZIP_EPOCH = new Date(1980, 0, 1);

export const zipDocx = (files: Unzipped): Uint8Array => zipSync(files, { level: 6, mtime: ZIP_EPOCH });

const CORE_TIMESTAMPS = /<dcterms:(created|modified)\b[^>]*>[^<]*<\/dcterms:\1>/g;

/**
 * A package whose bytes depend on its content only: the creation and modification times the
 * writer put in docProps/core.xml (optional in OPC) are dropped, and entries get a fixed date.
 *
 * @example
 * reproducibleDocx(await Packer.toBuffer(doc)) // same bytes for the same document, whenever written
 */
export function reproducibleDocx(bytes: Uint8Array): Uint8Array {
  const files = unzipDocx(bytes);
  const core = partText(files, "docProps/core.xml");
  if (core !== undefined) setPart(files, "docProps/core.xml", core.replace(CORE_TIMESTAMPS, ""));
  return zipDocx(files);
}

/** A part of the package as text, or undefined when absent. */
export function partText(files: Unzipped, name: string): string | undefined {
  const bytes = files[name];
  return bytes ? strFromU8(bytes) : undefined;
}

export const setPart = (files: Unzipped, name: string, xml: string) => void (files[name] = strToU8(xml));

/** Parses an XML part; DTD entity declarations are refused (safety.ts), nothing is fetched. */
export function parseXml(xml: string): XmlElement {
  try {
    assertSafeXml(xml, MAX_DOCX_PART_BYTES);
  } catch (e) {
    if (e instanceof UnsafeXmlError) throw new ImportRefused(e.message);
    throw e;
  }
  const parser = new SaxesParser({ xmlns: false, position: false });
  const root: XmlElement = { type: "element", name: "#document", attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  parser.on("opentag", (tag) => {
    if (stack.length > MAX_XML_DEPTH) throw new ImportRefused(`the XML nests deeper than ${MAX_XML_DEPTH} levels`);
    const el: XmlElement = { type: "element", name: tag.name, attrs: tag.attributes as Record<string, string>, children: [] };
    stack[stack.length - 1]!.children.push(el);
    stack.push(el);
  });
  parser.on("closetag", () => void stack.pop());
  const text = (t: string) => void stack[stack.length - 1]!.children.push({ type: "text", text: t });
  parser.on("text", text);
  parser.on("cdata", text);
  try {
    parser.write(xml).close();
  } catch (e) {
    if (e instanceof ImportRefused) throw e;
    throw new ImportRefused(`an XML part of the DOCX is malformed: ${(e as Error).message.split("\n")[0]}`);
  }
  const top = root.children.find((c): c is XmlElement => c.type === "element");
  if (!top) throw new ImportRefused("an XML part of the DOCX is empty");
  return top;
}

export const escapeXmlText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const escapeXmlAttr = (s: string) => escapeXmlText(s).replace(/"/g, "&quot;");

export const openTagXml = (el: XmlElement) => `<${el.name}${Object.entries(el.attrs).map(([k, v]) => ` ${k}="${escapeXmlAttr(v)}"`).join("")}>`;

/** Serialises a node and its descendants (iteratively: depth is bounded but kept off the call stack). */
export function serializeXml(node: XmlNode): string {
  let out = "";
  const stack: (XmlNode | string)[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (typeof n === "string") out += n;
    else if (n.type === "text") out += escapeXmlText(n.text);
    else if (n.type === "raw") out += n.xml;
    else if (n.children.length === 0) out += openTagXml(n).replace(/>$/, "/>");
    else {
      out += openTagXml(n);
      stack.push(`</${n.name}>`);
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
    }
  }
  return out;
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';

/** Child elements of `el`, optionally of one name. */
export const childElements = (el: XmlElement, name?: string): XmlElement[] =>
  el.children.filter((c): c is XmlElement => c.type === "element" && (name === undefined || c.name === name));

export const firstChild = (el: XmlElement | undefined, name: string): XmlElement | undefined =>
  el?.children.find((c): c is XmlElement => c.type === "element" && c.name === name);

/** Whether any descendant has the name (iterative walk). */
export function hasDescendant(el: XmlElement, name: string): boolean {
  const stack: XmlElement[] = [el];
  while (stack.length) {
    const n = stack.pop()!;
    for (const c of n.children) {
      if (c.type !== "element") continue;
      if (c.name === name) return true;
      stack.push(c);
    }
  }
  return false;
}
