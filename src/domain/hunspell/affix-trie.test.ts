import { describe, expect, it } from "vitest";
import { affixTrie, somePrefixSplit, someSuffixSplit, suffixChainRoles } from "./affix-trie";
import { parseHunspell } from "./parse";

const bytes = (text: string) => new TextEncoder().encode(text);
const AFF = `SET UTF-8
PFX U Y 1
PFX U 0 un .
PFX E Y 1
PFX E 0 0 .
PFX R Y 1
PFX R 0 re .
SFX S Y 1
SFX S 0 s/N .
SFX N Y 1
SFX N 0 ness .
SFX D Y 1
SFX D 0 ed .
`;
const tables = parseHunspell(bytes(AFF), bytes("1\nkind/USD\n"));

describe("somePrefixSplit", () => {
  const prefixes = affixTrie(tables.prefixes, false, []);
  const starts = (text: string, bounds: { withEmpty: boolean; minRest: number }) => {
    const seen: number[] = [];
    somePrefixSplit(prefixes, text, bounds, (start) => (seen.push(start), false));
    return seen;
  };

  it("visits every prefix end from the shortest, the empty prefix only when asked", () => {
    expect(starts("unkind", { withEmpty: false, minRest: 1 })).toEqual([2]);
    expect(starts("unkind", { withEmpty: true, minRest: 1 })).toEqual([0, 2]);
    expect(starts("rekind", { withEmpty: false, minRest: 0 })).toEqual([2]);
  });

  it("leaves at least minRest characters after the prefix, and stops at the first true", () => {
    expect(starts("un", { withEmpty: false, minRest: 1 })).toEqual([]);
    expect(starts("un", { withEmpty: false, minRest: 0 })).toEqual([2]);
    expect(somePrefixSplit(prefixes, "unkind", { withEmpty: true, minRest: 1 }, (start) => start === 0)).toBe(true);
  });
});

describe("suffixChainRoles", () => {
  it("tells the rules some suffix allows after it (outer) from those that allow one (inner)", () => {
    const roles = suffixChainRoles(tables.suffixes);
    const rule = (flag: string) => [...tables.suffixes.values()].flat().find((r) => r.flag === flag)!;
    expect([roles.isOuter(rule("N")), roles.isInner(rule("N"))]).toEqual([true, false]);
    expect([roles.isOuter(rule("S")), roles.isInner(rule("S"))]).toEqual([false, true]);
    expect([roles.isOuter(rule("D")), roles.isInner(rule("D"))]).toEqual([false, false]);
  });

  it("feeds suffix walks that find both chained suffixes", () => {
    const outer = affixTrie(tables.suffixes, true, [], suffixChainRoles(tables.suffixes).isOuter);
    expect(someSuffixSplit(outer, "kindsness", { minBase: 1, maxBase: 9, minSuffix: 1 }, (end) => end === 5)).toBe(true);
  });
});
