/**
 * Numbers and dates compared by meaning across languages (see quantities.ts): a value
 * missing from the translation, added to it or changed.
 */
import type { Lang } from "../languages";
import { extractQuantities, type Quantity } from "./quantities";
import type { QaFlag, Side } from "./types";

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
  // Chinese often writes an ordinal as the bare number ("19世纪", "125周年" for "19th
  // century", "125th anniversary"): with Chinese on either side, ord:19 also meets num:19.
  const loose = input.sourceLang === "zh" || input.targetLang === "zh" ? (key: string) => key.replace(/^ord:/, "num:") : null;
  for (const q of src) {
    let i = unmatchedTarget.findIndex((t) => t.key === q.key);
    if (i < 0 && loose) i = unmatchedTarget.findIndex((t) => loose(t.key) === loose(q.key));
    if (i >= 0) unmatchedTarget.splice(i, 1);
    else missing.push(q);
  }
  // A list may say its scale once ("3.1 million, 2.94 million" = "3,1, 2,94 millióan"): a
  // number left over meets its scaled counterpart on the other side by its bare digits.
  for (let k = missing.length - 1; k >= 0; k--) {
    const q = missing[k]!;
    const i = unmatchedTarget.findIndex((t) => (q.bare !== undefined && t.bare === undefined && t.key === q.bare) || (t.bare !== undefined && q.bare === undefined && q.key === t.bare));
    if (i < 0) continue;
    unmatchedTarget.splice(i, 1);
    missing.splice(k, 1);
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
