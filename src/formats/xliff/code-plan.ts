/**
 * How the inline codes of one side (source or target) of a unit are written: a pair whose close
 * follows its open in the unit is a start/end pair, an open without a later close or a close
 * without an earlier open stands alone (XLIFF 2 `isolated="yes"`, XLIFF 1.2 `<it>`), a repeated
 * code is a copy of the first. Pairs may span segments of the unit, as Glossa's may span
 * sentences of a paragraph.
 */
import { codeFor, codeMarks, type CodeMark, type InlineCode } from "../../domain/inline-codes";

export type PlannedCode = {
  mark: CodeMark;
  code: InlineCode | undefined;
  /** "start" and "end" are matched with each other; "isolatedStart"/"isolatedEnd" are not; "standalone" is a placeholder */
  role: "start" | "end" | "isolatedStart" | "isolatedEnd" | "standalone";
  /** the id written (`c3`, `x2`; a repeat gets `c3-2` and `copyOf`) */
  id: string;
  copyOf?: string;
  /** for an end: the id of its start */
  startRef?: string;
};

/** The written id of a code number: pairs `c<n>`, standalone codes `x<n>`. */
export const codeId = (mark: { kind: string; n: number }) => (mark.kind === "standalone" ? `x${mark.n}` : `c${mark.n}`);

/**
 * Plans the codes of a unit's side, segment by segment: `plans[i]` lists segment i's codes in
 * text order.
 *
 * @example
 * planCodes([`a${openChar(1)}b`, `c${closeChar(1)}`], codes)[1][0].role // "end"
 */
export function planCodes(texts: readonly string[], codes: readonly InlineCode[]): PlannedCode[][] {
  const all = texts.map((t) => codeMarks(t));
  const flat = all.flat();
  // First pass: which open each close ends (the latest unmatched open of its number).
  const partner = new Map<number, number>();
  const open = new Map<number, number[]>();
  flat.forEach((mark, index) => {
    if (mark.kind === "open") (open.get(mark.n) ?? open.set(mark.n, []).get(mark.n)!).push(index);
    else if (mark.kind === "close") {
      const start = open.get(mark.n)?.pop();
      if (start !== undefined) {
        partner.set(start, index);
        partner.set(index, start);
      }
    }
  });
  const seen = new Map<string, number>();
  const ids: string[] = [];
  const planned = flat.map((mark, index): PlannedCode => {
    const code = codeFor(mark, codes);
    const other = partner.get(index);
    if (mark.kind === "close" && other !== undefined) return { mark, code, role: "end", id: ids[other]!, startRef: ids[other]! };
    const base = codeId(mark);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    const id = count === 1 ? base : `${base}-${count}`;
    ids[index] = id;
    const copyOf = count === 1 ? undefined : base;
    if (mark.kind === "standalone") return { mark, code, role: "standalone", id, copyOf };
    if (mark.kind === "open") return { mark, code, role: other === undefined ? "isolatedStart" : "start", id, copyOf };
    return { mark, code, role: "isolatedEnd", id, copyOf };
  });
  let k = 0;
  return all.map((marks) => marks.map(() => planned[k++]!));
}
