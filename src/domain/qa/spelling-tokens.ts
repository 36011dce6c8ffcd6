/**
 * Words to spell-check in a text, per language, with their UTF-16 offsets. Everything that is
 * not a dictionary word is left out here: URLs, e-mails, numbers, acronyms, brand names with
 * inner capitals. French elisions are split off ("l'UNESCO" checks "UNESCO", then skips it as
 * an acronym); Hungarian suffixed acronyms and numbers stay whole ("UNESCO-nak", "2019-ben").
 */
import { isSpelled, type Lang } from "../languages";
import { isHungarianEndingChain } from "../terms/inflection";
import { classAt, isPlainLowercase, PAIR, startsUppercase, WORD_CHAR } from "../char-class";

export type SpellToken = {
  word: string;
  start: number;
  end: number;
  /** the first word of a sentence: its capital says nothing about it being a name */
  sentenceStart: boolean;
};

const ELISIONS = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’]/i;
const URL_OR_MAIL = /(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.-]+|\b[\w-]+\.(?:com|org|net|gov|edu|int|fr|hu|cn|uk|de|eu|io)\b/giu;
const MAYBE_URL_OR_MAIL = /@|www\.|:\/\/|\.(?:com|org|net|gov|edu|int|fr|hu|cn|uk|de|eu|io)\b/i;
/** The words of a text as `WORD_PATTERN` finds them; kept as the definition the scanner follows. */
export const WORD_PATTERN = /[\p{L}\p{M}\p{N}]+(?:['’\-‐][\p{L}\p{M}\p{N}]+)*/gu;

/** Length in code units of the word character at `at` (a surrogate pair is 2), or 0. */
function wordCharLength(text: string, at: number): number {
  if (at >= text.length) return 0;
  const classes = classAt(text, at);
  return classes & WORD_CHAR ? (classes & PAIR ? 2 : 1) : 0;
}

const hasApostrophe = (word: string) => word.includes("'") || word.includes("’");
const isJoiner = (unit: number) => unit === 0x27 || unit === 0x2019 || unit === 0x2d || unit === 0x2010;

/**
 * The [start, end) spans WORD_PATTERN matches, found by a scan over a character-class table:
 * letters, marks and digits, joined by an apostrophe or hyphen followed by more of them. They
 * come flat, start then end (no pair array per word: this runs on every segment).
 *
 * @example
 * wordSpans("l'eau, 2019-ben") // [0, 5, 7, 15]
 */
export function wordSpans(text: string): number[] {
  const spans: number[] = [];
  let i = 0;
  while (i < text.length) {
    let length = wordCharLength(text, i);
    if (length === 0) {
      i += classAt(text, i) & PAIR ? 2 : 1;
      continue;
    }
    const start = i;
    i += length;
    for (;;) {
      while ((length = wordCharLength(text, i)) > 0) i += length;
      if (i + 1 < text.length && isJoiner(text.charCodeAt(i)) && (length = wordCharLength(text, i + 1)) > 0) i += 1 + length;
      else break;
    }
    spans.push(start, i);
  }
  return spans;
}

/** Acronyms, numbers and brand spellings are not dictionary words. */
export function isSkippable(word: string): boolean {
  if (isPlainLowercase(word)) return word.length < 2; // the common case: an ordinary word
  if (startsUppercase(word) && !(classAt(word, 0) & PAIR) && isPlainLowercase(word, 1)) return false; // the next: "Paris"
  if (/\p{N}/u.test(word)) return true; // 2019, 2019-ben, COVID-19, 3e
  if (word.length < 2) return true;
  const letters = word.replace(/[^\p{L}]/gu, "");
  if (letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return true; // UNESCO, ICCSD
  // Inner capitals: iGallery, YouTube, McDonald — and acronyms with suffixes: UNESCO-nak.
  const head = word.split(/['’\-‐]/)[0] ?? word;
  if (/^\p{Ll}+\p{Lu}/u.test(head) || /^\p{Lu}\p{Ll}+\p{Lu}/u.test(head)) return true;
  if (/^\p{Lu}{2,}$/u.test(head) || /^\p{Lu}{2,}s$/u.test(head)) return true; // UNESCO, AMs

  return false;
}

/**
 * Nothing but spaces and opening quotes since the last sentence end (or the text start), read
 * back from the word: closing quotes and brackets may follow the end mark.
 */
function isSentenceStart(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && (OPENING.has(text[i - 1]!) || SPACE.test(text[i - 1]!))) i--;
  if (i === 0) return true;
  while (i > 0 && CLOSING.has(text[i - 1]!)) i--;
  return i > 0 && SENTENCE_END.has(text[i - 1]!);
}
const SPACE = /\s/u;
const OPENING = new Set(`«“„"'([`);
const CLOSING = new Set(`"'»”)]`);
const SENTENCE_END = new Set(".!?…:");

/**
 * @example
 * spellTokens("fr", "l'UNESCO et le grand magaisn").map((t) => t.word) // ["et", "le", "grand", "magaisn"]
 */
/**
 * Hungarian endings a hyphen joins to a name, an acronym or a number: case and plural endings,
 * and the adjective suffix -s with its linking vowel and what follows it ("5%-os", "2000-es",
 * "Flake-esek").
 */
function isEndingAfterHyphen(word: string): boolean {
  if (isHungarianEndingChain(word)) return true;
  const adjective = /^[aeoö]?s/i.exec(word);
  if (!adjective) return false;
  const rest = word.slice(adjective[0].length);
  return rest === "" || isHungarianEndingChain(rest);
}

export function spellTokens(lang: Lang, text: string): SpellToken[] {
  if (!isSpelled(lang)) return [];
  // Most sentences hold no address: a cheap look for its marks before the full pattern.
  const masked = MAYBE_URL_OR_MAIL.test(text) ? text.replace(URL_OR_MAIL, (m) => " ".repeat(m.length)) : text;
  const tokens: SpellToken[] = [];
  const spans = wordSpans(masked);
  for (let k = 0; k < spans.length; k += 2) {
    const from = spans[k]!;
    let word = masked.slice(from, spans[k + 1]);
    let start = from;
    if (lang === "fr") {
      const elision = hasApostrophe(word) ? ELISIONS.exec(word) : null;
      if (elision && word.length > elision[0].length) {
        start += elision[0].length;
        word = word.slice(elision[0].length);
      }
    }
    if (lang === "en" && hasApostrophe(word)) word = word.replace(/['’]s$/i, "");
    // Hungarian suffixes after a hyphen follow a name or acronym: "Marlow-i", "Flake-et", "ICCSD-vel".
    if (lang === "hu") {
      if (word.includes("-") || word.includes("‐")) {
        const parts = word.split(/[-‐]/);
        if (parts.length === 2 && isEndingAfterHyphen(parts[1]!)) continue;
      }
      // Endings after a symbol or a number the tokenizer did not keep: "5%-os", "+-szal".
      const before = masked[start - 1];
      if ((before === "-" || before === "‐") && isEndingAfterHyphen(word)) continue;
    }
    if (isSkippable(word)) continue;
    // Only a capital needs to know whether it starts a sentence.
    const sentenceStart = startsUppercase(word) && isSentenceStart(masked, start);
    tokens.push({ word, start, end: start + word.length, sentenceStart });
  }
  return tokens;
}
