import { describe, expect, it } from "vitest";
import type { Lang } from "../languages";
import { buildTermIndex, recognizeTerms, type TermEntry } from "./index";

let id = 0;
function t(lang: Lang | "de", text: string, extra: Partial<TermEntry> = {}): TermEntry {
  id++;
  return { termId: id, conceptId: extra.conceptId ?? id, lang, text, status: "preferred", ...extra };
}

const index = buildTermIndex([
  t("fr", "jumeau numérique"),
  t("fr", "développement durable"),
  t("fr", "UNESCO", { type: "acronym" }),
  t("fr", "Réseau des villes créatives de l'UNESCO"),
  t("fr", "ville créative"),
  t("fr", "innovation"),
  t("fr", "gestion de l'eau"),
  t("fr", "art"),
  t("fr", "patrimoine culturel"),
  t("en", "digital twin"),
  t("en", "policy"),
  t("en", "capacity building"),
  t("hu", "fenntartható fejlődés"),
  t("hu", "kulturális örökség"),
  t("hu", "UNESCO Kreatív Városok Hálózata"),
  t("hu", "UNESCO", { type: "acronym" }),
  t("hu", "ház"),
  t("hu", "tér"),
  t("hu", "kultúra"),
  t("zh", "文化"),
  t("zh", "文化遗产"),
  t("zh", "可持续发展"),
  t("zh", "发展"),
  t("zh", "UNESCO"),
]);

const matched = (lang: Lang, text: string) => recognizeTerms(index, lang, text).map((h) => h.matched);

describe("French", () => {
  it("matches plurals and feminine forms", () => {
    expect(matched("fr", "des systèmes de jumeaux numériques")).toEqual(["jumeaux numériques"]);
    expect(matched("fr", "le développement de villes créatives")).toEqual(["villes créatives"]);
    expect(matched("fr", "protection des patrimoines culturels")).toEqual(["patrimoines culturels"]);
  });
  it("strips elisions and folds apostrophes and spaces", () => {
    expect(matched("fr", "l'UNESCO et d'innovation")).toEqual(["UNESCO", "innovation"]);
    expect(matched("fr", "la gestion de l’eau")).toEqual(["gestion de l’eau"]);
    expect(matched("fr", "le développement\u00a0durable")).toEqual(["développement\u00a0durable"]);
  });
  it("prefers the longest term and gives exact offsets", () => {
    const text = "du Réseau des villes créatives de l’UNESCO, qu'il dirige";
    const hits = recognizeTerms(index, "fr", text);
    expect(hits.map((h) => h.term)).toEqual(["Réseau des villes créatives de l'UNESCO"]);
    expect(text.slice(hits[0]!.start, hits[0]!.end)).toBe("Réseau des villes créatives de l’UNESCO");
  });
  it("names one hit per concept when two of its variants match the same words", () => {
    const variants = buildTermIndex([
      { termId: 1, conceptId: 7, lang: "fr", text: "UNESCO", status: "preferred", type: "acronym" },
      { termId: 2, conceptId: 7, lang: "fr", text: "Unesco", status: "admitted" },
    ]);
    expect(recognizeTerms(variants, "fr", "de l'UNESCO").map((h) => h.term)).toEqual(["UNESCO"]);
    expect(recognizeTerms(variants, "fr", "de l'Unesco").map((h) => h.term)).toEqual(["Unesco"]);
  });
  it("has no false hits inside longer words or across punctuation", () => {
    expect(matched("fr", "un article sur la partie")).toEqual([]);
    expect(matched("fr", "le développement, durable")).toEqual([]);
    expect(matched("fr", "l'Unesco")).toEqual([]); // acronyms are case-sensitive
  });
});

describe("English", () => {
  it("matches plurals", () => {
    expect(matched("en", "AI-enhanced digital twins and new policies")).toEqual(["digital twins", "policies"]);
    expect(matched("en", "Capacity Building")).toEqual(["Capacity Building"]);
  });
});

describe("Hungarian", () => {
  it("matches inflected forms", () => {
    expect(matched("hu", "a fenntartható fejlődéshez")).toEqual(["fenntartható fejlődéshez"]);
    expect(matched("hu", "kulturális örökségünket")).toEqual(["kulturális örökségünket"]);
    expect(matched("hu", "a UNESCO Kreatív Városok Hálózatának tagja")).toEqual(["UNESCO Kreatív Városok Hálózatának"]);
    expect(matched("hu", "a kultúrát és a fenntartható fejlődéssel")).toEqual(["kultúrát", "fenntartható fejlődéssel"]);
  });
  it("matches acronyms with hyphenated suffixes as one hit", () => {
    expect(matched("hu", "az UNESCO-val és az UNESCO-nak")).toEqual(["UNESCO-val", "UNESCO-nak"]);
  });
  it("has no false hits inside unrelated longer words", () => {
    expect(matched("hu", "a házasság és a térkép")).toEqual([]);
    expect(matched("hu", "a házban és a téren")).toEqual(["házban", "téren"]);
  });
});

describe("Chinese", () => {
  it("prefers the longest match and does not fire inside it", () => {
    expect(matched("zh", "保护文化遗产")).toEqual(["文化遗产"]);
    expect(matched("zh", "促进可持续发展和文化交流")).toEqual(["可持续发展", "文化"]);
  });
  it("folds full-width Latin letters and gives UTF-16 offsets after astral characters", () => {
    const text = "😀联合国教科文组织ＵＮＥＳＣＯ发展";
    const hits = recognizeTerms(index, "zh", text);
    expect(hits.map((h) => h.matched)).toEqual(["ＵＮＥＳＣＯ", "发展"]);
    expect(text.slice(hits[1]!.start, hits[1]!.end)).toBe("发展");
  });
});

describe("the index", () => {
  it("reports every term of a shared form and skips other languages", () => {
    const shared = buildTermIndex([t("fr", "culture", { conceptId: 900 }), t("fr", "culture", { conceptId: 901 }), t("de", "Kultur")]);
    expect(recognizeTerms(shared, "fr", "la culture").map((h) => h.conceptId)).toEqual([900, 901]);
    expect(shared.size).toBe(2);
    expect(recognizeTerms(shared, "zh", "文化")).toEqual([]);
  });

  it("finds a term whatever the case of a word's first letters, ASCII or not", () => {
    const cased = buildTermIndex([t("hu", "élelmiszer-biztonság"), t("fr", "Écosystème"), t("en", "Sustainability"), t("en", "İstanbul")]);
    expect(recognizeTerms(cased, "hu", "az ÉLELMISZER-BIZTONSÁGNAK").map((h) => h.matched)).toEqual(["ÉLELMISZER-BIZTONSÁGNAK"]);
    expect(recognizeTerms(cased, "fr", "les écosystèmes").map((h) => h.matched)).toEqual(["écosystèmes"]);
    expect(recognizeTerms(cased, "en", "SUSTAINABILITY matters").map((h) => h.matched)).toEqual(["SUSTAINABILITY"]);
    expect(recognizeTerms(cased, "en", "in İstanbul").map((h) => h.matched)).toEqual(["İstanbul"]);
  });
});

describe("words turned away by their first letters", () => {
  const short = buildTermIndex([t("en", "fly"), t("en", "ax"), t("fr", "bail"), t("hu", "ala"), t("hu", "kerék")]);
  const matched = (lang: Lang, text: string) => recognizeTerms(short, lang, text).map((h) => h.matched);

  it("still meet a term whose third letter their base form changes", () => {
    expect(matched("en", "Two flies and the axes")).toEqual(["flies", "axes"]);
    expect(matched("fr", "les baux signés")).toEqual(["baux"]);
    expect(matched("hu", "a doboz alája")).toEqual(["alája"]);
  });

  it("are turned away when no term begins with their first three letters", () => {
    expect(matched("en", "flat axle flyer")).toEqual([]);
    expect(matched("hu", "kerékpár kerekek kerékben")).toEqual(["kerékben"]);
  });
});
