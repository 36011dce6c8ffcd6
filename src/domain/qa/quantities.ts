/**
 * The quantities of a text as keys that mean the same in every language: "1 000,5" =
 * "1,000.5" (num:1000.5), "3 million" = "3 millió" = "300万" (num:3000000), "21 octobre" =
 * "October 21" = "október 21." = "10月21日" (date:10-21), "21e" = "21st" = "21." (ord:21),
 * "15 %" = "15 százalék" (pct:15), "3 p.m." = "15 h" = "下午3点" (time:15:00).
 */
import type { Lang } from "../languages";
import { type Measure, measureKey, measureOf, RANGE_JOINER, UNIT_AFTER_NUMBER } from "./units";

/**
 * `bare`: for a number with a scale word, a unit or a percent sign, the number without it
 * ("num:3.1" for "3.1 million"), which a list may say once ("3,1, 2,94 és 2,52 millióan").
 * `measure` and `unit`: for a number with a unit, its value in SI units and the unit as written.
 */
export type Quantity = { key: string; start: number; end: number; text: string; small: boolean; bare?: string; measure?: Measure; unit?: string };

const MONTHS: Record<Exclude<Lang, "zh">, string[]> = {
  fr: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
  en: ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
  hu: ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember", "október", "november", "december"],
};
const EN_SHORT = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** The month (1-12) a word names in `lang` ("octobre", "Oct."), or undefined. */
export function monthIndex(lang: Lang, word: string): number | undefined {
  if (lang === "zh") return undefined;
  const w = word.toLowerCase().replace(/\.$/, "");
  const i = MONTHS[lang].indexOf(w);
  if (i >= 0) return i + 1;
  if (lang === "en") {
    const j = EN_SHORT.indexOf(w.slice(0, 3));
    if (j >= 0 && (w.length === 3 || w === "sept")) return j + 1;
  }
  return undefined;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** A number as written in `lang` to its value, or undefined when it is not one. */
export function parseNumber(raw: string, lang: Lang): number | undefined {
  let s = raw.replace(/[\u00a0\u202f\u2009 ]/g, "");
  if (lang === "en" || lang === "zh") s = s.replace(/,(?=\d{3}(\D|$))/g, "");
  else {
    // fr/hu: dots or spaces group thousands, a comma marks decimals.
    s = s.replace(/\.(?=\d{3}(\D|$))/g, "").replace(",", ".");
  }
  const v = Number(s);
  return Number.isFinite(v) ? v : undefined;
}

/**
 * Words that multiply the number before them, per language: news writes "3 million", "3
 * millions", "3 millió" and "300万" for the same value. French and Hungarian count long scale
 * ("billion", "billió" = 10^12); Hungarian words take endings ("milliárdot", "milliós").
 */
const SCALES: Record<Lang, Record<string, number>> = {
  en: { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, m: 1e6 },
  fr: { million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9, billion: 1e12, billions: 1e12 },
  hu: { ezer: 1e3, ezr: 1e3, millió: 1e6, milliárd: 1e9, mrd: 1e9, billió: 1e12 },
  zh: { 万: 1e4, 亿: 1e8, 万亿: 1e12, 百万: 1e6, 千万: 1e7 },
};
/** The scale a word names in `lang` (a Hungarian word with its ending), or undefined. */
function scaleOf(lang: Lang, word: string): number | undefined {
  const scales = SCALES[lang];
  const w = word.toLowerCase();
  if (lang !== "hu") return scales[w];
  for (const base of Object.keys(scales)) if (w.startsWith(base)) return scales[base];
  return undefined;
}

/**
 * `needs`: a character every match holds; a text without it is not scanned (most hold no
 * Chinese). A rule reads either a `key` or, for a number with a unit, a `measure`, whose key
 * is the measure's.
 */
type Rule = {
  re: RegExp;
  key?: (m: RegExpExecArray, lang: Lang) => string | undefined;
  needs?: string;
  small?: (m: RegExpExecArray, lang: Lang) => boolean;
  bare?: (m: RegExpExecArray, lang: Lang) => string | undefined;
  /** for a number with a unit: the measure, and the unit as written */
  measure?: (m: RegExpExecArray, lang: Lang) => { measure: Measure; unit: string } | undefined;
};
const NUM = String.raw`\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?`;
const MONTH_WORD = String.raw`[A-Za-zÀ-ÿőűŐŰ]{3,10}\.?`;
/**
 * Not after a digit, nor after a letter of an alphabet ("A4", "G20" are names, not numbers);
 * Chinese and Japanese write numbers right after their characters ("于2025年", "约300万").
 */
const NOT_GLUED = String.raw`(?<!\d|(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])\p{L})`;
/** A number written out whole: a scaled one ("3 million") counts as small when its digits do. */
const smallValue = (v: number) => v >= 0 && v <= 10;

/** A time of day as a key (time:15:00), or undefined for one that is none. */
const clock = (hours: number, minutes: number) => (hours <= 24 && minutes < 60 ? `time:${pad(hours)}:${pad(minutes)}` : undefined);
/** Chinese says which half of the day: 下午3点 is 15:00, 中午12点 noon, 中午1点 13:00. */
const afternoon = (period: string | undefined, hours: number) => hours < 12 && period !== undefined && (/下午|傍晚|晚上/.test(period) || (period === "中午" && hours < 11));

/** The key of the number in group 1 as `kind` ("num:1000.5", "pct:15"), or undefined. */
function numberKey(kind: string, m: RegExpExecArray, lang: Lang): string | undefined {
  const value = parseNumber(m[1]!, lang);
  return value === undefined ? undefined : `${kind}:${value}`;
}
/** For a number with a scale, a unit or a percent sign: the number alone, and whether it is small. */
const bareNumber = (m: RegExpExecArray, lang: Lang) => numberKey("num", m, lang);
const smallNumber = (m: RegExpExecArray, lang: Lang) => smallValue(parseNumber(m[1]!, lang) ?? -1);
/** The number in group 1 measured in `unit`, with the unit as written. */
function measured(m: RegExpExecArray, lang: Lang, unit: string): { measure: Measure; unit: string } | undefined {
  const value = parseNumber(m[1]!, lang);
  const measure = value === undefined ? undefined : measureOf(value, unit);
  return measure && { measure, unit };
}
const footInches = (m: RegExpExecArray): Measure => ({ dimension: "length", value: +m[1]! * 0.3048 + +m[2]! * 0.0254 });

/** The value of a Roman numeral (I to LXXXIX, enough for centuries), or 0 when it is none. */
function roman(numeral: string): number {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const v = values[numeral[i]!]!;
    total += v < (values[numeral[i + 1] ?? ""] ?? 0) ? -v : v;
  }
  return total;
}

const HAN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const HAN_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
/**
 * The value of a number in Chinese numerals: "二十一" = 21, "一百零五" = 105, "二〇一九" = 2019
 * (a year read digit by digit), "三十万" = 300,000 (each part before 亿 and 万 read as one
 * under ten thousand), or undefined.
 */
export function hanNumber(text: string): number | undefined {
  let total = 0;
  let rest = text;
  for (const [unit, scale] of [["亿", 1e8], ["万", 1e4]] as const) {
    const at = rest.indexOf(unit);
    if (at < 0) continue;
    const part = at === 0 ? 1 : hanBelowTenThousand(rest.slice(0, at));
    if (part === undefined) return undefined;
    total += part * scale;
    rest = rest.slice(at + 1);
  }
  if (rest === "") return total;
  const tail = hanBelowTenThousand(rest);
  return tail === undefined ? undefined : total + tail;
}

/** A number in Chinese numerals without 万 or 亿 (see hanNumber). */
function hanBelowTenThousand(text: string): number | undefined {
  const chars = [...text];
  if (chars.length > 1 && chars.every((c) => c in HAN_DIGITS)) return Number(chars.map((c) => HAN_DIGITS[c]).join(""));
  let total = 0;
  let digit = 0;
  for (const c of chars) {
    if (c in HAN_DIGITS) digit = HAN_DIGITS[c]!;
    else if (c in HAN_UNITS) {
      total += (digit || 1) * HAN_UNITS[c]!;
      digit = 0;
    } else return undefined;
  }
  return total + digit;
}
const hanNumberKey = (kind: string, text: string) => {
  const value = hanNumber(text);
  return value === undefined ? undefined : `${kind}:${value}`;
};
const hanDate = (month: string, day: string) => {
  const [m, d] = [hanNumber(month), hanNumber(day)];
  return m && d && m <= 12 && d <= 31 ? `date:${pad(m)}-${pad(d)}` : undefined;
};

/** A decade as a key (dec:1930; dec:30 when the century is left out), or undefined. */
const decade = (digits: string) => (+digits % 10 === 0 ? `dec:${+digits}` : undefined);

const RULES: Rule[] = [
  // 10月21日, 2019年10月21日 (the year is a separate quantity)
  { re: /(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/gu, key: (m) => `date:${pad(+m[1]!)}-${pad(+m[2]!)}`, needs: "月" },
  // 11月 alone is a month ("Nov."), which other languages write as a word: a note at most.
  { re: /(?<!\d)(\d{1,2})\s*月/gu, key: (m) => (+m[1]! >= 1 && +m[1]! <= 12 ? `month:${+m[1]!}` : undefined), needs: "月", small: () => true },
  // 21 octobre / 21 October / 21st October / 1er mai
  { re: new RegExp(String.raw`\b(\d{1,2})(?:er|re|st|nd|rd|th)?\s+(${MONTH_WORD})`, "gu"), key: (m, lang) => { const mo = monthIndex(lang, m[2]!); return mo && +m[1]! <= 31 ? `date:${pad(mo)}-${pad(+m[1]!)}` : undefined; } },
  // October 21 / október 21. / október 21-én
  // (A month name starts a word: tried inside words too, the pattern cost more than the others.)
  { re: new RegExp(String.raw`(?<![A-Za-zÀ-ÿőűŐŰ])(${MONTH_WORD})\s+(\d{1,2})(?:st|nd|rd|th|\.|-[a-záéíóöőúüű]+)?(?!\d)`, "gu"), key: (m, lang) => { const mo = monthIndex(lang, m[1]!); return mo && +m[2]! <= 31 ? `date:${pad(mo)}-${pad(+m[2]!)}` : undefined; } },
  // Times of day: 3 p.m., 7.55am, 10:30 pm; 15:00; 15 h, 07h55 (French); 15 órakor; 下午3点
  { re: /(?<![\d.:,])(\d{1,2})(?:[:.](\d{2}))?\s?([ap])\.?\s?m(?:\.|(?!\p{L}))/giu, key: (m) => (+m[1]! >= 1 && +m[1]! <= 12 ? clock((+m[1]! % 12) + (m[3]!.toLowerCase() === "p" ? 12 : 0), +(m[2] ?? 0)) : undefined) },
  { re: /(?<![\d.:,])(\d{1,2}):(\d{2})(?![\d:])/gu, key: (m) => clock(+m[1]!, +m[2]!) },
  { re: /(?<![\d.,])(\d{1,2})\s?h\s?(\d{2})?(?![\p{L}\d])/gu, key: (m, lang) => (lang === "fr" ? clock(+m[1]!, +(m[2] ?? 0)) : undefined) },
  { re: /(?<![\d.,])(\d{1,2})(?:[.:](\d{2}))?\s?órakor/gu, key: (m) => clock(+m[1]!, +(m[2] ?? 0)), needs: "ó" },
  { re: /(上午|早上|早晨|凌晨|中午|下午|傍晚|晚上)?\s*(\d{1,2})\s*[点时](?:\s*(\d{1,2})\s*分|(半))?/gu, key: (m) => clock(+m[2]! + (afternoon(m[1], +m[2]!) ? 12 : 0), m[4] ? 30 : +(m[3] ?? 0)) },
  // Decades: 1930s, the '30s; années 1930, années 30; 1930-as évek; 20世纪30年代, 1930年代
  { re: /(?<![\d\p{L}])['’]?(\d{2}|1\d{3}|20\d{2})['’]?s(?!\p{L})/gu, key: (m) => decade(m[1]!) },
  { re: /années\s+(\d{2}|\d{4})(?!\d)/gu, key: (m) => decade(m[1]!), needs: "années" },
  { re: /(?<!\d)(\d{2}|\d{4})-(?:as|es)\s+év/gu, key: (m) => decade(m[1]!), needs: "év" },
  { re: /(\d{1,2})\s*世纪\s*(\d)0\s*年代/gu, key: (m) => decade(String((+m[1]! - 1) * 100 + +m[2]! * 10)), needs: "年代" },
  { re: /(\d{4})\s*年代/gu, key: (m) => decade(m[1]!), needs: "年代" },
  // percentages
  // (A list may say "percent" once: "72, 69 és 63 százaléka"; the bare number meets it.)
  { re: new RegExp(String.raw`(?<![\d.,])(${NUM})\s*(?:%|％|pour\s?cent|per\s?cent|százalék)`, "gu"), key: (m, lang) => numberKey("pct", m, lang), bare: bareNumber },
  { re: /百分之([\d.]+)/gu, key: (m) => `pct:${Number(m[1])}`, needs: "百", bare: (m) => `num:${Number(m[1])}` },
  // 百分之百, 百分之五十: the percentage in Chinese numerals
  { re: /百分之([零〇一二两三四五六七八九十百千]+)/gu, key: (m) => hanNumberKey("pct", m[1]!), needs: "百", bare: (m) => hanNumberKey("num", m[1]!) },
  // ordinals: 21e, 1er, 21st, 2nd, 21. század, 第21
  { re: /\b(\d{1,4})(?:e|er|re|ème|st|nd|rd|th)\b/gu, key: (m) => `ord:${+m[1]!}` },
  // Hungarian writes a year with a dot before the month or a noun ("2005. május 30-án", "2018.
  // évi"): a year, not an ordinal.
  { re: /(?<![\d.,])(\d{1,4})\.(?=\s+\p{Ll})/gu, key: (m, lang) => (lang !== "hu" ? undefined : +m[1]! >= 1000 && +m[1]! <= 2200 ? `num:${+m[1]!}` : `ord:${+m[1]!}`) },
  // Centuries in Roman numerals: XIXe siècle, XIX. század
  { re: /\b([IVXL]{1,6})(?:e|ème|\.)\s+(?=siècle|millénaire|század|évezred)/gu, key: (m) => { const value = roman(m[1]!); return value ? `ord:${value}` : undefined; } },
  { re: /第(\d+)/gu, key: (m) => `ord:${+m[1]!}`, needs: "第" },
  // Chinese numerals where they are unambiguous: 第二十届, 十月二十一日, 二〇一九年
  // (第一…第十 are "first" to "tenth", words on the other side too: no quantity to compare.)
  { re: /第([零〇一二两三四五六七八九十百千]+)/gu, key: (m) => ((hanNumber(m[1]!) ?? 0) > 10 ? hanNumberKey("ord", m[1]!) : undefined), needs: "第" },
  { re: /([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})[日号]/gu, key: (m) => hanDate(m[1]!, m[2]!), needs: "月" },
  { re: /([零〇一二三四五六七八九]{4})年/gu, key: (m) => hanNumberKey("num", m[1]!), needs: "年" },
  // 3 million, 1,5 milliárdot, 3万, 1.5亿, 2 百万: the number times its scale
  {
    re: new RegExp(String.raw`${NOT_GLUED}(${NUM})\s*(万亿|千万|百万|万|亿|(?:thousand|million|billion|trillion|bn|m(?<=[£$€]\d[\d.,]*m)|millions?|milliards?|billions?|ezer|ezr(?=\p{Ll})|milliárd|millió|mrd|billió)(?:(?<=ezer|ezr|milliárd|millió|billió)\p{Ll}*|(?<=mrd)\.?|)(?!\p{L}))`, "gu"),
    // ("m" is a million only after a currency sign, as the pattern requires: "5m" may be metres.)
    key: (m, lang) => {
      const v = parseNumber(m[1]!, lang);
      const scale = scaleOf(lang, m[2]!);
      return v === undefined || scale === undefined ? undefined : `num:${Math.round(v * scale)}`;
    },
    small: smallNumber,
    bare: bareNumber,
  },
  // 6-foot-6: feet and inches
  { re: /(?<![\d.,])(\d{1,2})-(?:foot|feet)-(\d{1,2})(?!\d)/gu, measure: (m) => ({ measure: footInches(m), unit: "ft" }), bare: (m) => `num:${+m[1]!}` },
  // 每小时 85 英里, 时速137公里: Chinese says "per hour" before the number
  { re: new RegExp(String.raw`(?:每小时|时速)\s*(${NUM})\s*(英里|公里|千米)`, "gu"), measure: (m, lang) => measured(m, lang, `${m[2]}/小时`), bare: bareNumber, small: smallNumber, needs: "时" },
  // 85 mph, 620 km, 6米, 38 °C, 10 kilométerre
  { re: new RegExp(String.raw`${NOT_GLUED}(${NUM})${UNIT_AFTER_NUMBER}`, "giu"), measure: (m, lang) => measured(m, lang, m[2]!), bare: bareNumber, small: smallNumber },
  // The end of a span of years written short: "1950-53" is 1950 to 1953
  { re: /(?<=(?<!\d)(1\d|20)\d\d[-–])(\d\d)(?!\d)/gu, key: (m) => `num:${m[1]}${m[2]}` },
  // plain numbers (years included: 2019, 2019-ben, 2019年)
  { re: new RegExp(String.raw`${NOT_GLUED}(${NUM})(?!\d)`, "gu"), key: (m, lang) => numberKey("num", m, lang) },
];

const MAY_HOLD_QUANTITY = /\d|百分之|第[零〇一二两三四五六七八九十百千]|[一二三四五六七八九十][月日]|[零〇一二三四五六七八九]年|siècle|millénaire|század|évezred/;

/**
 * Every number, date, ordinal and percentage in a text, each span counted once (a date's
 * digits are not also bare numbers).
 *
 * @example
 * extractQuantities("Le 21 octobre, 1 000,5 euros", "fr").map((q) => q.key) // ["date:10-21", "num:1000.5"]
 */
export function extractQuantities(text: string, lang: Lang): Quantity[] {
  // Every rule needs a digit (or 百分之): most sentences are done here.
  if (!MAY_HOLD_QUANTITY.test(text)) return [];
  const taken = new Uint8Array(text.length);
  const out: Quantity[] = [];
  for (const rule of RULES) {
    if (rule.needs && !text.includes(rule.needs)) continue;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.subarray(start, end).includes(1)) continue;
      const found = rule.measure?.(m, lang);
      const key = found ? measureKey(found.measure) : rule.key?.(m, lang);
      if (!key) continue;
      taken.fill(1, start, end);
      // Small numbers and full hours are often written in words ("three", "trois heures", "下午三点").
      const small = rule.small ? rule.small(m, lang) : key.startsWith("num:") ? smallValue(Number(key.slice(4))) : key.startsWith("time:") && key.endsWith(":00");
      out.push({ key, start, end, text: m[0], small, ...(rule.bare && { bare: rule.bare(m, lang) }), ...found });
    }
  }
  out.sort((a, b) => a.start - b.start);
  spreadUnits(text, lang, out);
  return out;
}

/**
 * A range writes its unit once ("1 to 4 inches", "entre 2,5 et 10 cm"): a bare number joined
 * to a measure by a range word is read in the measure's unit too.
 */
function spreadUnits(text: string, lang: Lang, quantities: Quantity[]): void {
  for (let i = quantities.length - 1; i > 0; i--) {
    const to = quantities[i]!;
    const from = quantities[i - 1]!;
    if (!to.unit || !from.key.startsWith("num:") || from.bare !== undefined || !RANGE_JOINER.test(text.slice(from.end, to.start))) continue;
    const value = parseNumber(from.text, lang);
    const measure = value === undefined ? undefined : measureOf(value, to.unit);
    if (!measure) continue;
    quantities[i - 1] = { ...from, key: measureKey(measure), bare: from.key, measure, unit: to.unit };
  }
}

