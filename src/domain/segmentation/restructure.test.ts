import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mergePieces, placeAfterSplit, splitPiece, translationJoiner } from "./restructure";

describe("splitPiece", () => {
  it("cuts at a position, the space around it becoming the first part's separator", () => {
    expect(splitPiece({ text: "Un.  Deux.", separator: "\n" }, 4)).toEqual({
      first: { text: "Un.", separator: "  " },
      second: { text: "Deux.", separator: "\n" },
      cut: { firstEnd: 3, secondStart: 5 },
    });
    expect(splitPiece({ text: "他说。然后走了。", separator: "" }, 3)).toMatchObject({ first: { text: "他说。", separator: "" }, second: { text: "然后走了。" } });
  });
  it("refuses a cut outside the text, inside a surrogate pair or leaving a part empty", () => {
    expect(splitPiece({ text: "Un.", separator: "" }, 0)).toMatch(/not inside/);
    expect(splitPiece({ text: "Un.", separator: "" }, 3)).toMatch(/not inside/);
    expect(splitPiece({ text: "a😀b", separator: "" }, 2)).toMatch(/surrogate/);
    expect(splitPiece({ text: "Un.   ", separator: "" }, 4)).toMatch(/need some text/);
    expect(splitPiece({ text: "Un.", separator: "" }, 1.5)).toMatch(/not inside/);
  });
  it("is lossless, and a merge undoes it", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", minLength: 2, maxLength: 60 }), fc.string({ unit: fc.constantFrom(" ", "\n", "\u00a0"), maxLength: 3 }), fc.nat(), (text, separator, n) => {
        const split = splitPiece({ text, separator }, 1 + (n % (text.length - 1)));
        if (typeof split === "string") return;
        expect(split.first.text + split.first.separator + split.second.text + split.second.separator).toBe(text + separator);
        const merged = mergePieces(split.first, split.second);
        expect({ text: merged.text, separator: merged.separator }).toEqual({ text, separator });
      }),
      { numRuns: 300 },
    );
  });
});

describe("mergePieces and translationJoiner", () => {
  it("puts the separator inside and says where the second text starts", () => {
    expect(mergePieces({ text: "Un.", separator: " " }, { text: "Deux.", separator: " " })).toEqual({ text: "Un. Deux.", separator: " ", offset: 4 });
  });
  it("joins translations without space in Chinese, with the source's space otherwise", () => {
    expect(translationJoiner("zh", " ")).toBe("");
    expect(translationJoiner("fr", "\n")).toBe("\n");
    expect(translationJoiner("hu", "")).toBe(" ");
  });
});

describe("placeAfterSplit", () => {
  const cut = { firstEnd: 3, secondStart: 4 };
  it("keeps, moves or closes a flag by where its span lies", () => {
    expect(placeAfterSplit({ start: 0, end: 3 }, cut)).toEqual({ part: "first" });
    expect(placeAfterSplit({ start: 4, end: 9 }, cut)).toEqual({ part: "second", start: 0, end: 5 });
    expect(placeAfterSplit({ start: 2, end: 5 }, cut)).toEqual({ part: "across" });
    expect(placeAfterSplit({ start: 3, end: 4 }, cut)).toEqual({ part: "across" });
  });
});
