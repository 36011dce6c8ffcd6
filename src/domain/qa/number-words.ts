/**
 * Numbers written as words, read as values: "Fourteen" (14), "quatre-vingt-dix" (90),
 * "kétszázan" (200), "八十年代" (the eighties). Translators write out what the source gives in
 * digits and back ("1,000 people" = "un millier de personnes", "the 1980s" = "a nyolcvanas
 * években"). The numbers check reads them only to account for a quantity the other side gives
 * in digits: a word never raises a flag of its own, so the articles and pronouns that are also
 * numbers ("un", "egy", "one") cost nothing when no digit of their value is missing.
 */
import type { Lang } from "../languages";
import { hanNumber, monthIndex } from "./quantities";

/** A number read from words, keyed as quantities are ("num:14", "ord:2", "dec:80"). */
export type NumberWord = { key: string; start: number; end: number };

const EN_UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, a: 1, an: 1,
};
const EN_ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fifth: 5, eighth: 8, ninth: 9, twelfth: 12 };
const FR_UNITS: Record<string, number> = {
  zéro: 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12,
  treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, vingts: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60,
};
const FR_ORDINALS: Record<string, number> = { premier: 1, première: 1, second: 2, seconde: 2 };
/**
 * Words that multiply what comes before them (one if nothing does: "a hundred", "mille");
 * hundreds and dozens within a group ("two hundred thousand"), the others close it. French
 * counts the long scale: "un billion" is 10^12.
 */
const SCALES: Record<"en" | "fr", Record<string, number>> = {
  en: { dozen: 12, hundred: 100, thousand: 1000, million: 1e6, billion: 1e9, trillion: 1e12 },
  fr: {
    douzaine: 12, cent: 100, cents: 100, centaine: 100, centaines: 100, mille: 1000, millier: 1000, milliers: 1000,
    million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9, billion: 1e12, billions: 1e12,
  },
};
/** The word after a number that makes it a decade ("les années soixante" has it before). */
const EN_DECADES: Record<string, number> = { twenties: 20, thirties: 30, forties: 40, fifties: 50, sixties: 60, seventies: 70, eighties: 80, nineties: 90 };

/** `table[word]`, own entries only: "constructor" is no number. */
const own = (table: Record<string, number>, word: string): number | undefined => (Object.hasOwn(table, word) ? table[word] : undefined);

/** The value of one English or French word as a number, an ordinal or a scale. */
function readWord(lang: "en" | "fr", word: string): { value: number; kind: "unit" | "ord" | "scale" | "dec" } | undefined {
  const units = lang === "en" ? EN_UNITS : FR_UNITS;
  const unit = own(units, word);
  if (unit !== undefined) return { value: unit, kind: "unit" };
  const scale = own(SCALES[lang], word);
  if (scale !== undefined) return { value: scale, kind: "scale" };
  if (lang === "en") {
    const ordinal = own(EN_ORDINALS, word);
    if (ordinal !== undefined) return { value: ordinal, kind: "ord" };
    const decade = own(EN_DECADES, word);
    if (decade !== undefined) return { value: decade, kind: "dec" };
    // "fourth", "fourteenth", "twentieth", "hundredth"
    if (word.endsWith("th")) {
      const base = word.endsWith("ieth") ? `${word.slice(0, -4)}y` : word.slice(0, -2);
      const value = own(EN_UNITS, base) ?? own(SCALES.en, base);
      if (value !== undefined && base !== "a" && base !== "an") return { value, kind: "ord" };
    }
    return undefined;
  }
  const ordinal = own(FR_ORDINALS, word);
  if (ordinal !== undefined) return { value: ordinal, kind: "ord" };
  // "troisième", "cinquième", "neuvième", "vingtième", "millième"
  if (word.endsWith("ième")) {
    const stem = word.slice(0, -4);
    for (const base of [stem, `${stem}e`, stem.replace(/qu$/, "q"), stem.replace(/v$/, "f")]) {
      const value = own(FR_UNITS, base) ?? own(SCALES.fr, base);
      if (value !== undefined && base !== "un" && base !== "une") return { value, kind: "ord" };
    }
  }
  return undefined;
}

/**
 * Runs of English or French number words, summed as they are spoken: units add up, "hundred"
 * and "cent" multiply what came before, "thousand", "mille", "million" close a group
 * ("quatre-vingt-dix" = 4 × 20 + 10: French "vingt" after "quatre" multiplies).
 */
function latinNumberWords(lang: "en" | "fr", text: string): NumberWord[] {
  const found: NumberWord[] = [];
  // Matched in the text as written (lower-casing may change a text's length: "İ"), compared in lower case.
  const matches = [...text.matchAll(/\p{L}+/gu)];
  const lower = matches.map((m) => m[0].toLowerCase());
  for (let i = 0; i < matches.length; ) {
    let total = 0;
    let group = 0;
    let kind: "num" | "ord" | "dec" = "num";
    let numbers = 0;
    let previousWasScale = false;
    let j = i;
    for (; j < matches.length; j++) {
      const w = lower[j]!;
      // Only a space or a hyphen may stand between the words of one number.
      if (j > i && !/^[\s-]+$/.test(text.slice(matches[j - 1]!.index + matches[j - 1]![0].length, matches[j]!.index))) break;
      // "two hundred and five"; "vingt et un", "soixante et onze"
      const next = lower[j + 1];
      if (numbers > 0 && next !== undefined && ((w === "and" && lang === "en" && previousWasScale) || (w === "et" && lang === "fr" && group % 10 === 0 && group >= 20 && /^(?:un|une|onze)$/.test(next)))) continue;
      const read = readWord(lang, w);
      if (!read || kind !== "num") break;
      // "a" and "an" are numbers only before a scale word ("a thousand", "a dozen").
      if ((w === "a" || w === "an") && (next === undefined || readWord(lang, next)?.kind !== "scale")) break;
      numbers++;
      previousWasScale = read.kind === "scale";
      if (read.kind === "scale") {
        if (read.value === 100 || read.value === 12) group = (group || 1) * read.value;
        else {
          total += (group || 1) * read.value;
          group = 0;
        }
      } else if (lang === "fr" && read.value === 20 && group % 100 === 4) group = group - 4 + 80;
      // "the nineteen-eighties": the century's number, then its decade.
      else if (read.kind === "dec" && group > 0) {
        group = group * 100 + read.value;
        kind = "dec";
      } else {
        group += read.value;
        if (read.kind !== "unit") kind = read.kind;
      }
    }
    const first = lower[i]!;
    // A plural scale word on its own is no number: "des milliers", "hundreds".
    const vague = numbers === 1 && first.endsWith("s") && readWord(lang, first)?.kind === "scale";
    if (numbers > 0 && !vague) {
      const value = total + group;
      const last = matches[j - 1]!;
      found.push({ key: `${kind}:${value}`, start: matches[i]!.index, end: last.index + last[0].length });
    }
    i = Math.max(j, i + 1);
  }
  // "les années soixante": a decade, named before its number.
  if (lang === "fr") for (const w of found) if (/années\s+$/.test(text.slice(Math.max(0, w.start - 8), w.start).toLowerCase()) && w.key.startsWith("num:")) w.key = `dec:${w.key.slice(4)}`;
  return found;
}

/** Hungarian numerals as they begin a word, longest first ("hatvan" before "hat"). */
const HU_MORPHEMES: Array<[string, number, "add" | "mul"]> = (
  [
    ["egy", 1], ["kettő", 2], ["két", 2], ["három", 3], ["harm", 3], ["négy", 4], ["negy", 4], ["öt", 5], ["hat", 6], ["hét", 7], ["het", 7],
    ["nyolc", 8], ["kilenc", 9], ["tíz", 10], ["tiz", 10], ["tizen", 10], ["húsz", 20], ["husz", 20], ["huszon", 20], ["harminc", 30],
    ["negyven", 40], ["ötven", 50], ["hatvan", 60], ["hetven", 70], ["nyolcvan", 80], ["kilencven", 90],
  ] as Array<[string, number]>
)
  .map(([m, v]): [string, number, "add" | "mul"] => [m, v, "add"])
  .concat([["száz", 100, "mul"], ["ezer", 1000, "mul"], ["ezr", 1000, "mul"], ["millió", 1e6, "mul"], ["milliárd", 1e9, "mul"]])
  .sort((a, b) => b[0].length - a[0].length);
/**
 * What may follow a Hungarian numeral in the same word: case endings, "-an" (of people:
 * "kétszázan"), "-as" (an adjective or a decade: "harmincas"), ordinals ("-adik", "-edik")
 * and the day of a month ("elseje", "tizedike"). Anything else means another word that only
 * begins like a number ("százalék", "egyetem", "hatóság").
 */
const HU_CASE = "(?:|n|t|s|st|sok|sek|at|et|ot|öt|ban|ben|ba|be|ból|ből|ra|re|ról|ről|nak|nek|tól|től|hoz|hez|höz|ig|kor|i|ai|ei|[bcdfghjklmnprstvz]{1,2}(?:al|el)|szor|szer|ször|nyi|féle|fős)";
const HU_ENDING = new RegExp(`^(?:[aeoö]?dik[aáeé]?|[aeoö]?)${HU_CASE}$`, "u");
const HU_ORDINAL = /^[aeoö]?dik/u;

/** The value of a Hungarian word that is a numeral with its endings ("kétszázan" = 200), or undefined. */
function hungarianWord(word: string): { value: number; ordinal: boolean; ending: string } | undefined {
  if (word === "első" || word.startsWith("elsej")) return { value: 1, ordinal: true, ending: "" };
  if (word.startsWith("másod")) return { value: 2, ordinal: true, ending: "" };
  let total = 0;
  let group = 0;
  let at = 0;
  let morphemes = 0;
  while (at < word.length) {
    const m = HU_MORPHEMES.find(([text]) => word.startsWith(text, at));
    if (!m) break;
    const [text, value, op] = m;
    if (op === "mul") {
      if (value === 100) group = (group || 1) * 100;
      else {
        total += (group || 1) * value;
        group = 0;
      }
    } else group += value;
    at += text.length;
    morphemes++;
  }
  if (morphemes === 0) return undefined;
  const ending = word.slice(at);
  if (!HU_ENDING.test(ending)) return undefined;
  return { value: total + group, ordinal: HU_ORDINAL.test(ending), ending };
}

function hungarianNumberWords(text: string): NumberWord[] {
  const found: NumberWord[] = [];
  for (const m of text.matchAll(/\p{L}+/gu)) {
    const read = hungarianWord(m[0].toLowerCase());
    if (!read) continue;
    const end = m.index + m[0].length;
    // "a harmincas években": a decade.
    const decade = /^(?:as|es)$/.test(read.ending) && read.value % 10 === 0 && read.value < 100 && /^\s+év/u.test(text.slice(end));
    found.push({ key: `${decade ? "dec" : read.ordinal ? "ord" : "num"}:${read.value}`, start: m.index, end });
  }
  return found;
}

const HAN_RUN = /[零〇一二两三四五六七八九十百千万亿]+/gu;
function chineseNumberWords(text: string): NumberWord[] {
  const found: NumberWord[] = [];
  for (const m of text.matchAll(HAN_RUN)) {
    // A lone 一 is in too many words (一起, 统一, 一些) to be read as one.
    if (m[0] === "一") continue;
    const value = hanNumber(m[0]);
    if (value === undefined) continue;
    const end = m.index + m[0].length;
    const decade = /^年代/u.test(text.slice(end)) && value % 10 === 0 && value < 100;
    found.push({ key: `${decade ? "dec" : "num"}:${value}`, start: m.index, end });
  }
  return found;
}

/**
 * The numbers `text` writes as words, with their spans.
 *
 * @example
 * numberWords("Fourteen people were hurt", "en") // [{ key: "num:14", start: 0, end: 8 }]
 * numberWords("a nyolcvanas években", "hu") // [{ key: "dec:80", start: 2, end: 12 }]
 */
export function numberWords(text: string, lang: Lang): NumberWord[] {
  if (lang === "zh") return chineseNumberWords(text);
  const found = lang === "hu" ? hungarianNumberWords(text) : latinNumberWords(lang, text);
  for (const w of found) datedBy(text, lang, w);
  return found;
}

/**
 * A day written as a word next to a month is a date: "október elsejei", "October first",
 * "le premier octobre", "the first of October". ("May" is left out: it is a verb as often.)
 */
function datedBy(text: string, lang: "en" | "fr" | "hu", w: NumberWord): void {
  const day = Number(w.key.slice(w.key.indexOf(":") + 1));
  if (!/^(?:num|ord):/.test(w.key) || !Number.isInteger(day) || day < 1 || day > 31) return;
  const before = /(\p{L}+)\.?\s+$/u.exec(text.slice(Math.max(0, w.start - 20), w.start))?.[1];
  const after = /^\s+(?:of\s+)?(\p{L}+)/u.exec(text.slice(w.end, w.end + 24))?.[1];
  const month = [lang !== "fr" ? before : undefined, lang !== "hu" ? after : undefined].map((word) => (word && word.toLowerCase() !== "may" ? monthIndex(lang, word) : undefined)).find((m) => m !== undefined);
  if (month !== undefined) w.key = `date:${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
