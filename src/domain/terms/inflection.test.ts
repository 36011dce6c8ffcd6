import { describe, expect, it } from "vitest";
import { baseFormCandidates, hungarianStems } from "./inflection";

/** A fixed pseudo-random sequence (mulberry32): the same words on every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ENDINGS = {
  en: ["ies", "es", "ches", "s", "ss", "x", "zes"],
  fr: ["eaux", "aux", "s", "x", "es"],
  hu: ["nak", "ban", "jának", "áról", "ként", "okat", "ével", "ssel", "ját", "ért", "é", "á", "unk", "aiban"],
} as const;
const LETTERS = { en: "abcdefghijklmnopqrstuvwxyz", fr: "abcdéèêfghiïlmnoprstuvxyz", hu: "aábcdeéfghiíjklmnoóöőprstuúüűvyz" } as const;

describe("baseFormCandidates", () => {
  it("de-inflects per language", () => {
    expect(baseFormCandidates("fr", "jumeaux")).toContain("jumeau");
    expect(baseFormCandidates("fr", "travaux")).toContain("travail");
    expect(baseFormCandidates("en", "policies")).toContain("policy");
    expect(baseFormCandidates("en", "ties")).toEqual(["ties", "tie"]);
    expect(hungarianStems("örökségünket")).toContain("örökség");
    expect(hungarianStems("fejlődéssel")).toContain("fejlődés");
  });

  // The term index turns a word away by its first two letters (token-trie.ts, mayStart): it
  // relies on every base form of a word keeping them.
  it("keeps the first two letters of every word", () => {
    for (const lang of ["en", "fr", "hu"] as const) {
      const next = random(7);
      const letters = LETTERS[lang];
      for (let n = 0; n < 3000; n++) {
        let word = "";
        const length = 1 + Math.floor(next() * 6);
        for (let i = 0; i < length; i++) word += letters[Math.floor(next() * letters.length)];
        const endings = ENDINGS[lang];
        for (let k = Math.floor(next() * 4); k > 0; k--) word += endings[Math.floor(next() * endings.length)];
        if (word.length < 2) continue;
        for (const candidate of baseFormCandidates(lang, word)) expect(candidate.slice(0, 2), `${lang} ${word} -> ${candidate}`).toBe(word.slice(0, 2));
      }
    }
  });
});
