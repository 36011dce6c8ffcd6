/**
 * Words to spell-check in a text, per language, with their UTF-16 offsets. Everything that is
 * not a dictionary word is left out here: URLs, e-mails, numbers, acronyms, brand names with
 * inner capitals. French elisions are split off ("l'UNESCO" checks "UNESCO", then skips it as
 * an acronym); Hungarian suffixed acronyms and numbers stay whole ("UNESCO-nak", "2019-ben").
 */
import { isSpelled, type Lang } from "../languages";
import { isHungarianEndingChain } from "../terms/inflection";
import { classAt, isPlainLowercase, LOWERCASE, PAIR, startsUppercase, UPPERCASE, WORD_CHAR } from "../char-class";

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

const isJoiner = (unit: number) => unit === 0x27 || unit === 0x2019 || unit === 0x2d || unit === 0x2010;

/** Word shapes (see wordSpans): every character lowercase, as isPlainLowercase says. */
const ALL_LOWERCASE = 1;
/** The first character an uppercase letter of one code unit, every other lowercase ("Paris"). */
const CAPITALISED = 2;
/** An apostrophe (' or ’) inside the word. */
const HAS_APOSTROPHE = 4;
/** A hyphen (- or ‐) inside the word. */
const HAS_HYPHEN = 8;
/** Not known: the word was cut after the scan (an elision, an "'s"). */
const RESHAPED = 0x100;

/**
 * The [start, end) spans WORD_PATTERN matches, found by a scan over a character-class table:
 * letters, marks and digits, joined by an apostrophe or hyphen followed by more of them. They
 * come flat, start then end (no pair array per word: this runs on every segment). With
 * `shapes`, each word's shape is pushed there too (the bits above), from the same scan, so
 * that the tokenizer need not read the word's characters again.
 *
 * @example
 * wordSpans("l'eau, 2019-ben") // [0, 5, 7, 15]
 */
export function wordSpans(text: string, shapes?: number[]): number[] {
  const spans: number[] = [];
  let i = 0;
  while (i < text.length) {
    let classes = classAt(text, i);
    if (!(classes & WORD_CHAR)) {
      i += classes & PAIR ? 2 : 1;
      continue;
    }
    const start = i;
    // The first character's case, then whether every later one is lowercase (a joiner is not).
    const firstLower = (classes & LOWERCASE) !== 0;
    const firstCapital = (classes & (UPPERCASE | PAIR)) === UPPERCASE;
    let restLower = true;
    let joiners = 0;
    i += classes & PAIR ? 2 : 1;
    for (;;) {
      while (i < text.length && (classes = classAt(text, i)) & WORD_CHAR) {
        if (!(classes & LOWERCASE)) restLower = false;
        i += classes & PAIR ? 2 : 1;
      }
      if (i + 1 < text.length && isJoiner(text.charCodeAt(i)) && wordCharLength(text, i + 1) > 0) {
        const unit = text.charCodeAt(i);
        joiners |= unit === 0x27 || unit === 0x2019 ? HAS_APOSTROPHE : HAS_HYPHEN;
        restLower = false;
        i++;
      } else break;
    }
    spans.push(start, i);
    shapes?.push((firstLower && restLower ? ALL_LOWERCASE : 0) | (firstCapital && restLower && i - start > 1 ? CAPITALISED : 0) | joiners);
  }
  return spans;
}

/** Acronyms, numbers and brand spellings are not dictionary words. */
export function isSkippable(word: string): boolean {
  if (isPlainLowercase(word)) return word.length < 2; // the common case: an ordinary word
  if (startsUppercase(word) && !(classAt(word, 0) & PAIR) && isPlainLowercase(word, 1)) return false; // the next: "Paris"
  return isSkippableOther(word);
}

/** isSkippable past its two common cases (an ordinary word, a capitalised one). */
function isSkippableOther(word: string): boolean {
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
  const shapes: number[] = [];
  const spans = wordSpans(masked, shapes);
  for (let k = 0; k < spans.length; k += 2) {
    const from = spans[k]!;
    // The scan's shape holds while the word is as scanned (an elision or "'s" cut changes it).
    let shape = shapes[k >> 1]!;
    let word = masked.slice(from, spans[k + 1]);
    let start = from;
    if (shape & HAS_APOSTROPHE) {
      if (lang === "fr") {
        const elision = ELISIONS.exec(word);
        if (elision && word.length > elision[0].length) {
          start += elision[0].length;
          word = word.slice(elision[0].length);
          shape = RESHAPED;
        }
      }
      if (lang === "en") {
        word = word.replace(/['’]s$/i, "");
        shape = RESHAPED;
      }
    }
    // Hungarian suffixes after a hyphen follow a name or acronym: "Marlow-i", "Flake-et", "ICCSD-vel".
    if (lang === "hu") {
      if (shape & HAS_HYPHEN) {
        const parts = word.split(/[-‐]/);
        if (parts.length === 2 && isEndingAfterHyphen(parts[1]!)) continue;
      }
      // Endings after a symbol or a number the tokenizer did not keep: "5%-os", "+-szal".
      const before = masked.charCodeAt(start - 1);
      if ((before === 0x2d || before === 0x2010) && isEndingAfterHyphen(word)) continue;
    }
    if (shape === RESHAPED ? isSkippable(word) : shape & ALL_LOWERCASE ? word.length < 2 : !(shape & CAPITALISED) && isSkippableOther(word)) continue;
    // Only a capital needs to know whether it starts a sentence.
    const sentenceStart = !(shape & ALL_LOWERCASE) && startsUppercase(word) && isSentenceStart(masked, start);
    tokens.push({ word, start, end: start + word.length, sentenceStart });
  }
  return tokens;
}
