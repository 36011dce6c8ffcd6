import type { Db } from "../../db/client";
import type { QaContext } from "../../domain/qa/run";
import { createSpellingService, type SpellingService } from "../spelling/service";
import { getTermbase } from "../term-index";
import { listWords, wordListVersion } from "../word-list";

let fallback: Promise<SpellingService> | undefined;

/** The in-process spelling service for callers that were not given a pool (tests, CLI). */
export function defaultSpelling(): Promise<SpellingService> {
  fallback ??= createSpellingService({ workers: 0 });
  return fallback;
}

const termsSent = new WeakMap<SpellingService, string>();
const wordsSent = new WeakMap<SpellingService, string>();
// Versions count per database: the same spelling service may serve several (tests, CLI).
const dbIds = new WeakMap<Db, number>();
let nextDbId = 0;
const dbKey = (db: Db) => {
  if (!dbIds.has(db)) dbIds.set(db, ++nextDbId);
  return dbIds.get(db)!;
};

/**
 * The QA context for the current termbase: its recogniser, its concepts' terms, and a spelling
 * service that knows every term word (sent again only when the termbase changed).
 */
export function qaContext(db: Db, spelling: SpellingService): QaContext {
  const termbase = getTermbase(db);
  const termsKey = `${dbKey(db)}:${termbase.version}`;
  if (termsSent.get(spelling) !== termsKey) {
    spelling.setTerms(termbase.words);
    termsSent.set(spelling, termsKey);
  }
  const words = `${dbKey(db)}:${wordListVersion(db)}`;
  if (wordsSent.get(spelling) !== words) {
    for (const lang of ["fr", "en", "hu"] as const) spelling.setProjectWords(lang, listWords({ db, input: { lang } }));
    wordsSent.set(spelling, words);
  }
  return {
    spell: (requests) => spelling.checkMany(requests),
    recognize: termbase.recognize,
    conceptTerms: (conceptId) => termbase.byConcept.get(conceptId) ?? [],
  };
}
