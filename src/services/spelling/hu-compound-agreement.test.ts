/**
 * Hungarian compounds made from the dictionary itself, not from any text: first parts that are
 * entries, COMPOUNDROOT entries, entries with a suffix that allows compounding or with a prefix;
 * second parts that are entries or entries with a suffix; then each compound capitalised and
 * with one long vowel swapped for its short one (and back), as typos do. The JavaScript reader
 * must refuse every one Hunspell refuses, and it should answer most of the rest itself.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { endMatches, startMatches } from "../../domain/hunspell/affix-trie";
import { parseHunspell, type HunspellTables } from "../../domain/hunspell/parse";
import { agreement } from "../../../test/support/agreement";
import { acceptor, SpellingEngine } from "./engine";

let engine: SpellingEngine;
beforeAll(async () => {
  engine = await new SpellingEngine().init(["hu"]);
});
afterAll(() => engine.dispose());

/** A seeded generator (mulberry32): the same words on every run. */
function seeded(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const SWAPS: Record<string, string> = { á: "a", a: "á", é: "e", e: "é", ó: "o", o: "ó", ő: "ö", ö: "ő", ú: "u", u: "ú", ű: "ü", ü: "ű", í: "i", i: "í" };

function generatedCompounds(tables: HunspellTables, count: number): string[] {
  const random = seeded(20261127);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
  const { flag, root, permit } = tables.compound;
  const { needAffix, forbidden } = tables.special;
  const suffixRules = [...tables.suffixes.values()].flat();
  const prefixRules = [...tables.prefixes.values()].flat();
  const compounding = [...tables.stems].filter(([word, homonyms]) => /^\p{Ll}{2,}$/u.test(word) && homonyms.some((f) => f.includes(flag!) && !f.includes(needAffix!) && !f.includes(forbidden!)));
  const roots = compounding.filter(([, homonyms]) => homonyms.some((f) => f.includes(root!)));
  const withSuffix = (word: string, flags: string, keep: (cont: string) => boolean) =>
    suffixRules.filter((r) => flags.includes(r.flag) && keep(r.cont) && word.endsWith(r.strip) && endMatches(r.condition, word)).map((r) => word.slice(0, word.length - r.strip.length) + r.add);
  const withPrefix = (word: string, flags: string) => prefixRules.filter((r) => flags.includes(r.flag) && word.startsWith(r.strip) && startMatches(r.condition, word)).map((r) => r.add + word.slice(r.strip.length));
  const part = (first: boolean): string => {
    for (;;) {
      const [word, homonyms] = pick(random() < 0.3 ? roots : compounding);
      const flags = pick(homonyms);
      const kind = random();
      const forms = first ? (kind < 0.4 ? withSuffix(word, flags, (cont) => cont.includes(permit!)) : kind < 0.7 ? withPrefix(word, flags) : [word]) : kind < 0.6 ? withSuffix(word, flags, () => true) : [word];
      if (forms.length > 0) return pick(forms);
    }
  };
  const words = new Set<string>();
  while (words.size < count) {
    const word = part(true) + part(false);
    words.add(word);
    if (random() < 0.3) words.add(word[0]!.toUpperCase() + word.slice(1));
    const at = Math.floor(random() * word.length);
    if (SWAPS[word[at]!]) words.add(word.slice(0, at) + SWAPS[word[at]!] + word.slice(at + 1));
  }
  return [...words];
}

describe("Hungarian compounds made from the dictionary", () => {
  it("the reader accepts none that Hunspell refuses, and most that it accepts", () => {
    const dir = join(import.meta.dirname, "dictionaries/hu_HU");
    const words = generatedCompounds(parseHunspell(readFileSync(join(dir, "hu_HU.aff")), readFileSync(join(dir, "hu_HU.dic"))), 5000);
    const accepted = agreement(words, acceptor("hu"), (word) => engine.hunspellSpell("hu", word));
    expect(accepted.wrong).toEqual([]);
    expect(accepted.theirs).toBeGreaterThan(1000);
    expect(accepted.ours / accepted.theirs).toBeGreaterThan(0.6);
  }, 120_000);
});
