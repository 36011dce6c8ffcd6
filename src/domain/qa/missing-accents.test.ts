import { describe, expect, it } from "vitest";
import { withAccentRestored } from "./missing-accents";

const french = new Set(["première", "élite", "Élite", "rôle", "ça"]);
const knows = (w: string) => french.has(w);

describe("withAccentRestored", () => {
  it("puts one accent back where French has the word", () => {
    expect(withAccentRestored("fr", "premiere", knows)).toBe("première");
    expect(withAccentRestored("fr", "role", knows)).toBe("rôle");
    expect(withAccentRestored("fr", "ca", knows)).toBe("ça");
    expect(withAccentRestored("fr", "Elite", knows)).toBe("Élite");
  });
  it("finds nothing for a word no accent makes French, nor in other languages", () => {
    expect(withAccentRestored("fr", "feeling", knows)).toBeUndefined();
    expect(withAccentRestored("hu", "premiere", () => true)).toBeUndefined();
    expect(withAccentRestored("en", "premiere", () => true)).toBeUndefined();
    // Nor for a run of letters longer than any French word: no lookup per letter.
    let asked = 0;
    expect(withAccentRestored("fr", "e".repeat(5000), () => (asked++, false))).toBeUndefined();
    expect(asked).toBe(0);
  });
});
