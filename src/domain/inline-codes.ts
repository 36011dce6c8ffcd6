/**
 * Inline codes: the markup inside a paragraph (bold, a link, an image, a line break) kept in the
 * segment text as one private-use character per code, the way XLIFF keeps `<pc>`, `<sc>`/`<ec>`
 * and `<ph>`. Each code is one UTF-16 unit, so offsets, diffs and QA spans stay plain string
 * indices, and the text alone tells what each code is:
 *
 * - a pair n (1…2047) opens with U+E000 + 2n and closes with U+E000 + 2n + 1;
 * - a standalone code n (1…1791) is U+F000 + n.
 *
 * Numbers are unique within a paragraph (an XLIFF unit); a pair may open in one sentence and close
 * in the next. What a code stands for (its type, the original markup, a link's href) travels
 * beside the text as `InlineCode` records (`segments.codes`), which writers use to put the markup
 * back. Pure: no I/O.
 */

export const PAIR_BASE = 0xe000;
export const STANDALONE_BASE = 0xf000;
export const MAX_PAIRS = 2047;
export const MAX_STANDALONE = 1791;

export type CodeKind = "open" | "close" | "standalone";
/** What the markup means, for labels and for writers of another format than the one read. */
export const INLINE_CODE_TYPES = [
  "bold", "italic", "underline", "strike", "code", "link", "superscript", "subscript", "span", "image", "linebreak", "other",
] as const;
export type InlineCodeType = (typeof INLINE_CODE_TYPES)[number];

/**
 * One code of a paragraph. A pair has one record (`kind: "pair"`) for both of its characters.
 *
 * @example
 * { kind: "pair", n: 1, type: "link", open: '<a href="https://unesco.org">', close: "</a>", attrs: { href: "https://unesco.org" } }
 * { kind: "standalone", n: 1, type: "linebreak", original: "<br>" }
 */
export type InlineCode =
  | { kind: "pair"; n: number; type: InlineCodeType; open?: string; close?: string; attrs?: Record<string, string> }
  | { kind: "standalone"; n: number; type: InlineCodeType; original?: string; attrs?: Record<string, string> };

/** A code character found in a text. */
export type CodeMark = { at: number; kind: CodeKind; n: number };

export const openChar = (n: number): string => String.fromCharCode(PAIR_BASE + 2 * checkRange(n, MAX_PAIRS));
export const closeChar = (n: number): string => String.fromCharCode(PAIR_BASE + 2 * checkRange(n, MAX_PAIRS) + 1);
export const standaloneChar = (n: number): string => String.fromCharCode(STANDALONE_BASE + checkRange(n, MAX_STANDALONE));

function checkRange(n: number, max: number): number {
  if (!Number.isInteger(n) || n < 1 || n > max) throw new RangeError(`Inline code number ${n} is outside 1…${max}`);
  return n;
}

/** Whether the UTF-16 unit `code` is one of our code characters. */
export function isCodeUnit(code: number): boolean {
  return (code >= PAIR_BASE + 2 && code <= PAIR_BASE + 2 * MAX_PAIRS + 1) || (code >= STANDALONE_BASE + 1 && code <= STANDALONE_BASE + MAX_STANDALONE);
}

/**
 * What a character is, when it is a code.
 *
 * @example
 * parseCodeChar(openChar(3)) // { kind: "open", n: 3 }
 * parseCodeChar("a")         // undefined
 */
export function parseCodeChar(ch: string): { kind: CodeKind; n: number } | undefined {
  const code = ch.charCodeAt(0);
  if (ch.length !== 1 || !isCodeUnit(code)) return undefined;
  if (code >= STANDALONE_BASE) return { kind: "standalone", n: code - STANDALONE_BASE };
  const offset = code - PAIR_BASE;
  return { kind: offset % 2 === 0 ? "open" : "close", n: offset >> 1 };
}

/** Every code character of `text`, in order. */
export function codeMarks(text: string): CodeMark[] {
  const marks: CodeMark[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isCodeUnit(code)) continue;
    const parsed = parseCodeChar(text[i]!)!;
    marks.push({ at: i, ...parsed });
  }
  return marks;
}

const ANY_CODE = /[\uE002-\uEFFF\uF001-\uF6FF]/;
/** Whether `text` holds any code (one regular-expression scan, no allocation: checks call it on every text). */
export const hasCodes = (text: string): boolean => ANY_CODE.test(text);

/** The key of a code character, equal for equal characters: "o3", "c3", "s1". */
export const markKey = (m: { kind: CodeKind; n: number }): string => `${m.kind[0]}${m.n}`;

/**
 * The text without its codes, and where each of its characters was: `at[i]` is the index in
 * `text` of character i of `plain`, and `at[plain.length]` is `text.length`.
 * Checks that know nothing of markup (spelling, numbers, terms) run on `plain`; their offsets are
 * mapped back with `at`.
 *
 * @example
 * const { plain, at } = stripCodes(`a${openChar(1)}b${closeChar(1)}c`); // plain "abc", at [0, 2, 4, 5]
 */
export function stripCodes(text: string): { plain: string; at: number[] } {
  let plain = "";
  const at: number[] = [];
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isCodeUnit(text.charCodeAt(i))) continue;
    plain += text.slice(runStart, i);
    for (let k = runStart; k < i; k++) at.push(k);
    runStart = i + 1;
  }
  plain += text.slice(runStart);
  for (let k = runStart; k < text.length; k++) at.push(k);
  at.push(text.length);
  return { plain, at };
}

/**
 * Maps a span of the stripped text back to the text with codes: the span starts at its first
 * character and ends after its last, so codes just outside it stay outside.
 */
export function spanInOriginal(at: number[], start: number, end: number): { start: number; end: number } {
  if (end <= start) return { start: at[start]!, end: at[start]! };
  return { start: at[start]!, end: at[end - 1]! + 1 };
}

/**
 * Any of our code characters in text that came from outside (a pasted paragraph, a plain-text
 * file): they would be read as markup, so importers refuse the text instead of guessing.
 *
 * @example
 * strayCodeCharacter("Apple \uF8FF") // undefined (outside our ranges)
 */
export function strayCodeCharacter(text: string): { at: number; char: string } | undefined {
  for (let i = 0; i < text.length; i++) {
    if (isCodeUnit(text.charCodeAt(i))) return { at: i, char: `U+${text.charCodeAt(i).toString(16).toUpperCase()}` };
  }
  return undefined;
}

/**
 * The codes of `text` that `reference` does not have: a translation may move, drop or repeat its
 * source's codes (QA flags that), but not invent markup the writers could not put back.
 *
 * @example
 * foreignCodes(`a${openChar(2)}`, `b${openChar(1)}${closeChar(1)}`) // [{ at: 1, kind: "open", n: 2 }]
 */
export function foreignCodes(text: string, reference: string): CodeMark[] {
  if (!hasCodes(text)) return [];
  const known = new Set(codeMarks(reference).map(markKey));
  return codeMarks(text).filter((m) => !known.has(markKey(m)));
}

/** The code records of the codes that occur in `text` (a segment's share of its paragraph's codes). */
export function codesUsedIn(text: string, codes: readonly InlineCode[]): InlineCode[] {
  const used = new Set(codeMarks(text).map((m) => `${m.kind === "standalone" ? "s" : "p"}${m.n}`));
  return codes.filter((c) => used.has(`${c.kind === "standalone" ? "s" : "p"}${c.n}`));
}

/** The record of a code character, when the segment has one. */
export function codeFor(mark: { kind: CodeKind; n: number }, codes: readonly InlineCode[]): InlineCode | undefined {
  const kind = mark.kind === "standalone" ? "standalone" : "pair";
  return codes.find((c) => c.kind === kind && c.n === mark.n);
}

/**
 * Walks a text with codes, handing plain runs and codes to the writer's functions; the pieces
 * joined are the rendered text.
 *
 * @example
 * renderWithCodes(`a ${openChar(1)}b${closeChar(1)}`, codes, { text: escapeHtml, code: (m, c) => (m.kind === "open" ? "<b>" : "</b>") })
 * // "a <b>b</b>"
 */
export function renderWithCodes(
  text: string,
  codes: readonly InlineCode[],
  write: { text: (run: string) => string; code: (mark: CodeMark, code: InlineCode | undefined) => string },
): string {
  let out = "";
  let from = 0;
  for (const mark of codeMarks(text)) {
    if (mark.at > from) out += write.text(text.slice(from, mark.at));
    out += write.code(mark, codeFor(mark, codes));
    from = mark.at + 1;
  }
  if (from < text.length) out += write.text(text.slice(from));
  return out;
}
