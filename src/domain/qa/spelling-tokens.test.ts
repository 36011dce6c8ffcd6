import { describe, expect, it } from "vitest";
import { ntrexFixtureLines as ntrexLines } from "../../../test/support/fixtures";
import { isPlainLowercase } from "../char-class";
import { spellTokens, WORD_PATTERN, wordSpans } from "./spelling-tokens";

const byPattern = (text: string) => [...text.matchAll(WORD_PATTERN)].flatMap((m) => [m.index, m.index + m[0].length]);

const ODD = [
  "l'UNESCO et l’État — jusqu'à 2019-ben, rock'n'roll' -x- a--b ‐‐ 'quoted'",
  "emoji 👍🏽 inside wo👍rd, astral letters 𝐀𝐁𝐂 and 𠀀𠀁 (CJK Extension B)",
  "combining e\u0301te\u0301 and Å, zero\u200bwidth, no\u00a0break, lone \ud800 surrogate \udc00 here",
  "北京市朝阳区，10月21日。UNESCO-nak ICCSD-vel 5%-os",
  "",
  "'",
  "a'",
  "x-",
];

describe("wordSpans", () => {
  it("finds exactly what the word pattern finds, on every NTREX line and on odd text", () => {
    const texts = [...ODD, ...(["en", "fr", "hu", "zh"] as const).flatMap((lang) => ntrexLines(lang))];
    const differing = texts.filter((t) => JSON.stringify(wordSpans(t)) !== JSON.stringify(byPattern(t)));
    expect(differing).toEqual([]);
  });
});

describe("wordSpans with shapes", () => {
  it("gives each word the shape its characters have: all lowercase, capitalised, with an apostrophe or a hyphen", () => {
    const texts = [...ODD, "Ǆemal ǅemal 𝐀bc Ábc A Bé O'Neill iPhone", ...(["en", "fr", "hu"] as const).flatMap((lang) => ntrexLines(lang))];
    const wrong: string[] = [];
    for (const text of texts) {
      const shapes: number[] = [];
      const spans = wordSpans(text, shapes);
      expect(spans).toEqual(wordSpans(text));
      for (let k = 0; k < spans.length; k += 2) {
        const word = text.slice(spans[k], spans[k + 1]);
        const capitalised = /^\p{Lu}/u.test(word) && word.codePointAt(0)! < 0x10000 && isPlainLowercase(word, 1);
        const expected = (isPlainLowercase(word) ? 1 : 0) | (capitalised ? 2 : 0) | (/['’]/.test(word) ? 4 : 0) | (/[-‐]/.test(word) ? 8 : 0);
        if (shapes[k >> 1] !== expected) wrong.push(`${word}: ${shapes[k >> 1]} instead of ${expected}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe("isPlainLowercase", () => {
  it("agrees with \\p{Ll}+", () => {
    for (const w of ["été", "Été", "szeptember", "l'état", "a1", "ß", "ǆ", "𝐚𝐛", "𝐀", "", "北京"]) expect(isPlainLowercase(w), w).toBe(/^\p{Ll}+$/u.test(w));
  });
});

describe("spellTokens", () => {
  it("splits French elisions and skips acronyms, numbers and addresses", () => {
    expect(spellTokens("fr", "l'UNESCO et le grand magaisn, voir www.unesco.org en 2019").map((t) => t.word)).toEqual(["et", "le", "grand", "magaisn", "voir", "en"]);
  });
  it("keeps Hungarian suffixes after a hyphen with their name or number", () => {
    expect(spellTokens("hu", "Az UNESCO-nak 2019-ben a Marlow-i ház").map((t) => t.word)).toEqual(["Az", "ház"]);
  });
});
