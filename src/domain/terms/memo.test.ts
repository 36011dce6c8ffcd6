import { describe, expect, it } from "vitest";
import { buildTermIndex, recognizeTerms } from "./index";
import { memoizedRecognizer } from "./memo";

const index = buildTermIndex([
  { termId: 1, conceptId: 1, lang: "fr", text: "développement durable", status: "preferred" },
  { termId: 2, conceptId: 1, lang: "en", text: "sustainable development", status: "preferred" },
]);

describe("memoizedRecognizer", () => {
  it("answers as recognizeTerms does, per language and text", () => {
    const recognize = memoizedRecognizer(index, 2);
    const text = "Le développement durable et le développement durable.";
    expect(recognize("fr", text)).toEqual(recognizeTerms(index, "fr", text));
    expect(recognize("fr", text)).toEqual(recognizeTerms(index, "fr", text));
    expect(recognize("en", text)).toEqual([]);
  });
  it("hands out copies, so a caller's change does not leak into the next answer", () => {
    const recognize = memoizedRecognizer(index);
    recognize("en", "sustainable development").pop();
    expect(recognize("en", "sustainable development")).toHaveLength(1);
  });
  it("forgets the least recently used text beyond its capacity", () => {
    const recognize = memoizedRecognizer(index, 2);
    for (const t of ["a sustainable development", "b sustainable development", "c sustainable development", "a sustainable development"]) {
      expect(recognize("en", t)).toEqual(recognizeTerms(index, "en", t));
    }
  });
});
