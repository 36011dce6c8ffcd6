import { describe, expect, it } from "vitest";
import { ntrexFixtureLines } from "../../../test/support/fixtures";
import { LANGUAGES } from "../languages";
import { scanWords } from "./word-scanner";

/** The definition the scanner implements, kept here as the reference. */
const REFERENCE = /[\p{L}\p{M}\p{N}]+|\S/gu;
const reference = (text: string) => {
  const tokens = text.match(REFERENCE) ?? [];
  return { tokens, lower: tokens.map((t) => t.toLowerCase()) };
};

describe("scanWords", () => {
  it("cuts words, marks and single punctuation as the regular expression does", () => {
    expect(scanWords("L'UNESCO, à Pékin.")).toEqual({ tokens: ["L", "'", "UNESCO", ",", "à", "Pékin", "."], lower: ["l", "'", "unesco", ",", "à", "pékin", "."] });
    expect(scanWords("")).toEqual({ tokens: [], lower: [] });
    expect(scanWords("  \t\n ")).toEqual({ tokens: [], lower: [] });
  });

  it("agrees with the regular expression on hard cases: surrogates, marks, odd spaces, invisible characters", () => {
    const cases = [
      "e\u0301te\u0301 decomposed", // combining marks stay in the word
      "𝐀𝐁C 𠀀𠀁 mixed 🙂x", // letters and a symbol outside the BMP
      "lone \ud800 high and \udc00 low and x\ud800y",
      "no\u00a0break\u202fnarrow\u2009thin\u3000ideographic\ufeffbom",
      "zero\u200bwidth\u200djoiner\u00adsoft",
      "ÅNGSTRÖM İstanbul ΣΊΣΥΦΟΣ ß ǅ",
      "١٢٣ ٤٥ Ⅻ ½ ² x²",
      "a\u2028b\u2029c\r\nd\x0be\x0cf",
      "Soós Gábor 22-én: «Ez jó!» — mondta.",
    ];
    for (const text of cases) expect(scanWords(text), JSON.stringify(text)).toEqual(reference(text));
  });

  it("agrees with the regular expression on every NTREX line of every language", () => {
    for (const lang of LANGUAGES) {
      for (const line of ntrexFixtureLines(lang)) {
        const text = line.normalize("NFC");
        const got = scanWords(text);
        const want = reference(text);
        if (JSON.stringify(got) !== JSON.stringify(want)) expect(got, `${lang}: ${text}`).toEqual(want);
      }
    }
  });

  it("agrees on random strings drawn from every class of character", () => {
    const alphabet = ["a", "Z", "0", " ", "\t", "\u00a0", "é", "É", "\u0301", "ß", "İ", "中", "𝐀", "🙂", "\ud800", "\udc00", ",", "'", "\u200b", "\u3000", "Σ"];
    let seed = 12345;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let i = 0; i < 5000; i++) {
      let text = "";
      const length = Math.floor(random() * 12);
      for (let j = 0; j < length; j++) text += alphabet[Math.floor(random() * alphabet.length)];
      expect(scanWords(text), JSON.stringify(text)).toEqual(reference(text));
    }
  });
});
