import { describe, expect, it } from "vitest";
import type { PublishedSegment } from "./content";
import { diffContents } from "./diff";

const seg = (id: number, target: string, paragraph = 1, source = `S${id}`): PublishedSegment => ({ id, paragraph, kind: "paragraph", source, target, separator: " ", codes: [] });

describe("diffContents", () => {
  it("diffs changed segments by word in Hungarian and marks corrected sources", () => {
    const d = diffContents([seg(1, "Október 21-én látogatott."), seg(2, "Ugyanaz.")], [seg(1, "Október 22-én látogatott.", 1, "S1 corrigé"), seg(2, "Ugyanaz.")], "hu");
    expect(d).toMatchObject({ changed: 1, unchanged: 1, added: 0, removed: 0 });
    const first = d.paragraphs[0]!.segments[0]!;
    expect(first).toMatchObject({ op: "changed", sourceChanged: true });
    expect(first.parts.filter((p) => p.op === "delete").map((p) => p.text)).toEqual(["21"]);
    expect(first.parts.filter((p) => p.op === "insert").map((p) => p.text)).toEqual(["22"]);
  });

  it("diffs Chinese by character", () => {
    const d = diffContents([seg(1, "10月21日访问")], [seg(1, "10月22日访问")], "zh");
    expect(d.paragraphs[0]!.segments[0]!.parts).toEqual([
      { op: "equal", text: "10月2" },
      { op: "delete", text: "1" },
      { op: "insert", text: "2" },
      { op: "equal", text: "日访问" },
    ]);
  });

  it("treats everything as added against no earlier publication", () => {
    const d = diffContents(null, [seg(1, "A."), seg(2, "B.", 2)], "en");
    expect(d).toMatchObject({ added: 2, changed: 0 });
    expect(d.paragraphs.map((p) => p.paragraph)).toEqual([1, 2]);
  });

  it("keeps removed segments where they were and groups by paragraph", () => {
    const d = diffContents([seg(1, "A."), seg(2, "B."), seg(3, "C.", 2)], [seg(1, "A."), seg(3, "C.", 2), seg(4, "D.", 2)], "en");
    expect(d.paragraphs.map((p) => [p.paragraph, p.changed, p.segments.map((s) => `${s.segmentId}:${s.op}`)])).toEqual([
      [1, true, ["1:equal", "2:removed"]],
      [2, true, ["3:equal", "4:added"]],
    ]);
  });
});
