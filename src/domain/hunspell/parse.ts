/**
 * Reads a Hunspell dictionary (.aff affix rules and .dic stems) into plain JavaScript tables,
 * so the common case, a word the dictionary derives with at most two suffixes and a prefix,
 * is answered without a call into the WebAssembly Hunspell (see accept.ts).
 *
 * Flags are bytes in Hunspell's default mode even when the words are UTF-8 (the LibreOffice
 * hu_HU file uses raw Latin-1 flag bytes), so files are read byte by byte: flag fields stay
 * bytes, word fields are decoded as UTF-8. Every flag, whatever the FLAG type (byte, `long`
 * pairs, `num` lists, `UTF-8` characters), becomes one character of a flag string here.
 */

export type AffixRule = {
  /** the rule's flag, one flag character */
  flag: string;
  /** may combine with an affix of the other kind (prefix with suffix) */
  cross: boolean;
  strip: string;
  add: string;
  /** continuation flags: affixes that may follow this one, and NEEDAFFIX/CIRCUMFIX marks */
  cont: string;
  /** the condition on the stem, one character class per position, null for "." */
  condition: Array<{ negated: boolean; chars: string } | null>;
};

export type HunspellTables = {
  /** stem -> the flag strings of its homonyms */
  stems: Map<string, string[]>;
  suffixes: Map<string, AffixRule[]>;
  prefixes: Map<string, AffixRule[]>;
  maxSuffixAdd: number;
  maxPrefixAdd: number;
  fullStrip: boolean;
  special: { needAffix?: string; onlyInCompound?: string; forbidden?: string; circumfix?: string; keepCase?: string; substandard?: string };
  /** what ICONV or IGNORE would rewrite: words containing one of these are left to Hunspell */
  rewritten: Set<string>;
  /** BREAK patterns ("-", "^-", "-$" when the file names none, as in Hunspell) */
  breaks: string[];
  /** COMPLEXPREFIXES: two prefixes may stand before a stem (refute.ts does not read them) */
  complexPrefixes: boolean;
  compound: CompoundSettings;
};

/** The compounding options of the .aff file (see compound.ts); flags are flag characters. */
export type CompoundSettings = {
  flag?: string;
  begin?: string;
  middle?: string;
  end?: string;
  /** a stem that is itself a compound: it counts as two words */
  root?: string;
  /** on an affix: the word it makes may not be part of a compound */
  forbid?: string;
  /** on an affix: it may stand inside a compound */
  permit?: string;
  forceUpperCase?: string;
  /** shortest part, in characters (COMPOUNDMIN, 3 by default) */
  min: number;
  wordMax?: number;
  checkDup: boolean;
  checkTriple: boolean;
  checkCase: boolean;
  checkRep: boolean;
  simplifiedTriple: boolean;
  moreSuffixes: boolean;
  /** CHECKCOMPOUNDPATTERN: a first part ending in `end` before a second part starting with `begin` */
  patterns: Array<{ end: string; begin: string; withFlagsOrReplacement: boolean }>;
  /** REP pairs, "_" read as a space; anchors (^, $) kept in the pattern */
  replacements: Array<{ from: string; to: string }>;
  /** COMPOUNDSYLLABLE: the most syllables a compound of more than COMPOUNDWORDMAX words may have, and the vowels */
  maxSyllables?: number;
  syllableVowels?: string;
  /** LANG: Hunspell applies its Hungarian compounding conventions for "hu" */
  lang?: string;
  /** the flags COMPOUNDRULE patterns name ("" without COMPOUNDRULE) */
  ruleFlags: string;
};

const utf8 = new TextDecoder("utf-8");
const utf8Encoder = new TextEncoder();

/** One string character per byte (a "binary" string), decoded in chunks. */
function bytesToBinary(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000) as unknown as number[]);
  return out;
}
/** A flag field read from UTF-8 text, back to its bytes (flags are bytes in the default mode). */
const NON_ASCII = /[^\x00-\x7f]/;
const utf8ToBinary = (s: string) => (NON_ASCII.test(s) ? bytesToBinary(utf8Encoder.encode(s)) : s);
const binaryToUtf8 = (s: string) => (/[\x80-\xff]/.test(s) ? utf8.decode(Uint8Array.from(s, (c) => c.charCodeAt(0))) : s);

/**
 * A file's lines twice: decoded as UTF-8 (for words) and byte by byte (for flags). The two agree
 * line by line and field by field, as ASCII spaces and newlines are never inside a UTF-8 sequence.
 */
function twoReadings(bytes: Uint8Array): { text: string[]; raw: () => string[] } {
  let raw: string[] | undefined;
  return { text: utf8.decode(bytes).split(/\r?\n/), raw: () => (raw ??= bytesToBinary(bytes).split(/\r?\n/)) };
}

type FlagMode = "byte" | "long" | "num" | "utf8";

/** Turns flag fields into flag strings, one private character per distinct long/num flag. */
class FlagReader {
  private readonly interned = new Map<string, string>();
  /** dictionaries repeat the same flag fields thousands of times */
  private readonly seen = new Map<string, string>();
  aliases: string[] = [];
  constructor(readonly mode: FlagMode) {}

  private intern(flag: string): string {
    let c = this.interned.get(flag);
    if (c === undefined) this.interned.set(flag, (c = String.fromCharCode(0xe000 + this.interned.size)));
    return c;
  }

  /** A flag field as written (binary string); with AF aliases, a number names a flag set. */
  read(field: string, aliasesAllowed = true): string {
    if (aliasesAllowed && this.aliases.length > 0 && /^\d+$/.test(field)) return this.aliases[Number(field) - 1] ?? "";
    let flags = this.seen.get(field);
    if (flags === undefined) this.seen.set(field, (flags = this.decode(field)));
    return flags;
  }

  private decode(field: string): string {
    switch (this.mode) {
      case "byte":
        return field;
      case "utf8":
        return binaryToUtf8(field);
      case "long":
        return Array.from({ length: field.length >> 1 }, (_, i) => this.intern(field.slice(2 * i, 2 * i + 2))).join("");
      case "num":
        return field.split(",").filter(Boolean).map((n) => this.intern(n)).join("");
    }
  }
}

function parseCondition(text: string): AffixRule["condition"] {
  const out: AffixRule["condition"] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === ".") out.push(null);
    else if (text[i] === "[") {
      const end = text.indexOf("]", i);
      const negated = text[i + 1] === "^";
      out.push({ negated, chars: text.slice(i + (negated ? 2 : 1), end < 0 ? text.length : end) });
      i = end < 0 ? text.length : end;
    } else out.push({ negated: false, chars: text[i]! });
  }
  return out;
}

/** Splits a line on spaces and tabs, without empty fields. */
const fields = (line: string) => line.split(/[ \t]+/).filter(Boolean);

/**
 * @example
 * const tables = parseHunspell(readFileSync("en.aff"), readFileSync("en.dic"));
 * tables.stems.get("determine") // ["AGDS"]
 */
export function parseHunspell(aff: Uint8Array, dic: Uint8Array): HunspellTables {
  const affLines = twoReadings(aff);
  const lines = affLines.raw();
  const modeLine = lines.find((l) => l.startsWith("FLAG "));
  const mode: FlagMode = modeLine ? (({ long: "long", num: "num", "UTF-8": "utf8" }) as Record<string, FlagMode>)[fields(modeLine)[1] ?? ""] ?? "byte" : "byte";
  const flags = new FlagReader(mode);
  const compound: CompoundSettings = { min: 3, checkDup: false, checkTriple: false, checkCase: false, checkRep: false, simplifiedTriple: false, moreSuffixes: false, patterns: [], replacements: [], ruleFlags: "" };
  const tables: HunspellTables = { stems: new Map(), suffixes: new Map(), prefixes: new Map(), maxSuffixAdd: 0, maxPrefixAdd: 0, fullStrip: false, special: {}, rewritten: new Set(), breaks: [], complexPrefixes: false, compound };
  // The first COMPOUNDRULE line gives the count, each later one a pattern of flags.
  let ruleCountSeen = false;
  // The first BREAK line gives the count, each later one a pattern.
  let breaks: string[] | undefined;
  const headers = new Map<string, boolean>();
  let aliasCountSeen = false;
  const compoundFlagNames = { COMPOUNDFLAG: "flag", COMPOUNDBEGIN: "begin", COMPOUNDFIRST: "begin", COMPOUNDMIDDLE: "middle", COMPOUNDEND: "end", COMPOUNDLAST: "end", COMPOUNDROOT: "root", COMPOUNDFORBIDFLAG: "forbid", COMPOUNDPERMITFLAG: "permit", FORCEUCASE: "forceUpperCase" } as const;
  const compoundSwitches = { CHECKCOMPOUNDDUP: "checkDup", CHECKCOMPOUNDTRIPLE: "checkTriple", CHECKCOMPOUNDCASE: "checkCase", CHECKCOMPOUNDREP: "checkRep", SIMPLIFIEDTRIPLE: "simplifiedTriple", COMPOUNDMORESUFFIXES: "moreSuffixes" } as const;
  const specialNames = { NEEDAFFIX: "needAffix", PSEUDOROOT: "needAffix", ONLYINCOMPOUND: "onlyInCompound", FORBIDDENWORD: "forbidden", CIRCUMFIX: "circumfix", KEEPCASE: "keepCase", SUBSTANDARD: "substandard" } as const;
  for (let i = 0; i < lines.length; i++) {
    const f = fields(lines[i]!.replace(/^\xEF\xBB\xBF/, ""));
    const key = f[0];
    if (!key || key.startsWith("#")) continue;
    /** The n-th field as UTF-8 text: strings, conditions and patterns are words, not flags. */
    let textFields: string[] | undefined;
    const word = (n: number) => (textFields ??= fields(affLines.text[i]!))[n] ?? "";
    if (key === "AF" && f[1]) {
      // The first AF line gives the count; each later one a flag set, named by its position.
      if (aliasCountSeen) flags.aliases.push(flags.read(f[1], false));
      aliasCountSeen = true;
    } else if (key === "FULLSTRIP") tables.fullStrip = true;
    else if (key === "COMPLEXPREFIXES") tables.complexPrefixes = true;
    else if (key === "COMPOUNDRULE" && f[1]) {
      // A pattern names flags one character each, or in parentheses for long and numeric flags.
      if (ruleCountSeen) for (const token of f[1].includes("(") ? [...f[1].matchAll(/\(([^)]*)\)/g)].map((m) => m[1]!) : [...f[1].replace(/[*?]/g, "")]) compound.ruleFlags += flags.read(token, false);
      ruleCountSeen = true;
    }
    else if (key in specialNames && f[1]) tables.special[specialNames[key as keyof typeof specialNames]] = flags.read(f[1], false);
    else if (key in compoundFlagNames && f[1]) compound[compoundFlagNames[key as keyof typeof compoundFlagNames]] = flags.read(f[1], false);
    else if (key in compoundSwitches) compound[compoundSwitches[key as keyof typeof compoundSwitches]] = true;
    else if (key === "COMPOUNDMIN" && f[1]) compound.min = Math.max(1, Number(f[1]) || 1);
    else if (key === "COMPOUNDWORDMAX" && f[1]) compound.wordMax = Number(f[1]);
    else if (key === "COMPOUNDSYLLABLE" && f[2]) [compound.maxSyllables, compound.syllableVowels] = [Number(f[1]), word(2)];
    else if (key === "LANG" && f[1]) compound.lang = f[1];
    else if (key === "REP" && f.length >= 3) compound.replacements.push({ from: word(1).replace(/_/g, " "), to: word(2).replace(/_/g, " ") });
    else if (key === "CHECKCOMPOUNDPATTERN" && f.length >= 3) {
      const [end, begin] = [word(1), word(2)];
      compound.patterns.push({ end: end.split("/")[0]!, begin: begin.split("/")[0]!, withFlagsOrReplacement: end.includes("/") || begin.includes("/") || f.length > 3 || end.startsWith("0") });
    } else if (key === "BREAK" && f[1]) {
      if (breaks) breaks.push(word(1));
      else breaks = [];
    } else if (key === "ICONV" && f.length >= 3) tables.rewritten.add(word(1));
    else if (key === "IGNORE" && f[1]) for (const c of word(1)) tables.rewritten.add(c);
    else if ((key === "SFX" || key === "PFX") && f.length >= 4) {
      const flag = flags.read(f[1]!, false);
      if (f.length === 4 && /^[YN]$/.test(f[2]!) && !headers.has(key + flag)) {
        headers.set(key + flag, f[2] === "Y");
        continue;
      }
      const contField = f[3]!.split("/")[1] ?? "";
      const addField = word(3).split("/")[0]!;
      const rule: AffixRule = {
        flag,
        cross: headers.get(key + flag) ?? false,
        strip: f[2] === "0" ? "" : word(2),
        add: addField === "0" ? "" : addField,
        cont: contField ? flags.read(contField) : "",
        condition: parseCondition(word(4) || "."),
      };
      const index = key === "SFX" ? tables.suffixes : tables.prefixes;
      const same = index.get(rule.add);
      if (same) same.push(rule);
      else index.set(rule.add, [rule]);
      if (key === "SFX") tables.maxSuffixAdd = Math.max(tables.maxSuffixAdd, rule.add.length);
      else tables.maxPrefixAdd = Math.max(tables.maxPrefixAdd, rule.add.length);
    }
  }
  tables.breaks = breaks ?? ["-", "^-", "-$"];
  readStems(twoReadings(dic), flags, tables.stems);
  return tables;
}

function readStems(dic: ReturnType<typeof twoReadings>, flags: FlagReader, stems: Map<string, string[]>): void {
  const lines = dic.text;
  for (let i = 1; i < lines.length; i++) {
    // "word/flags<TAB>morphology": a slash escaped as "\/" belongs to the word.
    const line = lines[i]!;
    const tab = line.indexOf("\t");
    const entry = (tab < 0 ? line : line.slice(0, tab)).trim();
    if (!entry) continue;
    let slash = entry.indexOf("/");
    while (slash > 0 && entry[slash - 1] === "\\") slash = entry.indexOf("/", slash + 1);
    // Without flags the word runs to the first morphological field (" po:noun"); phrases keep
    // their spaces ("üzem közben"), as in Hunspell.
    const rawWord = slash < 0 ? entry.replace(/[ \t]+\S\S:.*$/, "") : entry.slice(0, slash);
    const unescaped = rawWord.includes("\\") ? rawWord.replace(/\\\//g, "/") : rawWord;
    const word = NON_ASCII.test(unescaped) ? unescaped.normalize("NFC") : unescaped;
    let flagField = slash < 0 ? "" : entry.slice(slash + 1).split(" ")[0]!;
    // Flag bytes that are not UTF-8 (U+FFFD here) are read from the byte reading of the line.
    if (flagField.includes("\uFFFD")) {
      const raw = dic.raw()[i]!.split("\t")[0]!.trim();
      flagField = raw.slice(raw.lastIndexOf("/") + 1).split(" ")[0]!;
    } else flagField = utf8ToBinary(flagField);
    const flagString = flags.read(flagField);
    const list = stems.get(word);
    if (list) list.push(flagString);
    else stems.set(word, [flagString]);
  }
}
