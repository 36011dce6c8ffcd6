/**
 * What the QA benchmarks share: the UNESCO termbase as the checks see it, the NTREX pairs
 * (English sources with their French, Hungarian and Chinese translations) and the way a pass
 * of all checks runs over them, for bench/qa.ts (time) and bench/qa-work.ts (instructions).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Lang } from "../src/domain/languages";
import type { QaContext, QaJob } from "../src/domain/qa/run";
import { buildTermIndex, recognizeTerms, type TermEntry, type TermIndex } from "../src/domain/terms";
import { readTbx } from "../src/formats/tbx/reader";
import { checkInBatches } from "../src/services/qa/batches";
import type { LocalSpeller } from "../src/services/spelling/local";
import { ntrexLines } from "./ntrex";

export const TARGETS = ["fr", "hu", "zh"] as const satisfies readonly Lang[];

const { doc } = readTbx(readFileSync(join(import.meta.dirname, "../glossary/unesco.tbx"), "utf8"));
let id = 0;
const entries: TermEntry[] = doc.concepts.flatMap((c, ci) =>
  Object.entries(c.languages).flatMap(([lang, s]) => s.terms.map((t) => ({ termId: ++id, conceptId: ci, lang, text: t.text, status: t.status, type: t.type ?? null }))),
);
/** The recogniser caches per-word work: every timed run gets its own, built fresh. */
export const freshIndex = (): TermIndex => buildTermIndex(entries);
const byConcept = new Map<number, ReturnType<QaContext["conceptTerms"]>>();
for (const e of entries) byConcept.set(e.conceptId, [...(byConcept.get(e.conceptId) ?? []), { ...e, type: e.type ?? null }]);
export const conceptTerms: QaContext["conceptTerms"] = (conceptId) => byConcept.get(conceptId) ?? [];
/** The termbase's words, which the spelling check skips. */
export const termWords = entries.flatMap((e) => e.text.toLocaleLowerCase("und").split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean));

export const english = ntrexLines("en");
export const pairsFor = (target: Lang) => {
  const targets = ntrexLines(target);
  return english.map((source, i) => ({ source, target: targets[i] ?? "" })).filter((p) => p.target);
};

/** A context for one run: spelling by `speller` (no suggestions), a fresh recogniser. */
export function passContext(speller: LocalSpeller, index = freshIndex()): QaContext {
  return { spell: async (requests) => speller.checkMany(requests.map((r) => ({ ...r, suggestions: false }))), recognize: (lang, text) => recognizeTerms(index, lang, text), conceptTerms };
}

/**
 * Every check on every pair of `target` (its source, then its translation), in the batches
 * article QA checks (see services/qa/batches.ts); the number of flags.
 */
export async function checkPairs(ctx: QaContext, target: Lang, pairs = pairsFor(target)): Promise<number> {
  const jobs = pairs.flatMap((p): QaJob[] => [
    { side: "source", lang: "en", text: p.source },
    { side: "target", sourceLang: "en", source: p.source, targetLang: target, target: p.target },
  ]);
  const counts = await checkInBatches(ctx, jobs, (job) => job, (_job, found) => found.length);
  return counts.reduce((sum, n) => sum + n, 0);
}

/** The pairs as a PO file, for pofilter. */
export const poFileText = (pairs: Array<{ source: string; target: string }>) =>
  `msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n${pairs.map((p) => `msgid ${poString(p.source)}\nmsgstr ${poString(p.target)}\n`).join("\n")}`;
/** A string as a PO file quotes it. */
const poString = (s: string) => `"${s.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\r/g, "\\r").replace(/\n/g, "\\n").replace(/\t/g, "\\t")}"`;
