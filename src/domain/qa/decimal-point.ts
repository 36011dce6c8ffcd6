/**
 * French and Hungarian write decimals with a comma ("3,5 pour cent", "2,5 millió"): "3.5" is the
 * English convention carried over. In French any such number is flagged; in Hungarian only before
 * a unit, a percent or a scale word, since Hungarian writes times with a dot ("10.30-kor").
 * Three digits after the dot group thousands ("3.500"), and dotted runs are dates, versions or
 * addresses ("21.10.2019", "3.5.1"): none is flagged.
 */
import type { Lang } from "../languages";
import type { QaFlag } from "./types";

type Made = Omit<QaFlag, "lang" | "side">;

const DECIMAL_POINT = /(?<![\p{L}\p{N}.,/:@_-])(\d+)\.(\d{1,2}|\d{4,})(?![\p{L}\p{N}]|[.,]\p{N})/gu;
const HU_QUANTITY_AFTER = /^\s?(?:%|százalék|ezr|ezer|millió|milliárd|billió|[kcm]?m\b|km|kg|tonna|fok|°|méter|kilométer|mérföld|hüvelyk|láb|liter|hektár|dollár|euró|forint|font|Ft\b)/u;

/** The comma-decimal languages. */
const COMMA_DECIMAL: ReadonlySet<Lang> = new Set(["fr", "hu"]);

/**
 * @example
 * decimalPoints("fr", "une hausse de 3.5 pour cent") // one flag on "3.5", suggesting "3,5"
 */
export function decimalPoints(lang: Lang, text: string): Made[] {
  if (!COMMA_DECIMAL.has(lang) || !text.includes(".")) return [];
  const out: Made[] = [];
  for (const m of text.matchAll(DECIMAL_POINT)) {
    const end = m.index + m[0].length;
    if (lang === "hu" && !HU_QUANTITY_AFTER.test(text.slice(end, end + 12))) continue;
    const comma = `${m[1]},${m[2]}`;
    out.push({
      check: "decimal-separator", category: "locale-convention", severity: "minor", start: m.index, end, text: m[0],
      message: `${lang === "fr" ? "French" : "Hungarian"} writes decimals with a comma: “${comma}”`, suggestions: [comma],
    });
  }
  return out;
}
