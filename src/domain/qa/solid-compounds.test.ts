import { describe, expect, it } from "vitest";
import { isOneSlipFromWord, solidCompoundParts } from "./solid-compounds";

const words = new Set(["home", "wear", "four", "balls", "be", "teen", "break", "cinema", "going", "abandon", "ding", "abandoning", "access", "able", "accessible"]);
const known = (w: string) => words.has(w);

describe("solidCompoundParts", () => {
  it("splits an English solid compound into two known words", () => {
    expect(solidCompoundParts("en", "homewear", known)).toEqual(["home", "wear"]);
    expect(solidCompoundParts("en", "fourballs", known)).toEqual(["four", "balls"]);
    expect(solidCompoundParts("en", "cinemagoing", known)).toEqual(["cinema", "going"]);
  });
  it("leaves typos alone: short parts, no second word, capitals", () => {
    expect(solidCompoundParts("en", "beteen", known)).toBeNull();
    expect(solidCompoundParts("en", "breakast", known)).toBeNull();
    expect(solidCompoundParts("en", "Homewear", known)).toBeNull();
  });
  it("is English only: French and Hungarian do not guess compounds this way", () => {
    expect(solidCompoundParts("fr", "homewear", known)).toBeNull();
    expect(solidCompoundParts("hu", "homewear", known)).toBeNull();
  });
  it("takes a word one slip from a known word for a typo, not a compound", () => {
    expect(isOneSlipFromWord("abandonding", known)).toBe(true); // a letter too many
    expect(solidCompoundParts("en", "abandonding", known)).toBeNull();
    expect(isOneSlipFromWord("accessable", known)).toBe(true); // a wrong vowel
    expect(solidCompoundParts("en", "accessable", known)).toBeNull();
    expect(isOneSlipFromWord("homewear", known)).toBe(false);
  });
  it("asks the typo variants of the cheaper check when given one, the parts of the full one", () => {
    const asked: string[] = [];
    const cheap = (w: string) => (asked.push(w), known(w));
    expect(solidCompoundParts("en", "abandonding", known, cheap)).toBeNull();
    expect(asked).toContain("abandoning");
    // A variant only the full check knows does not make the word a typo here.
    expect(solidCompoundParts("en", "abandonding", known, () => false)).toEqual(["abandon", "ding"]);
  });
  it("asks nothing of a string far longer than two words (a pasted run of letters)", () => {
    let asked = 0;
    expect(solidCompoundParts("en", "a".repeat(20_000), () => (asked++, true))).toBeNull();
    expect(asked).toBe(0);
  });
});
