/**
 * Inline codes through machine translation. Glossa keeps markup as private-use characters
 * (domain/inline-codes), which a translation engine would drop or mangle; clients send them as
 * tags the engine is made to keep and map them back afterwards:
 *
 * - `xml` (DeepL with tag_handling=xml, LLM prompts): a pair whose both ends are in the segment is
 *   `<g id="n">…</g>`, an end alone is `<bx id="n"/>` / `<ex id="n"/>`, a standalone code `<x id="n"/>`;
 * - `html` (Google, Microsoft, LibreTranslate with format html): `<span id="gN">…</span>`, and
 *   `<img id="oN">`, `<img id="cN">`, `<img id="xN">` for the others.
 *
 * The text between is escaped for the markup. Back from the engine, only codes the source has are
 * restored, each once (a pair opened twice keeps its first); tags the engine invented are dropped,
 * so a save never meets codes its source lacks. Codes the engine lost stay lost: the QA
 * inline-codes check flags them for the post-editor.
 */
import { closeChar, codeMarks, markKey, openChar, standaloneChar, type CodeKind } from "../domain/inline-codes";

export type TagStyle = "xml" | "html";

const escapeText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * The text with its codes as tags and the rest escaped.
 *
 * @example
 * toTagged(`a ${openChar(1)}b${closeChar(1)}`, "xml") // 'a <g id="1">b</g>'
 */
export function toTagged(text: string, style: TagStyle): string {
  const marks = codeMarks(text);
  const closes = new Set(marks.filter((m) => m.kind === "close").map((m) => m.n));
  const opened = new Set<number>();
  let out = "";
  let from = 0;
  for (const m of marks) {
    out += escapeText(text.slice(from, m.at));
    from = m.at + 1;
    const paired = m.kind === "open" ? closes.has(m.n) && marks.some((c) => c.kind === "close" && c.n === m.n && c.at > m.at) : opened.has(m.n);
    if (m.kind === "open" && paired) opened.add(m.n);
    out += tagFor(m.kind, m.n, paired, style);
  }
  return out + escapeText(text.slice(from));
}

function tagFor(kind: CodeKind, n: number, paired: boolean, style: TagStyle): string {
  if (style === "xml") {
    if (kind === "standalone") return `<x id="${n}"/>`;
    if (paired) return kind === "open" ? `<g id="${n}">` : "</g>";
    return kind === "open" ? `<bx id="${n}"/>` : `<ex id="${n}"/>`;
  }
  if (kind === "standalone") return `<img id="x${n}">`;
  if (paired) return kind === "open" ? `<span id="g${n}">` : "</span>";
  return `<img id="${kind === "open" ? "o" : "c"}${n}">`;
}

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

/** Decodes the character references an engine may write in escaped text. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (whole, ref: string) => {
    if (ref[0] === "#") {
      const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

const TAG = /<(\/?)([a-zA-Z][\w-]*)((?:\s+[\w-]+\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))*)\s*(\/?)>/g;
const ID = /\bid\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/;
const XML_NAMES = new Set(["g", "x", "bx", "ex"]);

/**
 * The engine's answer back in Glossa's form: tags of the source's codes become code characters,
 * other tags of ours are dropped, the text is unescaped.
 *
 * @example
 * fromTagged('a <g id="1">b</g>', source, "xml") // `a ${openChar(1)}b${closeChar(1)}` when source has pair 1
 */
export function fromTagged(answer: string, source: string, style: TagStyle): string {
  const known = new Set(codeMarks(source).map(markKey));
  const used = new Set<string>();
  const stack: Array<number | null> = [];
  const emit = (kind: CodeKind, n: number): string => {
    const key = markKey({ kind, n });
    if (!known.has(key) || used.has(key)) return "";
    used.add(key);
    return kind === "open" ? openChar(n) : kind === "close" ? closeChar(n) : standaloneChar(n);
  };
  let out = "";
  let from = 0;
  for (const m of answer.matchAll(TAG)) {
    const [whole, slash, rawName, attrs, selfClosing] = m;
    const name = rawName!.toLowerCase();
    if (style === "xml" && !XML_NAMES.has(name)) continue; // not ours: an LLM may write "<" in text
    out += decodeEntities(answer.slice(from, m.index));
    from = m.index + whole.length;
    const idMatch = ID.exec(attrs ?? "");
    const id = idMatch ? (idMatch[1] ?? idMatch[2] ?? idMatch[3] ?? "") : "";
    out += style === "xml" ? xmlTag(name, Boolean(slash), Boolean(selfClosing), id, stack, emit) : htmlTag(name, Boolean(slash), id, stack, emit);
  }
  return out + decodeEntities(answer.slice(from));
}

type Emit = (kind: CodeKind, n: number) => string;
const num = (s: string) => (/^\d{1,4}$/.test(s) ? Number(s) : null);

function xmlTag(name: string, closing: boolean, selfClosing: boolean, id: string, stack: Array<number | null>, emit: Emit): string {
  if (name === "g") {
    if (closing) {
      const n = stack.pop();
      return n == null ? "" : emit("close", n);
    }
    const n = num(id);
    if (selfClosing) return n === null ? "" : emit("open", n) + emit("close", n);
    stack.push(n);
    return n === null ? "" : emit("open", n);
  }
  const n = num(id);
  if (closing || n === null) return "";
  return emit(name === "x" ? "standalone" : name === "bx" ? "open" : "close", n);
}

function htmlTag(name: string, closing: boolean, id: string, stack: Array<number | null>, emit: Emit): string {
  const m = /^([gocx])(\d{1,4})$/.exec(id);
  if (name === "span") {
    if (closing) {
      const n = stack.pop();
      return n == null ? "" : emit("close", n);
    }
    const n = m && m[1] === "g" ? Number(m[2]) : null;
    stack.push(n);
    return n === null ? "" : emit("open", n);
  }
  if (!m || closing || m[1] === "g") return "";
  return emit(m[1] === "x" ? "standalone" : m[1] === "o" ? "open" : "close", Number(m[2]));
}
