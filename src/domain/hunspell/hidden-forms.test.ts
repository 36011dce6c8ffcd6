import { describe, expect, it } from "vitest";
import { createAcceptor } from "./accept";
import { hiddenCapitalised, HIDDEN, readingsWithHiddenForms } from "./hidden-forms";
import { parseHunspell } from "./parse";

const bytes = (text: string) => new TextEncoder().encode(text);
const AFF = "FORBIDDENWORD !\nSFX S Y 1\nSFX S 0 s .\n";
const DIC = "4\nUNESCO/S\niPhone\ncat/S\nbadcat/!\n";

describe("hiddenCapitalised", () => {
  it("gives the form Hunspell adds for capitals with affixes and mixed case", () => {
    expect(hiddenCapitalised("UNESCO", ["S"])).toBe("Unesco");
    expect(hiddenCapitalised("iPhone", [""])).toBe("Iphone");
    expect(hiddenCapitalised("UNESCO", [""])).toBeNull();
    expect(hiddenCapitalised("Paris", ["S"])).toBeNull();
    expect(hiddenCapitalised("cat", ["S"])).toBeNull();
  });
});

describe("readingsWithHiddenForms", () => {
  const tables = parseHunspell(bytes(AFF), bytes(DIC));

  it("holds every entry and the hidden forms, marked, in one table shared by the readers", () => {
    const readings = readingsWithHiddenForms(tables);
    expect(readings).toBe(readingsWithHiddenForms(tables));
    expect(readings.entries.get("cat")).toEqual(["S"]);
    expect(readings.entries.get("Unesco")).toEqual([`S${HIDDEN}`]);
    expect(readings.entries.get("badcat")).toEqual(["!"]);
    expect(readings.some("Unescos", () => true)).toBe(true);
  });

  it("is read by the accept-only reader without deriving from hidden or forbidden entries", () => {
    const accepts = createAcceptor(tables);
    expect(accepts("cats")).toBe(true);
    expect(accepts("Cats")).toBe(true);
    expect(accepts("Unescos")).toBe(false);
    expect(accepts("badcat")).toBe(false);
    expect(accepts("badcats")).toBe(false);
  });

  it("leaves to Hunspell a word read only through a hidden form, through a prefix too (no later check sees that path)", () => {
    // A lower-casing prefix whose flag the suffix carries: "unescos" reads as "u" + "Unesco" + "s".
    // Hidden forms are Hunspell's to judge (it takes them in some paths only): the reader says "not derived here".
    const withPrefix = parseHunspell(bytes('PFX " Y 1\nPFX " U u U\nSFX S Y 1\nSFX S 0 s/" .\n'), bytes("1\nUNESCO/S\n"));
    expect(readingsWithHiddenForms(withPrefix).some("unescos", () => true)).toBe(true);
    expect(createAcceptor(withPrefix)("unescos")).toBe(false);
  });
});
