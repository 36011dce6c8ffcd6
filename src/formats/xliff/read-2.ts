/**
 * XLIFF 2.0/2.1/2.2 reader: core plus the Metadata module (Glossa's own versions), with markers
 * (`<mrk>`, `<sm>`/`<em>`) dropped but their text kept and other modules (translation candidates,
 * glossary, size restriction …) ignored. A unit becomes one paragraph, its segments Glossa's
 * segments as the file cuts them, its ignorables the separators between them. The caller has
 * already checked the schema and the processing requirements (./rules-2).
 */
import { SEGMENT_KINDS, type SegmentKind } from "../../domain/workflow";
import { CodeBook, inlineChildren, typeFromHtml } from "./code-book";
import type { GlossaSegmentMeta, ReadFile, ReadSegment, ReadUnit, XliffDocument } from "./model";
import { XLIFF2_NAMESPACES } from "./rules-2";
import { fromXliff2State } from "./states";
import { MDA_NS } from "./write-2";
import { attr, childElements, textContent, xmlSpace, XliffFileError, type XElement } from "./xml-tree";
import type { InlineCodeType } from "../../domain/inline-codes";

const FS_NS = "urn:oasis:names:tc:xliff:fs:2.0";
const isCore = (el: XElement, local?: string) => XLIFF2_NAMESPACES.includes(el.ns) && (local === undefined || el.local === local);

function codeType(el: XElement): InlineCodeType {
  const subType = attr(el, "subType");
  if (subType === "xlf:b") return "bold";
  if (subType === "xlf:i") return "italic";
  if (subType === "xlf:u") return "underline";
  if (subType === "xlf:lb") return "linebreak";
  const type = attr(el, "type");
  if (type === "link") return "link";
  if (type === "image") return "image";
  return typeFromHtml(attr(el, "fs", FS_NS)) ?? "other";
}

type Side = { book: CodeBook; data: Map<string, string>; target: boolean; warnings: string[]; unitId: string; targetPairs: Map<string, string>; preserve: boolean };

/** The text of a source or target with codes turned into placeholder characters. */
function inlineText(container: XElement, side: Side): string {
  const out = renderChildren(container, side);
  return side.preserve ? out : out.trim();
}

function renderChildren(el: XElement, side: Side): string {
  return inlineChildren(el, side.preserve, (c) => isCore(c), (c) => renderElement(c, side));
}

function renderElement(c: XElement, side: Side): string {
  const id = attr(c, "id");
  const copyOf = attr(c, "copyOf");
  const data = (name: string) => {
    const ref = attr(c, name);
    return ref === undefined ? undefined : side.data.get(ref);
  };
  const lost = (what: string) => {
    side.warnings.push(`Unit ${side.unitId}: the target's ${what} is not in the source; it was left out`);
    return "";
  };
  switch (c.local) {
    case "cp": {
      const cp = parseInt(attr(c, "hex") ?? "", 16);
      // Control characters are read as they are (the import refuses to store them, with the segment named).
      if (!(cp >= 0 && cp <= 0x10ffff) || (cp >= 0xd800 && cp <= 0xdfff)) {
        throw new XliffFileError(`<cp hex="${attr(c, "hex")}"> is not a Unicode scalar value`, c.line);
      }
      return String.fromCodePoint(cp);
    }
    case "mrk":
      // A marker annotates its text: keep the text, drop the marker.
      return renderChildren(c, side);
    case "sm":
    case "em":
      return "";
    case "ph":
      if (side.target) return side.book.targetChar(copyOf ?? id!, "standalone") ?? lost(`placeholder "${id}"`);
      return side.book.standalone(id, codeType(c), data("dataRef"), dispAttrs(c));
    case "pc": {
      if (side.target) {
        const key = copyOf ?? id!;
        const open = side.book.targetChar(key, "open");
        if (open === undefined) return lost(`code "${id}"`) + renderChildren(c, side);
        return open + renderChildren(c, side) + (side.book.targetChar(key, "close") ?? "");
      }
      const open = side.book.openPair(id, codeType(c), data("dataRefStart"), data("dataRefEnd"), dispAttrs(c));
      return open + renderChildren(c, side) + side.book.closePair(id!)!;
    }
    case "sc": {
      if (side.target) {
        const key = copyOf ?? id!;
        const ch = side.book.targetChar(key, "open");
        if (ch !== undefined) side.targetPairs.set(id!, key);
        return ch ?? lost(`code "${id}"`);
      }
      if (attr(c, "isolated") === "yes") return side.book.standalone(id, codeType(c), data("dataRef"), dispAttrs(c));
      return side.book.openPair(id, codeType(c), data("dataRef"), undefined, dispAttrs(c));
    }
    case "ec": {
      const startRef = attr(c, "startRef");
      if (side.target) {
        if (startRef !== undefined) return side.book.targetChar(side.targetPairs.get(startRef) ?? startRef, "close") ?? lost(`end code of "${startRef}"`);
        return side.book.targetChar(copyOf ?? id!, "close") ?? lost(`code "${id}"`);
      }
      if (startRef !== undefined) return side.book.closePair(startRef, data("dataRef")) ?? "";
      return side.book.standalone(id, codeType(c), data("dataRef"), dispAttrs(c));
    }
    default:
      return "";
  }
}

function dispAttrs(el: XElement): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const name of ["disp", "equiv", "dispStart", "dispEnd", "equivStart", "equivEnd"]) {
    const v = attr(el, name);
    if (v !== undefined) out[name] = v;
  }
  return Object.keys(out).length ? out : undefined;
}

/** Glossa's metadata of the unit's segments (`mda:metaGroup category="glossa:segment"`), by segment id. */
function glossaMeta(unit: XElement): Map<number, GlossaSegmentMeta> {
  const out = new Map<number, GlossaSegmentMeta>();
  for (const metadata of childElements(unit, MDA_NS, "metadata")) {
    for (const group of childElements(metadata, MDA_NS, "metaGroup")) {
      if (attr(group, "category") !== "glossa:segment") continue;
      const values = new Map(childElements(group, MDA_NS, "meta").map((m) => [attr(m, "type"), textContent(m).trim()]));
      const number = (k: string) => {
        const v = values.get(k);
        return v !== undefined && /^\d+$/.test(v) ? Number(v) : undefined;
      };
      const segmentId = number("segmentId");
      if (segmentId === undefined) continue;
      const kind = values.get("kind");
      out.set(segmentId, {
        segmentId,
        sourceVersion: number("sourceVersion"),
        translationVersion: number("translationVersion"),
        kind: (SEGMENT_KINDS as readonly string[]).includes(kind ?? "") ? (kind as SegmentKind) : undefined,
      });
    }
  }
  return out;
}

function readUnit(unit: XElement, warnings: string[]): ReadUnit {
  const unitId = attr(unit, "id")!;
  const meta = glossaMeta(unit);
  const book = new CodeBook(unitId, meta.size > 0);
  const data = new Map<string, string>();
  for (const original of childElements(unit).filter((c) => isCore(c, "originalData"))) {
    for (const d of childElements(original).filter((c) => isCore(c, "data"))) {
      let value = "";
      for (const c of d.children) value += typeof c === "string" ? c : c.local === "cp" ? String.fromCodePoint(parseInt(attr(c, "hex") ?? "0", 16) || 0xfffd) : "";
      data.set(attr(d, "id")!, value);
    }
  }
  const segments: ReadSegment[] = [];
  const parts = childElements(unit).filter((c) => isCore(c, "segment") || isCore(c, "ignorable"));
  const sides = parts.map((part) => ({ part, source: childElements(part).find((c) => isCore(c, "source"))!, target: childElements(part).find((c) => isCore(c, "target")) }));
  const targetPairs = new Map<string, string>();
  // All sources first: a target may use a code that a later segment's source introduces.
  const sources = sides.map(({ source }) => inlineText(source, { book, data, target: false, warnings, unitId, targetPairs, preserve: xmlSpace(source) === "preserve" || source.parent?.local === "ignorable" }));
  sides.forEach(({ part, target }, i) => {
    if (part.local === "ignorable") {
      const last = segments[segments.length - 1];
      if (last) last.separator += sources[i]!;
      return;
    }
    const targetText = target ? inlineText(target, { book, data, target: true, warnings, unitId, targetPairs, preserve: xmlSpace(target) === "preserve" }) : undefined;
    const state = fromXliff2State(attr(part, "state"), attr(part, "subState"));
    const id = attr(part, "id");
    const glossa = id && /^s\d+$/.test(id) ? meta.get(Number(id.slice(1))) : undefined;
    segments.push({
      id,
      source: sources[i]!,
      target: targetText,
      status: targetText === undefined ? undefined : state.status,
      needsReview: state.needsReview,
      separator: "",
      glossa,
    });
  });
  const type = attr(unit, "type");
  const kind = type?.startsWith("glossa:") ? type.slice("glossa:".length) : undefined;
  return { id: unitId, name: attr(unit, "name"), kind: (SEGMENT_KINDS as readonly string[]).includes(kind ?? "") ? (kind as SegmentKind) : undefined, codes: book.codes, segments };
}

function collectUnits(el: XElement, warnings: string[], out: ReadUnit[]) {
  for (const c of childElements(el)) {
    if (isCore(c, "unit")) {
      if (attr(c, "translate") === "no") {
        warnings.push(`Unit ${attr(c, "id")} is marked translate="no"; it was read as source only`);
      }
      out.push(readUnit(c, warnings));
    } else if (isCore(c, "group")) collectUnits(c, warnings, out);
  }
}

/**
 * Reads a checked XLIFF 2 document into Glossa's model.
 *
 * @example
 * readXliff2(parseXmlTree(xml)).files[0].units[0].segments[0].source
 */
export function readXliff2(root: XElement): XliffDocument {
  const warnings: string[] = [];
  const files: ReadFile[] = childElements(root)
    .filter((c) => isCore(c, "file"))
    .map((file) => {
      const units: ReadUnit[] = [];
      collectUnits(file, warnings, units);
      return { id: attr(file, "id"), original: attr(file, "original"), units };
    });
  const glossa: XliffDocument["glossa"] = {};
  const firstFile = childElements(root).find((c) => isCore(c, "file"));
  for (const metadata of firstFile ? childElements(firstFile, MDA_NS, "metadata") : []) {
    for (const group of childElements(metadata, MDA_NS, "metaGroup")) {
      if (attr(group, "category") !== "glossa:article") continue;
      for (const m of childElements(group, MDA_NS, "meta")) {
        const value = textContent(m).trim();
        if (attr(m, "type") === "articleId" && /^\d+$/.test(value)) glossa.articleId = Number(value);
        if (attr(m, "type") === "title") glossa.title = value;
        if (attr(m, "type") === "purpose") glossa.purpose = value;
      }
    }
  }
  return {
    version: attr(root, "version") ?? "2.0",
    flavour: "xliff",
    srcLang: attr(root, "srcLang")!,
    trgLang: attr(root, "trgLang"),
    files,
    glossa: Object.keys(glossa).length ? glossa : undefined,
    warnings,
  };
}
