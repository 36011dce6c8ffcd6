/**
 * The processing requirements of XLIFF 2 that the XSD schema cannot express: unique ids per
 * scope, references between codes (`startRef`, `dataRef`, `copyOf`), isolated codes, markers,
 * languages, target order, the editing hints (`canDelete`, `canReorder`), comment annotations,
 * fragment identifiers, and the constraints of the modules whose namespaces Glossa knows.
 * Each rule returns a reason a person can act on.
 */
import { parseFragment } from "./fragment";
import { INLINE_CODES, isCore, isCoreEl, type Code, type Problems } from "./rules-common";
import { checkEditingHints } from "./rules-hints";

export { XLIFF2_NAMESPACES } from "./rules-common";
import { moduleProblems } from "./rules-modules";
import { attr, childElements, descendants, XML_NS, type XElement } from "./xml-tree";
import { isXmlChar } from "./xml-text";

const NS = {
  fs: "urn:oasis:names:tc:xliff:fs:2.0",
  slr: "urn:oasis:names:tc:xliff:sizerestriction:2.0",
  its: "http://www.w3.org/2005/11/its",
  itsm: "urn:oasis:names:tc:xliff:itsm:2.1",
};
/** Elements of the module namespaces, so a misspelt one (`val:validationBad`) is refused. */
const MODULE_ELEMENTS: Record<string, string[]> = {
  "urn:oasis:names:tc:xliff:validation:2.0": ["validation", "rule"],
  "urn:oasis:names:tc:xliff:metadata:2.0": ["metadata", "metaGroup", "meta"],
  "urn:oasis:names:tc:xliff:glossary:2.0": ["glossary", "glossEntry", "term", "translation", "definition"],
  "urn:oasis:names:tc:xliff:matches:2.0": ["matches", "match"],
  "urn:oasis:names:tc:xliff:resourcedata:2.0": ["resourceData", "resourceItem", "resourceItemRef", "source", "target", "reference"],
  "urn:oasis:names:tc:xliff:sizerestriction:2.0": ["profiles", "normalization", "data"],
  "urn:oasis:names:tc:xliff:changetracking:2.0": ["changeTrack", "revisions", "revision", "item"],
  "urn:oasis:names:tc:xliff:changetracking:2.1": ["changeTrack", "revisions", "revision", "item"],
};
/** HTML elements `fs:fs` may name (the Format Style module refers to HTML). */
const HTML_ELEMENTS = new Set(
  ("a abbr address area article aside audio b base bdi bdo blockquote body br button canvas caption cite code col colgroup data datalist dd del details dfn dialog div dl dt em embed fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hr html i iframe img input ins kbd label legend li link main map mark meta meter nav noscript object ol optgroup option output p param picture pre progress q rp rt ruby s samp script section select small source span strong style sub summary sup table tbody td template textarea tfoot th thead time title tr track u ul var video wbr acronym big center font strike tt").split(" "),
);
const SUBTYPE_TYPE: Record<string, string> = { "xlf:lb": "fmt", "xlf:pb": "fmt", "xlf:b": "fmt", "xlf:i": "fmt", "xlf:u": "fmt", "xlf:var": "ui" };
const BCP47 = /^(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|\d{3}))?(?:-(?:[A-Za-z\d]{5,8}|\d[A-Za-z\d]{3}))*(?:-[A-WY-Za-wy-z\d](?:-[A-Za-z\d]{2,8})+)*(?:-[Xx](?:-[A-Za-z\d]{1,8})+)?$|^[Xx](?:-[A-Za-z\d]{1,8})+$/;


/** The nearest `xml:lang` on `el` or an ancestor. */
function effectiveLang(el: XElement): string | undefined {
  for (let e: XElement | undefined = el; e; e = e.parent) {
    const v = attr(e, "lang", XML_NS);
    if (v !== undefined) return v;
  }
  return undefined;
}
const effectiveSpace = (el: XElement) => {
  for (let e: XElement | undefined = el; e; e = e.parent) {
    const v = attr(e, "space", XML_NS);
    if (v !== undefined) return v;
  }
  return "default";
};
const sameLang = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

function checkUniqueIds(elements: XElement[], what: string, problems: Problems, idOf = (e: XElement) => attr(e, "id")) {
  const seen = new Set<string>();
  for (const e of elements) {
    const id = idOf(e);
    if (id === undefined) continue;
    if (seen.has(id)) problems.add(e.line, `The id "${id}" of ${what} is used twice`);
    seen.add(id);
  }
}

/** Extension and module elements: known names in module namespaces, unique ids among siblings. */
function checkExtensions(root: XElement, problems: Problems) {
  for (const el of [root, ...descendants(root)]) {
    if (isCore(el)) continue;
    const names = MODULE_ELEMENTS[el.ns];
    if (names && !names.includes(el.local)) problems.add(el.line, `<${el.name}> is not an element of its module`);
    const kids = childElements(el).filter((k) => !isCore(k));
    checkUniqueIds(kids, `<${el.name}>'s children`, problems, (k) => attr(k, "id") ?? attr(k, "id", XML_NS));
  }
}

function checkFsAttributes(el: XElement, problems: Problems) {
  for (const a of el.attrs) {
    if (a.ns !== NS.fs) continue;
    if (a.local !== "fs" && a.local !== "subFs") problems.add(el.line, `fs:${a.local} is not an attribute of the Format Style module`);
    if (a.local === "fs" && !HTML_ELEMENTS.has(a.value)) problems.add(el.line, `fs:fs="${a.value}" is not an HTML element name`);
  }
  if (attr(el, "subFs", NS.fs) !== undefined && attr(el, "fs", NS.fs) === undefined) problems.add(el.line, "fs:subFs needs fs:fs on the same element");
  if (isCoreEl(el, "ec") && attr(el, "isolated") !== "yes" && attr(el, "fs", NS.fs) !== undefined) {
    problems.add(el.line, "fs:fs may not be on an <ec> that closes an <sc> of the unit (only on isolated ones)");
  }
}

/** Attributes of other namespaces on inline codes may only come from modules that define them there. */
function checkCodeAttributes(el: XElement, problems: Problems) {
  for (const a of el.attrs) {
    if (a.ns === "" || a.ns === XML_NS || Object.values(NS).includes(a.ns)) continue;
    problems.add(el.line, `The attribute ${a.ns ? `{${a.ns}}` : ""}${a.local} is not allowed on <${el.local}>`);
  }
}


function checkSide(unit: XElement, side: "source" | "target", parts: XElement[], dataIds: Set<string>, noteIds: Set<string>, problems: Problems, sourceCodes: Map<string, XElement>) {
  const inline: Code[] = [];
  parts.forEach((part, partIndex) => {
    for (const container of childElements(part).filter((c) => isCoreEl(c, side))) {
      for (const el of descendants(container)) if (isCore(el)) inline.push({ el, side, partIndex });
    }
  });
  const ids = new Map<string, XElement>();
  for (const { el } of inline) {
    const id = attr(el, "id");
    if (id === undefined || (el.local === "ec" && attr(el, "isolated") !== "yes")) continue;
    if (ids.has(id)) problems.add(el.line, `The inline id "${id}" is used twice in the ${side} of unit ${attr(unit, "id")}`);
    ids.set(id, el);
  }
  if (side === "source") for (const [k, v] of ids) sourceCodes.set(k, v);
  const openSc = new Map<string, XElement>();
  const openSm = new Set<string>();
  for (const { el } of inline) {
    const local = el.local;
    if (INLINE_CODES.has(local)) {
      checkCodeAttributes(el, problems);
      for (const name of local === "pc" ? ["dataRefStart", "dataRefEnd"] : ["dataRef"]) {
        const ref = attr(el, name);
        if (ref !== undefined && !dataIds.has(ref)) problems.add(el.line, `${name}="${ref}" names no <data> of the unit's <originalData>`);
      }
      const type = attr(el, "type");
      const subType = attr(el, "subType");
      if (subType !== undefined && type === undefined) problems.add(el.line, `subType="${subType}" needs a type`);
      if (subType?.startsWith("xlf:")) {
        const needed = SUBTYPE_TYPE[subType];
        if (!needed) problems.add(el.line, `subType="${subType}" is not an XLIFF value`);
        else if (type !== undefined && type !== needed) problems.add(el.line, `subType="${subType}" needs type="${needed}"`);
      }
      const copyOf = attr(el, "copyOf");
      if (copyOf !== undefined) {
        const original = sourceCodes.get(copyOf) ?? ids.get(copyOf);
        if (!original || !INLINE_CODES.has(original.local)) problems.add(el.line, `copyOf="${copyOf}" names no code of the unit`);
        else if (attr(original, "canCopy") === "no") problems.add(el.line, `copyOf="${copyOf}" copies a code that may not be copied (canCopy="no")`);
        if (["dataRef", "dataRefStart", "dataRefEnd"].some((n) => attr(el, n) !== undefined)) problems.add(el.line, "A copy (copyOf) may not have its own original data");
      }
      const reorder = attr(el, "canReorder");
      if ((reorder === "no" || reorder === "firstNo") && (attr(el, "canCopy") !== "no" || attr(el, "canDelete") !== "no")) {
        problems.add(el.line, `canReorder="${reorder}" needs canCopy="no" and canDelete="no"`);
      }
    }
    checkFsAttributes(el, problems);
    if (local === "sc") {
      const id = attr(el, "id")!;
      const isolated = attr(el, "isolated") === "yes";
      const closed = inline.some((c) => c.el.local === "ec" && attr(c.el, "startRef") === id && inline.indexOf(c) > inline.findIndex((x) => x.el === el));
      if (isolated && closed) problems.add(el.line, `<sc id="${id}" isolated="yes"> is closed by an <ec> of the same unit`);
      if (!isolated && !closed) problems.add(el.line, `<sc id="${id}"> has no <ec startRef="${id}"> after it in the unit: mark it isolated="yes"`);
      openSc.set(id, el);
    } else if (local === "ec") {
      const isolated = attr(el, "isolated") === "yes";
      const startRef = attr(el, "startRef");
      if (isolated) {
        if (startRef !== undefined) problems.add(el.line, "An isolated <ec> uses id, not startRef");
        if (attr(el, "id") === undefined) problems.add(el.line, "An isolated <ec> needs an id");
      } else if (startRef === undefined) problems.add(el.line, attr(el, "id") !== undefined ? "An <ec> with an id must be isolated=\"yes\"; one that closes an <sc> uses startRef" : "An <ec> needs startRef (or isolated=\"yes\" and an id)");
      else if (attr(el, "id") !== undefined) problems.add(el.line, "An <ec> that closes an <sc> (startRef) may not have an id");
      else {
        const start = openSc.get(startRef);
        if (!start) problems.add(el.line, `<ec startRef="${startRef}"> comes before any <sc id="${startRef}"> of the unit`);
        else {
          for (const hint of ["canCopy", "canDelete", "canOverlap", "canReorder"]) {
            if ((attr(start, hint) ?? "yes") !== (attr(el, hint) ?? "yes")) problems.add(el.line, `<sc id="${startRef}"> and its <ec> differ in ${hint}`);
          }
          // An <ec> may leave these out (they then follow its <sc>), but may not contradict them.
          for (const name of ["type", "subType", "dir", "copyOf"]) {
            const mine = attr(el, name);
            if (mine !== undefined && mine !== attr(start, name)) problems.add(el.line, `<sc id="${startRef}"> and its <ec> differ in ${name}`);
          }
          openSc.delete(startRef);
        }
      }
    } else if (local === "sm") {
      openSm.add(attr(el, "id")!);
      if (!inline.some((c) => c.el.local === "em" && attr(c.el, "startRef") === attr(el, "id"))) problems.add(el.line, `<sm id="${attr(el, "id")}"> has no <em>`);
    } else if (local === "em") {
      const ref = attr(el, "startRef")!;
      if (!openSm.has(ref)) problems.add(el.line, `<em startRef="${ref}"> comes before any <sm id="${ref}"> of the unit`);
      openSm.delete(ref);
    } else if (local === "cp") {
      const hex = attr(el, "hex") ?? "";
      const cp = parseInt(hex, 16);
      if (/^[0-9a-fA-F]+$/.test(hex) && isXmlChar(cp)) problems.add(el.line, `<cp hex="${hex}"> encodes a character XML allows; write it as text`);
    }
    if (local === "mrk" || local === "sm") checkMarker(el, unit, noteIds, problems);
    for (const name of ["subFlows", "subFlowsStart", "subFlowsEnd"]) {
      const refs = attr(el, name);
      if (refs === undefined) continue;
      const file = ancestor(unit, "file");
      const units = new Set([...descendants(file!)].filter((u) => isCoreEl(u, "unit")).map((u) => attr(u, "id")));
      for (const r of refs.split(/\s+/).filter(Boolean)) if (!units.has(r)) problems.add(el.line, `${name} names "${r}", which is no unit of the file`);
    }
  }
  return inline;
}

function ancestor(el: XElement, local: string): XElement | undefined {
  for (let e = el.parent; e; e = e.parent) if (isCoreEl(e, local)) return e;
  return undefined;
}

function checkMarker(el: XElement, unit: XElement, noteIds: Set<string>, problems: Problems) {
  const ref = attr(el, "ref");
  const value = attr(el, "value");
  if (ref?.startsWith("#")) {
    const parsed = parseFragment(ref);
    if ("error" in parsed) problems.add(el.line, `Bad fragment identifier: ${parsed.error}`);
  }
  if (attr(el, "type") !== "comment") return;
  if (ref !== undefined && value !== undefined) return problems.add(el.line, "A comment annotation has either value or ref, not both");
  if (ref === undefined && value === undefined) return problems.add(el.line, "A comment annotation needs value or ref");
  if (ref === undefined) return;
  const parsed = ref.startsWith("#") ? parseFragment(ref) : undefined;
  const selectors = parsed && "selectors" in parsed ? parsed.selectors : undefined;
  const note = selectors?.[selectors.length - 1];
  const file = ancestor(unit, "file");
  const outside = selectors?.some((s) => (s.prefix === "u" && s.id !== attr(unit, "id")) || (s.prefix === "f" && s.id !== attr(file!, "id")) || s.prefix === "g");
  const inUnit = selectors && !selectors.some((s) => s.prefix === "f" || s.prefix === "g") ? true : selectors?.some((s) => s.prefix === "u");
  if (!note || note.prefix !== "n" || outside || !inUnit || !noteIds.has(note.id)) {
    problems.add(el.line, `The comment annotation's ref="${ref}" names no note of unit ${attr(unit, "id")}`);
  }
}

function checkUnit(unit: XElement, srcLang: string, trgLang: string | undefined, problems: Problems) {
  const parts = childElements(unit).filter((c) => isCoreEl(c, "segment") || isCoreEl(c, "ignorable"));
  if (!parts.some((p) => p.local === "segment")) problems.add(unit.line, `Unit ${attr(unit, "id")} has no <segment>`);
  checkUniqueIds(parts, "a segment or ignorable of the unit", problems);
  const notes = childElements(unit).filter((c) => isCoreEl(c, "notes")).flatMap((n) => childElements(n).filter((c) => isCoreEl(c, "note")));
  const noteIds = new Set(notes.map((n) => attr(n, "id")).filter((id): id is string => id !== undefined));
  const data = childElements(unit).filter((c) => isCoreEl(c, "originalData")).flatMap((o) => childElements(o).filter((c) => isCoreEl(c, "data")));
  checkUniqueIds(data, "a <data> of the unit", problems);
  const dataIds = new Set(data.map((d) => attr(d, "id")!));
  const sourceCodes = new Map<string, XElement>();
  const source = checkSide(unit, "source", parts, dataIds, noteIds, problems, sourceCodes);
  const target = checkSide(unit, "target", parts, dataIds, noteIds, problems, sourceCodes);
  checkEditingHints(unit, parts, source, target, problems);
  const orders = new Map<number, XElement>();
  parts.forEach((part, i) => {
    if (isCoreEl(part, "segment") && attr(part, "subState") !== undefined && attr(part, "state") === undefined) problems.add(part.line, "subState needs state");
    const src = childElements(part).find((c) => isCoreEl(c, "source"));
    const tgt = childElements(part).find((c) => isCoreEl(c, "target"));
    if (src) {
      const lang = effectiveLang(src);
      if (lang !== undefined && !sameLang(lang, srcLang)) problems.add(src.line, `The source's xml:lang "${lang}" differs from srcLang "${srcLang}"`);
    }
    if (tgt) {
      const lang = effectiveLang(tgt);
      if (lang !== undefined && trgLang !== undefined && !sameLang(lang, trgLang)) problems.add(tgt.line, `The target's xml:lang "${lang}" differs from trgLang "${trgLang}"`);
      if (src && effectiveSpace(src) !== effectiveSpace(tgt)) problems.add(tgt.line, "The target's xml:space differs from its source's");
      const order = Number(attr(tgt, "order") ?? i + 1);
      if (orders.has(order)) problems.add(tgt.line, `Two targets of unit ${attr(unit, "id")} take order ${order}`);
      orders.set(order, tgt);
    }
  });
}

/**
 * Every processing-requirement violation of an XLIFF 2 document (empty when it conforms).
 *
 * @example
 * xliff2Problems(parseXmlTree(xml)) // ["line 9: <sc id=\"1\"> has no <ec startRef=\"1\"> …"]
 */
export function xliff2Problems(root: XElement): string[] {
  const out: string[] = [];
  const problems: Problems = { add: (line, message) => out.length < 50 && out.push(`line ${line}: ${message}`) };
  const srcLang = attr(root, "srcLang") ?? "";
  const trgLang = attr(root, "trgLang");
  if (!BCP47.test(srcLang)) problems.add(root.line, `srcLang "${srcLang}" is not a BCP 47 language tag`);
  if (trgLang !== undefined && !BCP47.test(trgLang)) problems.add(root.line, `trgLang "${trgLang}" is not a BCP 47 language tag`);
  const all = [...descendants(root)];
  if (trgLang === undefined && all.some((e) => isCoreEl(e, "target") && e.parent && isCore(e.parent) && ["segment", "ignorable"].includes(e.parent.local))) {
    problems.add(root.line, "The document has targets but no trgLang");
  }
  const files = childElements(root).filter((c) => isCoreEl(c, "file"));
  checkUniqueIds(files, "a <file>", problems);
  for (const notes of all.filter((e) => isCoreEl(e, "notes"))) checkUniqueIds(childElements(notes).filter((c) => isCoreEl(c, "note")), "a <note>", problems);
  for (const file of files) {
    const skeleton = childElements(file).find((c) => isCoreEl(c, "skeleton"));
    if (skeleton) {
      const hasContent = skeleton.children.some((c) => (typeof c === "string" ? c.trim() !== "" : true));
      const href = attr(skeleton, "href");
      if (href === undefined && !hasContent) problems.add(skeleton.line, "An empty <skeleton> needs href");
      if (href !== undefined && hasContent) problems.add(skeleton.line, "A <skeleton> with href must be empty");
    }
    const inFile = [...descendants(file)];
    checkUniqueIds(inFile.filter((e) => isCoreEl(e, "group")), "a <group> of the file", problems);
    checkUniqueIds(inFile.filter((e) => isCoreEl(e, "unit")), "a <unit> of the file", problems);
    // Inline codes are checked with their unit; every other core element here.
    for (const el of [file, ...inFile.filter((e) => isCore(e) && !INLINE_CODES.has(e.local) && !["mrk", "sm", "em", "cp"].includes(e.local))]) checkFsAttributes(el, problems);
    for (const unit of inFile.filter((e) => isCoreEl(e, "unit"))) checkUnit(unit, srcLang, trgLang, problems);
  }
  checkExtensions(root, problems);
  moduleProblems(root, srcLang, problems.add);
  return out;
}
