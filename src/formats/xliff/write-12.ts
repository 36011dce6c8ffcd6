/**
 * XLIFF 1.2 writer, for tools that read nothing newer. One `<group id="p<paragraph>">` per
 * paragraph and one `<trans-unit id="s<segmentId>">` per sentence — the layout every 1.2 tool
 * reads, from Symfony to Trados — with the state table of ./states. Inline codes carry their
 * markup as native code: `<bpt>`/`<ept>` for a pair inside the sentence, `<it>` for half a pair
 * that spans sentences, `<ph>` for a placeholder. QA flags are `<mrk mtype="x-its">` with ITS
 * attributes where the span holds no code (1.2 markers must nest), and a note always. Glossa's
 * versions travel in a `<context-group>`, the separator after each sentence too.
 *
 * XLIFF 1.2 cannot carry characters XML forbids (NUL …) and has no `<cp>`: such a text is refused
 * with the segment named (Xliff12WriteError), never silently altered.
 */
import type { InlineCode } from "../../domain/inline-codes";
import { planCodes, type PlannedCode } from "./code-plan";
import { flagComment, itsAttributes, ITS_NS } from "./its";
import { xliffLangTag } from "./lang-tags";
import type { XliffExportDoc, XliffFlag, XliffSegmentOut } from "./model";
import { toXliff12State } from "./states";
import { paragraphs } from "./write-2";
import { attrs, ForbiddenCharacterError, strictText, visibleText } from "./xml-text";

export const XLIFF12_NS = "urn:oasis:names:tc:xliff:document:1.2";

export class Xliff12WriteError extends Error {
  constructor(
    message: string,
    readonly segmentId: number,
  ) {
    super(message);
    this.name = "Xliff12WriteError";
  }
}

const DELIMITERS: Record<string, string> = { bold: "bold", italic: "italic", underline: "underlined", link: "link" };
const PLACEHOLDERS: Record<string, string> = { image: "image", linebreak: "lb" };

function ctype(code: InlineCode | undefined, placeholder: boolean): string | undefined {
  if (!code || code.type === "other") return undefined;
  return (placeholder ? PLACEHOLDERS : DELIMITERS)[code.type] ?? `x-${code.type}`;
}

function codeElement(p: PlannedCode): string {
  const pair = p.code?.kind === "pair" ? p.code : undefined;
  const open = pair?.open ?? "";
  const close = pair?.close ?? "";
  switch (p.role) {
    case "standalone":
      return `<ph${attrs({ id: p.id, ctype: ctype(p.code, true) })}>${strictText(p.code?.kind === "standalone" ? (p.code.original ?? "") : "")}</ph>`;
    case "start":
      return `<bpt${attrs({ id: p.id, rid: p.id, ctype: ctype(p.code, false) })}>${strictText(open)}</bpt>`;
    case "end":
      return `<ept${attrs({ id: p.startRef, rid: p.startRef })}>${strictText(close)}</ept>`;
    case "isolatedStart":
      return `<it${attrs({ id: p.id, pos: "open", ctype: ctype(p.code, false) })}>${strictText(open)}</it>`;
    case "isolatedEnd":
      return `<it${attrs({ id: p.id, pos: "close", ctype: ctype(p.code, false) })}>${strictText(close)}</it>`;
  }
}

/** Flags that can be `<mrk>`: spans over plain text only, not overlapping one another. */
function markableFlags(text: string, flags: XliffFlag[], plan: PlannedCode[]): XliffFlag[] {
  const codeAt = new Set(plan.map((p) => p.mark.at));
  const chosen: XliffFlag[] = [];
  for (const f of [...flags].sort((a, b) => a.start - b.start || a.end - b.end)) {
    if (f.start < 0 || f.end > text.length || f.end <= f.start) continue;
    let clean = true;
    for (let i = f.start; i < f.end && clean; i++) clean = !codeAt.has(i);
    if (clean && !chosen.some((c) => f.start < c.end && c.start < f.end)) chosen.push(f);
  }
  return chosen;
}

function renderInline12(text: string, plan: PlannedCode[], flags: XliffFlag[]): string {
  const at = new Map(plan.map((p) => [p.mark.at, p]));
  const marks = markableFlags(text, flags, plan);
  const startAt = new Map(marks.map((f) => [f.start, f]));
  const endAt = new Map(marks.map((f) => [f.end, f]));
  let out = "";
  let run = "";
  const flush = () => {
    out += strictText(run);
    run = "";
  };
  for (let i = 0; i <= text.length; i++) {
    if (endAt.has(i)) {
      flush();
      out += "</mrk>";
    }
    const start = startAt.get(i);
    if (start) {
      flush();
      out += `<mrk${attrs({ mtype: "x-its", ...itsAttributes(start) })}>`;
    }
    if (i === text.length) break;
    const code = at.get(i);
    if (code) {
      flush();
      out += codeElement(code);
    } else run += text[i];
  }
  flush();
  return out;
}

function context(s: XliffSegmentOut): string {
  const rows: Array<[string, string | number | undefined]> = [
    ["x-glossa-segment-id", s.id],
    ["x-glossa-kind", s.kind],
    ["x-glossa-source-version", s.sourceVersion],
    ["x-glossa-translation-version", s.target ? s.target.version : 0],
    ["x-glossa-separator", s.separator || undefined],
  ];
  const contexts = rows
    .filter(([, v]) => v !== undefined)
    .map(([type, v]) => `<context context-type="${type}">${visibleText(String(v))}</context>`)
    .join("");
  return `<context-group name="glossa-s${s.id}" purpose="information">${contexts}</context-group>`;
}

function notes(s: XliffSegmentOut): string[] {
  const out: string[] = [];
  const note = (annotates: string, text: string) => out.push(`<note from="glossa" annotates="${annotates}">${visibleText(text)}</note>`);
  if (s.target?.updatedAt) {
    const who = s.target.updatedBy ? ` by ${s.target.updatedBy}` : "";
    const origin = s.target.origin === "human" ? "" : `, from ${s.target.origin}`;
    note("target", `${s.target.status}${origin}; last saved${who} at ${s.target.updatedAt}`);
  }
  if (s.target?.needsReview) {
    note("target", "The source changed after this translation was made: review it");
  }
  for (const f of s.flags) note(f.side, `[${f.severity}] ${f.category} (${f.check}): ${flagComment(f)}`);
  return out;
}

function transUnit(s: XliffSegmentOut, sourcePlan: PlannedCode[], targetPlan: PlannedCode[], targetLang: string): string {
  const side = (which: "source" | "target", text: string, plan: PlannedCode[]) => {
    try {
      return renderInline12(text, plan, s.flags.filter((f) => f.side === which));
    } catch (e) {
      if (e instanceof ForbiddenCharacterError) {
        throw new Xliff12WriteError(`The ${which} of segment ${s.id} holds U+${e.codePoint.toString(16).toUpperCase().padStart(4, "0")}, which XML cannot carry and XLIFF 1.2 cannot encode; export XLIFF 2.1 (it writes <cp>) or correct the text`, s.id);
      }
      throw e;
    }
  };
  let target = "";
  if (s.target) {
    const { state, qualifier } = toXliff12State(s.target.status, s.target.needsReview, s.target.origin);
    target = `\n        <target${attrs({ "xml:lang": targetLang, state, "state-qualifier": qualifier })}>${side("target", s.target.text, targetPlan)}</target>`;
  }
  const approved = s.target?.status === "final" ? "yes" : undefined;
  return (
    `      <trans-unit${attrs({ id: `s${s.id}`, resname: s.kind, approved })} xml:space="preserve">\n` +
    `        <source>${side("source", s.source, sourcePlan)}</source>${target}\n` +
    `        ${context(s)}` +
    notes(s).map((n) => `\n        ${n}`).join("") +
    `\n      </trans-unit>`
  );
}

/**
 * Writes an article as XLIFF 1.2 (strict schema).
 *
 * @example
 * writeXliff12(doc).includes('<xliff version="1.2"') // true
 */
export function writeXliff12(doc: XliffExportDoc): string {
  const targetLang = xliffLangTag(doc.targetLang);
  const groups = paragraphs(doc.segments).map((paragraph) => {
    const codes = paragraph.flatMap((s) => s.codes);
    const units = paragraph.map((s) => {
      const [source] = planCodes([s.source], codes);
      const [target] = planCodes([s.target?.text ?? ""], codes);
      return transUnit(s, source!, target!, targetLang);
    });
    return `    <group${attrs({ id: `p${paragraph[0]!.paragraph}`, restype: "x-glossa-paragraph", resname: paragraph[0]!.kind })}>\n${units.join("\n")}\n    </group>`;
  });
  const purpose = doc.purpose === "publication" ? "approved version for publication" : "for translation";
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<xliff version="1.2" xmlns="${XLIFF12_NS}" xmlns:its="${ITS_NS}">\n` +
    `  <file${attrs({ original: `article-${doc.articleId}`, "source-language": xliffLangTag(doc.sourceLang), "target-language": targetLang, datatype: "plaintext", "tool-id": "glossa", "product-name": doc.title })}>\n` +
    `    <header>\n` +
    `      <tool tool-id="glossa" tool-name="Glossa"/>\n` +
    `      <note from="glossa">${visibleText(`Glossa article ${doc.articleId}, ${purpose}: ${doc.title}`)}</note>\n` +
    `    </header>\n` +
    `    <body>\n${groups.join("\n")}\n    </body>\n` +
    `  </file>\n` +
    `</xliff>\n`
  );
}
