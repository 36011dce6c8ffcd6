/**
 * The termbase as machine translation needs it: the preferred target term of each concept found
 * in a segment's source (sent with the segment), the whole pair as a glossary (DeepL), and, after
 * translation, which of those terms the output did not use (the terminology check, unchanged).
 */
import { stripCodes } from "../../domain/inline-codes";
import type { Lang } from "../../domain/languages";
import { checkTerminology } from "../../domain/qa/terminology";
import type { MtGlossary, MtTerm } from "../../mt/types";
import { getTermbase, type ConceptTerm } from "../term-index";

const APPROVED = new Set(["preferred", "admitted"]);

/** The concept's preferred term in `lang`, else an admitted one. */
function preferredIn(terms: readonly ConceptTerm[], lang: Lang): ConceptTerm | undefined {
  const approved = terms.filter((t) => t.lang === lang && APPROVED.has(t.status));
  return approved.find((t) => t.status === "preferred") ?? approved[0];
}

/**
 * The required target terms for the term hits of a source text, one per concept.
 *
 * @example
 * requiredTerms(db, "fr", "hu", "La Commission nationale…") // [{ source: "Commission nationale", target: "Nemzeti Bizottság" }]
 */
export function requiredTerms(db: Parameters<typeof getTermbase>[0], sourceLang: Lang, targetLang: Lang, source: string): MtTerm[] {
  const termbase = getTermbase(db);
  const seen = new Set<number>();
  const out: MtTerm[] = [];
  for (const hit of termbase.recognize(sourceLang, stripCodes(source).plain)) {
    if (seen.has(hit.conceptId)) continue;
    seen.add(hit.conceptId);
    const target = preferredIn(termbase.byConcept.get(hit.conceptId) ?? [], targetLang);
    if (target) out.push({ source: hit.matched, target: target.text });
  }
  return out;
}

/**
 * Every concept with an approved term in both languages, as a glossary of the pair: each approved
 * source term maps to the preferred target term. Its version is the termbase's.
 */
export function pairGlossary(db: Parameters<typeof getTermbase>[0], sourceLang: Lang, targetLang: Lang): MtGlossary {
  const termbase = getTermbase(db);
  const entries: MtTerm[] = [];
  for (const terms of termbase.byConcept.values()) {
    const target = preferredIn(terms, targetLang);
    if (!target) continue;
    for (const t of terms) if (t.lang === sourceLang && APPROVED.has(t.status)) entries.push({ source: t.text, target: target.text });
  }
  return { version: termbase.version, entries };
}

/** A required term the machine output got wrong: what the source says, what the termbase wants, why. */
export type TermMiss = { source: string; expected: string | null; found: string | null; message: string };

/**
 * The terminology check on a machine translation (the same check QA runs), as a list of misses.
 *
 * @example
 * termMisses(db, { sourceLang: "fr", targetLang: "hu", source, target: mtText }) // [{ source: "Commission nationale", expected: "Nemzeti Bizottság", … }]
 */
export function termMisses(db: Parameters<typeof getTermbase>[0], input: { sourceLang: Lang; targetLang: Lang; source: string; target: string }): TermMiss[] {
  const termbase = getTermbase(db);
  const source = stripCodes(input.source).plain;
  const target = stripCodes(input.target).plain;
  const flags = checkTerminology({
    sourceLang: input.sourceLang,
    targetLang: input.targetLang,
    source,
    target,
    sourceHits: termbase.recognize(input.sourceLang, source),
    targetHits: termbase.recognize(input.targetLang, target),
    conceptTerms: (conceptId) => termbase.byConcept.get(conceptId) ?? [],
  });
  return flags.map((f) => ({
    source: f.side === "source" ? f.text : "",
    expected: f.suggestions[0] ?? null,
    found: f.side === "target" ? f.text : null,
    message: f.message,
  }));
}
