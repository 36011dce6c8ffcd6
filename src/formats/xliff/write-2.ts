/**
 * XLIFF 2.1 (and 2.0) writer. One `<file>` per article, one `<unit id="p<paragraph>">` per
 * paragraph with a `<segment id="s<segmentId>">` per sentence and an `<ignorable>` for the space
 * between two sentences, so the paragraph joins back exactly. Inline codes are `<sc>`/`<ec>`/`<ph>`
 * with their markup in `<originalData>`; QA flags are ITS Localization Quality Issue `<sm>`/`<em>`
 * spans (they may overlap each other and codes); notes say who changed what and why a segment
 * needs review; Glossa's versions travel in the Metadata module so an import can tell newer work
 * from the work exported.
 */
import type { InlineCode } from "../../domain/inline-codes";
import { planCodes, type PlannedCode } from "./code-plan";
import { flagComment, itsAttributes, ITS_NS } from "./its";
import { xliffLangTag } from "./lang-tags";
import type { XliffExportDoc, XliffFlag, XliffSegmentOut } from "./model";
import { NEEDS_REVIEW_SUBSTATE } from "./states";
import { attrs, textWithCp, visibleText } from "./xml-text";

export const XLIFF2_NS = "urn:oasis:names:tc:xliff:document:2.0";
export const MDA_NS = "urn:oasis:names:tc:xliff:metadata:2.0";

/** XLIFF 2 `type`/`subType` of a code, from what the markup means. */
export function xliff2CodeType(code: InlineCode | undefined): { type?: string; subType?: string } {
  switch (code?.type) {
    case "bold":
      return { type: "fmt", subType: "xlf:b" };
    case "italic":
      return { type: "fmt", subType: "xlf:i" };
    case "underline":
      return { type: "fmt", subType: "xlf:u" };
    case "linebreak":
      return { type: "fmt", subType: "xlf:lb" };
    case "link":
      return { type: "link" };
    case "image":
      return { type: "image" };
    case undefined:
    case "other":
      return {};
    default:
      return { type: "fmt" };
  }
}

/** The `<data>` ids of a code's markup. */
const dataId = (p: PlannedCode, end = false) => (p.mark.kind === "standalone" ? `dx${p.mark.n}` : `dc${p.mark.n}${end ? "e" : "s"}`);

function codeElement(p: PlannedCode, data: Set<string>): string {
  const ref = (end: boolean) => {
    if (p.copyOf) return undefined;
    const markup = p.code ? (p.code.kind === "pair" ? (end ? p.code.close : p.code.open) : p.code.original) : undefined;
    if (!markup) return undefined;
    data.add(dataId(p, end));
    return dataId(p, end);
  };
  const kind = xliff2CodeType(p.code);
  switch (p.role) {
    case "standalone":
      return `<ph${attrs({ id: p.id, copyOf: p.copyOf, dataRef: ref(false), ...kind })}/>`;
    case "start":
      return `<sc${attrs({ id: p.id, copyOf: p.copyOf, dataRef: ref(false), ...kind })}/>`;
    case "isolatedStart":
      return `<sc${attrs({ id: p.id, copyOf: p.copyOf, isolated: "yes", dataRef: ref(false), ...kind })}/>`;
    case "end":
      return `<ec${attrs({ startRef: p.startRef, dataRef: ref(true), ...kind })}/>`;
    case "isolatedEnd":
      return `<ec${attrs({ id: p.id, copyOf: p.copyOf, isolated: "yes", dataRef: ref(true), ...kind })}/>`;
  }
}

/**
 * A source or target text with its codes and flags: at each offset the flags ending there close
 * first, then the empty flags and those starting there open, then the character (or code) follows.
 */
export function renderInline2(text: string, plan: PlannedCode[], flags: XliffFlag[], data: Set<string>): string {
  const at = new Map<number, PlannedCode>(plan.map((p) => [p.mark.at, p]));
  const starts = new Map<number, XliffFlag[]>();
  const ends = new Map<number, XliffFlag[]>();
  for (const f of flags) {
    const start = Math.max(0, Math.min(f.start, text.length));
    const end = Math.max(start, Math.min(f.end, text.length));
    (starts.get(start) ?? starts.set(start, []).get(start)!).push(f);
    (ends.get(end) ?? ends.set(end, []).get(end)!).push(f);
  }
  const sm = (f: XliffFlag) => `<sm${attrs({ id: `q${f.id}`, type: "its:generic", ...itsAttributes(f) })}/>`;
  const em = (f: XliffFlag) => `<em startRef="q${f.id}"/>`;
  let out = "";
  let run = "";
  const flush = () => {
    out += textWithCp(run);
    run = "";
  };
  for (let i = 0; i <= text.length; i++) {
    const closing = ends.get(i)?.filter((f) => !starts.get(i)?.includes(f)) ?? [];
    const opening = starts.get(i) ?? [];
    if (closing.length || opening.length) {
      flush();
      for (const f of closing) out += em(f);
      for (const f of opening) out += sm(f) + (ends.get(i)?.includes(f) ? em(f) : "");
    }
    if (i === text.length) break;
    const code = at.get(i);
    if (code) {
      flush();
      out += codeElement(code, data);
    } else run += text[i];
  }
  flush();
  return out;
}

function originalData(codes: InlineCode[], used: Set<string>): string {
  const entries: string[] = [];
  for (const c of codes) {
    const pieces: Array<[string, string | undefined]> =
      c.kind === "pair" ? [[`dc${c.n}s`, c.open], [`dc${c.n}e`, c.close]] : [[`dx${c.n}`, c.original]];
    for (const [id, markup] of pieces) if (markup && used.has(id)) entries.push(`<data id="${id}">${textWithCp(markup)}</data>`);
  }
  return entries.length ? `      <originalData>\n        ${entries.join("\n        ")}\n      </originalData>\n` : "";
}

function segmentNotes(s: XliffSegmentOut, withRef: boolean): string[] {
  const notes: string[] = [];
  const note = (id: string, category: string, appliesTo: string | undefined, ref: string, text: string) =>
    notes.push(`<note${attrs({ id, category, appliesTo, ref: withRef ? ref : undefined })}>${visibleText(withRef ? text : `${ref.slice(1)}: ${text}`)}</note>`);
  if (s.target?.updatedAt) {
    const who = s.target.updatedBy ? ` by ${s.target.updatedBy}` : "";
    const origin = s.target.origin === "human" ? "" : `, from ${s.target.origin}`;
    note(`n${s.id}h`, "glossa:history", "target", `#s${s.id}`, `${s.target.status}${origin}; last saved${who} at ${s.target.updatedAt}`);
  }
  if (s.target?.needsReview) {
    note(`n${s.id}r`, "glossa:needs-review", "target", `#s${s.id}`, "The source changed after this translation was made: review it");
  }
  for (const f of s.flags) {
    note(`nq${f.id}`, `glossa:qa:${f.check}`, f.side, `#q${f.id}`, `[${f.severity}] ${f.category}: ${flagComment(f)}`);
  }
  return notes;
}

function segmentMetadata(s: XliffSegmentOut): string {
  const meta = (type: string, value: string | number | undefined) => (value === undefined ? "" : `<mda:meta type="${type}">${visibleText(String(value))}</mda:meta>`);
  return (
    `<mda:metaGroup id="m${s.id}" category="glossa:segment">` +
    meta("segmentId", s.id) +
    meta("kind", s.kind) +
    meta("sourceVersion", s.sourceVersion) +
    meta("translationVersion", s.target ? s.target.version : 0) +
    `</mda:metaGroup>`
  );
}

function unit(paragraph: XliffSegmentOut[], withRef: boolean): string {
  const first = paragraph[0]!;
  const codes = paragraph.flatMap((s) => s.codes);
  const sourcePlan = planCodes(paragraph.map((s) => s.source), codes);
  const targetPlan = planCodes(paragraph.map((s) => s.target?.text ?? ""), codes);
  const data = new Set<string>();
  const body: string[] = [];
  paragraph.forEach((s, i) => {
    const state = s.target ? { state: s.target.status, subState: s.target.needsReview ? NEEDS_REVIEW_SUBSTATE : undefined } : {};
    const source = renderInline2(s.source, sourcePlan[i]!, s.flags.filter((f) => f.side === "source"), data);
    const target = s.target ? `\n        <target>${renderInline2(s.target.text, targetPlan[i]!, s.flags.filter((f) => f.side === "target"), data)}</target>` : "";
    body.push(`      <segment${attrs({ id: `s${s.id}`, ...state })}>\n        <source>${source}</source>${target}\n      </segment>`);
    if (s.separator) body.push(`      <ignorable id="g${s.id}">\n        <source>${textWithCp(s.separator)}</source>\n      </ignorable>`);
  });
  const notes = paragraph.flatMap((s) => segmentNotes(s, withRef));
  return (
    `    <unit${attrs({ id: `p${first.paragraph}`, name: first.kind, type: `glossa:${first.kind}` })} xml:space="preserve">\n` +
    `      <mda:metadata id="mp${first.paragraph}">${paragraph.map(segmentMetadata).join("")}</mda:metadata>\n` +
    (notes.length ? `      <notes>\n        ${notes.join("\n        ")}\n      </notes>\n` : "") +
    originalData(codes, data) +
    body.join("\n") +
    `\n    </unit>`
  );
}

/** Groups segments by paragraph, keeping their order. */
export function paragraphs<T extends { paragraph: number }>(segments: T[]): T[][] {
  const out: T[][] = [];
  for (const s of segments) {
    const last = out[out.length - 1];
    if (last && last[0]!.paragraph === s.paragraph) last.push(s);
    else out.push([s]);
  }
  return out;
}

/**
 * Writes an article as XLIFF 2.1 (or 2.0: the same core, without `note/@ref`, which 2.1 added).
 *
 * @example
 * writeXliff2(doc, "2.1").startsWith('<?xml version="1.0" encoding="UTF-8"?>') // true
 */
export function writeXliff2(doc: XliffExportDoc, version: "2.1" | "2.0" = "2.1"): string {
  const withRef = version !== "2.0";
  const article =
    `<mda:metadata id="ma${doc.articleId}"><mda:metaGroup category="glossa:article">` +
    `<mda:meta type="articleId">${doc.articleId}</mda:meta>` +
    `<mda:meta type="title">${visibleText(doc.title)}</mda:meta>` +
    `<mda:meta type="purpose">${doc.purpose}</mda:meta>` +
    `</mda:metaGroup></mda:metadata>`;
  const units = paragraphs(doc.segments).map((p) => unit(p, withRef));
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<xliff xmlns="${XLIFF2_NS}" xmlns:mda="${MDA_NS}" xmlns:its="${ITS_NS}" its:version="2.0" version="${version}"${attrs({ srcLang: xliffLangTag(doc.sourceLang), trgLang: xliffLangTag(doc.targetLang) })}>\n` +
    `  <file id="a${doc.articleId}"${attrs({ original: `article-${doc.articleId}` })}>\n` +
    `    ${article}\n` +
    `${units.join("\n")}\n` +
    `  </file>\n` +
    `</xliff>\n`
  );
}
