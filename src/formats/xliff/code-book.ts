/**
 * Turns the inline codes a reader meets in one unit into Glossa's placeholder characters
 * (domain/inline-codes): pairs get numbers 1, 2 … and standalone codes theirs, in the order of the
 * unit's source; the target reuses the source's characters by code id.
 */
import {
  closeChar, INLINE_CODE_TYPES, isCodeUnit, MAX_PAIRS, MAX_STANDALONE, openChar, standaloneChar, type InlineCode, type InlineCodeType,
} from "../../domain/inline-codes";
import { textContent, XliffFileError, type XElement } from "./xml-tree";

type Entry = { kind: "pair"; n: number } | { kind: "standalone"; n: number };

/** Glossa's code type from an HTML element name (fs:fs, or the markup itself). */
export function typeFromHtml(name: string | undefined): InlineCodeType | undefined {
  switch (name?.toLowerCase()) {
    case "b":
    case "strong":
      return "bold";
    case "i":
    case "em":
      return "italic";
    case "u":
      return "underline";
    case "s":
    case "strike":
    case "del":
      return "strike";
    case "code":
    case "kbd":
      return "code";
    case "a":
      return "link";
    case "sup":
      return "superscript";
    case "sub":
      return "subscript";
    case "span":
      return "span";
    case "img":
      return "image";
    case "br":
      return "linebreak";
    default:
      return undefined;
  }
}

/** A code type from the name a file gives it (`bold`, `lb`, `x-italic` …). */
export function typeFromName(name: string | undefined): InlineCodeType | undefined {
  if (!name) return undefined;
  const plain = name.replace(/^x-/, "");
  if (plain === "underlined") return "underline";
  if (plain === "lb") return "linebreak";
  return (INLINE_CODE_TYPES as readonly string[]).includes(plain) ? (plain as InlineCodeType) : undefined;
}

export class CodeBook {
  readonly codes: InlineCode[] = [];
  private readonly byId = new Map<string, Entry>();
  private pairs = 0;
  private standalones = 0;

  /**
   * @param glossaIds the unit comes from a Glossa export, whose code ids (`c<n>`, `x<n>`) are the
   *   numbers of the paragraph's codes: keep them, so a translation maps onto the stored source.
   */
  constructor(
    private readonly unitId: string,
    private readonly glossaIds = false,
  ) {}

  private numberFor(id: string | undefined, kind: "c" | "x", next: number): number {
    const m = this.glossaIds && id ? new RegExp(`^(?:[a-z]:)?${kind}(\\d+)$`).exec(id) : null;
    if (m) {
      const n = Number(m[1]);
      if (!this.codes.some((c) => (c.kind === "pair") === (kind === "c") && c.n === n)) return n;
    }
    let n = next;
    while (this.codes.some((c) => (c.kind === "pair") === (kind === "c") && c.n === n)) n++;
    return n;
  }

  /** A new pair for source code `id`; returns its opening character. */
  openPair(id: string | undefined, type: InlineCodeType, open?: string, close?: string, attrs?: Record<string, string>): string {
    const n = this.numberFor(id, "c", this.pairs + 1);
    this.pairs = Math.max(this.pairs, n);
    if (n > MAX_PAIRS) throw new XliffFileError(`Unit ${this.unitId} has more than ${MAX_PAIRS} paired codes`);
    if (id !== undefined) this.byId.set(id, { kind: "pair", n });
    this.codes.push({ kind: "pair", n, type, ...(open !== undefined ? { open } : {}), ...(close !== undefined ? { close } : {}), ...(attrs ? { attrs } : {}) });
    return openChar(n);
  }

  /** Records the closing markup of a pair opened earlier, and returns its closing character. */
  closePair(id: string, close?: string): string | undefined {
    const entry = this.byId.get(id);
    if (entry?.kind !== "pair") return undefined;
    const code = this.codes.find((c) => c.kind === "pair" && c.n === entry.n);
    if (code && code.kind === "pair" && close !== undefined && code.close === undefined) code.close = close;
    return closeChar(entry.n);
  }

  /** A new standalone code for source code `id`; returns its character. */
  standalone(id: string | undefined, type: InlineCodeType, original?: string, attrs?: Record<string, string>): string {
    const n = this.numberFor(id, "x", this.standalones + 1);
    this.standalones = Math.max(this.standalones, n);
    if (n > MAX_STANDALONE) throw new XliffFileError(`Unit ${this.unitId} has more than ${MAX_STANDALONE} placeholders`);
    if (id !== undefined) this.byId.set(id, { kind: "standalone", n });
    this.codes.push({ kind: "standalone", n, type, ...(original !== undefined ? { original } : {}), ...(attrs ? { attrs } : {}) });
    return standaloneChar(n);
  }

  /** Makes `alias` another name of the code known as `id` (XLIFF 1.2 pairs: `rid` pairs, `id` names each half). */
  alias(alias: string, id: string): void {
    const entry = this.byId.get(id);
    if (entry && !this.byId.has(alias)) this.byId.set(alias, entry);
  }

  /** The character of source code `id` on the target side: its opening, closing or standalone character. */
  targetChar(id: string, which: "open" | "close" | "standalone"): string | undefined {
    const entry = this.byId.get(id);
    if (!entry) return undefined;
    if (entry.kind === "standalone") return standaloneChar(entry.n);
    return which === "close" ? closeChar(entry.n) : openChar(entry.n);
  }
}

/** Text from a file may not hold Glossa's placeholder characters: they would be read as markup. */
export function checkPlainText(text: string, line: number): string {
  for (let i = 0; i < text.length; i++) {
    if (isCodeUnit(text.charCodeAt(i))) {
      throw new XliffFileError(`The text holds the private-use character U+${text.charCodeAt(i).toString(16).toUpperCase()}, which Glossa reserves for inline markup`, line);
    }
  }
  return text;
}

/** Whitespace as `xml:space="default"` allows a reader to treat it: runs become one space. */
export const collapseSpace = (text: string) => text.replace(/[ \t\r\n]+/g, " ");

/**
 * The text of an inline container (source, target, a paired code, a marker): text runs as they are
 * (or with whitespace collapsed), the format's own elements through `render`, and the text of
 * another namespace's elements kept.
 */
export function inlineChildren(el: XElement, preserve: boolean, own: (e: XElement) => boolean, render: (e: XElement) => string): string {
  let out = "";
  for (const c of el.children) {
    if (typeof c === "string") {
      const text = checkPlainText(c, el.line);
      out += preserve ? text : collapseSpace(text);
    } else if (!own(c)) out += checkPlainText(textContent(c), c.line);
    else out += render(c);
  }
  return out;
}
