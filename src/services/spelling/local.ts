import { isSpelled, type SpellLang } from "../../domain/languages";
import { isForeignWord } from "../../domain/qa/foreign-words";
import { checkSpelling, withSuggestions, type Dictionary } from "../../domain/qa/spelling";
import type { QaFlag } from "../../domain/qa/types";
import { SpellingEngine } from "./engine";
import type { CheckRequest } from "./protocol";

/** Spelling on the calling thread: the engine plus the termbase words to skip. */
export class LocalSpeller {
  private terms = new Set<string>();
  /** What the check pass asks of each language's dictionary; made once, not on every check. */
  private readonly views = new Map<SpellLang, Dictionary>();
  private readonly isKnownTerm = (lowercaseWord: string) => this.terms.has(lowercaseWord);
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
    const flags = checkSpelling({ lang, side: request.side, text: request.text, source: request.source, dict: this.view(lang), isKnownTerm: this.isKnownTerm });
    // Suggestions have a time budget per check run: a new dictionary view starts one.
    return request.suggestions === false ? flags : withSuggestions(flags, this.engine.dictionary(lang));
  }

  /**
   * The flags of each request, in the order asked. Each language's texts are checked together:
   * a source's and its translation's words alternate otherwise, and each language's dictionary
   * tables push the other's out of the processor's caches.
   */
  checkMany(requests: readonly CheckRequest[]): QaFlag[][] {
    const found = new Array<QaFlag[]>(requests.length);
    for (const lang of new Set(requests.map((request) => request.lang))) {
      requests.forEach((request, at) => {
        if (request.lang === lang) found[at] = this.check(request);
      });
    }
    return found;
  }

  private view(lang: SpellLang): Dictionary {
    let view = this.views.get(lang);
    if (!view) {
      const engine = this.engine;
      const isCorrectIn = (other: SpellLang, word: string) => engine.isCorrect(other, word);
      view = {
        isCorrect: (word) => engine.isCorrect(lang, word),
        isDerived: (word) => engine.isDerived(lang, word),
        // Newsroom copy quotes titles and names from its other languages: a note, not a typo.
        isForeign: (word) => isForeignWord(lang, word, isCorrectIn),
      };
      this.views.set(lang, view);
    }
    return view;
  }
}
