export const TERM_STATUSES = ["preferred", "admitted", "deprecated", "superseded", "forbidden"] as const;
export type TermStatus = (typeof TERM_STATUSES)[number];

export const TERM_TYPES = ["fullForm", "acronym", "abbreviation", "shortForm", "properNoun", "phrase"] as const;
export type TermType = (typeof TERM_TYPES)[number];

/** A term as the recogniser needs it: enough to match and to name the hit. */
export type TermEntry = {
  termId: number;
  conceptId: number;
  /** language code (our four, though a termbase may hold others that are simply not indexed) */
  lang: string;
  text: string;
  status: TermStatus;
  type?: TermType | null;
  caseSensitive?: boolean;
};

/** One occurrence of a term in a text; `matched === text.slice(start, end)` (may be inflected). */
export type TermHit = {
  conceptId: number;
  termId: number;
  /** the term as written in the termbase */
  term: string;
  /** its status: a deprecated, superseded or forbidden term found in a text is worth a note */
  status: TermStatus;
  start: number;
  end: number;
  matched: string;
};
