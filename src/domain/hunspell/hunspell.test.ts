import { describe, expect, it } from "vitest";
import { createAcceptor } from "./accept";
import { CROSS_AFF, CROSS_CASES, CROSS_DIC, ORDER_AFF, ORDER_CASES, ORDER_DIC } from "./compound-fixture";
import { parseHunspell } from "./parse";

const bytes = (text: string) => new TextEncoder().encode(text);
const acceptor = (aff: string, dic: string) => createAcceptor(parseHunspell(bytes(aff), bytes(dic)));

const AFF = `SET UTF-8
NEEDAFFIX !
FORBIDDENWORD *
ONLYINCOMPOUND c
KEEPCASE k
ICONV 1
ICONV ’ '
SFX S Y 3
SFX S 0 s [^sy]
SFX S y ies [^aeiou]y
SFX S 0 es s
SFX P N 1
SFX P 0 ness/S .
PFX U Y 1
PFX U 0 un .
PFX R N 1
PFX R 0 re .
`;
const DIC = `9
cat/S
fly/S
happy/PU
kind/UPRS
bound/!S
colour/*
part/c
NASA/k
étoile/S
`;

describe("createAcceptor", () => {
  const accepts = acceptor(AFF, DIC);

  it("accepts stems, suffixes with their conditions and strips, and chained suffixes", () => {
    expect(["cat", "cats", "fly", "flies", "kindness", "kindnesses", "étoiles"].filter((w) => !accepts(w))).toEqual([]);
    expect(accepts("flys")).toBe(false); // condition [^y] refuses
    expect(accepts("happys")).toBe(false); // no S on "happy"
  });

  it("accepts prefixes, and prefix with suffix only when both cross", () => {
    expect(accepts("unhappy")).toBe(true);
    expect(accepts("unkinds")).toBe(true); // U and S both cross
    expect(accepts("rekind")).toBe(true);
    expect(accepts("rekinds")).toBe(false); // R does not cross
    expect(accepts("unkindness")).toBe(false); // P does not cross
  });

  it("leaves to Hunspell what needs more: NEEDAFFIX stems alone, forbidden words, compound-only parts", () => {
    expect(accepts("bound")).toBe(false);
    expect(accepts("bounds")).toBe(true);
    expect(accepts("colour")).toBe(false);
    expect(accepts("part")).toBe(false);
  });

  it("handles case as Hunspell does: a capital at the start, never a lower-cased KEEPCASE word", () => {
    expect(accepts("Cats")).toBe(true);
    expect(accepts("CaTs")).toBe(false);
    expect(accepts("NASA")).toBe(false); // all capitals: left to Hunspell
    expect(accepts("nasa")).toBe(false);
  });

  it("lets a suffix carry the flag of the prefix it combines with ('harlemi' from 'Harlem')", () => {
    const accepts = acceptor(CROSS_AFF, CROSS_DIC);
    for (const [word, hunspell, why] of CROSS_CASES) expect(accepts(word), `${word}: ${why}`).toBe(hunspell);
  });

  it("refuses a word with a reading of a forbidden entry, which Hunspell may find first", () => {
    const accepts = acceptor(ORDER_AFF, ORDER_DIC);
    for (const [word, hunspell, why] of ORDER_CASES) expect(accepts(word), `${word}: ${why}`).toBe(hunspell);
  });

  it("leaves very long words to Hunspell, which refuses 300 bytes and more", () => {
    expect(accepts("cat".repeat(30))).toBe(false);
  });

  it("leaves words with characters Hunspell rewrites (ICONV) or non-letters to Hunspell", () => {
    expect(accepts("cat’s")).toBe(false);
    expect(accepts("cat-s")).toBe(false);
    expect(accepts("cat.")).toBe(false);
    expect(accepts("")).toBe(false);
  });

  it("reads a word at its dash as Hunspell's BREAK does: each side a word of its own", () => {
    expect(accepts("cat-fly")).toBe(true);
    expect(accepts("Cat-flies")).toBe(true);
    expect(accepts("cat-colour")).toBe(false);
    expect(accepts("-cat")).toBe(false);
    expect(accepts("CAT-FLY")).toBe(false);
    expect(accepts(Array(11).fill("cat").join("-"))).toBe(false);
    expect(acceptor(`BREAK 1\nBREAK .\n${AFF}`, DIC)("cat-fly")).toBe(false);
  });
});

describe("parseHunspell", () => {
  it("reads BREAK patterns: Hunspell's default without any, none with BREAK 0", () => {
    expect(parseHunspell(bytes(AFF), bytes(DIC)).breaks).toEqual(["-", "^-", "-$"]);
    expect(parseHunspell(bytes("BREAK 2\nBREAK -\nBREAK -beli$\n"), bytes(DIC)).breaks).toEqual(["-", "-beli$"]);
    expect(parseHunspell(bytes("BREAK 0\n"), bytes(DIC)).breaks).toEqual([]);
  });
});

describe("parseHunspell flag types", () => {
  it("reads FLAG long pairs", () => {
    const accepts = acceptor("FLAG long\nSFX Aa Y 1\nSFX Aa 0 s .\n", "1\ncat/AaBb\n");
    expect(accepts("cats")).toBe(true);
  });
  it("reads FLAG num lists", () => {
    const accepts = acceptor("FLAG num\nSFX 101 Y 1\nSFX 101 0 s .\n", "1\ncat/7,101\n");
    expect(accepts("cats")).toBe(true);
  });
  it("reads AF aliases in the dictionary and in continuation classes", () => {
    const aff = "AF 2\nAF A # 1\nAF B # 2\nSFX A Y 1\nSFX A 0 ság/2 .\nSFX B Y 1\nSFX B 0 ot .\n";
    const accepts = acceptor(aff, "1\nszabad/1\t1\n");
    expect(accepts("szabadság")).toBe(true);
    expect(accepts("szabadságot")).toBe(true);
  });
  it("keeps raw Latin-1 flag bytes apart from UTF-8 words (the LibreOffice hu_HU file)", () => {
    const aff = new Uint8Array([...bytes("SFX "), 0xe9, ...bytes(" Y 1\nSFX "), 0xe9, ...bytes(" 0 ben .\n")]);
    const dic = new Uint8Array([...bytes("1\nváros/"), 0xe9, 0x0a]);
    const accepts = createAcceptor(parseHunspell(aff, dic));
    expect(accepts("városban")).toBe(false);
    expect(accepts("városben")).toBe(true);
  });
});
