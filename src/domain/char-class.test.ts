import { describe, expect, it } from "vitest";
import { containsWord, eachRun, isLettersAndMarks, LETTER, runSpans, startsUppercase, WORD_CHAR } from "./char-class";

const HARD_TEXTS = [
  "Café crème, naïve façade — 10月21日的联合国教科文组织会议",
  "e\u0301te\u0301 👩🏽‍🔬 science 😀! 𝐀𝐁𝐂 maths 𝟙𝟚",
  "lone \ud800 surrogate \udc00 here\ud83d",
  "Soós Gábor: „Magyarországon” – 1 000,5 % l’UNESCO-nak",
  "\u00a0\u200bzero\u200dwidth\u2060joiner",
  "",
  "ǅemal ǈubljana ᾈ",
];

const runs = (text: string, mask: number) => {
  const out: string[] = [];
  eachRun(text, mask, (start, end) => out.push(`${start}:${text.slice(start, end)}`));
  return out;
};
const byRegExp = (text: string, re: RegExp) => [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);

describe("eachRun", () => {
  it("finds the runs /\\p{L}+/u finds, letters only, astral ones whole", () => {
    for (const text of HARD_TEXTS) expect(runs(text, LETTER)).toEqual(byRegExp(text, /\p{L}+/gu));
  });
  it("finds the runs /[\\p{L}\\p{M}\\p{N}]+/u finds for word characters", () => {
    for (const text of HARD_TEXTS) expect(runs(text, WORD_CHAR)).toEqual(byRegExp(text, /[\p{L}\p{M}\p{N}]+/gu));
  });
});

describe("runSpans", () => {
  it("gives the runs /[\\p{L}\\p{M}\\p{N}]+/u finds as flat offsets, start then end", () => {
    for (const text of HARD_TEXTS) {
      const spans = runSpans(text, WORD_CHAR);
      const found = [...text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)].flatMap((m) => [m.index, m.index + m[0].length]);
      expect(spans).toEqual(found);
    }
  });
});

describe("containsWord", () => {
  it("finds a word only whole, at any place, after earlier partial matches", () => {
    expect(containsWord("Thompson said", "Thompson")).toBe(true);
    expect(containsWord("said Thompson", "Thompson")).toBe(true);
    expect(containsWord("Thompsons and Thompson.", "Thompson")).toBe(true);
    expect(containsWord("Thompsons said", "Thompson")).toBe(false);
    expect(containsWord("McThompson said", "Thompson")).toBe(false);
    expect(containsWord("", "Thompson")).toBe(false);
    expect(containsWord("Thompson", "")).toBe(false);
  });

  it("counts marks, digits and astral letters as part of a word; punctuation and dashes not", () => {
    expect(containsWord("Rene\u0301 came", "Rene")).toBe(false);
    expect(containsWord("Boeing737 landed", "Boeing")).toBe(false);
    expect(containsWord("𝐀Paris", "Paris")).toBe(false);
    expect(containsWord("l’UNESCO-nak", "UNESCO")).toBe(true);
    expect(containsWord("(Paris)", "Paris")).toBe(true);
  });
});

describe("startsUppercase", () => {
  it("answers as /^\\p{Lu}/u does, at every place of hard texts (astral capitals, lone surrogates, titlecase)", () => {
    for (const text of HARD_TEXTS) for (let i = 0; i <= text.length; i++) expect(startsUppercase(text.slice(i))).toBe(/^\p{Lu}/u.test(text.slice(i)));
  });
});

describe("isLettersAndMarks", () => {
  it("answers as /^[\\p{L}\\p{M}]+$/u does, on every slice of hard texts (combining marks, astral letters, lone surrogates, digits)", () => {
    for (const text of [...HARD_TEXTS, "Rene\u0301", "𝐀𝐁c", "ab\ud800", "ß", "ǅemal", "50%-os"]) {
      for (let i = 0; i <= text.length; i++) for (let j = i; j <= text.length; j++) expect(isLettersAndMarks(text.slice(i, j))).toBe(/^[\p{L}\p{M}]+$/u.test(text.slice(i, j)));
    }
  });
});
