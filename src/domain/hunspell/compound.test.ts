import { describe, expect, it } from "vitest";
import { createAcceptor } from "./accept";
import { AFFIXED_CASES, CASE_AFF, CASE_CASES, CASE_DIC, COMPOUND_AFF, COMPOUND_CASES, COMPOUND_DIC } from "./compound-fixture";
import { createCompoundAcceptor } from "./compound";
import { parseHunspell } from "./parse";

const bytes = (text: string) => new TextEncoder().encode(text);
const accepts = createCompoundAcceptor(parseHunspell(bytes(COMPOUND_AFF), bytes(COMPOUND_DIC)))!;

describe("createCompoundAcceptor", () => {
  it("accepts two-part compounds Hunspell accepts", () => {
    for (const [word, hunspell, why] of COMPOUND_CASES) if (hunspell) expect(accepts(word), `${word}: ${why}`).toBe(true);
  });

  it("refuses what Hunspell refuses: REP confusions, forbidden parts, triples, patterns, duplicates, syllables", () => {
    for (const [word, hunspell, why] of COMPOUND_CASES) if (!hunspell) expect(accepts(word), `${word}: ${why}`).toBe(false);
  });

  it("reads first parts with an affix and COMPOUNDROOT parts with a suffixed second part, leaving to Hunspell what it cannot count", () => {
    for (const [word, , reader, why] of AFFIXED_CASES) expect(accepts(word), `${word}: ${why}`).toBe(reader);
  });

  it("leaves capitals and non-compounds to the caller", () => {
    expect(accepts("Háztető")).toBe(false);
    expect(accepts("ház")).toBe(false);
    expect(accepts("hzx")).toBe(false);
  });

  it("leaves to Hunspell a compound that begins like a dictionary phrase (newer versions refuse 'úticél' for 'úti cél')", () => {
    const withPhrase = createCompoundAcceptor(parseHunspell(bytes(COMPOUND_AFF), bytes(`${COMPOUND_DIC}kert ház\n`)))!;
    expect(withPhrase("kertház")).toBe(false);
    expect(withPhrase("háztető")).toBe(true);
  });

  it("is absent for dictionaries that do not compound by flags", () => {
    expect(createCompoundAcceptor(parseHunspell(bytes("SFX S Y 1\nSFX S 0 s .\n"), bytes("1\ncat/S\n")))).toBeNull();
  });

  it("reads a capitalised compound in lower case unless its first part is KEEPCASE, and words at a dash side by side", () => {
    const reader = createAcceptor(parseHunspell(bytes(CASE_AFF), bytes(CASE_DIC)));
    for (const [word, , expected, why] of CASE_CASES) expect(reader(word), `${word}: ${why}`).toBe(expected);
  });
});
