import type { Db } from "../../db/client";
import type { QaContext } from "../../domain/qa/run";
import { createSpellingService, type SpellingService } from "../spelling/service";
import { getTermbase } from "../term-index";
import { recognizeTerms } from "../../domain/terms";

let fallback: Promise<SpellingService> | undefined;

/** The in-process spelling service for callers that were not given a pool (tests, CLI). */
export function defaultSpelling(): Promise<SpellingService> {
  fallback ??= createSpellingService({ workers: 0 });
  return fallback;
}

const termsSent = new WeakMap<SpellingService, string>();

/**
 * The QA context for the current termbase: its recogniser, its concepts' terms, and a spelling
 * service that knows every term word (sent again only when the termbase changed).
 */
export function qaContext(db: Db, spelling: SpellingService): QaContext {
  const termbase = getTermbase(db);
  if (termsSent.get(spelling) !== termbase.version) {
    spelling.setTerms(termbase.words);
    termsSent.set(spelling, termbase.version);
  }
  return {
    spell: (request) => spelling.check(request),
    recognize: (lang, text) => recognizeTerms(termbase.index, lang, text),
    conceptTerms: (conceptId) => termbase.byConcept.get(conceptId) ?? [],
  };
}
