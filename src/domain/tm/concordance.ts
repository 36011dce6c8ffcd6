/**
 * Finding a word or phrase in TM texts the way a translator expects: case and accents ignored
 * ("developpement" finds "Développement"), the match starting at a word start and running on to
 * the end of a word or into one (a Hungarian stem finds its inflected forms: "fejlődés" finds
 * "fejlődéshez"); in Chinese, anywhere. Offsets are UTF-16 code units of the original text.
 */
import { isCharacterLanguage, type Lang } from "../languages";

const folded = new Map<number, string>();

/** One code unit folded to one code unit: lower case, without its accent when it has one. */
function foldUnit(code: number): string {
  let out = folded.get(code);
  if (out !== undefined) return out;
  const ch = String.fromCharCode(code);
  out = ch;
  if (code < 0xd800 || code > 0xdfff) {
    const base = ch.normalize("NFD")[0]!.toLowerCase();
    if (base.length === 1) out = base;
  }
  folded.set(code, out);
  return out;
}

/**
 * A text folded for searching, of exactly the same length, so an offset in it is an offset in
 * the original.
 *
 * @example
 * foldForSearch("Développement") // "developpement"
 */
export function foldForSearch(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out += code < 0x80 ? (code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i]) : foldUnit(code);
  }
  return out;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/**
 * Where `query` occurs in `text`, as [start, end) offsets.
 *
 * @example
 * findOccurrences("Le développement durable.", "developpement", "fr") // [[3, 16]]
 * findOccurrences("redéveloppement", "developpement", "fr")          // [] (not at a word start)
 */
export function findOccurrences(text: string, query: string, lang: Lang): Array<[number, number]> {
  const needle = foldForSearch(query.trim());
  if (!needle) return [];
  const haystack = foldForSearch(text);
  const anywhere = isCharacterLanguage(lang);
  const hits: Array<[number, number]> = [];
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    if (!anywhere && at > 0 && WORD_CHAR.test(text[at - 1]!) && WORD_CHAR.test(text[at]!)) continue;
    hits.push([at, at + needle.length]);
  }
  return hits;
}
