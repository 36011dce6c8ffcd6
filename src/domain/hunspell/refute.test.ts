import { describe, expect, it } from "vitest";
import { COMPOUND_AFF, COMPOUND_DIC } from "./compound-fixture";
import { parseHunspell } from "./parse";
import { createRefuter } from "./refute";

const bytes = (text: string) => new TextEncoder().encode(text);
const AFF = "SET UTF-8\nPFX U Y 1\nPFX U 0 un .\nSFX S Y 1\nSFX S 0 s .\nCOMPOUNDMIN 1\nONLYINCOMPOUND c\nCOMPOUNDRULE 1\nCOMPOUNDRULE n*1t\n";
const refutes = createRefuter(parseHunspell(bytes(AFF), bytes("5\ncat/SU\nParis\nNASA/S\n1/n1\n1th/tc\n")))!;

describe("createRefuter", () => {
  it("refutes a word no entry reads in, as written or in lower case", () => {
    expect(refutes("dogs")).toBe(true);
    expect(refutes("Wangfujing")).toBe(true);
    expect(refutes("catz")).toBe(true);
  });

  it("never refutes a word that reads with affixes, capitalised, or as a hidden capitalised form", () => {
    for (const word of ["cats", "uncat", "Cats", "Uncats", "Paris", "Nasa", "Nasas"]) expect(refutes(word), word).toBe(false);
  });

  it("leaves to Hunspell what it tries other forms of: capitals, mixed case, dashes, Turkish letters", () => {
    for (const word of ["DOGZ", "DoGz", "dog-z", "ıdog", "straße"]) expect(refutes(word), word).toBe(false);
  });

  it("is absent for dictionaries that compound, or whose COMPOUNDRULE takes entries of letters", () => {
    expect(createRefuter(parseHunspell(bytes(COMPOUND_AFF), bytes(COMPOUND_DIC)))).toBeNull();
    expect(createRefuter(parseHunspell(bytes(AFF), bytes("2\ncat/S\nth/t\n")))).toBeNull();
    expect(createRefuter(parseHunspell(bytes(`${AFF}COMPLEXPREFIXES\n`), bytes("1\ncat/S\n")))).toBeNull();
  });
});
