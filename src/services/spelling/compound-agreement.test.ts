/**
 * The compound fixture's expectations are Hunspell's own answers: each word runs through the
 * real Hunspell (WebAssembly) with the same .aff/.dic, and the JavaScript reader never accepts
 * a word Hunspell refuses.
 */
import { loadModule } from "hunspell-asm";
import { describe, expect, it } from "vitest";
import { createCompoundAcceptor } from "../../domain/hunspell/compound";
import { createAcceptor } from "../../domain/hunspell/accept";
import { AFFIXED_CASES, CASE_AFF, CASE_CASES, CASE_DIC, COMPOUND_AFF, COMPOUND_CASES, COMPOUND_DIC, CROSS_AFF, CROSS_CASES, CROSS_DIC, ORDER_AFF, ORDER_CASES, ORDER_DIC } from "../../domain/hunspell/compound-fixture";
import { parseHunspell } from "../../domain/hunspell/parse";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("the fixtures against Hunspell", () => {
  for (const [name, aff, dic, cases] of [
    ["a prefix allowed by its suffix", CROSS_AFF, CROSS_DIC, CROSS_CASES],
    ["a forbidden entry read first", ORDER_AFF, ORDER_DIC, ORDER_CASES],
  ] as const) {
    it(`${name}: Hunspell answers as the fixture says`, async () => {
      const factory = await loadModule();
      const hunspell = factory.create(factory.mountBuffer(bytes(aff), `${name}.aff`), factory.mountBuffer(bytes(dic), `${name}.dic`));
      try {
        expect(Object.fromEntries(cases.map(([word]) => [word, hunspell.spell(word)]))).toEqual(Object.fromEntries(cases.map(([word, expected]) => [word, expected])));
      } finally {
        hunspell.dispose();
      }
    });
  }

  it("Hunspell answers each case as the fixture says, and the reader never accepts more", async () => {
    const factory = await loadModule();
    const hunspell = factory.create(factory.mountBuffer(bytes(COMPOUND_AFF), "compound.aff"), factory.mountBuffer(bytes(COMPOUND_DIC), "compound.dic"));
    const accepts = createCompoundAcceptor(parseHunspell(bytes(COMPOUND_AFF), bytes(COMPOUND_DIC)))!;
    try {
      const answers = COMPOUND_CASES.map(([word]) => [word, hunspell.spell(word)]);
      expect(Object.fromEntries(answers)).toEqual(Object.fromEntries(COMPOUND_CASES.map(([word, expected]) => [word, expected])));
      expect(COMPOUND_CASES.filter(([word]) => accepts(word) && !hunspell.spell(word))).toEqual([]);
      expect(Object.fromEntries(AFFIXED_CASES.map(([word]) => [word, hunspell.spell(word)]))).toEqual(Object.fromEntries(AFFIXED_CASES.map(([word, expected]) => [word, expected])));
      expect(AFFIXED_CASES.filter(([word]) => accepts(word) && !hunspell.spell(word))).toEqual([]);
    } finally {
      hunspell.dispose();
    }
  });

  it("capitals and dashes: Hunspell answers as the fixture says, and the reader never accepts more", async () => {
    const factory = await loadModule();
    const hunspell = factory.create(factory.mountBuffer(bytes(CASE_AFF), "case.aff"), factory.mountBuffer(bytes(CASE_DIC), "case.dic"));
    const reader = createAcceptor(parseHunspell(bytes(CASE_AFF), bytes(CASE_DIC)));
    try {
      expect(Object.fromEntries(CASE_CASES.map(([word]) => [word, hunspell.spell(word)]))).toEqual(Object.fromEntries(CASE_CASES.map(([word, expected]) => [word, expected])));
      expect(CASE_CASES.filter(([word]) => reader(word) && !hunspell.spell(word))).toEqual([]);
    } finally {
      hunspell.dispose();
    }
  });
});
