/**
 * Numbers and dates compared by meaning across languages: "1 000,5" = "1,000.5", "3万" =
 * 30000, "21 octobre" = "21 October" = "október 21." = "10月21日", "21e siècle" = "21st
 * century" = "21. század", "15 %" = "15%".
 */
import type { Lang } from "../languages";
import type { QaFlag, Side } from "./types";

export type Quantity = { key: string; start: number; end: number; text: string; small: boolean };

const MONTHS: Record<Exclude<Lang, "zh">, string[]> = {
  fr: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
  en: ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
  hu: ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember", "október", "november", "december"],
};
const EN_SHORT = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

function monthIndex(lang: Lang, word: string): number | undefined {
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

/** `needs`: a character every match holds; a text without it is not scanned (most hold no Chinese). */
type Rule = { re: RegExp; key: (m: RegExpExecArray, lang: Lang) => string | undefined; needs?: string };
const NUM = String.raw`\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?`;
const MONTH_WORD = String.raw`[A-Za-zÀ-ÿőűŐŰ]{3,10}\.?`;

const RULES: Rule[] = [
  // 10月21日, 2019年10月21日 (the year is a separate quantity)
  { re: /(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/gu, key: (m) => `date:${pad(+m[1]!)}-${pad(+m[2]!)}`, needs: "月" },
  // 21 octobre / 21 October / 21st October / 1er mai
  { re: new RegExp(String.raw`\b(\d{1,2})(?:er|re|st|nd|rd|th)?\s+(${MONTH_WORD})`, "gu"), key: (m, lang) => { const mo = monthIndex(lang, m[2]!); return mo && +m[1]! <= 31 ? `date:${pad(mo)}-${pad(+m[1]!)}` : undefined; } },
  // October 21 / október 21. / október 21-én
  // (A month name starts a word: tried inside words too, the pattern cost more than the others.)
  { re: new RegExp(String.raw`(?<![A-Za-zÀ-ÿőűŐŰ])(${MONTH_WORD})\s+(\d{1,2})(?:st|nd|rd|th|\.|-[a-záéíóöőúüű]+)?(?!\d)`, "gu"), key: (m, lang) => { const mo = monthIndex(lang, m[1]!); return mo && +m[2]! <= 31 ? `date:${pad(mo)}-${pad(+m[2]!)}` : undefined; } },
  // percentages
  { re: new RegExp(String.raw`(${NUM})\s*(?:%|％|pour\s?cent|per\s?cent|százalék)`, "gu"), key: (m, lang) => { const v = parseNumber(m[1]!, lang); return v === undefined ? undefined : `pct:${v}`; } },
  { re: /百分之([\d.]+)/gu, key: (m) => `pct:${Number(m[1])}`, needs: "百" },
  // ordinals: 21e, 1er, 21st, 2nd, 21. század, 第21
  { re: /\b(\d{1,4})(?:e|er|re|ème|st|nd|rd|th)\b/gu, key: (m) => `ord:${+m[1]!}` },
  { re: /(?<![\d.,])(\d{1,4})\.(?=\s+\p{Ll})/gu, key: (m, lang) => (lang === "hu" ? `ord:${+m[1]!}` : undefined) },
  { re: /第(\d+)/gu, key: (m) => `ord:${+m[1]!}`, needs: "第" },
  // 3万, 1.5亿
  { re: /(\d+(?:\.\d+)?)\s*([万亿])/gu, key: (m) => `num:${Math.round(Number(m[1]) * (m[2] === "万" ? 1e4 : 1e8))}` },
  // plain numbers (years included: 2019, 2019-ben, 2019年)
  { re: new RegExp(`(?<![\\d\\p{L}])(${NUM})(?![\\d])`, "gu"), key: (m, lang) => { const v = parseNumber(m[1]!, lang); return v === undefined ? undefined : `num:${v}`; } },
];

const MAY_HOLD_QUANTITY = /\d|百分之/;

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
      const key = rule.key(m, lang);
      if (!key) continue;
      taken.fill(1, start, end);
      const value = Number(key.split(":")[1]);
      out.push({ key, start, end, text: m[0], small: key.startsWith("num:") && value >= 0 && value <= 10 });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function flag(lang: Lang, side: Side, q: Quantity, severity: QaFlag["severity"], message: string, suggestions: string[] = []): QaFlag {
  return { lang, side, start: q.start, end: q.end, text: q.text, category: "accuracy", severity, check: "numbers", message, suggestions };
}

/**
 * Numbers and dates missing from, added to or changed in the translation. Small numbers
 * (0-10) are often written as words, so their absence is only a neutral note.
 */
export function checkNumbers(input: { sourceLang: Lang; source: string; targetLang: Lang; target: string }): QaFlag[] {
  const src = extractQuantities(input.source, input.sourceLang);
  const tgt = extractQuantities(input.target, input.targetLang);
  const unmatchedTarget = [...tgt];
  const missing: Quantity[] = [];
  for (const q of src) {
    const i = unmatchedTarget.findIndex((t) => t.key === q.key);
    if (i >= 0) unmatchedTarget.splice(i, 1);
    else missing.push(q);
  }
  const flags: QaFlag[] = [];
  for (const q of missing) {
    // Same kind of quantity added in its place: a changed value, flagged on the target.
    const kind = q.key.split(":")[0];
    const i = unmatchedTarget.findIndex((t) => t.key.split(":")[0] === kind);
    if (i >= 0) {
      const t = unmatchedTarget.splice(i, 1)[0]!;
      flags.push(flag(input.targetLang, "target", t, "major", `“${t.text}” does not match “${q.text}” in the source`));
    } else {
      flags.push(flag(input.sourceLang, "source", q, q.small ? "neutral" : "minor", `“${q.text}” is missing from the translation`));
    }
  }
  for (const t of unmatchedTarget) flags.push(flag(input.targetLang, "target", t, t.small ? "neutral" : "minor", `“${t.text}” is not in the source`));
  return flags;
}
