import type { TermStatus, TermType } from "../../domain/terms/types";

/** A termbase as files carry it, independent of TBX, CSV or the database. */
export type TermDoc = {
  text: string;
  status: TermStatus;
  type?: TermType;
  partOfSpeech?: string;
  gender?: string;
  caseSensitive?: boolean;
  usageNote?: string;
  context?: string;
  note?: string;
};
export type LanguageSection = { definition?: string; note?: string; terms: TermDoc[] };
export type ConceptDoc = {
  externalId?: string;
  subjectField?: string;
  source?: string;
  note?: string;
  /** keyed by language code as written in the file, lower-cased (fr, en, es, zh-cn …) */
  languages: Record<string, LanguageSection>;
};
export type TermbaseDoc = { title?: string; concepts: ConceptDoc[] };

export type InterchangeError = { line?: number; message: string };
export type ReadResult = { doc: TermbaseDoc; errors: InterchangeError[]; warnings: InterchangeError[]; dialect: string };

/** Maps TBX status values (administrativeStatus, usageStatus, our own) to ours. */
export function statusFromTbx(value: string): TermStatus | undefined {
  const v = value.trim().replace(/-admn-sts$/, "").replace(/Term$/, "");
  const map: Record<string, TermStatus> = {
    preferred: "preferred",
    admitted: "admitted",
    deprecated: "deprecated",
    superseded: "superseded",
    forbidden: "forbidden",
    notRecommended: "deprecated",
    obsolete: "superseded",
    standardized: "preferred",
    legal: "preferred",
    regulated: "preferred",
  };
  return map[v];
}

export function termTypeFromTbx(value: string): TermType | undefined {
  const v = value.trim();
  const map: Record<string, TermType> = {
    fullForm: "fullForm",
    acronym: "acronym",
    abbreviation: "abbreviation",
    shortForm: "shortForm",
    phrase: "phrase",
    properNoun: "properNoun",
    variant: "fullForm",
    "short form": "shortForm",
    "full form": "fullForm",
    "proper noun": "properNoun",
  };
  return map[v];
}
