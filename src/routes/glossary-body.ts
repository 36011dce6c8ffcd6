/**
 * The JSON shape of a concept at the edge: every level may carry sources, subsets,
 * transactions and references; definitions and contexts carry their own sources. The earlier
 * single `source` (concept), `definition` (language) and `context` (term) are still accepted.
 */
import { z } from "zod";
import { TERM_STATUSES, TERM_TYPES } from "../domain/terms/types";
import { REFERENCE_TYPES, type ConceptDoc, type LanguageSection, type TermDoc } from "../formats/tbx/model";
import { nfcText } from "./validation";

const optionalText = nfcText.pipe(z.string().max(4000)).optional();
const shortText = nfcText.pipe(z.string().trim().min(1).max(1000));
export const langTag = z.string().regex(/^[a-zA-Z]{2,3}(?:[-_][a-zA-Z0-9]{1,8})*$/, "Not a language tag");
const Described = z.object({ text: nfcText.pipe(z.string().trim().min(1).max(4000)), sources: z.array(shortText).max(20).optional(), notes: z.array(shortText).max(20).optional() });
const Transaction = z.object({ type: z.string().trim().min(1).max(40), date: z.string().max(40).optional(), responsibility: z.string().max(200).optional(), responsibilityRef: z.string().max(200).optional() });
const Reference = z.object({ type: z.enum(REFERENCE_TYPES), text: nfcText.pipe(z.string().max(1000)), target: z.string().max(2000).optional() });
const annotations = {
  sources: z.array(shortText).max(50).optional(),
  customerSubsets: z.array(shortText).max(20).optional(),
  projectSubsets: z.array(shortText).max(20).optional(),
  transactions: z.array(Transaction).max(200).optional(),
  references: z.array(Reference).max(50).optional(),
};

export const TermBody = z.object({
  text: nfcText.pipe(z.string().trim().min(1, "A term is empty").max(500)),
  status: z.enum(TERM_STATUSES).default("admitted"),
  type: z.enum(TERM_TYPES).optional(),
  partOfSpeech: z.string().max(40).optional(),
  gender: z.string().max(40).optional(),
  caseSensitive: z.boolean().optional(),
  usageNote: optionalText,
  geographicalUsage: z.string().max(200).optional(),
  termLocation: z.string().max(100).optional(),
  contexts: z.array(Described).max(20).optional(),
  /** one context without sources (earlier shape) */
  context: optionalText,
  note: optionalText,
  ...annotations,
});
const Section = z.object({ definition: optionalText, definitions: z.array(Described).max(20).optional(), note: optionalText, terms: z.array(TermBody).max(50), ...annotations });
export const ConceptBody = z.object({
  externalId: z.string().max(100).optional(),
  subjectField: optionalText,
  /** the concept's sources, one per line (earlier shape) */
  source: optionalText,
  note: optionalText,
  definitions: z.array(Described).max(20).optional(),
  expectedModifiedAt: z.string().optional(),
  languages: z.record(langTag, Section),
  ...annotations,
});

const lines = (s: string | undefined) => (s ? s.split("\n").map((x) => x.trim()).filter(Boolean) : []);
const drop = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0) && v !== "")) as T;

/** A parsed term as the model has it (the earlier `context` becomes a context). */
export function termFromBody(t: Partial<z.output<typeof TermBody>>): Partial<TermDoc> {
  const { context, ...rest } = t;
  const contexts = rest.contexts ?? (context ? [{ text: context }] : undefined);
  return drop({ ...rest, contexts });
}

/**
 * A parsed concept as the model has it.
 *
 * @example
 * conceptFromBody({ source: "UNESCO", languages: { fr: { definition: "…", terms: [] } } }).sources // ["UNESCO"]
 */
export function conceptFromBody(body: Omit<z.output<typeof ConceptBody>, "expectedModifiedAt">): ConceptDoc {
  const { source, languages, ...rest } = body;
  const out: ConceptDoc = drop({ ...rest, sources: rest.sources ?? lines(source), languages: {} });
  out.languages = {};
  for (const [lang, s] of Object.entries(languages)) {
    const { definition, ...section } = s;
    const terms = s.terms.map((t) => termFromBody(t) as TermDoc);
    out.languages[lang] = { ...drop({ ...section, terms: undefined, definitions: section.definitions ?? (definition ? [{ text: definition }] : undefined) }), terms } as LanguageSection;
  }
  return out;
}
