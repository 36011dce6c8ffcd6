import { describe, expect, it } from "vitest";
import { flagFingerprint, type FlagFacts } from "./approval";
import { readinessOf, type ReadinessSegment } from "./readiness";

const flag = (over: Partial<FlagFacts> = {}): FlagFacts => ({
  id: 1, segmentId: 1, lang: "hu", side: "target", start: 0, end: 2, text: "21", contextText: "21 fő", severity: "major", status: "open", check: "numbers", ...over,
});
const seg = (id: number, over: Partial<ReadinessSegment<FlagFacts>> = {}): ReadinessSegment<FlagFacts> => ({
  id, position: id - 1, paragraph: id, kind: "paragraph", source: `S${id}`, translation: { status: "final", needsReview: false, text: `T${id}` }, flags: [], overridden: new Set(), ...over,
});

describe("readinessOf", () => {
  it("is ready when every segment is approved and no serious flag is open", () => {
    const r = readinessOf([seg(1), seg(2, { flags: [flag({ severity: "minor" })] })]);
    expect(r).toMatchObject({ ready: true, overridable: false, blockers: [] });
    expect(r.counts).toMatchObject({ final: 2, total: 2, missing: 0 });
  });

  it("lists each blocked segment with its reasons", () => {
    const r = readinessOf([
      seg(1, { translation: undefined }),
      seg(2, { translation: { status: "translated", needsReview: true, text: "T2" } }),
      seg(3, { flags: [flag({ id: 7, severity: "critical" })] }),
      seg(4),
    ]);
    expect(r.ready).toBe(false);
    expect(r.overridable).toBe(false);
    expect(r.blockers.map((b) => [b.segmentId, b.reasons])).toEqual([
      [1, ["missing"]],
      [2, ["not-final", "needs-review"]],
      [3, ["flags"]],
    ]);
    expect(r.blockers[2]!.flags.map((f) => f.id)).toEqual([7]);
    expect(r.counts).toMatchObject({ missing: 1, translated: 1, final: 2, needsReview: 1 });
  });

  it("may be overridden when flags alone block, and does not count flags overridden at approval", () => {
    const blocked = readinessOf([seg(1, { flags: [flag()] })]);
    expect(blocked).toMatchObject({ ready: false, overridable: true });
    const waived = readinessOf([seg(1, { flags: [flag()], overridden: new Set([flagFingerprint(flag())]) })]);
    expect(waived).toMatchObject({ ready: true, overridable: false });
    expect(waived.overridden).toEqual([{ segmentId: 1, position: 0, flags: [flag()] }]);
  });
});
