import { diffArrays } from "diff";
import { isCharacterLanguage, type Lang } from "./languages";

export type DiffPart = { op: "equal" | "insert" | "delete"; text: string };
/** Counts the token comparisons a diff made: its work, for tests and benchmarks. */
export type DiffMeter = { comparisons: number };

/**
 * Edits the fine diff may find before it gives up. Myers' algorithm costs about (n + m) × D for
 * D edits; unbounded, three unrelated 20,000-character Chinese revisions took 15 s. Past the
 * limit the changed middle is diffed clause by clause, and past the same limit in clauses it
 * is shown as replaced whole: the cost stays linear in the length of the texts.
 */
export const FINE_EDIT_LIMIT = 256;
export const COARSE_EDIT_LIMIT = 256;

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const WORD_TOKENS = /[\p{L}\p{N}\p{M}]+|\s+|[^\p{L}\p{N}\p{M}\s]/gu;
/** A clause: text up to and including its punctuation and the spaces after it. */
const CLAUSES = /[^.!?…;:,。！？；：，、\n]*[.!?…;:,。！？；：，、\n]*\s*/gu;

const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/**
 * The lengths of the common start and end of both texts, cut where a diff may cut: never
 * inside a surrogate pair, and for word languages never inside a word (so a changed word is
 * shown whole, as a word diff does).
 */
function commonEnds(before: string, after: string, byWords: boolean): [number, number] {
  const shorter = Math.min(before.length, after.length);
  let head = 0;
  while (head < shorter && before.charCodeAt(head) === after.charCodeAt(head)) head++;
  if (head < before.length || head < after.length) {
    if (head > 0 && isHighSurrogate(before.charCodeAt(head - 1))) head--;
    if (byWords) while (head > 0 && WORD_CHAR.test(before[head - 1]!)) head--;
  }
  let tail = 0;
  while (tail < shorter - head && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  if (tail < before.length - head || tail < after.length - head) {
    if (tail > 0 && isLowSurrogate(before.charCodeAt(before.length - tail))) tail--;
    if (byWords) while (tail > 0 && WORD_CHAR.test(before[before.length - tail]!)) tail--;
  }
  return [head, tail];
}

const wordTokens = (text: string) => text.match(WORD_TOKENS) ?? [];
const charTokens = (text: string) => Array.from(text);
const clauseTokens = (text: string) => (text.match(CLAUSES) ?? []).filter((c) => c.length > 0);

/** Myers' diff of two token lists, or undefined past `limit` edits. */
function diffTokens(before: string[], after: string[], limit: number, meter?: DiffMeter): DiffPart[] | undefined {
  const comparator = meter
    ? (a: string, b: string) => {
        meter.comparisons++;
        return a === b;
      }
    : undefined;
  const changes = diffArrays(before, after, { maxEditLength: limit, comparator });
  return changes?.map((c) => ({ op: c.added ? "insert" : c.removed ? "delete" : "equal", text: c.value.join("") }));
}

/** Adjacent parts of the same kind as one; empty parts dropped. */
function merged(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (const part of parts) {
    if (!part.text) continue;
    const last = out.at(-1);
    if (last && last.op === part.op) last.text += part.text;
    else out.push({ ...part });
  }
  return out;
}

/**
 * The edit from `before` to `after`: by words for FR/EN/HU, by characters for Chinese (it has no
 * spaces, so a word diff would mark whole sentences as changed). Long, very different texts get
 * a coarser diff (by clause, else replaced whole) instead of an unbounded computation.
 *
 * @example
 * diffTexts("le chat noir", "le chien noir", "fr")
 * // [{op:"equal",text:"le "},{op:"delete",text:"chat"},{op:"insert",text:"chien"},{op:"equal",text:" noir"}]
 */
export function diffTexts(before: string, after: string, lang: Lang, meter?: DiffMeter): DiffPart[] {
  const byWords = !isCharacterLanguage(lang);
  const [head, tail] = commonEnds(before, after, byWords);
  const oldMiddle = before.slice(head, before.length - tail);
  const newMiddle = after.slice(head, after.length - tail);
  const tokens = byWords ? wordTokens : charTokens;
  const middle =
    diffTokens(tokens(oldMiddle), tokens(newMiddle), FINE_EDIT_LIMIT, meter) ??
    diffTokens(clauseTokens(oldMiddle), clauseTokens(newMiddle), COARSE_EDIT_LIMIT, meter) ?? [
      { op: "delete", text: oldMiddle },
      { op: "insert", text: newMiddle },
    ];
  return merged([{ op: "equal", text: before.slice(0, head) }, ...middle, { op: "equal", text: before.slice(before.length - tail) }]);
}

/** How many characters changed, for a quick post-editing effort figure. */
export function editDistanceOf(parts: DiffPart[]): number {
  return parts.reduce((n, p) => (p.op === "equal" ? n : n + p.text.length), 0);
}
