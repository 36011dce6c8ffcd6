import { describe, expect, it } from "vitest";
import { findTextProblem, textProblem } from "./text-safety";

describe("textProblem", () => {
  it("accepts ordinary text, tabs, line ends, astral characters and invisible spaces", () => {
    for (const ok of ["Le grand magasin.", "a\tb\nc\r\nd", "10月21日 👩🏽‍🔬 𝐀", "\u00a0\u200b\u2060\u202f", ""]) expect(textProblem(ok)).toBeNull();
  });

  it("refuses C0 controls other than tab, LF and CR, naming the character and its offset", () => {
    expect(textProblem("a\u0000b")).toBe("contains the control character U+0000 at offset 1");
    for (const c of ["\u0001", "\u0008", "\u000b", "\u000c", "\u000e", "\u001b", "\u001f"]) expect(textProblem(`x${c}`)).toMatch(/control character/);
  });

  it("refuses lone surrogates but not pairs, and the noncharacters U+FFFE and U+FFFF", () => {
    expect(textProblem("un \ud800 deux")).toBe("contains a lone surrogate (half of a character) U+D800 at offset 3");
    expect(textProblem("\udc00")).toMatch(/lone surrogate/);
    expect(textProblem("end\ud83d")).toMatch(/offset 3/);
    expect(textProblem("\ud83d\ude00")).toBeNull();
    expect(textProblem("a\uffffb")).toMatch(/noncharacter U\+FFFF/);
  });
});

describe("findTextProblem", () => {
  it("finds the first bad string in nested objects and arrays, with its path", () => {
    expect(findTextProblem({ title: "ok", languages: { fr: { terms: [{ text: "ok" }, { text: "bad\u0000" }] } } })).toEqual({
      path: "languages.fr.terms.1.text",
      problem: "contains the control character U+0000 at offset 3",
    });
    expect(findTextProblem({ "k\u0001": 1 })?.path).toBe("(key)");
    expect(findTextProblem({ n: 1, b: true, z: null, s: ["fine"] })).toBeNull();
  });
});
