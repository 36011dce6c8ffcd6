/**
 * What Glossa reads from and writes to XLIFF, independent of the version: files of units
 * (paragraphs) of segments, with inline codes already turned into Glossa's placeholder
 * characters (domain/inline-codes) and states already mapped to Glossa's statuses.
 */
import type { InlineCode } from "../../domain/inline-codes";
import type { Lang } from "../../domain/languages";
import type { SegmentKind, Status } from "../../domain/workflow";

export const XLIFF_VERSIONS = ["2.1", "2.0", "1.2"] as const;
export type XliffWriteVersion = (typeof XLIFF_VERSIONS)[number];

/** What Glossa itself wrote about a segment when it exported it (absent in other tools' files). */
export type GlossaSegmentMeta = {
  segmentId?: number;
  sourceVersion?: number;
  /** the translation version exported; 0 when there was none */
  translationVersion?: number;
  kind?: SegmentKind;
};

export type ReadSegment = {
  /** the segment id as the file gives it (XLIFF 2 segment/@id, XLIFF 1.2 trans-unit/@id or mrk/@mid) */
  id?: string;
  source: string;
  target?: string;
  /** the mapped status; undefined when the file has no target */
  status?: Status;
  /** the file says the translation needs review (XLIFF 1.2 needs-review-*, our subState) */
  needsReview?: boolean;
  /** the text between this segment and the next in its unit (XLIFF 2 ignorables, 1.2 seg-source gaps) */
  separator: string;
  glossa?: GlossaSegmentMeta;
};

export type ReadUnit = {
  id: string;
  name?: string;
  kind?: SegmentKind;
  /** the inline codes of the unit's source, numbered per unit as Glossa numbers them per paragraph */
  codes: InlineCode[];
  segments: ReadSegment[];
};

export type ReadFile = { id?: string; original?: string; units: ReadUnit[] };

export type XliffDocument = {
  /** 1.2, 2.0, 2.1, 2.2 as the file declares it */
  version: string;
  /** "xliff" for plain XLIFF, "sdlxliff" (Trados) or "mqxliff" (memoQ) when their extensions were found */
  flavour: "xliff" | "sdlxliff" | "mqxliff";
  srcLang: string;
  trgLang?: string;
  files: ReadFile[];
  /** Glossa's own article metadata when the file came from a Glossa export */
  glossa?: { articleId?: number; title?: string; purpose?: string };
  warnings: string[];
};

/** One open flag as the writers carry it (ITS Localization Quality Issue). */
export type XliffFlag = {
  id: number;
  side: "source" | "target";
  start: number;
  end: number;
  category: string;
  severity: string;
  check: string;
  message: string;
  comment: string | null;
  suggestions: string[];
};

export type XliffTarget = {
  text: string;
  status: Status;
  needsReview: boolean;
  /** unknown for a publication, which carries no versions */
  version?: number;
  origin: string;
  /** empty for a publication */
  updatedAt: string;
  updatedBy: string | null;
};

export type XliffSegmentOut = {
  id: number;
  paragraph: number;
  kind: SegmentKind;
  source: string;
  separator: string;
  codes: InlineCode[];
  sourceVersion?: number;
  target?: XliffTarget;
  flags: XliffFlag[];
};

/** An article (or its publication) as the XLIFF writers take it. */
export type XliffExportDoc = {
  articleId: number;
  title: string;
  sourceLang: Lang;
  targetLang: Lang;
  /** "publication": approved work only; "translation": any state, for translators and reviewers */
  purpose: "publication" | "translation";
  segments: XliffSegmentOut[];
};
