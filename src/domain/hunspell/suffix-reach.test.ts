import { describe, expect, it } from "vitest";
import { forbiddenReadings } from "./forbidden-readings";
import { parseHunspell } from "./parse";
import { suffixReach } from "./suffix-reach";

const bytes = (text: string) => new TextEncoder().encode(text);
const tables = (aff: string, dic: string) => parseHunspell(bytes(aff), bytes(dic));

// A: strips "em" after "r" and adds "mek"; B (allowed after A) strips "ek" and adds "i";
// C strips "rem" but only after "x", so never applies to "terem".
const AFF = `SET UTF-8
FORBIDDENWORD *
FULLSTRIP
SFX A Y 1
SFX A em mek/B rem
SFX B Y 1
SFX B ek i mek
SFX C Y 1
SFX C rem 0 xrem
SFX D Y 1
SFX D ab cd ab
`;

describe("suffixReach", () => {
  const rules = [...tables(AFF, "1\nx\n").suffixes.values()].flat();
  const keptStart = suffixReach(rules);

  it("counts only rules whose strip and condition fit the entry, and the rule each allows after it", () => {
    expect(keptStart("terem", ["A"], 10)).toBe(3); // "ter" + "mek", then "termi": "ter" kept
    expect(keptStart("terem", ["C"], 10)).toBe(5); // C needs "xrem": it never strips "terem"
    expect(keptStart("terem", [""], 10)).toBe(5);
  });

  it("is exact only up to `enough`", () => {
    expect(keptStart("terem", ["A"], 2)).toBeGreaterThanOrEqual(2);
  });

  it("bounds any two suffixes when the entry's own flags do not decide (prefixes handing out suffix flags)", () => {
    expect(keptStart("terem", null, 10)).toBe(0); // two suffixes of up to three stripped letters each
    expect(keptStart("fellegvár", null, 10)).toBe(3);
  });

  it("may keep nothing with FULLSTRIP", () => {
    expect(keptStart("ab", ["D"], 10)).toBe(0);
  });
});

describe("forbiddenReadings gate", () => {
  it("lets through every word when a forbidden entry's suffix may strip it whole (FULLSTRIP)", () => {
    const mayBeForbidden = forbiddenReadings(tables(AFF, "1\nab/*D\n"));
    expect(mayBeForbidden?.("cd")).toBe(true); // "ab" with D reads as "cd": nothing of "ab" is left
  });

  it("finds the forbidden reading behind a stripped ending, and not where the start differs", () => {
    const mayBeForbidden = forbiddenReadings(tables(AFF, "1\nterem/*A\n"));
    expect(mayBeForbidden?.("termek")).toBe(true);
    expect(mayBeForbidden?.("termi")).toBe(true);
    expect(mayBeForbidden?.("kormi")).toBe(false);
  });
});
