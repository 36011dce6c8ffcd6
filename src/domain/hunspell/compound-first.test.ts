import { describe, expect, it } from "vitest";
import { COMPOUND_AFF, COMPOUND_DIC } from "./compound-fixture";
import { firstPartReader } from "./compound-first";
import { prefixHashes } from "./hash-filter";
import { readingsWithHiddenForms } from "./hidden-forms";
import { parseHunspell } from "./parse";

const bytes = (text: string) => new TextEncoder().encode(text);
const tables = parseHunspell(bytes(COMPOUND_AFF), bytes(COMPOUND_DIC));
const syllables = (text: string) => [...text].filter((ch) => "aáeéiíoóöőuúüű".includes(ch)).length;
const reader = firstPartReader(tables, readingsWithHiddenForms(tables), syllables)!;
const stemsOf = (first: string) => reader.stems(first, prefixHashes(first, new Int32Array(64)), reader.prefixEnds(first)[first.length] === 1);

describe("firstPartReader", () => {
  it("reads a first part with a suffix that allows compounding, or with a one-syllable prefix", () => {
    expect(stemsOf("futó")).toEqual(["fut"]);
    expect(stemsOf("belak")).toEqual(["lak"]);
  });

  it("leaves what Hunspell might read otherwise: a suffix without COMPOUNDPERMITFLAG, a two-syllable prefix, no reading", () => {
    expect(stemsOf("futás")).toBeNull();
    expect(stemsOf("abbalak")).toBeNull();
    expect(stemsOf("xyz")).toBeNull();
  });

  it("filters seams before a part is cut: where a prefix and an entry may end, or a permitted suffix", () => {
    const word = "belaktető";
    const ends = reader.prefixEnds(word);
    expect(reader.mayEndAt(word, 5, ends)).toBe(true);
    expect(reader.mayEndAt("futóház", 4, reader.prefixEnds("futóház"))).toBe(true);
  });

  it("is absent for dictionaries without COMPOUNDPERMITFLAG", () => {
    const plain = parseHunspell(bytes("SFX S Y 1\nSFX S 0 s .\n"), bytes("1\ncat/S\n"));
    expect(firstPartReader(plain, readingsWithHiddenForms(plain), syllables)).toBeNull();
  });
});
