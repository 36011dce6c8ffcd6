/**
 * The XLIFF entry point: recognises the version, refuses hostile or broken files with the reasons,
 * and reads the rest into Glossa's model. XLIFF 2 files are checked against the OASIS schema
 * (./schema) and the processing requirements (./rules-2); XLIFF 1.x files, which real tools fill
 * with extensions a strict schema refuses, are checked for the structure Glossa relies on.
 */
import type { XliffDocument } from "./model";
import { readXliff12, XLIFF1_NAMESPACES } from "./read-12";
import { readXliff2 } from "./read-2";
import { xliff2Problems } from "./rules-2";
import { schemaErrors, type SchemaSet } from "./schema";
import { parseXmlTree, XliffFileError, type XElement } from "./xml-tree";

const NS_20 = "urn:oasis:names:tc:xliff:document:2.0";
const NS_22 = "urn:oasis:names:tc:xliff:document:2.2";

/** A file refused for one or more reasons (all listed, the first few in the message). */
export class XliffRejection extends XliffFileError {
  constructor(readonly reasons: string[]) {
    super(reasons.length === 1 ? reasons[0]! : `${reasons.length} problems: ${reasons.slice(0, 3).join("; ")}${reasons.length > 3 ? "; …" : ""}`);
    this.name = "XliffRejection";
  }
}

/** What kind of XLIFF a parsed root is, or the reason it is none Glossa reads. */
export function xliffKind(root: XElement): { version: "1.x" } | { version: "2.x"; schema: SchemaSet } {
  if (root.local !== "xliff") throw new XliffRejection([`This is not an XLIFF file: the root element is <${root.name}>`]);
  if (root.ns === NS_20 || root.ns === NS_22) return { version: "2.x", schema: root.ns === NS_22 ? "xliff-2.2" : "xliff-2.0" };
  if (XLIFF1_NAMESPACES.includes(root.ns)) return { version: "1.x" };
  if (/^urn:oasis:names:tc:xliff:document:2\.\d$/.test(root.ns)) {
    throw new XliffRejection([`The namespace ${root.ns} is not XLIFF's: XLIFF 2.0 and 2.1 use ${NS_20}, XLIFF 2.2 uses ${NS_22}`]);
  }
  throw new XliffRejection([`The namespace "${root.ns}" is not an XLIFF namespace`]);
}

/**
 * Reads a parsed document whose schema errors (XLIFF 2) are already known — the synchronous half
 * of readXliff, for callers that validate many files in one batch.
 */
export function readParsedXliff(root: XElement, schemaProblems: string[]): XliffDocument {
  const kind = xliffKind(root);
  if (kind.version === "1.x") return readXliff12(root);
  const reasons = [...schemaProblems, ...xliff2Problems(root)];
  if (reasons.length) throw new XliffRejection(reasons);
  return readXliff2(root);
}

/**
 * Parses, checks and reads an XLIFF 1.2 or 2.x document. Throws XliffFileError (or its subclass
 * XliffRejection with every reason) for a file it refuses; nothing is half-read.
 *
 * @example
 * const doc = await readXliff(xml);
 * doc.files[0].units.map((u) => u.segments.length)
 */
export async function readXliff(xml: string, options: { maxBytes?: number } = {}): Promise<XliffDocument> {
  const root = parseXmlTree(xml.replace(/^\uFEFF/, ""), options.maxBytes);
  const kind = xliffKind(root);
  const problems = kind.version === "2.x" ? await schemaErrors(xml.replace(/^\uFEFF/, ""), kind.schema) : [];
  return readParsedXliff(root, problems);
}
