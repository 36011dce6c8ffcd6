/**
 * The content of one <seg>: its plain text and, when it has inline elements, its markup.
 *
 * Decision (documented in the README): inline codes are formatting, not text. The native code
 * inside <bpt>, <ept>, <it>, <ph> and <ut> (and any <sub> within them) is left out of the plain
 * text that is matched, shown and used for pre-translation; the text of <hi> is kept. The whole
 * <seg> content is kept as markup too, so an export writes the codes back unchanged.
 */
import { TmxError } from "./model";
import { escapeXml } from "./escape";

/** Elements whose content is native code, not translatable text. */
const CODES = new Set(["bpt", "ept", "it", "ph", "ut"]);
const ALLOWED: Record<string, ReadonlySet<string>> = {
  seg: new Set(["bpt", "ept", "it", "ph", "hi", "ut"]),
  hi: new Set(["bpt", "ept", "it", "ph", "hi", "ut"]),
  sub: new Set(["bpt", "ept", "it", "ph", "hi", "ut"]),
  bpt: new Set(["sub"]),
  ept: new Set(["sub"]),
  it: new Set(["sub"]),
  ph: new Set(["sub"]),
  ut: new Set(["sub"]),
};

export const isInlineElement = (name: string) => name in ALLOWED && name !== "seg";

export class SegmentBuilder {
  private text = "";
  private markup = "";
  private hasMarkup = false;
  private stack: string[] = ["seg"];
  /** how many of the open elements are codes (text inside them is not plain text) */
  private inCode = 0;
  private openPairs = new Set<string>();
  private closedPairs = new Set<string>();

  constructor(private readonly maxChars: number) {}

  open(name: string, attributes: Record<string, string>, line: number): void {
    const parent = this.stack[this.stack.length - 1]!;
    if (!ALLOWED[parent]!.has(name)) throw new TmxError(`<${name}> is not allowed inside <${parent}>`, line);
    if (name === "bpt" || name === "ept") {
      const i = attributes.i;
      if (!i) throw new TmxError(`<${name}> needs an i attribute to pair it`, line);
      if (name === "bpt") {
        if (this.openPairs.has(i) || this.closedPairs.has(i)) throw new TmxError(`two <bpt> with i="${i}" in one segment`, line);
        this.openPairs.add(i);
      } else {
        if (!this.openPairs.has(i)) throw new TmxError(`<ept i="${i}"> closes no <bpt i="${i}"> before it`, line);
        this.openPairs.delete(i);
        this.closedPairs.add(i);
      }
    }
    if (name === "it" && attributes.pos !== "begin" && attributes.pos !== "end") {
      throw new TmxError(`<it> needs pos="begin" or pos="end"`, line);
    }
    this.stack.push(name);
    if (CODES.has(name)) this.inCode++;
    this.hasMarkup = true;
    const attrs = Object.entries(attributes).map(([k, v]) => ` ${k}="${escapeXml(v, true)}"`).join("");
    this.markup += `<${name}${attrs}>`;
  }

  close(name: string): void {
    this.stack.pop();
    if (CODES.has(name)) this.inCode--;
    this.markup += `</${name}>`;
  }

  addText(text: string, line: number): void {
    if (this.inCode === 0 && this.stack[this.stack.length - 1] !== "sub") this.text += text;
    this.markup += escapeXml(text, false);
    if (this.markup.length > this.maxChars) throw new TmxError(`a segment is longer than ${this.maxChars} characters`, line);
  }

  finish(line: number): { text: string; markup?: string } {
    if (this.openPairs.size) throw new TmxError(`<bpt i="${[...this.openPairs][0]}"> has no <ept> in its segment`, line);
    return this.hasMarkup ? { text: this.text, markup: this.markup } : { text: this.text };
  }
}
