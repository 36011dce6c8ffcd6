/**
 * Character and token normalisation shared by the term index and the text being searched, so
 * both sides see "l’UNESCO" and "l'UNESCO", "‐" and "-", NBSP and space alike.
 */

import { eachRun, WORD_CHAR } from "../char-class";

const APOSTROPHES = /[’ʼ‘`´′]/g;
const DASHES = /[‐‑‒–—―−]/g;
const SPACES = /[\u00a0\u202f\u2007\u2009\u200a\u3000]/g;

/** Any of the characters folded below: most texts have none, and one scan settles it. */
const FOLDED = new RegExp(`[${[APOSTROPHES, DASHES, SPACES].map((r) => r.source.slice(1, -1)).join("")}]`);

/** Folds apostrophe, dash and space variants to their ASCII forms, one UTF-16 unit for one. */
export function foldPunctuation(text: string): string {
  if (!FOLDED.test(text)) return text;
  return text.replace(APOSTROPHES, "'").replace(DASHES, "-").replace(SPACES, " ");
}

/** Full-width ASCII (Ａ, １, ＵＮＥＳＣＯ) to half-width, for matching inside Chinese text. */
export function foldWidth(ch: string): string {
  const code = ch.charCodeAt(0);
  return code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : ch;
}

export type Token = { text: string; start: number; end: number };


/**
 * Words of a text with their UTF-16 offsets. Apostrophes and hyphens separate words, which
 * splits French elisions ("l'UNESCO" -> "l", "UNESCO") and Hungarian suffixed acronyms
 * ("UNESCO-nak" -> "UNESCO", "nak") for free; the gap between two words tells whether they
 * may belong to one term.
 *
 * @example
 * tokenize("l’UNESCO-nak").map((t) => t.text) // ["l", "UNESCO", "nak"]
 */
export function tokenize(text: string): Token[] {
  // Runs of letters, marks and digits (/[\p{L}\p{N}\p{M}]+/u), classified by table: a regular
  // expression over every text costs a quarter of term recognition.
  const tokens: Token[] = [];
  eachRun(text, WORD_CHAR, (start, end) => tokens.push({ text: text.slice(start, end), start, end }));
  return tokens;
}

/** Words of one term may be separated by spaces, hyphens or apostrophes only. */
const JOINING_GAP = /^[ '\-]{1,3}$/;
export function isJoiningGap(gap: string): boolean {
  // Recognition passes text already folded: the plain test settles it without folding again.
  return gap === "" || JOINING_GAP.test(gap) || (gap.length <= 3 && JOINING_GAP.test(foldPunctuation(gap)));
}

/** An acronym: two or more letters, all capitals (UNESCO, ICCSD, IA). */
export function isAcronym(word: string): boolean {
  return /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(word);
}

export function foldCase(word: string): string {
  // The root-locale mapping (same as toLocaleLowerCase("und")), without the ICU call per word.
  return word.toLowerCase();
}
