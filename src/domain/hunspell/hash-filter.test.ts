import { describe, expect, it } from "vitest";
import { EMPTY_HASH, endingFilter, extendHash, hashFilter, hashText, keyFilter, prefixHashes, spliceStartHash } from "./hash-filter";

describe("hash filter", () => {
  it("hashes a text the same whole, continued or as a prefix", () => {
    const word = "házakban";
    const prefixes = prefixHashes(word, new Int32Array(word.length + 1));
    expect(prefixes[0]).toBe(EMPTY_HASH);
    expect(prefixes[word.length]).toBe(hashText(word));
    expect(hashText("ban", prefixes[5])).toBe(hashText(word));
    expect(hashText(word, EMPTY_HASH, 0, 4)).toBe(prefixes[4]);
    expect(extendHash(hashText("há"), "z".charCodeAt(0))).toBe(hashText("ház"));
  });

  it("hashes the starts of a base followed by another text from the base's prefix hashes", () => {
    // "házakban" read as "házak" + "ban", the outer rule having stripped "at": the inner form "házakat".
    const starts = prefixHashes("házakban", new Int32Array(16));
    for (let at = 0; at <= 7; at++) expect(spliceStartHash(starts, 5, "at", at)).toBe(hashText("házakat".slice(0, at)));
  });

  it("never forgets a string it holds, and turns away most others", () => {
    const held = Array.from({ length: 20_000 }, (_, i) => `szó${i}`);
    const filter = hashFilter(held.length);
    for (const s of held) filter.add(hashText(s));
    expect(held.every((s) => filter.has(hashText(s)))).toBe(true);
    const others = Array.from({ length: 20_000 }, (_, i) => `mot${i}`);
    const maybes = others.filter((s) => filter.has(hashText(s))).length;
    expect(maybes / others.length).toBeLessThan(0.08);
  });

  it("tells surrogate pairs and letters past U+00FF apart", () => {
    const filter = hashFilter(4);
    filter.add(hashText("ő😀"));
    expect(filter.has(hashText("ő😀"))).toBe(true);
    expect(hashText("ő😀")).not.toBe(hashText("ö😀"));
  });
});

describe("keyFilter", () => {
  it("holds every key, asked as a start's hash and the text after it", () => {
    const keys = ["ház", "házak", "kert"];
    const mayBeKey = keyFilter(keys);
    expect(keys.every((k) => mayBeKey(hashText(k.slice(0, 2)), k.slice(2)))).toBe(true);
    expect(mayBeKey(hashText("ház"), "")).toBe(true);
  });
});

describe("endingFilter", () => {
  it("holds every ending of every text, the empty one and the whole text included", () => {
    const mayEnd = endingFilter(["ságokban", "nak", ""]);
    for (const ending of ["", "n", "ban", "okban", "ságokban", "ak", "nak"]) expect(mayEnd(hashText(ending))).toBe(true);
    // An ending read from inside a word: "házakban" from position 5, as the readers hash it.
    expect(mayEnd(hashText("házakban", EMPTY_HASH, 5))).toBe(true);
  });

  it("turns away texts no suffix ends with", () => {
    const mayEnd = endingFilter(["ságokban", "nak"]);
    const others = ["ságokba", "na", "kertben", "házak", "ánaknak", "xyz"];
    expect(others.filter((o) => mayEnd(hashText(o))).length).toBeLessThanOrEqual(1);
  });
});
