/**
 * Brackets and quotation marks that do not close. A news article is cut into sentences, and a
 * quotation of several sentences opens in one segment and closes in a later one: an open quote
 * in a source is most often that, and only noted. A translation is flagged when it leaves open
 * what its source closes (a bracket or quote dropped or added), not for following its source
 * across segments; each language writes its own marks ("(" as "（", "“" as "«" or "„").
 */
import type { QaFlag } from "./types";

type Made = Omit<QaFlag, "lang" | "side">;

/** Marks that must close within the same text, by kind. */
const BRACKET_KINDS = [
  { open: ["(", "（"], close: [")", "）"], name: "( )" },
  { open: ["["], close: ["]"], name: "[ ]" },
  { open: ["《"], close: ["》"], name: "《 》" },
];
/**
 * Quotation marks of the four languages: openers, closers, and "“", which opens in English and
 * Chinese and closes in Hungarian written as German is („…“). Hungarian inner »…« counts once
 * each way.
 */
const QUOTE_OPEN = ["«", "„", "「", "『"];
const QUOTE_CLOSE = ["»", "”", "」", "』"];
const QUOTE_EITHER = ["“"];

/** Every mark this check counts, each with its place in a tally. */
const MARKS = [...new Set([...BRACKET_KINDS.flatMap((k) => [...k.open, ...k.close]), ...QUOTE_OPEN, ...QUOTE_CLOSE, ...QUOTE_EITHER, '"'])];
const SLOT = new Map(MARKS.map((mark, i) => [mark.charCodeAt(0), i]));
/** Any of MARKS: most sentences hold none, and a search in native code says so. */
const ANY_MARK = new RegExp(`[${MARKS.map((mark) => mark.replace(/[\]\\^-]/, "\\$&")).join("")}]`);

/** How many times each of `chars` occurs, and where the last one is, from a tally of the text. */
function sum(counts: Int32Array, lasts: Int32Array, chars: string[]): { count: number; last: number } {
  let count = 0;
  let last = -1;
  for (const char of chars) {
    const slot = SLOT.get(char.charCodeAt(0))!;
    count += counts[slot]!;
    if (lasts[slot]! > last) last = lasts[slot]!;
  }
  return { count, last };
}

type Imbalance = { at: number; message: string };

/** The kinds of marks left open (or closed without opening) in `text`, each with where to show it. */
function imbalances(text: string): { brackets: Map<string, Imbalance>; quotes: Imbalance | undefined } {
  const brackets = new Map<string, Imbalance>();
  let quotes: Imbalance | undefined;
  const first = text.search(ANY_MARK);
  if (first < 0) return { brackets, quotes };
  // One pass over the text for every mark (most sentences with one have a few).
  const counts = new Int32Array(MARKS.length);
  const lasts = new Int32Array(MARKS.length).fill(-1);
  for (let i = first; i < text.length; i++) {
    const slot = SLOT.get(text.charCodeAt(i));
    if (slot === undefined) continue;
    counts[slot]!++;
    lasts[slot] = i;
  }
  const tally = (chars: string[]) => sum(counts, lasts, chars);
  for (const kind of BRACKET_KINDS) {
    const [opens, closes] = [tally(kind.open), tally(kind.close)];
    if (opens.count !== closes.count) brackets.set(kind.name, { at: opens.count > closes.count ? opens.last : closes.last, message: `Unbalanced ${kind.name}` });
  }
  const [opens, closes, either, straight] = [tally(QUOTE_OPEN), tally(QUOTE_CLOSE), tally(QUOTE_EITHER), tally(['"'])];
  // Balanced when the two-way marks can make the openers and closers equal. A straight quote
  // opens or closes as well: "不幸的是……，” pairs, in the wrong style (flagged apart).
  const twoWay = either.count + straight.count;
  const paired = Math.abs(opens.count - closes.count) <= twoWay && (opens.count + closes.count + twoWay) % 2 === 0;
  if (!paired) {
    quotes = { at: Math.max(opens.last, closes.last, either.last, straight.last), message: "Unbalanced quotation mark" };
  }
  return { brackets, quotes };
}

const made = (text: string, check: "brackets" | "quotes", severity: QaFlag["severity"], { at, message }: Imbalance, note = ""): Made => ({
  check, category: "linguistic/punctuation", severity, start: at, end: at + 1, text: text.slice(at, at + 1), message: message + note, suggestions: [],
});

/**
 * A source's open brackets (minor: a sentence seldom leaves one to the next) and open quotes (a
 * neutral note: a quotation may go on in the next segment).
 *
 * @example
 * sourceBalance('"We will win.') // [{ check: "quotes", severity: "neutral", … }]
 */
export function sourceBalance(text: string): Made[] {
  const { brackets, quotes } = imbalances(text);
  const out = [...brackets.values()].map((b) => made(text, "brackets", "minor", b));
  if (quotes) out.push(made(text, "quotes", "neutral", quotes, " (a quotation that goes on in another segment?)"));
  return out;
}

/**
 * A quotation that the words of who said it interrupt, after a dash, may go on in the next
 * segment with one pair of marks across both, as Hungarian writes it (AkH 12, 257. d):
 * "„Régebben … templom – állítja Adams." then "– Ma már egyikből sincs.”". The first leaves
 * its last quotation open before a dash and a lower-case word that runs to its end; the second
 * begins with a dash and closes a quotation first (inner »…« pairs aside).
 */
const LEFT_OPEN_BEFORE_SAID = /[„“«"][^„“”«»"]*\s[–—]\s+\p{Ll}[^„“”«»"]*$/u;
const GOES_ON_TO_CLOSE = /^\s*[–—]\s[^„“”«»"]*[”»"“]/u;
const INNER_PAIRS = /»[^»«]*«/g;
const interruptedQuotation = (text: string) => LEFT_OPEN_BEFORE_SAID.test(text) || GOES_ON_TO_CLOSE.test(text.replace(INNER_PAIRS, ""));
/**
 * British news quotes with single marks, which cannot be told from apostrophes by counting: a
 * source that opens one at its start or after a colon, or closes one at its end, may be in a
 * quotation that goes on across segments, as its translation's double marks then show.
 */
const SINGLE_QUOTED = /^['‘]|[:,]\s['‘]|[.?!,]['’](?:\s|$)/u;

/**
 * A translation's open brackets and quotes where its source has that kind closed (a quotation
 * interrupted after a dash and going on in the next segment is only noted, as is one whose
 * source quotes with single marks).
 *
 * @example
 * targetBalance("He said (yes).", "Il a dit (oui.") // [{ check: "brackets", … }]
 * targetBalance('"We will win.', "« Nous gagnerons.") // []: open in the source too
 */
export function targetBalance(source: string, target: string): Made[] {
  const inTarget = imbalances(target);
  if (inTarget.brackets.size === 0 && !inTarget.quotes) return [];
  const inSource = imbalances(source);
  const out: Made[] = [];
  for (const [name, b] of inTarget.brackets) if (!inSource.brackets.has(name)) out.push(made(target, "brackets", "minor", b));
  if (inTarget.quotes && !inSource.quotes) {
    if (interruptedQuotation(target)) out.push(made(target, "quotes", "neutral", inTarget.quotes, " (a quotation interrupted after a dash, going on in another segment?)"));
    else if (SINGLE_QUOTED.test(source)) out.push(made(target, "quotes", "neutral", inTarget.quotes, " (a quotation that goes on in another segment?)"));
    else out.push(made(target, "quotes", "minor", inTarget.quotes));
  }
  return out;
}
