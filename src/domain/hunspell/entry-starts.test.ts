import { describe, expect, it } from "vitest";
import { entryStartLength } from "./entry-starts";
import { prefixHashes } from "./hash-filter";

describe("entryStartLength", () => {
  const entries = ["cat", "catalog", "dog", "ház", "házsor"];
  const startLength = entryStartLength(entries);

  it("never falls short of the longest start an entry shares with the text", () => {
    const texts = ["cats", "catalogue", "dogs", "házban", "házsorok", "x", "", "ca"];
    for (const text of texts) {
      let truth = 0;
      for (const e of entries) {
        let i = 0;
        while (i < text.length && i < e.length && text[i] === e[i]) i++;
        truth = Math.max(truth, i);
      }
      expect(startLength(text)).toBeGreaterThanOrEqual(truth);
      expect(startLength(text)).toBeLessThanOrEqual(text.length);
    }
  });

  it("stops where no entry goes on (almost always exactly there)", () => {
    expect(startLength("cats")).toBe(3);
    expect(startLength("házban")).toBe(3);
    expect(startLength("zebra")).toBe(0);
  });

  it("answers the same from the text's start hashes, when the reader has them already", () => {
    for (const text of ["cats", "catalogue", "házsorok", "zebra", "", "x"]) expect(startLength(text, prefixHashes(text, new Int32Array(4)))).toBe(startLength(text));
  });
});
