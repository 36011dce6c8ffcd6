import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diffTexts, editDistanceOf, type DiffMeter, type DiffPart } from "./diff";
import type { Lang } from "./languages";

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

const before = (parts: DiffPart[]) => parts.filter((p) => p.op !== "insert").map((p) => p.text).join("");
const after = (parts: DiffPart[]) => parts.filter((p) => p.op !== "delete").map((p) => p.text).join("");
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const HAN = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经";
/** A deterministic pseudo-random text of `n` characters from `alphabet`. */
function randomText(n: number, seed: number, alphabet = HAN): string {
  let s = seed;
  return Array.from({ length: n }, () => alphabet[(s = (s * 1103515245 + 12345) % 2147483648) % alphabet.length]).join("");
}

describe("diffTexts on any input", () => {
  it("always gives back both texts and never cuts a surrogate pair", () => {
    const text = fc.string({ unit: fc.constantFrom("a", "b", " ", "é", "的", "发", "😀", "👩🏽", ",", "。"), maxLength: 60 });
    fc.assert(
      fc.property(text, text, fc.constantFrom<Lang>("fr", "zh", "hu"), (a, b, lang) => {
        const parts = diffTexts(a, b, lang);
        expect(before(parts)).toBe(a);
        expect(after(parts)).toBe(b);
        for (const p of parts) expect(p.text).not.toMatch(LONE_SURROGATE);
      }),
      { numRuns: 500 },
    );
  });
});

describe("diffTexts on long, very different texts", () => {
  it("falls back to a clause diff, then to a whole replacement, and stays exact", () => {
    const a = randomText(20_000, 1);
    const b = randomText(20_000, 2);
    const parts = diffTexts(a, b, "zh");
    expect(before(parts)).toBe(a);
    expect(after(parts)).toBe(b);
    expect(parts).toEqual([{ op: "delete", text: a }, { op: "insert", text: b }]);
    const clauses = (seed: number) => Array.from({ length: 400 }, (_, i) => `${randomText(40, seed + i)}。`).join("");
    const edited = clauses(10).split("。").map((c, i) => (i % 3 === 0 ? `${c}改` : c)).join("。");
    const byClause = diffTexts(clauses(10), edited, "zh");
    expect(before(byClause)).toBe(clauses(10));
    expect(after(byClause)).toBe(edited);
    expect(byClause.filter((p) => p.op === "equal").length).toBeGreaterThan(100);
  });

  it("does work that grows at most linearly with the length of the texts", () => {
    const shapes: Record<string, (n: number) => [string, string, Lang]> = {
      "unrelated Chinese": (n) => [randomText(n, 1), randomText(n, 2), "zh"],
      "one edit in the middle": (n) => {
        const a = randomText(n, 3);
        return [a, `${a.slice(0, n / 2)}新${a.slice(n / 2)}`, "zh"];
      },
      "an edit every 50 characters": (n) => {
        const a = randomText(n, 4);
        return [a, a.replace(/(.{50})./gu, "$1改"), "zh"];
      },
      "unrelated French words": (n) => [randomText(n, 5, "abcdefghij  "), randomText(n, 6, "abcdefghij  "), "fr"],
    };
    for (const [shape, make] of Object.entries(shapes)) {
      const work = [5_000, 10_000, 20_000].map((n) => {
        const meter: DiffMeter = { comparisons: 0 };
        diffTexts(...make(n), meter);
        return meter.comparisons;
      });
      expect(work[1], shape).toBeLessThanOrEqual(2.2 * work[0]! + 50_000);
      expect(work[2], shape).toBeLessThanOrEqual(2.2 * work[1]! + 50_000);
    }
  });
});
