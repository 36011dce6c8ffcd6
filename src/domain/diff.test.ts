import { describe, expect, it } from "vitest";
import { diffTexts, editDistanceOf } from "./diff";

describe("diffTexts", () => {
  it("diffs French by words", () => {
    const parts = diffTexts("le chat noir", "le chien noir", "fr");
    expect(parts.filter((p) => p.op === "delete").map((p) => p.text)).toEqual(["chat"]);
    expect(parts.filter((p) => p.op === "insert").map((p) => p.text)).toEqual(["chien"]);
  });
  it("diffs Chinese by characters", () => {
    const parts = diffTexts("可持续发展", "可持续的发展", "zh");
    expect(parts).toEqual([
      { op: "equal", text: "可持续" },
      { op: "insert", text: "的" },
      { op: "equal", text: "发展" },
    ]);
  });
  it("gives back both texts", () => {
    const before = "Soós Gábor főtitkár";
    const after = "Soós Gábor, a főtitkár";
    const parts = diffTexts(before, after, "hu");
    expect(parts.filter((p) => p.op !== "insert").map((p) => p.text).join("")).toBe(before);
    expect(parts.filter((p) => p.op !== "delete").map((p) => p.text).join("")).toBe(after);
    expect(editDistanceOf(parts)).toBeGreaterThan(0);
  });
});
