import type { Child } from "hono/jsx";

/** A flagged span to underline; several may overlap. */
export type MarkedFlag = { id: number; start: number; end: number; severity: string; category: string };
/** A term hit in the text; hits never overlap (recognition is leftmost-longest). */
export type MarkedTerm = { start: number; end: number; attrs: Record<string, string> };

const INVISIBLE = /([\u00a0\u202f\u200b\u200c\u200d\u2060\ufeff])/;
const SEVERITY_ORDER = ["neutral", "minor", "major", "critical"];

/**
 * Makes invisible spaces visible in review: NBSP, narrow NBSP and zero-width characters. The
 * character itself stays in the DOM (the marker is CSS `::after`), so the text content, and
 * with it every selection offset, is exactly the segment text.
 */
export function VisibleText({ text }: { text: string }) {
  return (
    <>
      {text.split(INVISIBLE).map((p) =>
        p === "\u00a0" || p === "\u202f" ? (
          <span class="ws nbsp" title={p === "\u00a0" ? "U+00A0 NO-BREAK SPACE" : "U+202F NARROW NO-BREAK SPACE"}>{p}</span>
        ) : p.length === 1 && INVISIBLE.test(p) ? (
          <span class="ws zw" title={`U+${p.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`}>{p}</span>
        ) : (
          p
        ),
      )}
    </>
  );
}

/** The pieces of [from, to) cut at every flag boundary, each with the flags covering it. */
function flagPieces(text: string, from: number, to: number, flags: MarkedFlag[]): Child[] {
  const cuts = new Set([from, to]);
  for (const f of flags) {
    if (f.start > from && f.start < to) cuts.add(f.start);
    if (f.end > from && f.end < to) cuts.add(f.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Child[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i]!, points[i + 1]!];
    const covering = flags.filter((f) => f.start <= a && f.end >= b);
    const piece = text.slice(a, b);
    if (covering.length === 0) {
      out.push(<VisibleText text={piece} />);
      continue;
    }
    const worst = covering.reduce((w, f) => (SEVERITY_ORDER.indexOf(f.severity) > SEVERITY_ORDER.indexOf(w.severity) ? f : w));
    out.push(
      <span class={`fl sev-${worst.severity} cat-${worst.category.replace(/\W+/g, "-")}`} data-flags={covering.map((f) => f.id).join(" ")}>
        <VisibleText text={piece} />
      </span>,
    );
  }
  return out;
}

/**
 * A segment text with its term hits (focusable, underlined) and flags (coloured underlines by
 * severity and category). Its text content equals `text`, so the client turns a selection into
 * UTF-16 offsets by counting characters.
 *
 * @example
 * <MarkedText text="Le magaisn" flags={[{ id: 1, start: 3, end: 10, severity: "minor", category: "linguistic/spelling" }]} terms={[]} />
 */
export function MarkedText({ text, flags, terms }: { text: string; flags: MarkedFlag[]; terms: MarkedTerm[] }) {
  const valid = flags.filter((f) => f.start >= 0 && f.end <= text.length && f.start < f.end);
  const out: Child[] = [];
  let at = 0;
  let emitted = 0;
  for (const [i, term] of [...terms].sort((a, b) => a.start - b.start).entries()) {
    if (term.start < at || term.end > text.length) continue;
    if (term.start > at) out.push(...flagPieces(text, at, term.start, valid));
    // A roving tabindex: Tab stops at one term of the text, the arrow keys move between them.
    out.push(
      <span class="term" tabindex={emitted++ === 0 ? 0 : -1} data-term-index={String(i)} {...term.attrs}>
        {flagPieces(text, term.start, term.end, valid)}
      </span>,
    );
    at = term.end;
  }
  if (at < text.length) out.push(...flagPieces(text, at, text.length, valid));
  return <>{out}</>;
}
