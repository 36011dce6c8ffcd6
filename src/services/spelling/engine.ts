/**
 * Hunspell (WebAssembly, hunspell-asm) with the dictionaries Glossa ships: dictionary-fr,
 * dictionary-en (en-US; British spellings are accepted through the en-GB variants Hunspell
 * suggests for them) and the LibreOffice hu_HU dictionary kept in this folder. One checker per
 * language, loaded on first use, with a bounded word cache and cached suggestions. Before a
 * word reaches Hunspell, an accept-only JavaScript reading of the same dictionary answers the
 * common case (a stem with its affixes) in microseconds; it never accepts what Hunspell refuses.
 * For dictionaries without compounds (English, French), a refute-only reading answers most
 * unknown words the same way; it never refuses what Hunspell accepts.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadModule, type Hunspell, type HunspellFactory } from "hunspell-asm";
import { createAcceptor } from "../../domain/hunspell/accept";
import type { WordReader } from "../../domain/hunspell/compound";
import { parseHunspell } from "../../domain/hunspell/parse";
import { createRefuter } from "../../domain/hunspell/refute";
import type { SpellLang } from "../../domain/languages";
import type { Dictionary } from "../../domain/qa/spelling";

const require = createRequire(import.meta.url);
const HERE = dirname(fileURLToPath(import.meta.url));

export type DictionaryName = SpellLang | "en-gb";

function dictionaryFiles(lang: DictionaryName): { aff: string; dic: string } {
  if (lang === "hu") return { aff: join(HERE, "dictionaries/hu_HU/hu_HU.aff"), dic: join(HERE, "dictionaries/hu_HU/hu_HU.dic") };
  const dir = dirname(require.resolve(`dictionary-${lang}`));
  return { aff: join(dir, "index.aff"), dic: join(dir, "index.dic") };
}

const CACHE_LIMIT = 200_000;
const SUGGEST_BUDGET_MS = 60;
const SUGGEST_MAX_LENGTH = 40;

/** Damerau-Levenshtein distance, to put the closest of Hunspell's suggestions first. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/** The bounded memo of `lang` in `memos` (made on first use). */
function memoOf(memos: Map<SpellLang, Map<string, boolean>>, lang: SpellLang): Map<string, boolean> {
  let memo = memos.get(lang);
  if (!memo) memos.set(lang, (memo = new Map()));
  return memo;
}

/** Keeps `answer` for `word` in `memo`, which is emptied when full. */
function remember(memo: Map<string, boolean>, word: string, answer: boolean): boolean {
  if (memo.size >= CACHE_LIMIT) memo.clear();
  memo.set(word, answer);
  return answer;
}

/** The JavaScript readings of each dictionary, built once per process (tests create many engines). */
const readers = new Map<DictionaryName, { accepts: WordReader; refutes: ((word: string) => boolean) | null }>();
function readersOf(lang: DictionaryName) {
  let found = readers.get(lang);
  if (!found) {
    const files = dictionaryFiles(lang);
    const tables = parseHunspell(readFileSync(files.aff), readFileSync(files.dic));
    readers.set(lang, (found = { accepts: createAcceptor(tables), refutes: createRefuter(tables) }));
  }
  return found;
}
/** The accept-only JavaScript reading of a dictionary (see domain/hunspell/accept.ts). */
export function acceptor(lang: DictionaryName): WordReader {
  return readersOf(lang).accepts;
}
/** The refute-only JavaScript reading of a dictionary (domain/hunspell/refute.ts): null when the dictionary compounds. */
export function refuter(lang: DictionaryName): ((word: string) => boolean) | null {
  return readersOf(lang).refutes;
}

/**
 * Empties the memo the JavaScript readings keep (of compound parts), so that a benchmark can
 * measure a first sight of every word again.
 */
export function forgetAcceptorMemos(): void {
  for (const { accepts } of readers.values()) accepts.forget();
}

/**
 * The WebAssembly module, compiled once per process and shared by every engine: each engine's
 * checkers live in it side by side, and its code stays optimised across engines (a new module
 * per engine would start cold each time).
 */
let sharedModule: Promise<HunspellFactory> | undefined;
/** Checkers of engines dropped without dispose(): freed when the engine is collected, not kept in the shared module for good. */
const dropped = new FinalizationRegistry<Hunspell[]>((checkers) => {
  for (const checker of checkers) checker.dispose();
});

export class SpellingEngine {
  private factory?: HunspellFactory;
  private readonly checkers = new Map<DictionaryName, Hunspell>();
  /** The same checkers, for the finalizer (which must not hold the engine itself). */
  private readonly created: Hunspell[] = [];
  private readonly verdicts = new Map<SpellLang, Map<string, boolean>>();
  /** isDerived's answers for words without a verdict (mostly made-up typo variants). */
  private readonly derived = new Map<SpellLang, Map<string, boolean>>();
  private readonly suggestions = new Map<string, string[]>();
  private readonly projectWords = new Map<SpellLang, Set<string>>();

  async init(langs: SpellLang[] = ["fr", "en", "hu"]): Promise<this> {
    if (!this.factory) {
      this.factory = await (sharedModule ??= loadModule());
      dropped.register(this, this.created, this);
    }
    const names: DictionaryName[] = langs.includes("en") ? [...langs, "en-gb"] : langs;
    for (const name of names) {
      this.checker(name);
      acceptor(name);
    }
    return this;
  }

  private checker(lang: DictionaryName): Hunspell {
    let checker = this.checkers.get(lang);
    if (!checker) {
      if (!this.factory) throw new Error("SpellingEngine.init() must run first");
      const files = dictionaryFiles(lang);
      const aff = this.factory.mountBuffer(readFileSync(files.aff));
      const dic = this.factory.mountBuffer(readFileSync(files.dic));
      try {
        checker = this.factory.create(aff, dic);
        this.created.push(checker);
      } finally {
        // Hunspell has read both files: their copies in the module's memory are not needed again.
        this.factory.unmount(aff);
        this.factory.unmount(dic);
      }
      this.checkers.set(lang, checker);
    }
    return checker;
  }

  /** Hunspell's own verdict, without the word cache or the JavaScript fast path. */
  hunspellSpell(lang: DictionaryName, word: string): boolean {
    return this.checker(lang).spell(word);
  }

  /**
   * Forgets every word seen: the verdict caches of this engine and the memo of the JavaScript
   * readings (shared by the thread's engines). Benchmarks use it to measure a first sight.
   */
  forgetWords(): void {
    for (const memo of [...this.verdicts.values(), ...this.derived.values()]) memo.clear();
    forgetAcceptorMemos();
  }

  /** Words of the project word list ("add to dictionary"), replacing the previous list. */
  setProjectWords(lang: SpellLang, words: Iterable<string>): void {
    this.projectWords.set(lang, new Set([...words].map((w) => w.normalize("NFC"))));
    this.verdicts.get(lang)?.clear();
    this.derived.get(lang)?.clear();
  }

  isCorrect(lang: SpellLang, word: string): boolean {
    // (The memo is read here, not through a callback: this runs for every word of every text.)
    const memo = memoOf(this.verdicts, lang);
    const known = memo.get(word);
    if (known !== undefined) return known;
    const plain = word.replace(/’/g, "'");
    // Most words are a stem with an affix or two, which the JavaScript tables answer in a few
    // microseconds; so are most unknown words of a dictionary without compounds (no entry
    // reads in them at all). The rest (compounds, rare rules) go to Hunspell itself.
    return remember(memo, word, this.knownWithoutHunspell(lang, word, plain) || (!this.surelyUnknown(lang, plain) && (this.checker(lang).spell(plain) || (lang === "en" && this.checker("en-gb").spell(plain)))));
  }

  /** Would Hunspell refuse the word, in both English dictionaries for English? (Never asked of the project word list: it comes first.) */
  private surelyUnknown(lang: SpellLang, plain: string): boolean {
    const refutes = refuter(lang);
    if (!refutes?.(plain)) return false;
    if (lang !== "en") return true;
    return refuter("en-gb")?.(plain) === true;
  }

  suggest(lang: SpellLang, word: string): string[] {
    // Hunspell's search grows fast with length, and one call cannot be stopped: a 17-letter
    // Hungarian typo takes about a second, a 60-letter string ten. Past SUGGEST_MAX_LENGTH
    // (longer than nearly every real word) nothing is searched.
    if (word.length > SUGGEST_MAX_LENGTH) return [];
    const key = `${lang}\u0000${word}`;
    const cached = this.suggestions.get(key);
    if (cached) return cached;
    const raw = this.checker(lang).suggest(word);
    // Hunspell's order is good but not always closest-first: "magaisn" -> "magasin" must lead.
    const ranked = raw.map((s, i) => ({ s, i, d: editDistance(word.toLowerCase(), s.toLowerCase()) })).sort((a, b) => a.d - b.d || a.i - b.i).map((x) => x.s);
    if (this.suggestions.size >= CACHE_LIMIT) this.suggestions.clear();
    this.suggestions.set(key, ranked);
    return ranked;
  }

  /**
   * A cheap subset of isCorrect: the word's verdict when it was asked before, otherwise whether
   * the project word list or the JavaScript reading of the dictionary knows it (no Hunspell
   * call; remembered apart from the verdicts). For heuristics that try many made-up strings
   * (typo variants).
   */
  isDerived(lang: SpellLang, word: string): boolean {
    const verdict = this.verdicts.get(lang)?.get(word);
    if (verdict !== undefined) return verdict;
    const memo = memoOf(this.derived, lang);
    return memo.get(word) ?? remember(memo, word, this.knownWithoutHunspell(lang, word, word.replace(/’/g, "'")));
  }

  /**
   * The project word list, then the JavaScript readings. English accepts both en-US and en-GB
   * spellings ("color", "colour"): both readings come before either Hunspell, so a British
   * spelling costs no Hunspell call.
   */
  private knownWithoutHunspell(lang: SpellLang, word: string, plain: string): boolean {
    return this.projectWords.get(lang)?.has(word) === true || acceptor(lang)(plain) || (lang === "en" && acceptor("en-gb")(plain));
  }

  /**
   * A dictionary view for one check run: suggestions stop once the run's time budget is
   * spent (a pathological Hungarian word can take Hunspell a long time), later ones are [].
   * The budget starts with the first search, not with the view: checking the text first may
   * take long on a busy machine, and it must not leave the first typo without suggestions.
   */
  dictionary(lang: SpellLang, budgetMs = SUGGEST_BUDGET_MS): Dictionary {
    let deadline: number | undefined;
    return {
      isCorrect: (w) => this.isCorrect(lang, w),
      isDerived: (w) => this.isDerived(lang, w),
      suggest: (w) => {
        deadline ??= Date.now() + budgetMs;
        return this.suggestions.has(`${lang}\u0000${w}`) || Date.now() < deadline ? this.suggest(lang, w) : [];
      },
    };
  }

  dispose(): void {
    dropped.unregister(this);
    for (const c of this.checkers.values()) c.dispose();
    this.checkers.clear();
    this.created.length = 0;
  }
}
