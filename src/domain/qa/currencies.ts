/**
 * The currency of an amount, as news in English, French, Hungarian and Chinese writes it: a sign
 * or code before the number ("$5 million", "US$ 3", "EUR 20", "人民币500万元") or a sign, code or
 * word after it ("11 millions £", "2,8 milliards de livres sterling", "2 milliárd dollárt",
 * "20 亿美元"). A translation that keeps the number and changes the currency ($ → euró) has
 * changed the amount.
 */
import type { Quantity } from "./quantities";

/** The ISO 4217 codes a mention may stand for: "$" and "dollars" are any dollar, "¥" yen or yuan. */
type Codes = readonly string[];
const DOLLARS: Codes = ["USD", "CAD", "AUD", "HKD", "NZD", "SGD", "TWD"];

/** Signs and codes written before the number (with a space or not). */
const BEFORE: Array<[RegExp, Codes]> = [
  [/(?:US\$|U\.S\.\s?\$|USD|美元)$/u, ["USD"]],
  [/(?:C\$|CA\$|CAD)$/u, ["CAD"]],
  [/(?:A\$|AU\$|AUD)$/u, ["AUD"]],
  [/(?:HK\$|HKD)$/u, ["HKD"]],
  [/\$$/u, DOLLARS],
  [/(?:€|EUR)$/u, ["EUR"]],
  [/(?:£|GBP)$/u, ["GBP"]],
  [/(?:CN¥|RMB|CNY|人民币)$/u, ["CNY"]],
  [/(?:JP¥|JPY)$/u, ["JPY"]],
  [/[¥￥]$/u, ["JPY", "CNY"]],
  [/(?:HUF|Ft)$/u, ["HUF"]],
  [/CHF$/u, ["CHF"]],
];

/**
 * Signs, codes and words written after the number (French puts "de"/"d'" before the word;
 * Hungarian words take endings: "dollárt", "eurót", "fontra", "forintos"). Case counts: "EUR"
 * is a code, "Eur" the start of "Europe".
 */
const AFTER: Array<[RegExp, Codes]> = [
  [/^(?:USD|US\$|美元|(?:US |U\.S\. |American )dollars?|dollars? (?:américains?|US)|amerikai dollár\p{Ll}*)/u, ["USD"]],
  [/^(?:CAD|C\$|加元|Canadian dollars?|dollars? canadiens?|kanadai dollár\p{Ll}*)/u, ["CAD"]],
  [/^(?:AUD|A\$|澳元|Australian dollars?|dollars? australiens?|ausztrál dollár\p{Ll}*)/u, ["AUD"]],
  [/^(?:HKD|港元|港币|Hong Kong dollars?|dollars? de Hong Kong|hongkongi dollár\p{Ll}*)/u, ["HKD"]],
  [/^(?:\$|dollars?|dollár\p{Ll}*)/u, DOLLARS],
  [/^(?:euró\p{Ll}*|euros?|€|EUR|欧元)/u, ["EUR"]],
  [/^(?:£|GBP|英镑|(?:livres?|pounds?) sterling|font\p{Ll}*)/u, ["GBP"]],
  [/^(?:CNY|RMB|人民币|元|yuans?|jüan\p{Ll}*|renminbi)/u, ["CNY"]],
  [/^(?:JPY|日元|yens?|jen\p{Ll}*)/u, ["JPY"]],
  [/^(?:[¥￥])/u, ["JPY", "CNY"]],
  [/^(?:HUF|Ft\b|forint\p{Ll}*|福林)/u, ["HUF"]],
  [/^(?:CHF|瑞士法郎|francs? suisses?|Swiss francs?|svájci frank\p{Ll}*)/u, ["CHF"]],
];

/** Between the number (with its scale) and a currency word after it. */
const LEAD = /^[\s\u00a0\u202f]?(?:de\s|d['’]\s?)?/u;
/** How far around a number a currency is looked for. */
const BEFORE_REACH = 10;
const AFTER_REACH = 40;

export type CurrencyMention = { codes: Codes; start: number; end: number };

/**
 * The currency written with the amount `q` of `text`, with the span of the amount and its
 * currency, or undefined when none is written there.
 *
 * @example
 * currencyOf("a $5 million deal", quantity of "5 million") // { codes: ["USD", "CAD", …], start: 2, end: 12 }
 */
export function currencyOf(text: string, q: Pick<Quantity, "start" | "end">): CurrencyMention | undefined {
  const from = Math.max(0, q.start - BEFORE_REACH);
  const before = text.slice(from, q.start).replace(/[\s\u00a0\u202f]$/u, "");
  for (const [re, codes] of BEFORE) {
    const m = re.exec(before);
    if (m) return { codes, start: from + m.index, end: q.end };
  }
  const after = text.slice(q.end, q.end + AFTER_REACH);
  const lead = LEAD.exec(after)![0];
  for (const [re, codes] of AFTER) {
    const m = re.exec(after.slice(lead.length));
    if (m) return { codes, start: q.start, end: q.end + lead.length + m[0].length };
  }
  return undefined;
}

/** Do two mentions name different currencies (no code in common)? */
export const differentCurrencies = (a: CurrencyMention, b: CurrencyMention) => !a.codes.some((code) => b.codes.includes(code));

/** A name for a mention's currency in a message: its code, or "dollars" for any dollar. */
export const currencyName = (m: CurrencyMention) => (m.codes.length === 1 ? m.codes[0]! : m.codes === DOLLARS ? "dollars" : m.codes.join(" or "));
