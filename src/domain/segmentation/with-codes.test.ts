import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { closeChar as c, openChar as o, standaloneChar as s, stripCodes } from "../inline-codes";
import { LANGUAGES } from "../languages";
import { segmentParagraph } from "./segment";
import { segmentWithCodes } from "./with-codes";

const texts = (text: string) => segmentWithCodes(text, "fr").map((p) => p.text);

describe("segmentation of text with inline codes", () => {
  it("finds the same sentences as without the codes", () => {
    expect(texts(`${o(1)}Le Centre.${c(1)} Il a ${o(2)}ouvert${c(2)}. Fin.`)).toEqual([`${o(1)}Le Centre.${c(1)}`, `Il a ${o(2)}ouvert${c(2)}.`, "Fin."]);
  });

  it("gives a closing code to the sentence before and an opening one to the sentence after", () => {
    // "**Un. Deux.** Trois." and "Un. **Deux.**": the bold spans a boundary.
    expect(texts(`${o(1)}Un. Deux.${c(1)} Trois.`)).toEqual([`${o(1)}Un.`, `Deux.${c(1)}`, "Trois."]);
    expect(texts(`Un. ${o(1)}Deux.${c(1)}`)).toEqual(["Un.", `${o(1)}Deux.${c(1)}`]);
    expect(texts(`Un.${s(1)} Deux.`)).toEqual([`Un.${s(1)}`, "Deux."]);
  });

  it("is lossless and, without its codes, equal to plain segmentation (fast-check)", () => {
    const word = fc.constantFrom("Un.", "Deux", "M.", "Dupont", "«", "»", "3.5", "。", "他说", " ", "  ", "\u00a0", "!", "?", "L'UNESCO");
    const code = fc.integer({ min: 1, max: 4 }).chain((n) => fc.constantFrom(o(n), c(n), s(n)));
    fc.assert(
      fc.property(fc.array(fc.oneof(word, word, code), { maxLength: 30 }), fc.constantFrom(...LANGUAGES), (parts, lang) => {
        const text = parts.join(" ");
        const pieces = segmentWithCodes(text, lang);
        expect(pieces.map((p) => p.text + p.separator).join("")).toBe(text);
        const plain = stripCodes(text).plain;
        expect(pieces.map((p) => stripCodes(p.text + p.separator).plain).join("")).toBe(plain);
        expect(pieces.map((p) => stripCodes(p.text).plain.trim()).filter(Boolean)).toEqual(segmentParagraph(plain, lang).map((p) => p.text.trim()).filter(Boolean));
      }),
      { numRuns: 300 },
    );
  });
});
