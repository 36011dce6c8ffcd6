import type { Db } from "../db/client";
import { terms } from "../db/schema";
import { buildTermIndex, type TermEntry, type TermHit, type TermIndex } from "../domain/terms";
import type { Lang } from "../domain/languages";
import { memoizedRecognizer } from "../domain/terms/memo";
import type { TermStatus, TermType } from "../domain/terms/types";
import { termbaseVersion } from "./glossary/shared";

export type ConceptTerm = { termId: number; conceptId: number; lang: string; text: string; status: TermStatus; type: TermType | null; note: string | null; usageNote: string | null };
export type TermbaseSnapshot = {
  version: string;
  index: TermIndex;
  /** recognition on `index`, remembering recent texts (a source is checked once per language) */
  recognize: (lang: Lang, text: string) => TermHit[];
  /** conceptId -> its terms in every language */
  byConcept: Map<number, ConceptTerm[]>;
  /** every word of every term, case-folded, for the spelling check to skip */
  words: Set<string>;
};

const cache = new WeakMap<Db, TermbaseSnapshot>();

/**
 * The recogniser for the current termbase, built once per termbase version (every glossary
 * write bumps it) and shared by every request until the next change.
 *
 * @example
 * const { index } = getTermbase(db); recognizeTerms(index, "fr", text)
 */
export function getTermbase(db: Db): TermbaseSnapshot {
  const version = termbaseVersion(db);
  const cached = cache.get(db);
  if (cached && cached.version === version) return cached;
  const rows = db.select().from(terms).all();
  const byConcept = new Map<number, ConceptTerm[]>();
  const words = new Set<string>();
  const entries: TermEntry[] = [];
  for (const r of rows) {
    const entry: ConceptTerm = { termId: r.id, conceptId: r.conceptId, lang: r.lang, text: r.text, status: r.status as TermStatus, type: r.type as TermType | null, note: r.note, usageNote: r.usageNote };
    byConcept.set(r.conceptId, [...(byConcept.get(r.conceptId) ?? []), entry]);
    for (const w of r.text.split(/[^\p{L}\p{M}\p{N}]+/u)) if (w) words.add(w.toLocaleLowerCase("und"));
    entries.push({ termId: r.id, conceptId: r.conceptId, lang: r.lang, text: r.text, status: entry.status, type: entry.type, caseSensitive: r.caseSensitive });
  }
  const index = buildTermIndex(entries);
  const snapshot: TermbaseSnapshot = { version, index, recognize: memoizedRecognizer(index), byConcept, words };
  cache.set(db, snapshot);
  return snapshot;
}

/** Term hits in a text, using the cached recogniser. */
export function recognize(db: Db, lang: Lang, text: string): TermHit[] {
  return getTermbase(db).recognize(lang, text);
}
