import { describe, expect, it } from "vitest";
import { foldPunctuation, tokenize } from "./normalize";

/** The definition the table-driven tokenizer must keep. */
const byRegExp = (text: string) => [...text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));

describe("tokenize", () => {
  it("splits at apostrophes, hyphens and spaces, with UTF-16 offsets", () => {
    expect(tokenize("l’UNESCO-nak 2019-ben")).toEqual([
      { text: "l", start: 0, end: 1 },
      { text: "UNESCO", start: 2, end: 8 },
      { text: "nak", start: 9, end: 12 },
      { text: "2019", start: 13, end: 17 },
      { text: "ben", start: 18, end: 21 },
    ]);
  });

  it("gives the same words as /[\\p{L}\\p{N}\\p{M}]+/u on hard text", () => {
    const texts = [
      "Café crème, naïve façade — 10月21日的联合国教科文组织会议",
      "e\u0301te\u0301 👩🏽‍🔬 science 😀! 𝐀𝐁𝐂 maths 𝟙𝟚",
      "lone \ud800 surrogate \udc00 here\ud83d",
      "Soós Gábor: „Magyarországon” – 1 000,5 %",
      "\u00a0\u200bzero\u200dwidth\u2060joiner",
      "",
      "ǅemal ǈubljana ᾈ",
    ];
    for (const text of texts) expect(tokenize(text)).toEqual(byRegExp(text));
  });

  it("folds apostrophe, dash and space variants one unit for one, and leaves other text as it is", () => {
    expect(foldPunctuation("l’UNESCO ʼ‘`´′ ‐‑‒–—―− a\u00a0b\u202fc\u2007d\u2009e\u200af\u3000g")).toBe("l'UNESCO ''''' ------- a b c d e f g");
    const plain = "Soós Gábor: „Magyarországon” 10月21日 😀";
    expect(foldPunctuation(plain)).toBe(plain);
  });
});
