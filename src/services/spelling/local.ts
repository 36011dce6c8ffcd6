import { isSpelled, type SpellLang } from "../../domain/languages";
import { isForeignWord } from "../../domain/qa/foreign-words";
import { checkSpelling, withSuggestions } from "../../domain/qa/spelling";
import type { QaFlag } from "../../domain/qa/types";
import { SpellingEngine } from "./engine";
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
    const lang = request.lang;
    if (!isSpelled(lang)) return [];
    // Newsroom copy quotes titles and names from its other languages: a note, not a typo.
    const isForeign = (w: string) => isForeignWord(lang, w, (other, word) => this.engine.isCorrect(other, word));
    const dict = this.engine.dictionary(lang);
    const flags = checkSpelling({ lang, side: request.side, text: request.text, source: request.source, dict: { ...dict, isForeign }, isKnownTerm: (w) => this.terms.has(w) });
    return request.suggestions === false ? flags : withSuggestions(flags, dict);
  }
}
