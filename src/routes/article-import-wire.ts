/**
 * A prepared article as it crosses from the import worker to the main thread: typed arrays
 * only, all transferred (not copied), instead of 100,000 small objects. The texts and separators
 * travel as the UTF-16 code units of one string, joined with NUL (which no stored text may hold),
 * with the offset where each segment's text starts. The main thread decodes them a step at a
 * time while storing (`piecesBetween`), so no single turn of its event loop pays for the whole
 * article.
 */
import type { InlineCode } from "../domain/inline-codes";
import { SEGMENT_KINDS } from "../domain/workflow";
import type { PreparedArticle } from "../services/article-prepare";
import { serializeDocument, type SerializedDocument, type StepwiseArticle } from "../services/article-store";

export type PackedArticle = {
  title: string;
  sourceLang: PreparedArticle["sourceLang"];
  format: PreparedArticle["format"];
  /** the document's structure and skeleton as JSON text, and the DOCX package */
  document: SerializedDocument;
  /** the inline codes of the few segments that have some: [index, codes] pairs */
  codes: Array<[number, InlineCode[]]>;
  /** text, NUL, separator, NUL, text, … as UTF-16 code units */
  units: Uint16Array;
  /** where each segment's text starts in `units` */
  starts: Uint32Array;
  kinds: Uint8Array;
  paragraphs: Uint32Array;
};

/**
 * @example
 * packedView(packArticle(prepared)).piecesBetween(0, prepared.pieces.length) // deep-equals prepared.pieces
 */
export function packArticle(prepared: PreparedArticle): PackedArticle {
  const n = prepared.pieces.length;
  const kinds = new Uint8Array(n);
  const paragraphs = new Uint32Array(n);
  const starts = new Uint32Array(n);
  let length = 0;
  for (const p of prepared.pieces) length += p.text.length + p.separator.length + 2;
  const units = new Uint16Array(Math.max(0, length - 1));
  let at = 0;
  const put = (s: string) => {
    for (let i = 0; i < s.length; i++) units[at++] = s.charCodeAt(i);
    at++; // the NUL that follows (the array starts zeroed)
  };
  prepared.pieces.forEach((p, i) => {
    kinds[i] = SEGMENT_KINDS.indexOf(p.kind);
    paragraphs[i] = p.paragraph;
    starts[i] = at;
    put(p.text);
    put(p.separator);
  });
  const codes: Array<[number, InlineCode[]]> = [];
  prepared.pieces.forEach((p, i) => p.codes.length && codes.push([i, p.codes]));
  return { title: prepared.title, sourceLang: prepared.sourceLang, format: prepared.format, document: serializeDocument(prepared.document), codes, units, starts, kinds, paragraphs };
}

/** The buffers to transfer with a packed article. */
export const transferablesOf = (packed: PackedArticle): ArrayBuffer[] => [packed.units.buffer, packed.starts.buffer, packed.kinds.buffer, packed.paragraphs.buffer] as ArrayBuffer[];

// The code units are read in this machine's byte order; a U+FEFF at the start of a segment is text, not a byte-order mark.
const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const utf16 = new TextDecoder(littleEndian ? "utf-16le" : "utf-16be", { ignoreBOM: true });

/** A packed article read a range of segments at a time (decoding only that range). */
export function packedView(packed: PackedArticle): StepwiseArticle {
  const count = packed.kinds.length;
  const codes = new Map(packed.codes);
  return {
    title: packed.title,
    sourceLang: packed.sourceLang,
    format: packed.format,
    document: packed.document,
    count,
    piecesBetween(from, to) {
      to = Math.min(to, count);
      if (from >= to) return [];
      // The NUL before the next segment's text is left out, so the range splits into text/separator pairs.
      const end = to < count ? packed.starts[to]! - 1 : packed.units.length;
      const parts = utf16.decode(packed.units.subarray(packed.starts[from]!, end)).split("\u0000");
      const pieces = [];
      for (let i = from; i < to; i++) {
        const k = 2 * (i - from);
        pieces.push({ kind: SEGMENT_KINDS[packed.kinds[i]!]!, paragraph: packed.paragraphs[i]!, text: parts[k]!, separator: parts[k + 1]!, codes: codes.get(i) ?? [] });
      }
      return pieces;
    },
  };
}
