/**
 * What a TMX file holds, as the reader hands it over: a header and translation units, each with
 * its language variants. Language tags stay as written (en-US, fr-CA, de); the import decides
 * which of them Glossa works in.
 */

export type TmxHeader = {
  version: string;
  /** a language tag, or "*all*" (any variant may serve as the source) */
  srclang: string;
  creationtool?: string;
};

export type TmxVariant = {
  /** the language tag as written (xml:lang, or lang in TMX 1.1) */
  lang: string;
  /** the segment as plain text: inline codes (bpt, ept, it, ph, ut) left out, highlighted text (hi) kept */
  text: string;
  /** the <seg> content with its inline markup, when it had any */
  markup?: string;
  /** ISO 8601 dates read from creationdate / changedate */
  created?: string;
  changed?: string;
  /** changeid or creationid */
  author?: string;
};

export type TmxUnit = {
  /** line of the <tu> start tag */
  line: number;
  tuid?: string;
  /** the unit's source language (its srclang, else the header's) or "*all*" */
  srclang: string;
  variants: TmxVariant[];
  /** <prop> values by type (the unit's own, not its variants') */
  props: Record<string, string>;
  created?: string;
  changed?: string;
  author?: string;
};

/** A file that is not TMX, not well-formed, or breaks the TMX rules; `line` when known. */
export class TmxError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(line ? `line ${line}: ${message}` : message);
    this.name = "TmxError";
  }
}

/**
 * TMX dates are YYYYMMDDThhmmssZ (UTC).
 *
 * @example
 * tmxDate("20020523T091200Z") // "2002-05-23T09:12:00.000Z"
 * tmxDate("yesterday")        // undefined
 */
export function tmxDate(value: string | undefined): string | undefined {
  const m = value?.trim().match(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/);
  if (!m) return undefined;
  const date = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!));
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** The reverse, for the writer. */
export function toTmxDate(iso: string): string {
  return iso.replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
}
