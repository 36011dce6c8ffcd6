/**
 * Unicode character classes looked up in a table instead of tested with a `\p{…}` regular
 * expression per word: the spelling tokenizer classifies every character of every segment,
 * and a table lookup costs a fraction of a regular-expression call. Each BMP code unit is
 * classified once, on first sight, by the same regular expressions; astral characters (a
 * surrogate pair) are classified by code point each time.
 */

/** a letter, mark or digit: part of a word */
export const WORD_CHAR = 1;
/** a lowercase letter (\p{Ll}) */
export const LOWERCASE = 2;
/** an uppercase letter (\p{Lu}) */
export const UPPERCASE = 4;
/** a letter of any case (\p{L}) */
export const LETTER = 8;
/** a combining mark (\p{M}) */
export const MARK = 16;

const WORD_RE = /^[\p{L}\p{M}\p{N}]$/u;
const LOWER_RE = /^\p{Ll}$/u;
const UPPER_RE = /^\p{Lu}$/u;
const LETTER_RE = /^\p{L}$/u;
const MARK_RE = /^\p{M}$/u;
const KNOWN = 0x80;
const table = new Uint8Array(0x10000);

function classify(ch: string): number {
  return (WORD_RE.test(ch) ? WORD_CHAR : 0) | (LOWER_RE.test(ch) ? LOWERCASE : 0) | (UPPER_RE.test(ch) ? UPPERCASE : 0) | (LETTER_RE.test(ch) ? LETTER : 0) | (MARK_RE.test(ch) ? MARK : 0);
}

/**
 * The classes of the character at `at` and its length in code units (2 for a surrogate pair).
 *
 * @example
 * classAt("é", 0) // { classes: WORD_CHAR | LOWERCASE, length: 1 }
 */
export function classAt(text: string, at: number): number {
  const unit = text.charCodeAt(at);
  if (unit >= 0xd800 && unit <= 0xdbff && at + 1 < text.length) {
    const next = text.charCodeAt(at + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return classify(text.slice(at, at + 2)) | PAIR;
  }
  let classes = table[unit]!;
  if (classes === 0) table[unit] = classes = classify(text[at]!) | KNOWN;
  return classes & ~KNOWN;
}

/**
 * Does `word` begin with an uppercase letter (\p{Lu}, astral ones too)?
 *
 * @example
 * startsUppercase("Été") // true
 * startsUppercase("été") // false
 */
export function startsUppercase(word: string): boolean {
  return word.length > 0 && (classAt(word, 0) & UPPERCASE) !== 0;
}

/** Set in classAt's answer when the character is a surrogate pair (two code units). */
export const PAIR = 0x40;

/**
 * @example
 * isPlainLowercase("été") // true
 * isPlainLowercase("Été") // false
 * isPlainLowercase("Été", 1) // true: from the second character on
 */
export function isPlainLowercase(word: string, from = 0): boolean {
  if (word.length <= from) return false;
  for (let i = from; i < word.length; i++) {
    const classes = classAt(word, i);
    if (!(classes & LOWERCASE)) return false;
    if (classes & PAIR) i++;
  }
  return true;
}

/**
 * Is `text` letters and combining marks only (/^[\p{L}\p{M}]+$/u, without a regular expression
 * call: the spelling readers ask it of every word)?
 *
 * @example
 * isLettersAndMarks("Mañana") // true
 * isLettersAndMarks("50-es") // false
 */
export function isLettersAndMarks(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; ) {
    const classes = classAt(text, i);
    if (!(classes & (LETTER | MARK))) return false;
    i += classes & PAIR ? 2 : 1;
  }
  return true;
}

/**
 * Calls `visit(start, end)` for each longest run of characters with one of the classes in
 * `mask` (a surrogate pair is one character), from the start of `text` on.
 *
 * @example
 * eachRun("l’UNESCO-nak", WORD_CHAR, (start, end) => …) // (0, 1), (2, 8), (9, 12)
 */
export function eachRun(text: string, mask: number, visit: (start: number, end: number) => void): void {
  const spans = runSpans(text, mask);
  for (let k = 0; k < spans.length; k += 2) visit(spans[k]!, spans[k + 1]!);
}

/**
 * The longest runs of characters with one of the classes in `mask`, flat: start, end, start,
 * end… (no pair array per run: term recognition reads every word of every segment).
 *
 * @example
 * runSpans("l’UNESCO-nak", WORD_CHAR) // [0, 1, 2, 8, 9, 12]
 */
export function runSpans(text: string, mask: number): number[] {
  const spans: number[] = [];
  let start = -1;
  for (let i = 0; i < text.length; ) {
    const classes = classAt(text, i);
    if (classes & mask) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      spans.push(start, i);
      start = -1;
    }
    i += classes & PAIR ? 2 : 1;
  }
  if (start >= 0) spans.push(start, text.length);
  return spans;
}

/**
 * Does `text` contain `word` as a whole word (not inside a longer run of letters, marks or
 * digits)?
 *
 * @example
 * containsWord("Thompson said", "Thompson") // true
 * containsWord("Thompsons said", "Thompson") // false
 */
export function containsWord(text: string, word: string): boolean {
  if (word === "") return false;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    if ((at === 0 || !(classAt(text, characterBefore(text, at)) & WORD_CHAR)) && (end >= text.length || !(classAt(text, end) & WORD_CHAR))) return true;
  }
  return false;
}

/** Where the character before `at` starts: one code unit back, two for a surrogate pair. */
function characterBefore(text: string, at: number): number {
  const low = text.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return at - 2;
  }
  return at - 1;
}
