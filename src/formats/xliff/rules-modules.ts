/**
 * Constraints of the XLIFF 2 modules that their schemas or the specification set (Translation
 * Candidates, Glossary, Metadata, Resource Data, Size and Length Restriction, Validation, Change
 * Tracking), checked so a file that breaks them is refused with the reason even though Glossa only
 * reads the Metadata module and ignores the others.
 */
import { attr, childElements, descendants, XML_NS, type XElement } from "./xml-tree";

const NS = {
  mtc: "urn:oasis:names:tc:xliff:matches:2.0",
  gls: "urn:oasis:names:tc:xliff:glossary:2.0",
  mda: "urn:oasis:names:tc:xliff:metadata:2.0",
  res: "urn:oasis:names:tc:xliff:resourcedata:2.0",
  slr: "urn:oasis:names:tc:xliff:sizerestriction:2.0",
  val: "urn:oasis:names:tc:xliff:validation:2.0",
  ctr: ["urn:oasis:names:tc:xliff:changetracking:2.0", "urn:oasis:names:tc:xliff:changetracking:2.1"],
};
const NMTOKEN = /^[\p{L}\p{N}._:\-\u00B7\u0300-\u036F\u203F-\u2040]+$/u;
const INTEGER = /^\d+$/;
/** `n`, `min,max` or `*` forms of sizeRestriction/storageRestriction. */
const RESTRICTION = /^(?:\d+|\*|\d+,(?:\d+|\*))$/;
const MATCH_TYPES = ["am", "mt", "icm", "idm", "tb", "tm", "other"];
const VAL_TESTS = ["isPresent", "isNotPresent", "startsWith", "endsWith"];
const CTR_PROPERTIES = new Set(["content", "appliesTo", "category", "priority", "ref", "state", "subState"]);

type Add = (line: number, message: string) => void;
const inNs = (el: XElement, ns: string | string[], local: string) => (Array.isArray(ns) ? ns.includes(el.ns) : el.ns === ns) && el.local === local;
const isCoreNs = (ns: string) => ns === "urn:oasis:names:tc:xliff:document:2.0" || ns === "urn:oasis:names:tc:xliff:document:2.2";

function unique(elements: XElement[], what: string, add: Add) {
  const seen = new Set<string>();
  for (const e of elements) {
    const id = attr(e, "id");
    if (id === undefined) continue;
    if (seen.has(id)) add(e.line, `The id "${id}" of ${what} is used twice`);
    seen.add(id);
  }
}

/** The ids of the spans of text of a unit (segments, ignorables, markers) that a candidate may point at. */
function markerIds(unit: XElement | undefined): Set<string> {
  const out = new Set<string>();
  if (!unit) return out;
  for (const e of descendants(unit)) if (isCoreNs(e.ns) && ["segment", "ignorable", "mrk", "sm"].includes(e.local)) out.add(attr(e, "id") ?? "");
  return out;
}
const unitOf = (el: XElement) => {
  for (let e = el.parent; e; e = e.parent) if (isCoreNs(e.ns) && e.local === "unit") return e;
  return undefined;
};

function checkMatches(el: XElement, add: Add, srcLang: string) {
  void srcLang;
  if (!inNs(el, NS.mtc, "matches")) return;
  const matches = childElements(el).filter((m) => inNs(m, NS.mtc, "match"));
  unique(matches, "a translation candidate", add);
  const markers = markerIds(unitOf(el));
  for (const m of matches) {
    const id = attr(m, "id");
    if (id !== undefined && !NMTOKEN.test(id)) add(m.line, `The candidate id "${id}" is not an NMTOKEN`);
    if (attr(m, "lang", XML_NS) !== undefined) add(m.line, "A translation candidate may not have xml:lang");
    const type = attr(m, "type");
    if (type !== undefined && !MATCH_TYPES.includes(type)) add(m.line, `The candidate type "${type}" is not one of ${MATCH_TYPES.join(", ")}`);
    if (attr(m, "subType") !== undefined && type === undefined) add(m.line, "A candidate's subType needs a type");
    const ref = attr(m, "ref") ?? "";
    if (!ref.startsWith("#")) add(m.line, `The candidate's ref "${ref}" is not a fragment identifier (#…)`);
    else {
      const target = ref.replace(/^#(t=)?/, "");
      if (!markers.has(target)) add(m.line, `The candidate's ref "${ref}" names no marker of the unit`);
    }
  }
}

function checkGlossary(el: XElement, add: Add) {
  if (!inNs(el, NS.gls, "glossary")) return;
  const entries = childElements(el).filter((e) => inNs(e, NS.gls, "glossEntry"));
  unique(entries, "a glossary entry", add);
  unique(entries.flatMap((e) => childElements(e).filter((t) => inNs(t, NS.gls, "translation"))), "a glossary translation", add);
  for (const e of entries) {
    const kids = childElements(e);
    if (!kids.some((k) => inNs(k, NS.gls, "translation") || inNs(k, NS.gls, "definition"))) add(e.line, "A glossary entry needs a translation or a definition");
    for (const k of kids) if (k.ns !== NS.gls && !isCoreNs(k.ns) && k.ns === NS.mda) add(k.line, `<${k.name}> may not extend a glossary entry`);
  }
}

function checkMetadata(el: XElement, add: Add) {
  if (!inNs(el, NS.mda, "metadata")) return;
  const id = attr(el, "id");
  if (id !== undefined && !NMTOKEN.test(id)) add(el.line, `The metadata id "${id}" is not an NMTOKEN`);
  const groups: XElement[] = [];
  const visit = (parent: XElement) => {
    for (const k of childElements(parent)) {
      if (inNs(k, NS.mda, "metaGroup")) {
        groups.push(k);
        const gid = attr(k, "id");
        if (gid !== undefined && !NMTOKEN.test(gid)) add(k.line, `The metaGroup id "${gid}" is not an NMTOKEN`);
        const appliesTo = attr(k, "appliesTo");
        if (appliesTo !== undefined && !["source", "target", "ignorable"].includes(appliesTo)) add(k.line, `appliesTo="${appliesTo}" is not source, target or ignorable`);
        visit(k);
      } else if (inNs(k, NS.mda, "meta")) {
        if (parent === el) add(k.line, "<mda:meta> must be inside a <mda:metaGroup>");
        if (attr(k, "type") === undefined) add(k.line, "<mda:meta> needs a type");
        if (attr(k, "appliesTo") !== undefined) add(k.line, "appliesTo belongs on <mda:metaGroup>, not on <mda:meta>");
      }
    }
  };
  visit(el);
  unique(groups, "a metaGroup", add);
}

function checkResourceData(el: XElement, add: Add, srcLang: string) {
  if (!inNs(el, NS.res, "resourceData")) return;
  unique(childElements(el).filter((k) => inNs(k, NS.res, "resourceItem") || inNs(k, NS.res, "resourceItemRef")), "a resource item", add);
  for (const item of childElements(el).filter((k) => inNs(k, NS.res, "resourceItem"))) {
    for (const side of childElements(item).filter((k) => k.ns === NS.res && (k.local === "source" || k.local === "target" || k.local === "reference"))) {
      const hasContent = side.children.some((c) => (typeof c === "string" ? c.trim() !== "" : true));
      if (attr(side, "href") !== undefined && hasContent) add(side.line, `<res:${side.local}> has both href and content`);
      const lang = attr(side, "lang", XML_NS);
      // A reference resource may be in any language, and so may a target resource (a shared picture).
      const expected = side.local === "source" ? srcLang : undefined;
      if (lang !== undefined && expected !== undefined && lang.toLowerCase() !== expected.toLowerCase()) add(side.line, `<res:${side.local}> xml:lang "${lang}" differs from the document's ${expected}`);
    }
  }
}

function checkSizeRestriction(el: XElement, add: Add, codepointProfile: boolean) {
  const value = (name: string) => attr(el, name, NS.slr);
  // With the xliff:codepoints profile sizes are counts; other profiles define their own values.
  for (const name of codepointProfile ? ["equivStorage", "sizeInfo"] : []) {
    const v = value(name);
    if (v !== undefined && !INTEGER.test(v)) add(el.line, `slr:${name}="${v}" is not a non-negative integer`);
  }
  for (const name of ["sizeRestriction", "storageRestriction"]) {
    const v = value(name);
    if (v !== undefined && !RESTRICTION.test(v)) add(el.line, `slr:${name}="${v}" is not n, min,max or *`);
  }
  if (value("sizeInfo") !== undefined && value("sizeInfoRef") !== undefined) add(el.line, "slr:sizeInfo and slr:sizeInfoRef may not be on the same element");
  const isNonIsolatedEc = isCoreNs(el.ns) && el.local === "ec" && attr(el, "isolated") !== "yes";
  for (const name of ["sizeInfo", "sizeInfoRef", "equivStorage"]) {
    if (isNonIsolatedEc && value(name) !== undefined) add(el.line, `slr:${name} may only be on an isolated <ec>`);
  }
  const ref = value("sizeInfoRef");
  if (ref !== undefined) {
    // The reference names an element inside an <slr:data> that is a sibling of this element or of an ancestor.
    let found = false;
    for (let e: XElement | undefined = el; e && !found; e = e.parent) {
      const siblings = e.parent ? childElements(e.parent) : [];
      found = siblings.some((s) => inNs(s, NS.slr, "data") && [...descendants(s)].some((d) => attr(d, "id") === ref || attr(d, "id", XML_NS) === ref));
    }
    if (!found) add(el.line, `slr:sizeInfoRef="${ref}" names nothing in an <slr:data> beside it or its ancestors`);
  }
}

function checkValidation(el: XElement, add: Add) {
  if (!inNs(el, NS.val, "rule")) return;
  const tests = VAL_TESTS.filter((t) => attr(el, t) !== undefined);
  const custom = el.attrs.some((a) => a.ns !== "" && a.ns !== NS.val && a.ns !== XML_NS);
  if (tests.length + (custom ? 1 : 0) !== 1) add(el.line, `A validation rule needs exactly one of ${VAL_TESTS.join(", ")} or a custom rule`);
  const exists = attr(el, "existsInSource");
  if (exists !== undefined && !["isPresent", "startsWith", "endsWith"].some((t) => attr(el, t) !== undefined)) add(el.line, "existsInSource needs isPresent, startsWith or endsWith");
  const caseSensitive = attr(el, "caseSensitive");
  if (caseSensitive !== undefined && !["yes", "no"].includes(caseSensitive)) add(el.line, `caseSensitive="${caseSensitive}" is not yes or no`);
  const normalization = attr(el, "normalization");
  if (normalization !== undefined && !["none", "nfc", "nfd"].includes(normalization)) add(el.line, `normalization="${normalization}" is not none, nfc or nfd`);
  const occurs = attr(el, "occurs");
  if (occurs !== undefined && !/^[1-9]\d*$/.test(occurs)) add(el.line, `occurs="${occurs}" is not a positive integer`);
}

function checkChangeTracking(el: XElement, add: Add) {
  if (!inNs(el, NS.ctr, "revisions")) return;
  const ref = attr(el, "ref");
  const appliesTo = attr(el, "appliesTo");
  // The scope is the unit, group or file the <ctr:changeTrack> extends.
  const scope = el.parent?.parent;
  const inScope = scope ? [...descendants(scope)].filter((d) => isCoreNs(d.ns)) : [];
  let target: XElement | undefined;
  if (ref !== undefined) {
    target = inScope.find((d) => attr(d, "id") === ref);
    if (!target) add(el.line, `The revisions' ref "${ref}" names no element${appliesTo ? ` (${appliesTo})` : ""} in scope`);
  } else if (appliesTo !== undefined && inScope.filter((d) => d.local === appliesTo).length > 1) {
    add(el.line, `The revisions apply to one of several <${appliesTo}> elements but have no ref saying which`);
  }
  for (const revision of childElements(el).filter((r) => inNs(r, NS.ctr, "revision"))) {
    const seen = new Set<string>();
    for (const item of childElements(revision).filter((i) => inNs(i, NS.ctr, "item"))) {
      const property = attr(item, "property") ?? "";
      if (seen.has(property)) add(item.line, `The property "${property}" appears twice in one revision`);
      seen.add(property);
      const known = property === "content" || (target ? attr(target, property) !== undefined : CTR_PROPERTIES.has(property) || property.includes(":"));
      if (!known) add(item.line, `The changed property "${property}" is neither content nor an attribute of the element it tracks`);
    }
  }
}

/**
 * Every module-constraint violation in an XLIFF 2 document.
 *
 * @example
 * moduleProblems(root, "en", "fr") // ["line 12: A glossary entry needs a translation or a definition"]
 */
export function moduleProblems(root: XElement, srcLang: string, add: Add): void {
  const all = [root, ...descendants(root)];
  const codepointProfile = all.some((e) => inNs(e, NS.slr, "profiles") && /^xliff:codepoints$/.test(attr(e, "generalProfile") ?? ""));
  for (const el of all) {
    checkMatches(el, add, srcLang);
    checkGlossary(el, add);
    checkMetadata(el, add);
    checkResourceData(el, add, srcLang);
    checkSizeRestriction(el, add, codepointProfile);
    checkValidation(el, add);
    checkChangeTracking(el, add);
  }
}
