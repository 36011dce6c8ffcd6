/**
 * The base forms a text word may stand for, per language, so that an inflected word in the
 * text meets the base form stored in the termbase. Only the text side is de-inflected: terms
 * are kept as written, which keeps false hits down.
 */
import type { Lang } from "../languages";

function french(word: string): string[] {
  const out = [word];
  if (word.length <= 3) return out;
  if (word.endsWith("eaux")) out.push(word.slice(0, -1)); // jumeaux -> jumeau
  else if (word.endsWith("aux")) out.push(`${word.slice(0, -3)}al`, `${word.slice(0, -3)}ail`); // régionaux -> régional, travaux -> travail
  if (/[sx]$/.test(word)) out.push(word.slice(0, -1)); // villes -> ville, créatives -> créative
  return out;
}

function english(word: string): string[] {
  const out = [word];
  if (word.length <= 3) return out;
  // Not four letters: "ties", "pies" are the plurals of "tie", "pie" (found by the -s rule).
  if (word.endsWith("ies") && word.length > 4) out.push(`${word.slice(0, -3)}y`); // policies -> policy
  if (/(?:ch|sh|ss|x|z)es$/.test(word)) out.push(word.slice(0, -2)); // approaches -> approach
  if (word.endsWith("s") && !word.endsWith("ss")) out.push(word.slice(0, -1)); // twins -> twin
  return out;
}

/**
 * Hungarian nominal endings that may follow a stem: case endings, plural and possessive
 * markers. Derivational suffixes (-ság/-ség, -i adjectives) are deliberately absent, so
 * "házasság" never yields "ház".
 */
const HU_ENDINGS = [
  // case endings
  "nak", "nek", "val", "vel", "ban", "ben", "ba", "be", "ból", "ből", "ról", "ről", "tól", "től", "hoz", "hez", "höz",
  "on", "en", "ön", "ra", "re", "ért", "ig", "ként", "ul", "ül", "vá", "vé", "kor", "stul", "stül", "nál", "nél", "n",
  "at", "et", "ot", "öt", "t", "al", "el", "ul",
  // plural
  "ok", "ek", "ök", "ak", "k",
  // possessive
  "ja", "je", "a", "e", "ai", "ei", "jai", "jei", "i", "unk", "ünk", "nk", "juk", "jük", "uk", "ük", "tok", "tek", "tök",
  "om", "em", "öm", "am", "m", "od", "ed", "öd", "ad", "d", "é", "éi",
].sort((a, b) => b.length - a.length);

const HU_MIN_STEM = 3;

/** The endings by their last and by their first character, longest first (few per word). */
function indexBy(at: (ending: string) => string): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const ending of HU_ENDINGS) index.set(at(ending), [...(index.get(at(ending)) ?? []), ending]);
  return index;
}
const HU_ENDINGS_BY_LAST = indexBy((e) => e.at(-1)!);
const HU_ENDINGS_BY_FIRST = indexBy((e) => e[0]!);
const NO_ENDINGS: string[] = [];

/** "fejlődéssel" -> "fejlődés": -val/-vel assimilate to the stem's last consonant. */
function undoAssimilation(stem: string, ending: string): string | undefined {
  if ((ending === "al" || ending === "el") && stem.length > HU_MIN_STEM) {
    const last = stem.at(-1)!;
    if (last === stem.at(-2) && !/[aáeéiíoóöőuúüű]/.test(last)) return stem.slice(0, -1);
  }
  return undefined;
}

/** "kultúrá" -> "kultúra", "fejlődésé" -> "fejlődése": stems lengthen a final a/e before endings. */
export function shortenFinalVowel(stem: string): string | undefined {
  if (stem.endsWith("á")) return `${stem.slice(0, -1)}a`;
  if (stem.endsWith("é")) return `${stem.slice(0, -1)}e`;
  return undefined;
}

/**
 * Candidate stems of a Hungarian word: up to three endings removed, with vowel lengthening and
 * assimilation undone.
 *
 * @example
 * hungarianStems("örökségünket") // includes "örökség"
 * hungarianStems("Hálózatának")   // includes "Hálózata"
 */
export function hungarianStems(word: string): string[] {
  const seen = new Set<string>([word]);
  let frontier = [word];
  for (let round = 0; round < 3 && frontier.length; round++) {
    const next: string[] = [];
    for (const form of frontier) {
      for (const ending of HU_ENDINGS_BY_LAST.get(form.at(-1)!) ?? NO_ENDINGS) {
        if (!form.endsWith(ending) || form.length - ending.length < HU_MIN_STEM) continue;
        const stem = form.slice(0, -ending.length);
        for (const s of [stem, undoAssimilation(stem, ending), shortenFinalVowel(stem)]) {
          if (s && !seen.has(s)) {
            seen.add(s);
            next.push(s);
          }
        }
      }
    }
    frontier = next;
  }
  return [...seen];
}

/** Is `word` a chain of Hungarian endings, as after a hyphen in "UNESCO-nak", "ICCSD-vel"? */
export function isHungarianEndingChain(word: string, depth = 0): boolean {
  if (word === "") return depth > 0;
  if (depth >= 4) return false;
  const lower = word.toLowerCase();
  return (HU_ENDINGS_BY_FIRST.get(lower[0]!) ?? NO_ENDINGS).some((e) => lower.startsWith(e) && isHungarianEndingChain(lower.slice(e.length), depth + 1));
}

/**
 * Base forms a (case-folded) text word may stand for. Every one of them begins with the word's
 * first two UTF-16 code units: the term index turns words away by those (token-trie.ts).
 *
 * @example
 * baseFormCandidates("fr", "jumeaux") // ["jumeaux", "jumeau"]
 */
export function baseFormCandidates(lang: Lang, word: string): string[] {
  switch (lang) {
    case "fr":
      return french(word);
    case "en":
      return english(word);
    case "hu":
      return hungarianStems(word);
    case "zh":
      return [word];
  }
}
