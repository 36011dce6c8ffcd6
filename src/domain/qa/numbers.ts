/**
 * Numbers and dates compared by meaning across languages (see quantities.ts): a value
 * missing from the translation, added to it or changed.
 */
import type { Lang } from "../languages";
import { currencyName, currencyOf, differentCurrencies } from "./currencies";
import { type NumberWord, numberWords } from "./number-words";
import { extractQuantities, type Quantity } from "./quantities";
import { type Measure, measureOf, sameMeasure, UNIT_AFTER_NUMBER } from "./units";
import type { QaFlag, Side } from "./types";

/**
 * Other keys under which a quantity may meet its counterpart: a time by the clock face
 * ("7:30" in English may be "19 h 30"), a full hour also as its number ("at 3" for "15:00";
 * "3 h" may be three hours); an ordinal as its number (Chinese writes "19世纪" for "19th
 * century", French "au 15e trou" for "on 15"); a decade by its last two digits.
 *
 * @example
 * looseKeys("time:15:00") // ["clock:3:00", "num:15", "num:3"]
 */
export function looseKeys(key: string): string[] {
  const colon = key.indexOf(":");
  const kind = key.slice(0, colon);
  const value = key.slice(colon + 1);
  if (kind === "num") return [key];
  if (kind === "ord") return [`num:${value}`];
  // "the 1930s" may be "les années 30".
  if (kind === "dec") return [`decade:${Number(value) % 100}`];
  if (kind !== "time") return [];
  const [hours, minutes] = value.split(":").map(Number) as [number, number];
  const face = `clock:${hours % 12}:${String(minutes).padStart(2, "0")}`;
  return minutes === 0 ? [face, `num:${hours}`, `num:${hours % 12 || 12}`] : [face];
}

/** The kind of quantity a key holds; an ordinal is a number written another way. */
const kindOf = (key: string) => (key.startsWith("ord:") ? "num" : key.slice(0, key.indexOf(":")));

function flag(lang: Lang, side: Side, q: Quantity, severity: QaFlag["severity"], message: string, suggestions: string[] = []): QaFlag {
  return { lang, side, start: q.start, end: q.end, text: q.text, category: "accuracy", severity, check: "numbers", message, suggestions };
}

/** Takes out of both lists each source item and the first target one that `meets` it. */
function pairOff<S, T>(sources: S[], targets: T[], meets: (source: S, target: T) => boolean): void {
  for (let k = sources.length - 1; k >= 0 && targets.length > 0; k--) {
    const i = targets.findIndex((t) => meets(sources[k]!, t));
    if (i < 0) continue;
    targets.splice(i, 1);
    sources.splice(k, 1);
  }
}

/** Do two lists of loose keys (see looseKeys) have one in common? */
const shareKey = (a: string[], b: string[]) => a.some((key) => b.includes(key));

/** Quantities a side may have left for the looser comparisons, which try every pair. */
const MAX_LOOSE = 200;

/**
 * Items grouped by a key, each group in the items' order: `take(key)` hands out the first one
 * not taken yet, `left()` what no one took, in order.
 */
function takeInOrder<T>(items: T[], keyOf: (item: T) => string): { take(key: string): T | undefined; left(): T[] } {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  const taken = new Set<T>();
  const next = new Map<string, number>();
  return {
    take(key) {
      const group = groups.get(key);
      const at = next.get(key) ?? 0;
      if (!group || at >= group.length) return undefined;
      next.set(key, at + 1);
      taken.add(group[at]!);
      return group[at];
    },
    left: () => items.filter((item) => !taken.has(item)),
  };
}

/**
 * Numbers and dates missing from, added to or changed in the translation. Small numbers
 * (0-10) are often written as words, so their absence is only a neutral note.
 */
export function checkNumbers(input: { sourceLang: Lang; source: string; targetLang: Lang; target: string }): QaFlag[] {
  const src = extractQuantities(input.source, input.sourceLang);
  const tgt = extractQuantities(input.target, input.targetLang);
  // Each source quantity takes the first target one with its key (grouped by key, so that a
  // pasted run of thousands of numbers costs no more than thousands).
  const sameKey = takeInOrder(tgt, (t) => t.key);
  const paired: Array<[Quantity, Quantity]> = [];
  const missing = src.filter((q) => {
    const t = sameKey.take(q.key);
    if (t) paired.push([q, t]);
    return !t;
  });
  const unmatchedTarget = sameKey.left();
  const swapped = swappedCurrencies(input, paired);
  // Most pairs are done here; what is left meets by looser readings of the same value
  // (looseKeys), and a measure by its converted value ("85 mph" = "135 km/h"). These compare
  // every pair of what is left: past a few hundred numbers a side (no text a person writes),
  // they are not tried.
  if (missing.length === 0 && unmatchedTarget.length === 0) return swapped;
  if (missing.length > MAX_LOOSE || unmatchedTarget.length > MAX_LOOSE) return [...swapped, ...flagsFor(input, missing, unmatchedTarget)];
  const loose = new Map<Quantity, string[]>();
  const looseOf = (q: Quantity) => loose.get(q) ?? loose.set(q, looseKeys(q.key)).get(q)!;
  pairOff(missing, unmatchedTarget, (q, t) => (q.measure !== undefined && t.measure !== undefined && (sameMeasure(q.measure, t.measure) || roundedConversion(q, t) || roundedConversion(t, q))) || shareKey(looseOf(q), looseOf(t)));
  // "80 degrees" in American copy is Fahrenheit, and the translation gives it in Celsius.
  pairOff(missing, unmatchedTarget, (q, t) => sameBareTemperature(input.source, q, input.target, t));
  // A list may say its scale once ("3.1 million, 2.94 million" = "3,1, 2,94 millióan"): a
  // number left over meets its scaled counterpart on the other side by its bare digits.
  pairOff(missing, unmatchedTarget, (q, t) => (q.bare !== undefined && t.bare === undefined && t.key === q.bare) || (t.bare !== undefined && q.bare === undefined && q.key === t.bare));
  // Each side's number words, read once (and only when asked) for the two uses below.
  let sourceWords: CountedWord[] | undefined;
  let targetWords: CountedWord[] | undefined;
  const wordsInSource = () => (sourceWords ??= countedWords(input.source, input.sourceLang));
  const wordsInTarget = () => (targetWords ??= countedWords(input.target, input.targetLang));
  accountForWords(missing, wordsInTarget, looseOf);
  accountForWords(unmatchedTarget, wordsInSource, looseOf);
  // A conversion in brackets ("45 miles (72 km)") may be dropped, or added, by the translation.
  dropConversions(missing, src, input.source, wordsInSource);
  dropConversions(unmatchedTarget, tgt, input.target, wordsInTarget);
  return [...swapped, ...flagsFor(input, missing, unmatchedTarget)];
}

/**
 * The same amount in another currency: "$5 million" translated "5 millió euró". Flagged on the
 * target's amount with its currency (check "currency"); an amount whose currency one side
 * leaves unsaid is not flagged.
 */
function swappedCurrencies(input: { source: string; targetLang: Lang; target: string }, paired: Array<[Quantity, Quantity]>): QaFlag[] {
  const flags: QaFlag[] = [];
  for (const [q, t] of paired) {
    if (!q.key.startsWith("num:")) continue;
    const inSource = currencyOf(input.source, q);
    const inTarget = inSource && currencyOf(input.target, t);
    if (!inSource || !inTarget || !differentCurrencies(inSource, inTarget)) continue;
    const text = input.target.slice(inTarget.start, inTarget.end);
    const was = input.source.slice(inSource.start, inSource.end);
    flags.push({
      lang: input.targetLang, side: "target", start: inTarget.start, end: inTarget.end, text, category: "accuracy", severity: "major", check: "currency",
      message: `“${text}” is in ${currencyName(inTarget)}, “${was}” in the source in ${currencyName(inSource)}`, suggestions: [],
    });
  }
  return flags;
}

/** A number word, with the measure it makes with the unit after it ("six meters", "two-foot", "hat méter"). */
type CountedWord = NumberWord & { measure?: Measure; measureEnd?: number };
const UNIT_NEXT = new RegExp(UNIT_AFTER_NUMBER, "iuy");

/** The numbers `text` writes as words, each with its measure when a unit follows it. */
function countedWords(text: string, lang: Lang): CountedWord[] {
  return numberWords(text, lang).map((w) => {
    UNIT_NEXT.lastIndex = w.end;
    const unit = UNIT_NEXT.exec(text);
    const value = Number(w.key.slice(w.key.indexOf(":") + 1));
    const measure = unit && w.key.startsWith("num:") ? measureOf(value, unit[1]!) : undefined;
    return measure ? { ...w, measure, measureEnd: w.end + unit![0].length } : w;
  });
}

/**
 * Is `to` what `from` gives converted into to's unit and rounded to a whole number ("1 inch" =
 * "3 cm", 2.54 rounded)? Small values round beyond sameMeasure's tolerance; a quarter off at
 * most ("1 km" is no "1 mile").
 *
 * @example
 * // "1 to 4 inches" = "3-10 cm": 1 inch meets 3 cm
 */
function roundedConversion(from: Quantity, to: Quantity): boolean {
  if (!from.measure || !to.measure || !to.unit || from.measure.dimension !== to.measure.dimension) return false;
  const [zero, one] = [measureOf(0, to.unit), measureOf(1, to.unit)];
  if (!zero || !one || one.value === zero.value) return false;
  const inUnit = (m: Measure) => (m.value - zero.value) / (one.value - zero.value);
  const written = Number(inUnit(to.measure).toPrecision(9));
  const converted = inUnit(from.measure);
  return Number.isInteger(written) && Math.abs(converted - written) < 0.5 && Math.abs(converted - written) <= 0.25 * Math.max(Math.abs(converted), Math.abs(written));
}

/** Only an opening bracket between two measures: "45 miles (72 km)", "300 km (190 miles)". */
const BRACKETED = /^\s*[(（]\s*$/;

/**
 * Takes out of `left` each measure that is one side of a conversion in brackets, when its
 * other side is not left (so was found on the other side of the pair): "45 miles (72 km)"
 * translated "72 km" keeps what the reader needs. A conversion that gives another value is
 * no conversion, and stays.
 *
 * @example
 * // source "45 miles (72 kilometers)", target "72 km": "45 miles" is taken out of `left`
 */
function dropConversions(left: Quantity[], all: Quantity[], text: string, words: () => CountedWord[]): void {
  if (!left.some((q) => q.measure !== undefined)) return;
  // The other side of a conversion may be written in words ("six meters (18 feet)"): words
  // raise no flag, so such a side counts as found.
  const sides: Array<{ start: number; end: number; measure?: Measure; left: boolean }> = all.map((q) => ({ start: q.start, end: q.end, measure: q.measure, left: left.includes(q) }));
  for (const w of words()) if (w.measure) sides.push({ start: w.start, end: w.measureEnd!, measure: w.measure, left: false });
  sides.sort((a, b) => a.start - b.start);
  const converts = (a: (typeof sides)[number], b: (typeof sides)[number]) => a.measure !== undefined && b.measure !== undefined && sameMeasure(a.measure, b.measure) && BRACKETED.test(text.slice(a.end, b.start));
  for (let k = left.length - 1; k >= 0; k--) {
    const q = left[k]!;
    const at = sides.findIndex((side) => side.start === q.start);
    const before = sides[at - 1];
    const after = sides[at + 1];
    if ((before && !before.left && converts(before, sides[at]!)) || (after && !after.left && converts(sides[at]!, after))) left.splice(k, 1);
  }
}

/** Degrees with no scale after a number, or after a range that ends in them ("25–30 fok"). */
const BARE_DEGREES = /^(?:\s*(?:-|–|to|à)\s*\d+(?:[.,]\d+)?)?(?:\s|-)?(?:degrees?|degrés?|fok|度)(?!\s*(?:Celsius|Fahrenheit|C\b|F\b))/iu;
const bareDegrees = (text: string, q: Quantity) => q.measure === undefined && q.key.startsWith("num:") && BARE_DEGREES.test(text.slice(q.end, q.end + 40));

/**
 * Do two numbers of bare degrees give one temperature in Fahrenheit and Celsius ("80 degrees" =
 * "26 degrés"), or one difference of temperature (no offset: "10 degrees above average" =
 * "5 fokkal")?
 */
function sameBareTemperature(source: string, q: Quantity, target: string, t: Quantity): boolean {
  if (!bareDegrees(source, q) || !bareDegrees(target, t)) return false;
  const [a, b] = [Number(q.key.slice(4)), Number(t.key.slice(4))];
  // Within 1.5 degrees or 10%, as other converted measures: "80 degrees" is often "25 fok".
  const near = (x: number, y: number) => Math.abs(x - y) <= Math.max(1.5, Math.abs(y) * 0.1);
  return near(b, ((a - 32) * 5) / 9) || near(b, (a * 5) / 9) || near(a, ((b - 32) * 5) / 9) || near(a, (b * 5) / 9);
}

/**
 * Takes out of `left` each quantity the other side writes in words ("14" = "Fourteen",
 * "1,000" = "un millier", "the 1980s" = "a nyolcvanas években"), each word once.
 */
function accountForWords(left: Quantity[], otherWords: () => CountedWord[], looseOf: (q: Quantity) => string[]): void {
  if (left.length === 0) return;
  if (otherWords().length > MAX_LOOSE) return;
  // (A copy: pairing takes each word once, and the conversions still read them all.)
  const words = [...otherWords()];
  // A measure meets a number word with its unit ("60 cm" = "two-foot"), by value.
  pairOff(left, words, (q, w) => (q.measure && w.measure ? sameMeasure(q.measure, w.measure) : w.key === q.key || shareKey(looseOf(q), looseKeys(w.key))));
}

/** Flags for what is left: a changed value where a quantity of the same kind took its place. */
function flagsFor(input: { sourceLang: Lang; targetLang: Lang }, missing: Quantity[], unmatchedTarget: Quantity[]): QaFlag[] {
  const flags: QaFlag[] = [];
  const sameKind = takeInOrder(unmatchedTarget, (t) => kindOf(t.key));
  for (const q of missing) {
    // Same kind of quantity added in its place: a changed value, flagged on the target.
    const t = sameKind.take(kindOf(q.key));
    if (t) flags.push(flag(input.targetLang, "target", t, "major", `“${t.text}” does not match “${q.text}” in the source`));
    else flags.push(flag(input.sourceLang, "source", q, q.small ? "neutral" : "minor", `“${q.text}” is missing from the translation`));
  }
  for (const t of sameKind.left()) flags.push(flag(input.targetLang, "target", t, t.small ? "neutral" : "minor", `“${t.text}” is not in the source`));
  return flags;
}
