/**
 * Words a newsroom quotes from its other languages are notes, not typos: "femme fatale" in
 * English copy, "tweet" in Hungarian — including Hungarian endings on a foreign stem
 * ("tweetelte", "brightoni" from Brighton).
 */
import type { Lang } from "../languages";
import { hungarianStems } from "../terms/inflection";

export type ForeignLang = "fr" | "en";
const MIN_FOREIGN_STEM = 4;

/**
 * @example
 * isForeignWord("hu", "brightoni", (lang, w) => lang === "en" && w === "Brighton") // true
 */
export function isForeignWord(lang: Lang, word: string, knowsIn: (lang: ForeignLang, word: string) => boolean): boolean {
  const others = (["en", "fr"] as const).filter((l) => l !== lang);
  if (others.some((l) => knowsIn(l, word))) return true;
  if (lang !== "hu") return false;
  const lower = word.toLowerCase();
  for (const stem of hungarianStems(lower)) {
    if (stem === lower || stem.length < MIN_FOREIGN_STEM) continue;
    const capitalised = stem[0]!.toUpperCase() + stem.slice(1);
    if (others.some((l) => knowsIn(l, stem) || knowsIn(l, capitalised))) return true;
  }
  return false;
}

/** Bound prefixes written with a hyphen before any word: "pre-trial", "anti-Erdogan", "néo-zélandais". */
const HYPHEN_PREFIXES: Partial<Record<Lang, ReadonlySet<string>>> = {
  en: new Set(["anti", "pre", "post", "non", "co", "re", "ex", "self", "cyber", "multi", "inter", "intra", "micro", "macro", "mega", "mini", "neo", "pro", "pseudo", "semi", "sub", "super", "trans", "ultra", "un", "under", "over", "counter", "mid", "out", "bi", "tri", "geo", "eco", "e"]),
  fr: new Set(["anti", "post", "pré", "néo", "ex", "co", "non", "pro", "semi", "mi", "multi", "inter", "micro", "macro", "méga", "mini", "pseudo", "super", "ultra", "cyber", "éco", "e"]),
  hu: new Set(["ex", "anti", "poszt", "neo", "pszeudo", "e"]),
};

/** Is `part` a prefix that only exists before a hyphen in `lang`? */
export function isHyphenPrefix(lang: Lang, part: string): boolean {
  return HYPHEN_PREFIXES[lang]?.has(part.toLowerCase()) === true;
}

/** Productive prefixes written solid ("reinjected", "underprepared", "covedette"); see prefixed-words.ts for French. */
const SOLID_PREFIXES: Partial<Record<Lang, readonly string[]>> = {
  en: ["counter", "under", "inter", "super", "multi", "over", "anti", "semi", "post", "non", "pre", "mis", "out", "sub", "dis", "mid", "un", "re", "co"],
  fr: ["contre", "inter", "super", "multi", "anti", "semi", "post", "sur", "pré", "néo", "ré", "re", "co"],
};
/** The rest of the word must be long enough that a typo rarely hides as prefix + word ("untill"). */
const MIN_PREFIXED_REST = 5;

/**
 * Is `word` a prefix plus a word the dictionary knows? Hunspell's English and French
 * dictionaries list few of these productive forms.
 *
 * @example
 * prefixedForms("en", "reinjected") // ["injected"]
 */
export function prefixedForms(lang: Lang, word: string): string[] {
  const lower = word.toLowerCase();
  return (SOLID_PREFIXES[lang] ?? []).filter((p) => lower.startsWith(p) && lower.length - p.length >= MIN_PREFIXED_REST).map((p) => lower.slice(p.length));
}
