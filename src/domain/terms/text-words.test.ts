import { describe, expect, it } from "vitest";
import { tokenize } from "./normalize";
import { TextWords } from "./text-words";

describe("the words of a text for term recognition", () => {
  it("has the words, offsets and texts tokenize gives, surrogate pairs and marks kept whole", () => {
    for (const text of ["l'UNESCO-nak és a jumeaux numériques", "e\u0301te\u0301 😀 𝐀𝐁𝐂 maths", "", "  "]) {
      const words = new TextWords(text);
      const tokens = tokenize(text);
      expect(words.count).toBe(tokens.length);
      tokens.forEach((t, j) => expect([words.start(j), words.end(j), words.word(j)]).toEqual([t.start, t.end, t.text]));
    }
  });

  it("joins words across up to three spaces, apostrophes or hyphens, nothing else", () => {
    const words = new TextWords("jumeau  numérique, l'UNESCO-nak a - - b");
    expect(words.joins(0)).toBe(true); // two spaces
    expect(words.joins(1)).toBe(false); // comma
    expect(words.joins(2)).toBe(true); // apostrophe
    expect(words.joins(3)).toBe(true); // hyphen
    expect(words.joins(5)).toBe(false); // " - - ": five characters
    expect(words.joins(6)).toBe(false); // the last word
  });
});
