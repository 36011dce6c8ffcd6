/**
 * Streaming TMX reader (1.1 to 1.4): bytes go in a chunk at a time, translation units come out
 * one at a time, so memory stays bounded by the largest unit whatever the file size. The file is
 * checked as it streams: the TMX structure, language attributes, source-language variants and
 * inline-code pairing; the first problem stops the read with its line.
 *
 * Hostile XML is refused: entity declarations (external entities, entity expansion), nesting
 * deeper than MAX_DEPTH, a segment or any text run longer than the limits, a file over maxBytes.
 * saxes itself expands nothing but the predefined entities and character references.
 */
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { MAX_DEPTH } from "../tbx/safety";
import { XmlDecoder, XmlEncodingError } from "./decode";
import { isInlineElement, SegmentBuilder } from "./inline";
import { tmxDate, TmxError, type TmxHeader, type TmxUnit, type TmxVariant } from "./model";

export const MAX_SEGMENT_CHARS = 100_000;
/** No text node, comment or attribute is this long without a "<" in a genuine TMX file. */
const MAX_RUN_CHARS = 4 * 1024 * 1024;

export type TmxReaderOptions = {
  onUnit: (unit: TmxUnit) => void;
  onHeader?: (header: TmxHeader) => void;
  /** refuse files larger than this many bytes */
  maxBytes?: number;
};

type Frame = { name: string; line: number };
type OpenUnit = TmxUnit & { tuvs: number };
type OpenVariant = Omit<TmxVariant, "text"> & { segs: number; builder?: SegmentBuilder };

const HEADER_CHILDREN = new Set(["note", "prop", "ude"]);
const primary = (tag: string) => tag.trim().toLowerCase().split(/[-_]/)[0]!;

/**
 * @example
 * const reader = new TmxReader({ onUnit: (u) => units.push(u) });
 * for (const chunk of chunks) reader.write(chunk);
 * reader.end();
 */
export class TmxReader {
  private decoder = new XmlDecoder();
  private parser = new SaxesParser({ xmlns: false, position: true });
  private stack: Frame[] = [];
  private header: TmxHeader | undefined;
  private sawBody = false;
  private unit: OpenUnit | undefined;
  private variant: OpenVariant | undefined;
  private propType: string | undefined;
  private propText = "";
  private bytes = 0;
  private run = 0;
  private langStyle: "lang" | "xml:lang" | undefined;
  private version: string | undefined;
  units = 0;

  constructor(private readonly options: TmxReaderOptions) {
    this.parser.on("doctype", (doctype) => {
      if (/<!ENTITY\b/i.test(doctype)) throw new TmxError("DTD entity declarations are not allowed (external entities and entity expansion are refused)", this.parser.line);
    });
    this.parser.on("opentag", (node) => this.open(node as SaxesTagPlain));
    this.parser.on("closetag", (node) => this.close(node.name));
    this.parser.on("text", (text) => this.text(text));
    this.parser.on("cdata", (text) => this.text(text));
  }

  write(chunk: Uint8Array): void {
    this.bytes += chunk.length;
    if (this.options.maxBytes !== undefined && this.bytes > this.options.maxBytes) {
      throw new TmxError(`The file is larger than ${this.options.maxBytes} bytes`);
    }
    this.feed(this.decode(() => this.decoder.write(chunk)));
  }

  /** Finishes the read; throws when the file ended early or held no TMX. */
  end(): { units: number; header: TmxHeader } {
    this.feed(this.decode(() => this.decoder.end()));
    this.guard(() => this.parser.close());
    if (!this.header) throw new TmxError("This is not a TMX file: no <tmx> root with a <header>");
    if (!this.sawBody) throw new TmxError("The TMX file has no <body>");
    return { units: this.units, header: this.header };
  }

  private decode(step: () => string): string {
    try {
      return step();
    } catch (e) {
      if (e instanceof XmlEncodingError) throw new TmxError(e.message);
      throw e;
    }
  }

  private feed(text: string) {
    if (!text) return;
    const lt = text.lastIndexOf("<");
    if (lt < 0) this.run += text.length;
    else {
      const first = text.indexOf("<");
      if (this.run + first > MAX_RUN_CHARS) throw new TmxError(`A text or markup run is longer than ${MAX_RUN_CHARS} characters`);
      this.run = text.length - lt;
    }
    if (this.run > MAX_RUN_CHARS) throw new TmxError(`A text or markup run is longer than ${MAX_RUN_CHARS} characters`);
    this.guard(() => this.parser.write(text));
  }

  /** saxes reports malformed XML as a plain Error; it becomes a TmxError with its line. */
  private guard(step: () => void) {
    try {
      step();
    } catch (e) {
      if (e instanceof TmxError) throw e;
      const message = (e as Error).message.replace(/^[^:]*:\d+:\d+: /, "");
      throw new TmxError(`Not well-formed XML: ${message}`, this.parser.line);
    }
  }

  private get line() {
    return this.parser.line;
  }

  private open(node: SaxesTagPlain) {
    const name = node.name;
    const parent = this.stack[this.stack.length - 1]?.name;
    if (this.stack.length >= MAX_DEPTH) throw new TmxError(`Elements nest deeper than ${MAX_DEPTH} levels`, this.line);
    this.stack.push({ name, line: this.line });
    const attrs = node.attributes as Record<string, string>;
    if (this.variant?.builder) return this.variant.builder.open(name, attrs, this.line);
    if (!parent) return this.openRoot(name, attrs);
    const fail = () => {
      throw new TmxError(`<${name}> is not allowed inside <${parent}>`, this.line);
    };
    switch (name) {
      case "header":
        if (parent !== "tmx" || this.header) return fail();
        if (!attrs.srclang) throw new TmxError("<header> needs a srclang attribute", this.line);
        this.header = { version: this.version!, srclang: attrs.srclang, creationtool: attrs.creationtool };
        return this.options.onHeader?.(this.header);
      case "body":
        if (parent !== "tmx" || this.sawBody) return fail();
        if (!this.header) throw new TmxError("<body> comes before <header>", this.line);
        this.sawBody = true;
        return;
      case "tu":
        if (parent !== "body") return fail();
        this.unit = {
          line: this.line,
          tuid: attrs.tuid,
          srclang: attrs.srclang ?? this.header!.srclang,
          variants: [],
          props: {},
          tuvs: 0,
          created: tmxDate(attrs.creationdate),
          changed: tmxDate(attrs.changedate),
          author: attrs.changeid ?? attrs.creationid,
        };
        return;
      case "tuv":
        if (parent !== "tu") return fail();
        this.unit!.tuvs++;
        this.variant = { lang: this.variantLang(attrs), segs: 0, created: tmxDate(attrs.creationdate), changed: tmxDate(attrs.changedate), author: attrs.changeid ?? attrs.creationid };
        return;
      case "seg":
        if (parent !== "tuv") return fail();
        if (++this.variant!.segs > 1) throw new TmxError("a <tuv> has more than one <seg>", this.line);
        this.variant!.builder = new SegmentBuilder(MAX_SEGMENT_CHARS);
        return;
      case "prop":
        if (parent !== "header" && parent !== "tu" && parent !== "tuv") return fail();
        this.propType = parent === "tu" ? attrs.type : undefined;
        this.propText = "";
        return;
      case "note":
        if (parent !== "header" && parent !== "tu" && parent !== "tuv") return fail();
        return;
      case "ude":
        if (parent !== "header") return fail();
        return;
      case "map":
        if (parent !== "ude") return fail();
        return;
      default:
        if (isInlineElement(name)) throw new TmxError(`<${name}> is only allowed inside <seg>`, this.line);
        if (parent === "header" && !HEADER_CHILDREN.has(name)) return fail();
        throw new TmxError(`Unknown element <${name}>`, this.line);
    }
  }

  private openRoot(name: string, attrs: Record<string, string>) {
    if (name !== "tmx") throw new TmxError(`This is not a TMX file: the root element is <${name}>, expected <tmx>`, this.line);
    const version = attrs.version?.trim();
    if (!version) throw new TmxError("<tmx> needs a version attribute", this.line);
    if (!/^1\.[1-4]b?$/.test(version)) throw new TmxError(`TMX version ${version} is not supported (1.1 to 1.4)`, this.line);
    this.version = version;
  }

  /**
   * TMX 1.1 and 1.2 name a variant's language with lang, 1.3 and 1.4 with xml:lang. Real files
   * use either whatever their version (OmegaT writes xml:lang into TMX 1.1), but a file that
   * mixes both within itself comes from a broken writer and is refused.
   */
  private variantLang(attrs: Record<string, string>): string {
    const xmlLang = attrs["xml:lang"]?.trim();
    const lang = attrs.lang?.trim();
    if (xmlLang && lang && xmlLang.toLowerCase() !== lang.toLowerCase()) throw new TmxError(`a <tuv> has two languages: xml:lang="${xmlLang}" and lang="${lang}"`, this.line);
    const style = xmlLang ? "xml:lang" : lang ? "lang" : undefined;
    if (!style) throw new TmxError("a <tuv> has no language (xml:lang)", this.line);
    if (this.langStyle && this.langStyle !== style) {
      throw new TmxError(`the file names languages with both lang and xml:lang (this <tuv> uses ${style}, earlier ones ${this.langStyle})`, this.line);
    }
    this.langStyle ??= style;
    return (xmlLang ?? lang)!;
  }

  private text(text: string) {
    const builder = this.variant?.builder;
    if (builder) return builder.addText(text, this.line);
    const current = this.stack[this.stack.length - 1]?.name;
    if (current === "prop") {
      this.propText += text;
      return;
    }
    if (current === "note" || current === "map" || !text.trim()) return;
    throw new TmxError(`Text is not allowed directly inside <${current ?? "the document"}>`, this.line);
  }

  private close(name: string) {
    this.stack.pop();
    const variant = this.variant;
    if (variant?.builder) {
      if (name !== "seg") return variant.builder.close(name);
      const { text, markup } = variant.builder.finish(this.line);
      variant.builder = undefined;
      this.unit!.variants.push({ lang: variant.lang, text: text.normalize("NFC"), markup: markup?.normalize("NFC"), created: variant.created, changed: variant.changed, author: variant.author });
      return;
    }
    if (name === "tuv") {
      if (variant!.segs === 0) throw new TmxError("a <tuv> has no <seg>", this.line);
      this.variant = undefined;
    } else if (name === "prop" && this.propType && this.unit) {
      this.unit.props[this.propType] = this.propText.normalize("NFC");
      this.propType = undefined;
    } else if (name === "tu") {
      this.finishUnit();
    }
  }

  private finishUnit() {
    const unit = this.unit!;
    this.unit = undefined;
    if (unit.tuvs === 0) throw new TmxError("a <tu> has no <tuv>", unit.line);
    if (unit.srclang !== "*all*" && !unit.variants.some((v) => primary(v.lang) === primary(unit.srclang))) {
      throw new TmxError(`a <tu> has no <tuv> in its source language ${unit.srclang}`, unit.line);
    }
    this.units++;
    const { tuvs: _tuvs, ...plain } = unit;
    this.options.onUnit(plain);
  }
}
