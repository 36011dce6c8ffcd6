/**
 * A small namespace-aware element tree for XLIFF files, built with saxes after the hostile-XML
 * guard (no entity declarations, a size and a depth limit). XLIFF files are bounded by the request
 * body limit, so a tree is affordable, and the processing requirements (id uniqueness, references
 * between codes of a unit) are far clearer on a tree than on a stream.
 */
import { SaxesParser } from "saxes";
import { assertSafeXml, MAX_DEPTH, MAX_XML_BYTES, UnsafeXmlError } from "../tbx/safety";

export const XML_NS = "http://www.w3.org/XML/1998/namespace";

export type XAttr = { ns: string; local: string; value: string };
export type XElement = {
  ns: string;
  local: string;
  /** the qualified name as written (`mda:meta`) */
  name: string;
  attrs: XAttr[];
  children: XNode[];
  line: number;
  parent?: XElement;
};
export type XNode = XElement | string;

/** A file Glossa refuses, with the reason and, when known, the line. */
export class XliffFileError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(line ? `line ${line}: ${message}` : message);
    this.name = "XliffFileError";
  }
}

/**
 * Parses XML into a tree, refusing entity declarations, deep nesting and oversized input.
 *
 * @example
 * parseXmlTree('<x xmlns="urn:a"><y a="1"/>text</x>').children.length // 2
 */
export function parseXmlTree(xml: string, maxBytes = MAX_XML_BYTES): XElement {
  try {
    assertSafeXml(xml, maxBytes);
  } catch (e) {
    throw new XliffFileError((e as Error).message);
  }
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XElement[] = [];
  let root: XElement | undefined;
  parser.on("opentag", (node) => {
    if (stack.length >= MAX_DEPTH) throw new UnsafeXmlError(`Elements nest deeper than ${MAX_DEPTH} levels`);
    const attrs: XAttr[] = [];
    for (const a of Object.values(node.attributes)) {
      if (a.prefix === "xmlns" || a.name === "xmlns") continue;
      attrs.push({ ns: a.uri, local: a.local, value: a.value });
    }
    const parent = stack[stack.length - 1];
    const el: XElement = { ns: node.uri, local: node.local, name: node.name, attrs, children: [], line: parser.line, parent };
    if (parent) parent.children.push(el);
    else if (root) throw new UnsafeXmlError("The document has more than one root element");
    else root = el;
    stack.push(el);
  });
  const onText = (text: string) => {
    const top = stack[stack.length - 1];
    if (!top) return;
    const last = top.children[top.children.length - 1];
    if (typeof last === "string") top.children[top.children.length - 1] = last + text;
    else top.children.push(text);
  };
  parser.on("text", onText);
  parser.on("cdata", onText);
  parser.on("closetag", () => void stack.pop());
  try {
    parser.write(xml).close();
  } catch (e) {
    if (e instanceof UnsafeXmlError) throw new XliffFileError(e.message, parser.line);
    throw new XliffFileError(`The file is not well-formed XML: ${(e as Error).message.replace(/^.*?:\d+:\d+: /, "")}`, parser.line);
  }
  if (!root) throw new XliffFileError("The file holds no XML element");
  return root;
}

/** The value of an attribute without namespace (or in `ns`), if present. */
export function attr(el: XElement, local: string, ns = ""): string | undefined {
  return el.attrs.find((a) => a.local === local && a.ns === ns)?.value;
}

/** Child elements, optionally only those in namespace `ns` with local name `local`. */
export function childElements(el: XElement, ns?: string, local?: string): XElement[] {
  const out: XElement[] = [];
  for (const c of el.children) {
    if (typeof c === "string") continue;
    if (ns !== undefined && c.ns !== ns) continue;
    if (local !== undefined && c.local !== local) continue;
    out.push(c);
  }
  return out;
}

/** Every element below `el` (depth first, document order). */
export function* descendants(el: XElement): Generator<XElement> {
  for (const c of el.children) {
    if (typeof c === "string") continue;
    yield c;
    yield* descendants(c);
  }
}

/** The text of an element and its descendants, as XPath `string()` gives it. */
export function textContent(el: XElement): string {
  let out = "";
  for (const c of el.children) out += typeof c === "string" ? c : textContent(c);
  return out;
}

/** The nearest `xml:space` in force at `el` ("default" when none). */
export function xmlSpace(el: XElement): string {
  for (let e: XElement | undefined = el; e; e = e.parent) {
    const v = attr(e, "space", XML_NS);
    if (v) return v;
  }
  return "default";
}
