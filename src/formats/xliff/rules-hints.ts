/**
 * The editing hints of XLIFF 2 inline codes: a code that may not be deleted must survive in the
 * target, and a sequence that may not be reordered keeps its order there.
 */
import { INLINE_CODES, isCore, isCoreEl, type Code, type Problems } from "./rules-common";
import { attr, childElements, type XElement } from "./xml-tree";

/** canDelete="no" codes must survive in a target; canReorder sequences keep their order. */
export function checkEditingHints(unit: XElement, parts: XElement[], source: Code[], target: Code[], problems: Problems) {
  const targetIds = new Set(target.filter((c) => INLINE_CODES.has(c.el.local)).map((c) => attr(c.el, "id") ?? `end:${attr(c.el, "startRef")}`));
  for (const code of source) {
    if (!INLINE_CODES.has(code.el.local) || attr(code.el, "canDelete") !== "no") continue;
    const part = parts[code.partIndex]!;
    if (!childElements(part).some((c) => isCoreEl(c, "target"))) continue;
    const key = attr(code.el, "id") ?? `end:${attr(code.el, "startRef")}`;
    if (!targetIds.has(key)) problems.add(code.el.line, `The code "${key}" may not be deleted (canDelete="no") but the target of unit ${attr(unit, "id")} lacks it`);
  }
  // Events of codes in order (a <pc> is a start and an end), to compare sequences.
  const events = (codes: Code[]) => {
    const out: Array<{ key: string; el: XElement }> = [];
    for (const c of codes) {
      if (!INLINE_CODES.has(c.el.local)) continue;
      const id = attr(c.el, "id") ?? attr(c.el, "startRef") ?? "";
      out.push({ key: c.el.local === "ec" ? `end:${id}` : `start:${id}`, el: c.el });
    }
    return out;
  };
  const sourceEvents = events(source);
  // A "no" code continues a sequence that a "firstNo" (or "no") code opened just before it.
  const sequences: string[][] = [];
  sourceEvents.forEach((e, i) => {
    const hint = attr(e.el, "canReorder");
    if (hint === "firstNo") sequences.push([e.key]);
    else if (hint === "no") {
      const previous = sourceEvents[i - 1];
      const inSequence = previous && ["no", "firstNo"].includes(attr(previous.el, "canReorder") ?? "yes");
      if (!inSequence || sequences.length === 0) problems.add(e.el.line, `canReorder="no" must follow a code with canReorder="firstNo"`);
      else sequences[sequences.length - 1]!.push(e.key);
    }
  });
  // <pc> ends are implied: a sequence whose pc closes after the codes nested inside it.
  const withPcEnds = (codes: Code[]) => {
    const out: string[] = [];
    const visit = (el: XElement) => {
      for (const k of childElements(el)) {
        if (!isCore(k)) continue;
        if (INLINE_CODES.has(k.local)) out.push(k.local === "ec" ? `end:${attr(k, "startRef") ?? attr(k, "id")}` : `start:${attr(k, "id")}`);
        visit(k);
        if (k.local === "pc") out.push(`end:${attr(k, "id")}`);
      }
    };
    const containers = new Set(codes.map((c) => c.el).map((el) => { let e = el; while (e.parent && !["source", "target"].includes(e.local)) e = e.parent; return e; }));
    for (const c of containers) visit(c);
    return out;
  };
  if (sequences.length === 0) return;
  const sourceOrder = withPcEnds(source);
  const targetOrder = withPcEnds(target);
  for (const seq of sequences) {
    const full = sourceOrder.slice(sourceOrder.indexOf(seq[0]!), sourceOrder.indexOf(seq[seq.length - 1]!) + 1);
    const at = targetOrder.indexOf(seq[0]!);
    if (at < 0) continue;
    const got = targetOrder.slice(at, at + full.length);
    if (got.join(" ") !== full.join(" ")) problems.add(unit.line, `The codes of unit ${attr(unit, "id")} that may not be reordered appear in another order in the target`);
  }
}

