import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LANGUAGES, type Lang } from "../languages";
import { segmentParagraph } from "./segment";
import { ntrexFixtureLines } from "../../../test/support/fixtures";

const join_ = (text: string, lang: Lang) => segmentParagraph(text, lang).map((s) => s.text + s.separator).join("");
const HIGH_SURROGATE = /[\uD800-\uDBFF]$/;

function checkInvariants(text: string, lang: Lang) {
  const segs = segmentParagraph(text, lang);
  expect(segs.map((s) => s.text + s.separator).join("")).toBe(text);
  for (const s of segs) {
    expect(/^[\s\u00a0\u202f\u2009]*$/u.test(s.separator)).toBe(true);
    // No segment ends in the middle of a surrogate pair.
    expect(HIGH_SURROGATE.test(s.text) && s.separator === "").toBe(false);
    if (text.trim().length > 0) expect(s.text.length).toBeGreaterThan(0);
  }
}

const pieces = fc.constantFrom(
  "M.", "Mme", "Dr.", "dr.", "pl.", "stb.", "ún.", "U.S.", "etc.", "Mr.", "J.", "2019.", "október", "21.", "3.5", "«", "»",
  "“", "”", "„", "\"", "(", ")", "。", "！", "？", "他说", "文化遗产", "…", "...", "!", "?", ".", " ", "  ", "\u00a0", "\u202f",
  "\n", "Le", "chat", "The", "cat", "A", "ház", "é", "e\u0301", "😀", "👍🏽", "\u200b", "l'UNESCO", "UNESCO-nak",
);
const assembled = fc.array(pieces, { maxLength: 40 }).map((parts) => parts.join(" ").replace(/ {3,}/g, " "));

describe("segmentation is lossless", () => {
  it("for arbitrary Unicode strings in every language", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), fc.constantFrom(...LANGUAGES), (text, lang) => {
        checkInvariants(text, lang);
      }),
      { numRuns: 400 },
    );
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 120 }), fc.constantFrom(...LANGUAGES), (text, lang) => {
        expect(join_(text, lang)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it("for strings assembled from sentences, abbreviations, quotes and spaces", () => {
    fc.assert(
      fc.property(assembled, fc.constantFrom(...LANGUAGES), (text, lang) => checkInvariants(text, lang)),
      { numRuns: 600 },
    );
  });

  for (const lang of LANGUAGES) {
    it(`for every NTREX line in ${lang}, with no segment that is a lone abbreviation`, () => {
      const lines = ntrexFixtureLines(lang);
      expect(lines.length).toBeGreaterThan(1000);
      let segments = 0;
      for (const line of lines) {
        const segs = segmentParagraph(line, lang);
        segments += segs.length;
        expect(segs.map((s) => s.text + s.separator).join("")).toBe(line);
        for (const s of segs) expect(s.text).not.toMatch(/^(?:Mr|Mrs|Dr|M|Mme|dr|pl|stb|St|U\.S)\.$/);
      }
      // News lines are mostly one sentence each: splitting should neither explode nor vanish.
      expect(segments).toBeGreaterThanOrEqual(lines.length);
      expect(segments).toBeLessThan(lines.length * 1.6);
    });
  }
});
