import { describe, expect, it } from "vitest";
import { SpellingEngine } from "./engine";

describe("SpellingEngine", () => {
  it("shares one WebAssembly module: engines check side by side, and one's dispose leaves the other working", async () => {
    const first = await new SpellingEngine().init(["fr"]);
    const second = await new SpellingEngine().init(["fr"]);
    expect(first.hunspellSpell("fr", "magasin")).toBe(true);
    expect(second.hunspellSpell("fr", "magaisn")).toBe(false);
    first.dispose();
    first.dispose();
    expect(second.hunspellSpell("fr", "magasin")).toBe(true);
    expect(second.isCorrect("fr", "magasins")).toBe(true);
    second.dispose();
  });

  it("starts a check run's suggestion budget with its first search: a slow check still gets its first suggestions", async () => {
    const engine = await new SpellingEngine().init(["fr"]);
    try {
      const dict = engine.dictionary("fr", 5);
      const until = Date.now() + 20;
      while (Date.now() < until); // the check of a long text on a busy machine
      expect(dict.suggest!("magaisn")[0]).toBe("magasin");
      const spent = Date.now() + 10;
      while (Date.now() < spent);
      expect(dict.suggest!("bouteile")).toEqual([]); // the budget is spent: later flags wait
    } finally {
      engine.dispose();
    }
  });

  it("searches no suggestions for a string longer than real words, where Hunspell would take seconds", async () => {
    const engine = await new SpellingEngine().init(["hu"]);
    try {
      expect(engine.suggest("hu", "kosárlabdaedzőjeként".repeat(3))).toEqual([]);
      expect(engine.suggest("hu", "kormanyzat")[0]).toBe("kormányzat");
    } finally {
      engine.dispose();
    }
  });
  it("isDerived answers from the JavaScript reading alone: a subset of isCorrect, and a cached verdict when there is one", async () => {
    const engine = await new SpellingEngine().init(["en"]);
    try {
      expect(engine.isDerived("en", "determined")).toBe(true);
      expect(engine.isDerived("en", "colour")).toBe(true); // en-GB
      expect(engine.isDerived("en", "determinned")).toBe(false);
      // Hunspell knows "don't"; the JavaScript reading leaves apostrophes to it.
      expect(engine.isDerived("en", "don't")).toBe(false);
      expect(engine.isCorrect("en", "don't")).toBe(true);
      expect(engine.isDerived("en", "don't")).toBe(true);
      // forgetWords empties the verdicts: a first sight again.
      engine.forgetWords();
      expect(engine.isDerived("en", "don't")).toBe(false);
    } finally {
      engine.dispose();
    }
  });
});
