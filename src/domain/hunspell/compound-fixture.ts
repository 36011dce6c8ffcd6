/**
 * Small Hungarian-style dictionaries with the cases that show one Hunspell rule each: solid
 * compounds, and a prefix allowed by the suffix it comes with. Shared by the unit tests of the
 * JavaScript reader and the test that runs the same words through Hunspell itself
 * (services/spelling/compound-agreement.test.ts), so each expectation is Hunspell's own answer.
 */
export const COMPOUND_AFF = `SET UTF-8
LANG hu_HU
COMPOUNDFLAG Y
COMPOUNDBEGIN v
COMPOUNDEND x
COMPOUNDMIN 2
COMPOUNDWORDMAX 2
COMPOUNDSYLLABLE 6 aáeéiíoóöőuúüű
COMPOUNDROOT y
COMPOUNDFORBIDFLAG %
NEEDAFFIX u
FORBIDDENWORD w
CHECKCOMPOUNDDUP
CHECKCOMPOUNDTRIPLE
CHECKCOMPOUNDCASE
CHECKCOMPOUNDREP
CHECKCOMPOUNDPATTERN 1
CHECKCOMPOUNDPATTERN ggy gy
REP 2
REP á a
REP é e
SFX S Y 1
SFX S 0 k .
SFX F Y 1
SFX F 0 ság/% .
COMPOUNDPERMITFLAG @
SYLLABLENUM c
SFX D Y 1
SFX D 0 ó/Y@ .
SFX E Y 1
SFX E 0 ás/Y .
SFX T Y 1
SFX T 0 nak .
SFX c Y 1
SFX c 0 ka .
PFX P Y 1
PFX P 0 be/@ .
PFX Q Y 1
PFX Q 0 abba/@ .
`;

export const COMPOUND_DIC = `25
ház/YSF
tető/YS
kert/YS
hajó/YSF
kár/Y
karhajó
há/Y
zkert/Yw
kiss/Y
só/Y
meggy/Y
gyár/Y
kórház/Yy
épületegyüttes/Y
zöld/Yu
alma/v
fa/x
körte/x
fut/DE
vár/Yy
bababababa/YST
baba/YcST
lak/YPQ
`;

/** Words with what Hunspell answers (checked by compound-agreement.test.ts) and why. */
export const COMPOUND_CASES: Array<[word: string, hunspell: boolean, why: string]> = [
  ["háztető", true, "two entries that compound"],
  ["háztetők", true, "the second part with a suffix"],
  ["almafa", true, "COMPOUNDBEGIN then COMPOUNDEND"],
  ["faalma", false, "COMPOUNDEND first"],
  ["kárhajó", false, "CHECKCOMPOUNDREP: 'karhajó' is a word"],
  ["házkert", false, "at the split 'há|zkert' the second part is forbidden, and Hunspell gives up"],
  ["kisshajó", true, "a double letter before the seam is not a triple"],
  ["kisssó", false, "CHECKCOMPOUNDTRIPLE"],
  ["meggygyár", false, "CHECKCOMPOUNDPATTERN ggy|gy"],
  ["házház", false, "CHECKCOMPOUNDDUP"],
  ["kórházhajó", true, "a COMPOUNDROOT part: 2 + 2 syllables"],
  ["kórházépületegyüttes", false, "a COMPOUNDROOT part: 2 + 6 syllables, over COMPOUNDSYLLABLE"],
  ["háztetőság", false, "a suffix with COMPOUNDFORBIDFLAG on the last part"],
  ["zöldház", false, "a NEEDAFFIX entry alone as a part"],
  ["hajóház", true, "two entries that compound"],
];

/**
 * Compounds whose first part has an affix, or whose COMPOUNDROOT part meets a second part with
 * a suffix: Hunspell's answer and the reader's, which leaves to Hunspell what it cannot be sure
 * of. The syllable cases pin how the Hunspell in hunspell-asm counts: the first part as written
 * plus the second part as written, less the syllables of a suffix without continuation flags,
 * plus two after a suffix of flag "c" (SYLLABLENUM).
 */
export const AFFIXED_CASES: Array<[word: string, hunspell: boolean, reader: boolean, why: string]> = [
  ["futóház", true, true, "a first part with a suffix that allows compounding (COMPOUNDPERMITFLAG)"],
  ["futótetők", true, true, "the same, the second part with a suffix"],
  ["futásház", false, false, "a first part with a suffix that does not allow compounding"],
  ["belaktető", true, true, "a first part with a one-syllable prefix"],
  ["abbalaktető", true, false, "a prefix of two syllables counts as a word in Hungarian: left to Hunspell"],
  ["várbababababa", true, true, "a COMPOUNDROOT part: 1 + 5 syllables"],
  ["várbababababak", true, true, "a COMPOUNDROOT part and a second part with a suffix: 1 + 5 syllables"],
  ["kórházbababababa", false, false, "a COMPOUNDROOT part: 2 + 5 syllables"],
  ["várbababababanak", true, true, "1 + 6 syllables, less the suffix's own (its rule has no continuation flags)"],
  ["kórházbabaka", true, true, "2 + 3 syllables, +2 for a suffix of flag c, less its own"],
  ["kórházbababababanak", false, false, "2 + 6 syllables, less the suffix's own"],
  ["várbabaka", true, true, "1 + 3 syllables, +2 for a suffix of flag c"],
];

/**
 * The compound dictionary with a KEEPCASE part and a forbidden dashed entry: a sentence's first
 * word ("Háztető") and words Hunspell reads at a dash (BREAK, "-" by default).
 */
export const CASE_AFF = `${COMPOUND_AFF}KEEPCASE k\n`;
export const CASE_DIC = `${COMPOUND_DIC.replace(/^\d+/, (n) => String(Number(n) + 2))}rádió/Yk\nkert-ház/w\n`;
/** Words with Hunspell's answer and the JavaScript reader's (which may leave a word to Hunspell). */
export const CASE_CASES: Array<[word: string, hunspell: boolean, reader: boolean, why: string]> = [
  ["Háztető", true, true, "a compound capitalised: read in lower case"],
  ["Háztetők", true, true, "the same with a suffix"],
  ["Rádióház", false, false, "capitalised, and the first part is KEEPCASE"],
  ["Házrádió", true, true, "a KEEPCASE last part does not count: Hunspell returns the first part's entry"],
  ["Faalma", false, false, "COMPOUNDEND first, capitalised"],
  ["ház-kert", true, true, "both sides of the dash are words"],
  ["Ház-Kert", true, true, "each side spelled with its own capital"],
  ["ház-kert-hajó", true, true, "the second side is read at its own dash"],
  ["háztető-kert", true, true, "a compound on one side"],
  ["ház-zkert", false, false, "a forbidden side"],
  ["kárhajó-ház", false, false, "a side Hunspell refuses (CHECKCOMPOUNDREP)"],
  ["kert-ház", true, false, "a forbidden entry whole: this Hunspell reads it at the dash, others do not"],
  ["HÁZ-KERT", true, false, "all capitals: left to Hunspell"],
  ["ház--kert", true, false, "two dashes in a row: left to Hunspell"],
];

/**
 * The Hungarian way to make an adjective of a name: a prefix that lower-cases, allowed by the
 * suffix that comes with it, also through two suffixes (the outer one may allow the prefix).
 */
export const CROSS_AFF = `SET UTF-8
PFX L Y 1
PFX L H h H
SFX I Y 1
SFX I 0 i/L .
SFX O Y 1
SFX O 0 ok .
SFX A Y 1
SFX A 0 e/NM .
SFX B Y 1
SFX B 0 i/NL .
SFX N Y 1
SFX N 0 nak .
SFX M Y 1
SFX M 0 ban/L .
`;
export const CROSS_DIC = "1\nHarlem/IOAB\n";
export const CROSS_CASES: Array<[word: string, hunspell: boolean, why: string]> = [
  ["harlemi", true, "the lower-casing prefix, allowed by the -i suffix"],
  ["Harlemi", true, "the suffix alone"],
  ["harlem", false, "the prefix alone: 'Harlem' has no L"],
  ["harlemok", false, "-ok does not allow the prefix"],
  ["Harlemenak", true, "two suffixes, the inner one allowing the outer one"],
  ["harleminak", true, "prefix and two suffixes: the inner one allows the prefix"],
  ["harlemenak", false, "prefix and two suffixes: neither the entry nor the inner -e allows the prefix"],
  ["harlemeban", true, "prefix and two suffixes: the outer -ban allows the prefix"],
];

/**
 * Hunspell's order of readings: "meg" + forbidden "teremünk" is found before "meg" + "terem" +
 * "ünk", so Hunspell refuses the word although the second reading is fine.
 */
export const ORDER_AFF = "SET UTF-8\nFORBIDDENWORD w\nPFX M Y 1\nPFX M 0 meg .\nSFX U Y 1\nSFX U 0 ünk .\nSFX E Y 1\nSFX E 0 ek .\n";
export const ORDER_DIC = "3\nterem/MUE\nteremünk/wM\nlát/MUE\n";
export const ORDER_CASES: Array<[word: string, hunspell: boolean, why: string]> = [
  ["megteremünk", false, "the prefix with the forbidden entry comes first"],
  ["teremünk", false, "the forbidden entry itself"],
  ["megterem", true, "the prefix"],
  ["megteremek", true, "prefix and suffix, no forbidden reading"],
  ["meglátunk", false, "no such suffix: -unk"],
  ["meglátünk", true, "prefix and suffix on another entry"],
];
