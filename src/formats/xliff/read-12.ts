/**
 * XLIFF 1.2 reader (also 1.0/1.1 files without namespace), including Trados `.sdlxliff` and memoQ
 * `.mqxliff`: both are XLIFF 1.2 with extensions, read here for their text and states while their
 * other extension elements are skipped. A trans-unit is one paragraph; its `<seg-source>` markers
 * (`<mrk mtype="seg">`), when present, are its segments. Glossa's own 1.2 exports group the
 * sentences of a paragraph (`<group restype="x-glossa-paragraph">`), and are read back that way.
 *
 * Tracked changes are accepted: text inside a tracked deletion (Trados `x-sdl-deleted`, memoQ
 * `x-mq-tc` with `mq:tctype="del"`) is the deleted text and is left out; every other marker is
 * dropped and its text kept.
 */
import { SEGMENT_KINDS, type SegmentKind } from "../../domain/workflow";
import { CodeBook, collapseSpace, inlineChildren, typeFromHtml, typeFromName } from "./code-book";
import type { GlossaSegmentMeta, ReadFile, ReadSegment, ReadUnit, XliffDocument } from "./model";
import { fromMemoqStatus, fromTradosConf, fromXliff12State, type StateReading } from "./states";
import { attr, childElements, textContent, xmlSpace, XliffFileError, type XElement } from "./xml-tree";

export const XLIFF12_NS = "urn:oasis:names:tc:xliff:document:1.2";
export const SDL_NS = "http://sdl.com/FileTypes/SdlXliff/1.0";
export const MQ_NS = "MQXliff";

/** XLIFF 1.x namespaces: 1.2, 1.1, and none (1.0 files and many hand-written ones). */
export const XLIFF1_NAMESPACES = [XLIFF12_NS, "urn:oasis:names:tc:xliff:document:1.1", ""];
const isX = (el: XElement, local?: string) => XLIFF1_NAMESPACES.includes(el.ns) && (local === undefined || el.local === local);

type Side = { book: CodeBook; target: boolean; warnings: string[]; unitId: string; preserve: boolean; glossa: boolean };

function isDeletion(mrk: XElement): boolean {
  const mtype = attr(mrk, "mtype");
  return mtype === "x-sdl-deleted" || (mtype === "x-mq-tc" && attr(mrk, "tctype", MQ_NS) === "del");
}

function renderChildren(el: XElement, side: Side): string {
  return inlineChildren(el, side.preserve, (c) => isX(c), (c) => renderElement(c, side));
}

/** Native code of a `<bpt>`/`<ept>`/`<ph>`/`<it>`: its text without the `<sub>` flows. */
const nativeCode = (el: XElement) => el.children.map((c) => (typeof c === "string" ? c : "")).join("");

function renderElement(c: XElement, side: Side): string {
  const id = attr(c, "id");
  const rid = attr(c, "rid");
  const tag = /^<\/?\s*([A-Za-z][\w-]*)/.exec(nativeCode(c).trim())?.[1];
  const type = typeFromName(attr(c, "ctype")) ?? typeFromHtml(tag) ?? "other";
  const lost = (what: string) => {
    side.warnings.push(`Unit ${side.unitId}: the target's ${what} is not in the source; it was left out`);
    return "";
  };
  switch (c.local) {
    case "mrk":
      return isDeletion(c) ? "" : renderChildren(c, side);
    case "g": {
      if (side.target) {
        const open = id === undefined ? undefined : side.book.targetChar(`g:${id}`, "open");
        if (open === undefined) return lost(`code "${id}"`) + renderChildren(c, side);
        return open + renderChildren(c, side) + side.book.targetChar(`g:${id}`, "close")!;
      }
      const open = side.book.openPair(`g:${id}`, type);
      return open + renderChildren(c, side) + side.book.closePair(`g:${id}`)!;
    }
    case "bx":
    case "bpt": {
      // rid pairs the halves inside one source or target; id names each half across source and target.
      const key = `p:${rid ?? id}`;
      if (side.target) return side.book.targetChar(`b:${id}`, "open") ?? lost(`code "${id}"`);
      const ch = side.book.openPair(key, type, c.local === "bpt" ? nativeCode(c) : undefined);
      side.book.alias(`b:${id}`, key);
      return ch;
    }
    case "ex":
    case "ept": {
      const key = `p:${rid ?? id}`;
      if (side.target) return side.book.targetChar(`e:${id}`, "close") ?? lost(`end code "${id}"`);
      const ch = side.book.closePair(key, c.local === "ept" ? nativeCode(c) : undefined);
      if (ch === undefined) return side.book.standalone(`x:${id}`, type, nativeCode(c));
      side.book.alias(`e:${id}`, key);
      return ch;
    }
    case "it":
      // In Glossa's own files an <it> is half of a pair that spans two sentences of a paragraph.
      if (side.glossa) {
        const key = `p:${id}`;
        if (attr(c, "pos") === "open") return side.target ? (side.book.targetChar(key, "open") ?? lost(`code "${id}"`)) : side.book.openPair(key, type, nativeCode(c));
        if (side.target) return side.book.targetChar(key, "close") ?? lost(`end code "${id}"`);
        return side.book.closePair(key, nativeCode(c)) ?? side.book.standalone(`x:${id}`, type, nativeCode(c));
      }
      return side.target ? (side.book.targetChar(`x:${id}`, "standalone") ?? lost(`placeholder "${id}"`)) : side.book.standalone(`x:${id}`, type, nativeCode(c));
    case "x":
    case "ph": {
      const key = `x:${id}`;
      if (side.target) return side.book.targetChar(key, "standalone") ?? lost(`placeholder "${id}"`);
      return side.book.standalone(key, c.local === "x" ? (typeFromName(attr(c, "ctype")) ?? "other") : type, c.local === "x" ? undefined : nativeCode(c));
    }
    default:
      return "";
  }
}

function inlineText(el: XElement, side: Omit<Side, "preserve">): string {
  const preserve = xmlSpace(el) === "preserve";
  const out = renderChildren(el, { ...side, preserve });
  return preserve ? out : out.trim();
}

/** Glossa's own context group of a trans-unit (`x-glossa-*` contexts). */
function glossaContext(unit: XElement): { meta?: GlossaSegmentMeta; separator?: string } {
  const group = childElements(unit).find((c) => isX(c, "context-group") && /^glossa-s\d+$/.test(attr(c, "name") ?? ""));
  if (!group) return {};
  const values = new Map(childElements(group).filter((c) => isX(c, "context")).map((c) => [attr(c, "context-type"), textContent(c)]));
  const number = (k: string) => {
    const v = values.get(k)?.trim();
    return v !== undefined && /^\d+$/.test(v) ? Number(v) : undefined;
  };
  const kind = values.get("x-glossa-kind")?.trim();
  return {
    meta: {
      segmentId: number("x-glossa-segment-id"),
      sourceVersion: number("x-glossa-source-version"),
      translationVersion: number("x-glossa-translation-version"),
      kind: (SEGMENT_KINDS as readonly string[]).includes(kind ?? "") ? (kind as SegmentKind) : undefined,
    },
    separator: values.get("x-glossa-separator"),
  };
}

function stateOf(unit: XElement, target: XElement | undefined, mid: string | undefined, flavour: XliffDocument["flavour"]): StateReading {
  if (flavour === "sdlxliff") {
    const defs = childElements(unit, SDL_NS, "seg-defs").flatMap((d) => childElements(d, SDL_NS, "seg"));
    const seg = defs.find((s) => attr(s, "id") === mid) ?? (defs.length === 1 ? defs[0] : undefined);
    const reading = fromTradosConf(seg && attr(seg, "conf"));
    if (reading) return reading;
  }
  if (flavour === "mqxliff") {
    const reading = fromMemoqStatus(attr(unit, "status", MQ_NS));
    if (reading) return reading;
  }
  const state = target && attr(target, "state");
  if (state === undefined && attr(unit, "approved") === "yes") return { status: "final", needsReview: false };
  return fromXliff12State(state);
}

/** The segments of one trans-unit: its seg-source markers, or the whole source. */
function transUnitSegments(unit: XElement, book: CodeBook, warnings: string[], flavour: XliffDocument["flavour"], glossa = false): ReadSegment[] {
  const unitId = attr(unit, "id")!;
  const source = childElements(unit).find((c) => isX(c, "source"))!;
  const segSource = childElements(unit).find((c) => isX(c, "seg-source"));
  const target = childElements(unit).find((c) => isX(c, "target"));
  const side = { book, warnings, unitId, glossa };
  const segMarkers = segSource ? childElements(segSource).filter((c) => isX(c, "mrk") && attr(c, "mtype") === "seg") : [];
  const { meta, separator } = glossaContext(unit);
  if (segMarkers.length === 0) {
    const sourceText = inlineText(source, { ...side, target: false });
    const targetText = target ? inlineText(target, { ...side, target: true }) : undefined;
    const state = stateOf(unit, target, undefined, flavour);
    const hasTarget = targetText !== undefined && targetText.trim() !== "";
    return [{ id: unitId, source: sourceText, target: hasTarget ? targetText : undefined, status: hasTarget ? state.status : undefined, needsReview: hasTarget && state.needsReview, separator: separator ?? "", glossa: meta }];
  }
  const preserve = xmlSpace(segSource!) === "preserve";
  const targetMarkers = new Map((target ? childElements(target).filter((c) => isX(c, "mrk") && attr(c, "mtype") === "seg") : []).map((m) => [attr(m, "mid"), m]));
  const segments: ReadSegment[] = [];
  for (const c of segSource!.children) {
    if (typeof c === "string" || !(isX(c, "mrk") && attr(c, "mtype") === "seg")) {
      // Text between segments is their separator; codes there belong to no segment.
      const last = segments[segments.length - 1];
      if (last && typeof c === "string") last.separator += preserve ? c : collapseSpace(c);
      continue;
    }
    const mid = attr(c, "mid");
    const sourceText = inlineText(c, { ...side, target: false });
    const targetMarker = targetMarkers.get(mid);
    const targetText = targetMarker ? inlineText(targetMarker, { ...side, target: true }) : undefined;
    const hasTarget = targetText !== undefined && targetText.trim() !== "";
    const state = stateOf(unit, target, mid, flavour);
    segments.push({ id: `${unitId}#${mid}`, source: sourceText, target: hasTarget ? targetText : undefined, status: hasTarget ? state.status : undefined, needsReview: hasTarget && state.needsReview, separator: "" });
  }
  if (target && targetMarkers.size === 0 && textContent(target).trim()) warnings.push(`Unit ${unitId}: the target is not cut into the source's segments; it was left out`);
  return segments;
}

function checkStructure(root: XElement): void {
  const version = attr(root, "version");
  if (!version || !["1.0", "1.1", "1.2"].includes(version)) throw new XliffFileError(`XLIFF version "${version ?? ""}" is not 1.0, 1.1 or 1.2`, root.line);
  const files = childElements(root).filter((c) => isX(c, "file"));
  if (files.length === 0) throw new XliffFileError("The document has no <file>", root.line);
  for (const file of files) {
    if (!attr(file, "source-language")) throw new XliffFileError("<file> needs a source-language", file.line);
    const body = childElements(file).find((c) => isX(c, "body"));
    if (!body) throw new XliffFileError("<file> needs a <body>", file.line);
    const ids = new Set<string>();
    const walk = (el: XElement) => {
      for (const c of childElements(el)) {
        if (isX(c, "group")) walk(c);
        else if (isX(c, "trans-unit")) {
          const id = attr(c, "id");
          if (id === undefined || id === "") throw new XliffFileError("<trans-unit> needs an id", c.line);
          if (ids.has(id)) throw new XliffFileError(`The trans-unit id "${id}" is used twice in one file`, c.line);
          ids.add(id);
          const sources = childElements(c).filter((k) => isX(k, "source"));
          if (sources.length !== 1) throw new XliffFileError(`<trans-unit id="${id}"> needs exactly one <source>`, c.line);
          if (childElements(c).filter((k) => isX(k, "target")).length > 1) throw new XliffFileError(`<trans-unit id="${id}"> has more than one <target>`, c.line);
        }
      }
    };
    walk(body);
  }
}

/**
 * Reads an XLIFF 1.x document (already parsed) into Glossa's model.
 *
 * @example
 * readXliff12(parseXmlTree(xml)).files[0].units.length
 */
export function readXliff12(root: XElement): XliffDocument {
  checkStructure(root);
  const warnings: string[] = [];
  const hasNs = (ns: string) => root.attrs.some((a) => a.ns === ns) || [...childElements(root)].some(function deep(el: XElement): boolean {
    return el.ns === ns || el.attrs.some((a) => a.ns === ns) || childElements(el).some(deep);
  });
  const flavour: XliffDocument["flavour"] = hasNs(SDL_NS) ? "sdlxliff" : hasNs(MQ_NS) ? "mqxliff" : "xliff";
  let skipped = 0;
  const files: ReadFile[] = childElements(root)
    .filter((c) => isX(c, "file"))
    .map((file) => {
      const units: ReadUnit[] = [];
      const walk = (el: XElement) => {
        for (const c of childElements(el)) {
          if (isX(c, "group") && attr(c, "restype") === "x-glossa-paragraph") {
            const book = new CodeBook(attr(c, "id") ?? "", true);
            const transUnits = childElements(c).filter((k) => isX(k, "trans-unit"));
            const segments = transUnits.flatMap((t) => transUnitSegments(t, book, warnings, flavour, true));
            const kind = attr(c, "resname");
            units.push({ id: attr(c, "id") ?? "", kind: (SEGMENT_KINDS as readonly string[]).includes(kind ?? "") ? (kind as SegmentKind) : undefined, codes: book.codes, segments });
          } else if (isX(c, "group")) walk(c);
          else if (isX(c, "trans-unit")) {
            if (attr(c, "translate") === "no") {
              skipped++;
              continue;
            }
            const book = new CodeBook(attr(c, "id")!);
            const segments = transUnitSegments(c, book, warnings, flavour).filter((s) => s.source.trim() !== "");
            if (segments.length) units.push({ id: attr(c, "id")!, name: attr(c, "resname"), codes: book.codes, segments });
          }
        }
      };
      walk(childElements(file).find((c) => isX(c, "body"))!);
      return { original: attr(file, "original"), units };
    });
  if (skipped) warnings.push(`${skipped} trans-unit(s) marked translate="no" were skipped`);
  const first = childElements(root).find((c) => isX(c, "file"))!;
  const original = attr(first, "original") ?? "";
  const articleId = /^article-(\d+)$/.exec(original)?.[1];
  return {
    version: attr(root, "version")!,
    flavour,
    srcLang: attr(first, "source-language")!,
    trgLang: attr(first, "target-language"),
    files,
    glossa: articleId && attr(first, "tool-id") === "glossa" ? { articleId: Number(articleId), title: attr(first, "product-name") } : undefined,
    warnings,
  };
}
