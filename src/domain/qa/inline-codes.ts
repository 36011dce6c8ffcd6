/**
 * The inline-codes check: a translation keeps the markup of its source (see domain/inline-codes).
 * A code dropped, added or doubled, or a pair closed before it opens, breaks the published page
 * (a link that swallows the rest of the paragraph, bold that never ends): major. Pairs that cross
 * each other (`<b>…<i>…</b>…</i>`) render differently per format: minor. Moving codes to another
 * place in the sentence is translation, not an error.
 */
import { codeMarks, hasCodes, markKey, stripCodes, spanInOriginal, type CodeMark } from "../inline-codes";
import type { Lang } from "../languages";
import type { QaFlag } from "./types";

export const INLINE_CODES_CHECK = "inline-codes";

const label = (m: { kind: CodeMark["kind"]; n: number }) => (m.kind === "open" ? `<${m.n}>` : m.kind === "close" ? `</${m.n}>` : `<${m.n}/>`);

function countByKey(marks: CodeMark[]): Map<string, CodeMark[]> {
  const byKey = new Map<string, CodeMark[]>();
  for (const m of marks) byKey.set(markKey(m), [...(byKey.get(markKey(m)) ?? []), m]);
  return byKey;
}

/**
 * Flags of a translation whose codes differ from its source's. A missing code is flagged on the
 * source, where it is (as a missing term is); the others on the translation.
 *
 * @example
 * checkInlineCodes({ sourceLang: "fr", source: `Le ${openChar(1)}Centre${closeChar(1)}.`, targetLang: "en", target: "The Centre." })
 * // two major "design/markup" flags on the source: <1> and </1> are missing
 */
export function checkInlineCodes(job: { sourceLang: Lang; source: string; targetLang: Lang; target: string }): QaFlag[] {
  if (!hasCodes(job.source) && !hasCodes(job.target)) return [];
  const sourceMarks = codeMarks(job.source);
  const targetMarks = codeMarks(job.target);
  const flags: QaFlag[] = [];
  const flag = (side: "source" | "target", m: CodeMark, severity: QaFlag["severity"], message: string) => {
    const text = side === "source" ? job.source : job.target;
    flags.push({ lang: job.targetLang, side, start: m.at, end: m.at + 1, text: text[m.at]!, category: "design/markup", severity, check: INLINE_CODES_CHECK, message, suggestions: [] });
  };
  const inSource = countByKey(sourceMarks);
  const inTarget = countByKey(targetMarks);
  for (const [key, marks] of inSource) {
    const found = inTarget.get(key)?.length ?? 0;
    for (const m of marks.slice(found)) flag("source", m, "major", `The translation lacks the inline code ${label(m)}`);
  }
  for (const [key, marks] of inTarget) {
    const expected = inSource.get(key)?.length ?? 0;
    for (const m of marks.slice(expected)) flag("target", m, "major", expected === 0 ? `The inline code ${label(m)} is not in the source` : `The inline code ${label(m)} is doubled`);
  }
  flags.push(...pairOrder(targetMarks, inSource).map((p) => ({ ...p, lang: job.targetLang, text: job.target[p.start]! })));
  return flags;
}

/** Closes before their opening, and pairs that cross, among pairs whose two ends the source has here. */
function pairOrder(marks: CodeMark[], inSource: Map<string, CodeMark[]>): Omit<QaFlag, "lang" | "text">[] {
  const out: Omit<QaFlag, "lang" | "text">[] = [];
  const whole = (n: number) => inSource.has(`o${n}`) && inSource.has(`c${n}`);
  const open: number[] = [];
  const opened = new Set<number>();
  for (const m of marks) {
    if (m.kind === "standalone" || !whole(m.n)) continue;
    if (m.kind === "open") {
      open.push(m.n);
      opened.add(m.n);
      continue;
    }
    const base = { side: "target" as const, start: m.at, end: m.at + 1, category: "design/markup" as const, check: INLINE_CODES_CHECK, suggestions: [] };
    if (!opened.has(m.n)) {
      out.push({ ...base, severity: "major", message: `The inline code ${label(m)} closes before it opens` });
      continue;
    }
    const depth = open.lastIndexOf(m.n);
    if (depth !== open.length - 1) out.push({ ...base, severity: "minor", message: `The inline code ${label(m)} crosses ${label({ kind: "open", n: open[open.length - 1]! })}` });
    if (depth >= 0) open.splice(depth, 1);
  }
  return out;
}

/**
 * Runs checks that know nothing of markup on a text without its codes, and maps the flags they
 * raise back onto the text with codes: spelling must read `Glo<b>ssa</b>` as "Glossa".
 *
 * @example
 * const view = codeFreeView(`Glo${openChar(1)}ssa${closeChar(1)}`); // view.plain === "Glossa"
 * const flags = checkSomething(view.plain).map(view.toOriginal);
 */
export function codeFreeView(text: string): { plain: string; toOriginal(flag: QaFlag): QaFlag } {
  if (!hasCodes(text)) return { plain: text, toOriginal: (f) => f };
  const { plain, at } = stripCodes(text);
  return {
    plain,
    toOriginal(f) {
      const span = spanInOriginal(at, f.start, f.end);
      return { ...f, start: span.start, end: span.end, text: text.slice(span.start, span.end) };
    },
  };
}
