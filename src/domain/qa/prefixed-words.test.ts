import { describe, expect, it } from "vitest";
import { oneEditWords, prefixedReading } from "./prefixed-words";

const words = new Set(["ressortir", "sortir", "vedette", "commettre", "omettre", "mettre"]);
const isWord = (w: string) => words.has(w);

describe("prefixedReading", () => {
  it("reads a French word as a prefix and a known word, with the words one edit away", () => {
    expect(prefixedReading("fr", "resortir", isWord)).toEqual({ prefix: "re", rest: "sortir", near: ["ressortir"] });
    expect(prefixedReading("fr", "covedette", isWord)).toEqual({ prefix: "co", rest: "vedette", near: [] });
  });
  it("puts a doubled letter first", () => {
    expect(oneEditWords("fr", "comettre", isWord)).toEqual(["commettre", "omettre"]);
  });
  it("reads nothing in English (its prefixed forms are accepted) nor without a known rest", () => {
    expect(prefixedReading("en", "resortir", isWord)).toBeUndefined();
    expect(prefixedReading("fr", "rezzzzzz", isWord)).toBeUndefined();
  });
});
