/**
 * Builds a paragraph's text with inline codes (domain/inline-codes) while a reader walks its
 * markup: text is appended, a pair opens and closes around text, a standalone code stands for a
 * break or an image. Pairs and standalone codes are numbered from 1 in order of appearance.
 */
import { closeChar, MAX_PAIRS, MAX_STANDALONE, openChar, standaloneChar, type InlineCode, type InlineCodeType } from "../domain/inline-codes";
import { ImportRefused } from "./import-refused";

export class InlineBuilder {
  private parts: string[] = [];
  readonly codes: InlineCode[] = [];
  private pairs = 0;
  private standalones = 0;
  /** whether any text (not only codes) was added */
  hasText = false;

  text(run: string): void {
    if (!run) return;
    this.parts.push(run);
    if (/\S/.test(run)) this.hasText = true;
  }

  /** Opens a pair and returns its number for `close`. */
  open(type: InlineCodeType, open: string, close: string, attrs?: Record<string, string>): number {
    if (this.pairs >= MAX_PAIRS) throw new ImportRefused(`a paragraph holds more than ${MAX_PAIRS} pieces of inline markup`);
    const n = ++this.pairs;
    this.codes.push({ kind: "pair", n, type, open, close, ...(attrs && Object.keys(attrs).length ? { attrs } : {}) });
    this.parts.push(openChar(n));
    return n;
  }

  close(n: number): void {
    this.parts.push(closeChar(n));
  }

  standalone(type: InlineCodeType, original: string, attrs?: Record<string, string>): void {
    if (this.standalones >= MAX_STANDALONE) throw new ImportRefused(`a paragraph holds more than ${MAX_STANDALONE} images or breaks`);
    const n = ++this.standalones;
    this.codes.push({ kind: "standalone", n, type, original, ...(attrs && Object.keys(attrs).length ? { attrs } : {}) });
    this.parts.push(standaloneChar(n));
  }

  get empty(): boolean {
    return this.parts.length === 0;
  }

  /** The paragraph: its text with code characters, and the records of its codes. */
  result(): { text: string; codes: InlineCode[] } {
    return { text: this.parts.join(""), codes: this.codes };
  }
}
