import { checkSpelling } from "../../domain/qa/spelling";
import type { QaFlag } from "../../domain/qa/types";
import { SpellingEngine, type SpellLang } from "./engine";
import type { CheckRequest } from "./protocol";

/** Spelling on the calling thread: the engine plus the termbase words to skip. */
export class LocalSpeller {
  private terms = new Set<string>();
  constructor(readonly engine: SpellingEngine) {}

  static async create(): Promise<LocalSpeller> {
    return new LocalSpeller(await new SpellingEngine().init());
  }

  setTerms(words: Iterable<string>): void {
    this.terms = new Set(words);
  }

  setProjectWords(lang: SpellLang, words: Iterable<string>): void {
    this.engine.setProjectWords(lang, words);
  }

  check(request: CheckRequest): QaFlag[] {
    if (request.lang === "zh") return [];
    return checkSpelling({ ...request, dict: this.engine.dictionary(request.lang), isKnownTerm: (w) => this.terms.has(w) });
  }
}
