/**
 * Where sentences start in a paragraph. The places looked at are those of Unicode's sentence
 * rules (UAX #29, what `Intl.Segmenter` uses): after a run of sentence-final punctuation
 * (`\p{Sentence_Terminal}`, plus "…") and after a line break. Each is then decided by the rules of
 * the paragraph's language, looking at a few words on either side only, so a paragraph of any
 * length is read in one pass (ICU's own segmenter slows down badly on long strings: 128 KB of
 * one paragraph take seconds).
 *
 * What the language rules add to Unicode's: abbreviations, initials and dotted acronyms
 * ("M. Dupont", "Sen. Flake", "St. Martin", "U.S. capital"), Hungarian ordinals and dates
 * ("2019. október 21.", "2019. 10. 21."), a sentence that starts with a digit or a dialogue dash
 * (Unicode keeps "Monday. 25 people…" and "mondta. – Majd…" together), a quotation going on
 * after its "!" or "?" ("« … ! », explique-t-il", "\"Stop!\" he said", "? – kérdezte"), and
 * quotation marks or brackets that open the next sentence ("。“罗莎”…", "。《…》") rather than
 * close the one before.
 */
import type { Lang } from "../languages";
import { BEFORE_NUMBER, PERIOD_RULES } from "./abbreviations";
import { closesSentence, QuoteState } from "./quotes";

/** A run of sentence-final punctuation, or a line break with the space after it. */
const ENDS = /[\p{Sentence_Terminal}…]+|[\n\r\u2028\u2029\u0085]\s*/gu;
const LINE_BREAK = /[\n\r\u2028\u2029\u0085]/u;
/** Full stops that end a sentence with no space after them (Chinese, Japanese). */
const FULL_WIDTH_END = /[。！？｡]/u;
const SPACE = /\s/u;
const QUOTE = /["'”’»«“]/u;
/** What goes on a sentence rather than starting one: a comma or colon after "! »", a closing bracket. */
const GOES_ON = /[,;:，、；：)\]）]/u;
/** Marks that may open a sentence before its first word: quotes, brackets, dialogue dashes. */
const OPENING = /[\s«»“„"'‘(\[{（《〈【〔「『¿¡–—-]/u;
const WORD_CHAR = /[\p{L}\p{N}°.'’-]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\p{N}/u;
/** No rule looks further than this many code units from a sentence end. */
const REACH = 48;
/**
 * Who said a quotation, after it: "…!\" Hammel added.", "…。”他说。" — the same sentence, as
 * "…,\" he said." is.
 */
const ATTRIBUTION: Partial<Record<Lang, RegExp>> = {
  en: /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:said|says|added|adds|asked|told|wrote|explained|replied|recalled|continued|insisted|noted|shouted|tweeted|declared)[.,]/u,
  zh: /^[^。！？“”"\n]{0,12}(?:说|道|表示|称|问)。/u,
};

/** The word (inner periods kept: "U.S", "c.-à-d") that ends at `end`, and the two words before it ("p. ex"). */
function wordsBefore(text: string, end: number): { word: string; twoWords: string } {
  let start = end;
  while (start > 0 && end - start < REACH && WORD_CHAR.test(text[start - 1]!)) start--;
  const word = text.slice(start, end).replace(/^[.'’-]+/, "");
  let twoWords = "";
  if (text[start - 1] === " ") {
    let before = start - 1;
    while (before > 0 && start - before < REACH && WORD_CHAR.test(text[before - 1]!)) before--;
    twoWords = text.slice(before, end);
  }
  return { word, twoWords };
}

/** The first word at or after `from`, past opening quotes, brackets and dashes. */
function wordAfter(text: string, from: number): { word: string; dotted: boolean } {
  let start = from;
  while (start < text.length && start - from < REACH && OPENING.test(text[start]!)) start++;
  let end = start;
  while (end < text.length && end - start < REACH && /[\p{L}\p{N}'’-]/u.test(text[end]!)) end++;
  return { word: text.slice(start, end), dotted: text[end] === "." };
}

/** Is a sentence more likely to start with `next` than not, after an abbreviation or initial? */
function opensSentence(next: { word: string; dotted: boolean }, lang: Lang): boolean {
  if (next.dotted && next.word.length === 1) return false; // another initial: "J. A. Smith"
  const openers = PERIOD_RULES[lang].openers;
  if (openers.has(next.word)) return true;
  // French elided articles and pronouns: "L’ouragan", "C’est", "D’après".
  return lang === "fr" && /^(?:[LCDJNSM]|Qu)['’]/u.test(next.word);
}

/** After a period: is it a sentence end, given the words on both sides? */
function periodEnds(text: string, dot: number, next: { word: string; dotted: boolean }, lang: Lang): boolean {
  const { word, twoWords } = wordsBefore(text, dot);
  const rules = PERIOD_RULES[lang];
  const startsDigit = DIGIT.test(next.word[0] ?? "");
  if (BEFORE_NUMBER.has(word) && startsDigit) return false;
  if (rules.before.has(word) || rules.before.has(twoWords)) return false;
  if (rules.mayEnd.has(word) || rules.mayEnd.has(twoWords)) return opensSentence(next, lang);
  // Initials ("J. R. R. Tolkien", "Soós G. főtitkár") and dotted acronyms ("U.S.", "U.N."); in
  // Hungarian, a Roman ordinal before a name ("II. Erzsébet", "XVI. Benedek pápa").
  if (/^\p{Lu}$/u.test(word) || /^(?:\p{Lu}\.)+\p{Lu}$/u.test(word)) return opensSentence(next, lang);
  if (lang === "hu" && /^[IVXLCDM]+$/u.test(word)) return opensSentence(next, lang);
  // Hungarian dates and ordinals in a row: "2019. 10. 21.", "a 3. 4. pont".
  if (lang === "hu" && /^\d+$/u.test(word) && startsDigit && next.dotted) return false;
  return true;
}

/**
 * Is there a sentence boundary before `start`, after the punctuation `run` (at `runStart`) and
 * the closing marks up to `start`? `spaced`: a space comes before `start`, or the run is a full
 * stop that needs none (。); `quoted`: a closing quote came after the run.
 */
function endsSentence(text: string, run: string, runStart: number, start: number, lang: Lang, spaced: boolean, quoted: boolean): boolean {
  if (!spaced) return false; // "3.5", "www.unesco.org", "U.S.A"
  const first = text[start]!;
  if (GOES_ON.test(first)) return false;
  if (quoted && ATTRIBUTION[lang]?.test(text.slice(start, start + REACH))) return false;
  const next = wordAfter(text, start);
  if (lang === "zh") {
    // An ellipsis marks words left out, not a sentence end, in Chinese.
    if (/^(?:\.{2,}|…+)$/u.test(run) && LETTER_OR_DIGIT.test(first)) return false;
    // Latin names in Chinese text keep their initials and titles: "Dionisio A. Lind", "Dr. PawPaw".
    return run === "." ? periodEnds(text, runStart, next, lang) : true;
  }
  // A lowercase word goes on the sentence: "etc. sont", "! », explique", "\"Stop!\" he said", "? – kérdezte".
  if (LOWER.test(next.word[0] ?? "")) return false;
  return run === "." ? periodEnds(text, runStart, next, lang) : true;
}

/**
 * The UTF-16 offsets where sentences start in `text`, past the first one, in order.
 *
 * @example
 * sentenceStarts("M. Dupont est arrivé. Il a dit « Bonjour. » Puis il est parti.", "fr") // [22, 44]
 */
export function sentenceStarts(text: string, lang: Lang): number[] {
  const starts: number[] = [];
  const push = (at: number) => {
    if (at > (starts.at(-1) ?? 0)) starts.push(at);
  };
  const quotes = new QuoteState(lang);
  // Whether anything but space came before: a paragraph's leading breaks start no sentence.
  let sawText = false;
  let looked = 0;
  for (const match of text.matchAll(ENDS)) {
    const runStart = match.index;
    const run = match[0];
    let at = runStart + run.length;
    if (!sawText) {
      sawText = /\S/u.test(text.slice(looked, at));
      looked = at;
    }
    if (LINE_BREAK.test(run[0]!)) {
      if (sawText && at < text.length) push(at);
      continue;
    }
    // Closing quotes and brackets, with the spaces French puts before them ("! »").
    quotes.advance(text, at);
    let quoted = false;
    for (;;) {
      let q = at;
      while (q < text.length && q - at < 3 && SPACE.test(text[q]!)) q++;
      if (q >= text.length || !closesSentence(text, q, lang, quotes, q > at)) break;
      quoted ||= QUOTE.test(text[q]!);
      quotes.advance(text, q + 1);
      at = q + 1;
    }
    let start = at;
    while (start < text.length && SPACE.test(text[start]!)) start++;
    if (start >= text.length || !sawText) continue;
    const spaced = start > at || FULL_WIDTH_END.test(run.at(-1)!) || (lang === "zh" && /[.!?]$/u.test(run) && /[^\p{N}\p{Script=Latin}]/u.test(text[start]!));
    if (endsSentence(text, run, runStart, start, lang, spaced, quoted)) push(start);
  }
  return starts;
}
