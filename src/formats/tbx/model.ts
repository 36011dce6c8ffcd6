import type { TermStatus, TermType } from "../../domain/terms/types";

/**
 * A termbase as files carry it, independent of TBX, CSV or the database. Every level (concept,
 * language section, term) keeps what TBX-Basic puts there: sources, subsets, transactions and
 * cross-references, each at the level it was found, so a round trip puts it back in place.
 * Repeatable free text (notes, usage notes) is one string with one line per occurrence.
 */

/** A definition or a context with what its descripGrp adds: its own sources and notes. */
export type Described = { text: string; sources?: string[]; notes?: string[] };

/** A transacGrp: what was done (origination, modification …), when, by whom. */
export type Transaction = { type: string; date?: string; responsibility?: string; responsibilityRef?: string };

export const REFERENCE_TYPES = ["crossReference", "relatedConcept", "relatedTerm", "externalCrossReference", "xGraphic"] as const;
export type ReferenceType = (typeof REFERENCE_TYPES)[number];
/** A ref (to an entry of the same file, `target` its id) or an xref (to a URI). */
export type Reference = { type: ReferenceType; text: string; target?: string };

/** What TBX allows at every level besides the level's own data. */
export type Annotations = {
  /** bibliographic sources given directly at this level (a definition's or context's own sources stay with it) */
  sources?: string[];
  customerSubsets?: string[];
  projectSubsets?: string[];
  transactions?: Transaction[];
  references?: Reference[];
};

export type TermDoc = Annotations & {
  text: string;
  status: TermStatus;
  type?: TermType;
  partOfSpeech?: string;
  gender?: string;
  caseSensitive?: boolean;
  usageNote?: string;
  geographicalUsage?: string;
  termLocation?: string;
  contexts?: Described[];
  note?: string;
};
export type LanguageSection = Annotations & { definitions?: Described[]; note?: string; terms: TermDoc[] };
export type ConceptDoc = Annotations & {
  externalId?: string;
  subjectField?: string;
  /** definitions given for the concept as a whole, outside any language section */
  definitions?: Described[];
  note?: string;
  /** keyed by language code as written in the file, lower-cased (fr, en, es, zh-cn …) */
  languages: Record<string, LanguageSection>;
};
/** A person or other object of the file's back matter that responsibilities point to. */
export type RefObject = { id: string; section: string; items: Array<{ type?: string; text: string }> };
export type TermbaseDoc = { title?: string; concepts: ConceptDoc[]; refObjects?: RefObject[] };

export type InterchangeError = { line?: number; message: string };
export type ReadResult = { doc: TermbaseDoc; errors: InterchangeError[]; warnings: InterchangeError[]; dialect: string };

/** Maps TBX status values (administrativeStatus, usageStatus, normativeAuthorization, other tools') to ours. */
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

/** Counts what a termbase holds, for round-trip checks and import reports. */
export function countContents(doc: TermbaseDoc): Record<string, number> {
  const n: Record<string, number> = { concepts: 0, terms: 0, definitions: 0, contexts: 0, sources: 0, transactions: 0, references: 0, subsets: 0, notes: 0 };
  const annotations = (a: Annotations) => {
    n.sources! += a.sources?.length ?? 0;
    n.transactions! += a.transactions?.length ?? 0;
    n.references! += a.references?.length ?? 0;
    n.subsets! += (a.customerSubsets?.length ?? 0) + (a.projectSubsets?.length ?? 0);
  };
  const described = (list: Described[] | undefined, key: "definitions" | "contexts") => {
    for (const d of list ?? []) {
      n[key]!++;
      n.sources! += d.sources?.length ?? 0;
      n.notes! += d.notes?.length ?? 0;
    }
  };
  const notes = (s: string | undefined) => (n.notes! += s ? s.split("\n").length : 0);
  for (const c of doc.concepts) {
    n.concepts!++;
    annotations(c);
    described(c.definitions, "definitions");
    notes(c.note);
    for (const section of Object.values(c.languages)) {
      annotations(section);
      described(section.definitions, "definitions");
      notes(section.note);
      for (const t of section.terms) {
        n.terms!++;
        annotations(t);
        described(t.contexts, "contexts");
        notes(t.note);
      }
    }
  }
  return n;
}
