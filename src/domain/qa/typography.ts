/**
 * Formal and typographic checks: empty or untranslated targets, spaces, repeated words, end
 * punctuation, brackets and quotes (see balance.ts), language-specific typography (French
 * spaces, Chinese full-width punctuation), placeholders and length.
 */
import { classAt, eachRun, LETTER, LOWERCASE, UPPERCASE } from "../char-class";
import type { Lang } from "../languages";
import { targetBalance } from "./balance";
import { decimalPoints } from "./decimal-point";
import type { MqmCategory, QaFlag, Severity, Side } from "./types";

type Made = Omit<QaFlag, "lang" | "side">;
const make = (check: string, category: MqmCategory, severity: Severity, start: number, end: number, text: string, message: string, suggestions: string[] = []): Made => ({
  check, category, severity, start, end, text: text.slice(start, end), message, suggestions,
});
const whole = (check: string, category: MqmCategory, severity: Severity, text: string, message: string): Made => make(check, category, severity, 0, text.length, text, message);

const HAN = String.raw`\p{Script=Han}`;

const ZH_HALF_WIDTH = new RegExp(`(?<=${HAN})(\\.{2,}|…(?!…)|[,.?!:;])(?!\\d)`, "gu");
const ZH_SPACES = new RegExp(`(?<=${HAN})[ \\u00a0]+(?=${HAN})`, "gu");

/** Checks that need only one text: they run on sources and targets alike. */
export function checkMonolingual(lang: Lang, text: string): Made[] {
  const out: Made[] = [];
  if (text.includes("  ")) for (const m of text.matchAll(/(?<=\S) {2,}(?=\S)/g)) out.push(make("double-space", "style", "minor", m.index, m.index + m[0].length, text, "Double space", [" "]));
  if (lang !== "zh") for (const r of repeatedWords(lang, text)) out.push(make("repeated-word", "linguistic/grammar", "minor", r.start, r.end, text, `“${r.word}” is repeated`, [r.word]));
  if (lang === "fr") out.push(...frenchSpacing(text));
  out.push(...decimalPoints(lang, text));
  if (lang === "zh") out.push(...chinesePunctuation(text));
  return out;
}

const NUMBER = /\p{N}/u;
const ONLY_SPACE = /^\s+$/;
const isNumberAt = (text: string, at: number) => NUMBER.test(text[at] ?? "");
/** text[a, a + length) and text[b, b + length) are the same word, ignoring case. */
function sameLetters(text: string, a: number, b: number, length: number): boolean {
  for (let i = 0; i < length; i++) if (text.charCodeAt(a + i) !== text.charCodeAt(b + i)) return text.slice(a, a + length).toLowerCase() === text.slice(b, b + length).toLowerCase();
  return true;
}

/** Does the word of `length` at `start` begin with a capital and go on in lower case ("Bora")? */
const isTitlecase = (text: string, start: number, length: number) =>
  length >= 2 && (classAt(text, start) & UPPERCASE) !== 0 && (classAt(text, start + 1) & LOWERCASE) !== 0;

/**
 * Words a sentence may say twice in a row by grammar: "vous vous trompez", "az az ember" (that
 * man), "he had had enough", "she said that that was all", and laughter ("ha ha").
 */
const GRAMMATICAL_REPEATS: Record<Lang, ReadonlySet<string>> = {
  en: new Set(["had", "that", "ha"]),
  fr: new Set(["nous", "vous", "ha"]),
  hu: new Set(["az", "ha"]),
  zh: new Set(),
};

/**
 * "le le", "the The": a word, white space, the same word (ignoring case), unless grammar
 * asks for it ("vous vous") or it is a name said twice ("Bora Bora"). One pass over the
 * words: a back-reference regular expression costs a match attempt at every letter.
 *
 * @example
 * repeatedWords("en", "the the cat") // [{ word: "the", start: 0, end: 7 }]
 */
export function repeatedWords(lang: Lang, text: string): Array<{ word: string; start: number; end: number }> {
  const out: Array<{ word: string; start: number; end: number }> = [];
  // The previous word's span; only a word of the same length can repeat it, so no word is cut
  // out of the text unless it may (and case is folded only then).
  let previousStart = -1;
  let previousEnd = -1;
  // Runs of letters (/\p{L}+/u), classified by table: a regular expression over every segment
  // cost more than the rest of this check.
  eachRun(text, LETTER, (start, end) => {
    const length = end - start;
    if (
      previousStart >= 0 &&
      previousEnd - previousStart === length &&
      sameLetters(text, previousStart, start, length) &&
      !isNumberAt(text, previousStart - 1) &&
      !isNumberAt(text, end) &&
      ONLY_SPACE.test(text.slice(previousEnd, start)) &&
      (length >= 2 || /^[aà]$/i.test(text[previousStart]!)) &&
      // A name said twice ("Bora Bora", "Walla Walla") is written capitalised both times.
      !(isTitlecase(text, previousStart, length) && isTitlecase(text, start, length))
    ) {
      const word = text.slice(previousStart, previousEnd);
      if (!GRAMMATICAL_REPEATS[lang].has(word.toLowerCase())) out.push({ word, start: previousStart, end });
      previousStart = -1; // "le le le": the third word starts a new pair
      return;
    }
    previousStart = start;
    previousEnd = end;
  });
  return out;
}

/** French wants a (narrow) no-break space before ; : ! ? and inside « ». */
function frenchSpacing(text: string): Made[] {
  const out: Made[] = [];
  for (const m of text.matchAll(/(\S)( ?)([;:!?])(?=\s|$|["»”)])/g)) {
    if (m[1] === "\u00a0" || m[1] === "\u202f" || /[!?]/.test(m[1]!)) continue;
    if (m[3] === ":" && /https?$|\d$/.test(text.slice(0, m.index + 1))) continue;
    const start = m.index + 1;
    const end = start + m[2]!.length + 1;
    out.push(make("fr-nbsp", "locale-convention", "minor", start, end, text, `A no-break space is needed before “${m[3]}”`, [`\u202f${m[3]}`]));
  }
  for (const m of text.matchAll(/«( ?)(?=\S)/g)) {
    out.push(make("fr-nbsp", "locale-convention", "minor", m.index, m.index + 1 + m[1]!.length, text, "A no-break space is needed after «", ["«\u202f"]));
  }
  for (const m of text.matchAll(/(?<=\S)( ?)»/g)) {
    out.push(make("fr-nbsp", "locale-convention", "minor", m.index, m.index + m[0].length, text, "A no-break space is needed before »", ["\u202f»"]));
  }
  return out;
}

const FULL_WIDTH: Record<string, string> = { ",": "，", ".": "。", "?": "？", "!": "！", ":": "：", ";": "；", "(": "（", ")": "）" };

function chinesePunctuation(text: string): Made[] {
  const out: Made[] = [];
  for (const m of text.matchAll(ZH_HALF_WIDTH)) {
    // Dots in a row, or one "…", are an ellipsis: Chinese writes it "……" (two of U+2026).
    const wanted = m[1]!.length > 1 || m[1] === "…" ? "……" : FULL_WIDTH[m[1]!]!;
    out.push(make("zh-punctuation", "locale-convention", "minor", m.index, m.index + m[1]!.length, text, `Use full-width “${wanted}” in Chinese`, [wanted]));
  }
  for (const m of text.matchAll(ZH_SPACES)) {
    out.push(make("zh-spacing", "locale-convention", "minor", m.index, m.index + m[0].length, text, "No spaces between Chinese characters", [""]));
  }
  return out;
}

type EndClass = "period" | "question" | "exclamation" | "ellipsis" | "colon" | "none";
/**
 * What may follow a sentence's end mark: closing quotes and brackets, spaces. "“" closes too
 * at the very end (Hungarian „…“ as German writes it, or a Chinese closing quote mistyped: its
 * style is flagged apart), so the end mark before it is still read.
 */
const AFTER_END = new Set(`"'»”“’」』)）]`);
const SPACE = /\s/u;
/** "a period", "an exclamation". */
const withArticle = (mark: string) => `${/^[aeiou]/.test(mark) ? "an" : "a"} ${mark}`;

function endClass(text: string): EndClass {
  // Read back from the end (a pattern anchored at the end is tried at every space of the text).
  let end = text.length;
  while (end > 0 && (AFTER_END.has(text[end - 1]!) || SPACE.test(text[end - 1]!))) end--;
  const t = text.slice(0, end);
  if (t.endsWith("...") || t.endsWith("…")) return "ellipsis";
  const last = t.slice(-1);
  if (last === "." || last === "。") return "period";
  if (last === "?" || last === "？") return "question";
  if (last === "!" || last === "！") return "exclamation";
  if (last === ":" || last === "：") return "colon";
  return "none";
}

const QUOTES: Record<Lang, { wrong: string[]; suggestion: string }> = {
  fr: { wrong: ["“", "”", "„", '"'], suggestion: "« … »" },
  en: { wrong: ["«", "„", '"'], suggestion: "“ … ”" },
  hu: { wrong: ["“", "«", '"'], suggestion: "„ … ”" },
  zh: { wrong: ["«", "„", '"'], suggestion: "“ … ”" },
};

/** Expected target/source length ratios per pair, from general experience (characters). */
const RATIO: Partial<Record<`${Lang}>${Lang}`, [number, number]>> = {
  "fr>en": [0.6, 1.3], "fr>hu": [0.6, 1.4], "fr>zh": [0.15, 0.6], "en>fr": [0.8, 1.6], "en>hu": [0.75, 1.6], "en>zh": [0.15, 0.6],
  "hu>en": [0.65, 1.4], "hu>fr": [0.7, 1.6], "hu>zh": [0.15, 0.6], "zh>en": [1.6, 6], "zh>fr": [1.8, 7], "zh>hu": [1.7, 7],
};

const MAYBE_PLACEHOLDER = /[@<{%]|:\/\//;
const PLACEHOLDERS = /https?:\/\/\S+[^\s.,;:!?)»”]|[\w.+-]+@[\w-]+\.[\w.-]+\w|<\/?[a-z][^>]*>|\{\d+\}|\{[a-zA-Z_]\w*\}|%[sd]/g;
/** Most sentences hold no address, tag or format code: a look for their marks first. */
const placeholdersIn = (s: string): RegExpMatchArray[] => (MAYBE_PLACEHOLDER.test(s) ? [...s.matchAll(PLACEHOLDERS)] : []);
/** What a placeholder is, so that a changed one is told from a missing one. */
const placeholderKind = (p: string) => (p.startsWith("<") ? "tag" : p.startsWith("{") || p.startsWith("%") ? "code" : p.includes("@") && !p.includes("://") ? "mail" : "url");
/**
 * Names and numbers stay as they are: "same as the source" matters only for real text, which
 * has a lower-case word ("Hello world." does; "Paris Match", "COVID-19", "iPhone X" do not).
 */
const isOnlyNames = (source: string) => !/(?:^|[\s\p{P}])\p{Ll}{2,}(?!\p{Lu})/u.test(source) || source.trim().split(/\s+/).length < 2;
const LEADING_SPACE = /^\s/;
const TRAILING_SPACE = /\s$/;
// (Helpers live out here, not inside the checks: a closure made on every call costs an
// allocation, and under tsx, which keeps function names, a property definition too.)

/**
 * Addresses, tags and format codes must come through unchanged: one the translation lacks is
 * flagged on the one of its kind the translation has instead ("changed"), or on the whole
 * translation ("missing"); one only the translation has is flagged where it is, as its own
 * check (placeholder-added), which the review UI words apart.
 */
function checkPlaceholders(source: string, target: string, out: Made[]): void {
  const unmatched = placeholdersIn(target);
  const missing: string[] = [];
  for (const [p] of placeholdersIn(source)) {
    const i = unmatched.findIndex((m) => m[0] === p);
    if (i >= 0) unmatched.splice(i, 1);
    else missing.push(p!);
  }
  for (const p of missing) {
    const i = unmatched.findIndex((m) => placeholderKind(m[0]) === placeholderKind(p));
    if (i < 0) {
      out.push(whole("placeholders", "design/markup", "major", target, `“${p}” from the source is missing`));
      continue;
    }
    const changed = unmatched.splice(i, 1)[0]!;
    out.push(make("placeholders", "design/markup", "major", changed.index!, changed.index! + changed[0].length, target, `“${changed[0]}” does not match “${p}” in the source`, [p]));
  }
  for (const m of unmatched) out.push(make("placeholder-added", "design/markup", "major", m.index!, m.index! + m[0].length, target, `“${m[0]}” is not in the source`));
}

/** Checks that compare a translation with its source. */
export function checkBilingual(input: { sourceLang: Lang; source: string; targetLang: Lang; target: string }): Made[] {
  const { source, target, sourceLang, targetLang } = input;
  const out: Made[] = [];
  if (!target.trim()) return source.trim() ? [whole("empty", "accuracy", "major", target, "The translation is empty")] : [];
  if (target.trim().toLowerCase() === source.trim().toLowerCase() && source.replace(/[^\p{L}]/gu, "").length > 3 && !isOnlyNames(source)) {
    out.push(whole("untranslated", "accuracy", "major", target, "The translation is the same as the source"));
  }
  if (LEADING_SPACE.test(source) !== LEADING_SPACE.test(target) || TRAILING_SPACE.test(source) !== TRAILING_SPACE.test(target)) {
    const m = /^\s+|\s+$/.exec(target);
    out.push(make("whitespace", "style", "minor", m?.index ?? 0, m ? m.index + m[0].length : 0, target, "Leading or trailing spaces differ from the source"));
  }
  out.push(...targetBalance(source, target));
  const se = endClass(source);
  const te = endClass(target);
  if (se !== te && !(se === "none" && te === "period" && targetLang === "zh")) {
    const at = Math.max(0, target.replace(/\s+$/, "").length - 1);
    out.push(make("end-punctuation", "linguistic/punctuation", "minor", at, at + 1, target, `The source ends with ${se === "none" ? "no punctuation" : withArticle(se)}, the translation with ${te === "none" ? "none" : withArticle(te)}`));
  }
  const q = QUOTES[targetLang];
  // Hungarian quotes inside a quotation with »…« (AkH 12, 256.): a « closing a » is right.
  let innerOpen = 0;
  for (const m of target.matchAll(/["“”„«»「」‘]/g)) {
    if (targetLang === "hu" && m[0] === "»") innerOpen++;
    else if (targetLang === "hu" && m[0] === "«" && innerOpen > 0) innerOpen--;
    else if (q.wrong.includes(m[0])) {
      out.push(make("quote-style", "locale-convention", "minor", m.index, m.index + 1, target, `Quotation marks in ${targetLang} are ${q.suggestion}`, [q.suggestion]));
    }
  }
  checkPlaceholders(source, target, out);
  // Short sources vary most: their ratio is drawn toward the pair's usual one (as if ten more
  // characters of ordinary text followed), and a pair is judged once either text has some
  // length ("A short one." translated by a paragraph is still found).
  const range = RATIO[`${sourceLang}>${targetLang}`];
  if (range && Math.max(source.length, target.length) >= 30) {
    const usual = Math.sqrt(range[0] * range[1]);
    const ratio = source.length >= 30 ? target.length / source.length : (target.length + 10 * usual) / (source.length + 10);
    if (ratio < range[0] * 0.7 || ratio > range[1] * 1.5) {
      out.push(whole("length", "style", "minor", target, `The translation is ${ratio < range[0] ? "much shorter" : "much longer"} than usual for ${sourceLang}→${targetLang} (${(target.length / Math.max(1, source.length)).toFixed(2)}× the source)`));
    }
  }
  return out;
}

export function withSide(lang: Lang, side: Side, made: Made[]): QaFlag[] {
  return made.map((m) => ({ lang, side, ...m }));
}
