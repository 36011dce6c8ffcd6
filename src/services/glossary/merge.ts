/**
 * Merging an imported entry into an existing concept (the "term" match rule): the concept keeps
 * everything it has and gains what the entry adds — terms it lacks (compared case-insensitively
 * per language), definitions, sources, subsets, transactions and references it does not have.
 */
import type { Annotations, ConceptDoc, LanguageSection } from "../../formats/tbx/model";
import { storedLang } from "./shared";

const union = <T>(a: T[] | undefined, b: T[] | undefined): T[] | undefined => {
  const seen = new Set((a ?? []).map((x) => JSON.stringify(x)));
  const out = [...(a ?? [])];
  for (const x of b ?? []) if (!seen.has(JSON.stringify(x))) out.push(x);
  return out.length ? out : undefined;
};
const lines = (a: string | undefined, b: string | undefined) => union(a?.split("\n"), b?.split("\n"))?.join("\n");

function mergeAnnotations<T extends Annotations>(into: T, from: Annotations): T {
  const out: T = { ...into };
  for (const k of ["sources", "customerSubsets", "projectSubsets", "transactions", "references"] as const) {
    const merged = union(into[k] as unknown[] | undefined, from[k] as unknown[] | undefined);
    if (merged) (out as Record<string, unknown>)[k] = merged;
  }
  return out;
}

function mergeSection(into: LanguageSection, from: LanguageSection): LanguageSection {
  const out = mergeAnnotations(into, from);
  const known = new Set(into.terms.map((t) => t.text.toLocaleLowerCase("und")));
  out.terms = [...into.terms, ...from.terms.filter((t) => !known.has(t.text.toLocaleLowerCase("und")))];
  const definitions = union(into.definitions, from.definitions);
  if (definitions) out.definitions = definitions;
  const note = lines(into.note, from.note);
  if (note) out.note = note;
  return out;
}

/**
 * @example
 * mergeConcept(existing, entry).languages.fr.terms // existing French terms, then the entry's new ones
 */
export function mergeConcept(existing: ConceptDoc, entry: ConceptDoc): ConceptDoc {
  const out = mergeAnnotations(existing, entry);
  out.languages = { ...existing.languages };
  for (const [tag, section] of Object.entries(entry.languages)) {
    const lang = storedLang(tag);
    out.languages[lang] = out.languages[lang] ? mergeSection(out.languages[lang]!, section) : section;
  }
  const definitions = union(existing.definitions, entry.definitions);
  if (definitions) out.definitions = definitions;
  out.subjectField ??= entry.subjectField;
  const note = lines(existing.note, entry.note);
  if (note) out.note = note;
  return out;
}
