/**
 * How the translation memory cuts a text into tokens: words and single punctuation marks for
 * French, English and Hungarian; single Han characters for Chinese (a run of Latin letters or
 * digits inside Chinese text, e.g. "UNESCO" or "2019", stays one token). Whitespace is not a
 * token: "a  b" and "a b" differ only in their exact text.
 */
import { isCharacterLanguage, type Lang } from "../languages";
import { scanWords } from "./word-scanner";

const HAN_OR_WORDS = /\p{Script=Han}|(?:(?!\p{Script=Han})[\p{L}\p{M}\p{N}])+|\S/gu;

/**
 * The tokens fuzzy scores are computed on.
 *
 * @example
 * tmTokens("L'UNESCO, à Pékin.", "fr") // ["L", "'", "UNESCO", ",", "à", "Pékin", "."]
 * tmTokens("联合国2019年", "zh")        // ["联", "合", "国", "2019", "年"]
 */
export function tmTokens(text: string, lang: Lang): string[] {
  return isCharacterLanguage(lang) ? (text.match(HAN_OR_WORDS) ?? []) : scanWords(text).tokens;
}

/**
 * The tokens and their lower-case forms (what scores compare), in one pass for word languages.
 *
 * @example
 * tmTokensWithLower("Le Centre", "fr") // { tokens: ["Le", "Centre"], lower: ["le", "centre"] }
 */
export function tmTokensWithLower(text: string, lang: Lang): { tokens: string[]; lower: string[] } {
  if (!isCharacterLanguage(lang)) return scanWords(text);
  const tokens = text.match(HAN_OR_WORDS) ?? [];
  return { tokens, lower: tokens.map((t) => t.toLowerCase()) };
}

const MARKS = /\p{M}+/gu;
const WORD_TOKEN = /^[\p{L}\p{N}]+$/u;
const forms = new Map<string, string>();
const MAX_CACHED_FORMS = 200_000;

function computeForm(token: string): string {
  const folded = token.normalize("NFD").replace(MARKS, "").toLowerCase();
  if (folded && WORD_TOKEN.test(folded)) return folded;
  return `u${[...token].map((c) => c.codePointAt(0)!.toString(16)).join("u")}`;
}

/**
 * A token as the index stores it: lower case, without diacritics, letters and digits only (a
 * punctuation mark becomes `u` and its code point in hex). Folding makes the index coarser than
 * the score, never finer, so it can only find more candidates than match, never fewer.
 *
 * @example
 * indexForm("Pékin") // "pekin"
 * indexForm(",")     // "u2c"
 */
export function indexForm(token: string): string {
  let form = forms.get(token);
  if (form === undefined) {
    if (forms.size >= MAX_CACHED_FORMS) forms.clear();
    forms.set(detached(token), (form = detached(computeForm(token))));
  }
  return form;
}

/**
 * A copy of a string that shares no memory with the text it was cut from. V8 keeps a token
 * matched out of a segment as a slice of that segment, and the segment as a slice of the
 * 256 KB chunk of the file it was parsed from: a cached token would keep its whole chunk alive,
 * and a TMX import of a million units grew by hundreds of megabytes of such chunks.
 */
function detached(text: string): string {
  return text.length < 2 ? text : text.split("").join("");
}

/**
 * Index terms carry the language of their text and the other language of the unit, so a list
 * holds one language pair (both directions: "frhu_" terms come from fr→hu sources and from
 * hu→fr targets alike).
 *
 * @example
 * termPrefix("fr", "hu") // "frhu_"
 */
export function termPrefix(lang: Lang, other: Lang): string {
  return `${lang}${other}_`;
}

/**
 * The index terms of tokens, each with how many token positions it stands for.
 *
 * @example
 * indexTerms(["Le", "chat", "le"], "fr", "hu") // Map { "frhu_le" => 2, "frhu_chat" => 1 }
 */
export function indexTerms(tokens: readonly string[], lang: Lang, other: Lang): Map<string, number> {
  const prefix = termPrefix(lang, other);
  const terms = new Map<string, number>();
  for (const token of tokens) {
    const term = prefix + indexForm(token);
    terms.set(term, (terms.get(term) ?? 0) + 1);
  }
  return terms;
}
