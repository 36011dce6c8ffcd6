import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { segmentBlocks } from "../../domain/segmentation";
import { parseArticleText } from "../../formats/article-import";
import { createSpellingService, type SpellingService } from "./service";

let spelling: SpellingService;
beforeAll(async () => {
  spelling = await createSpellingService({ workers: 0 });
});
afterAll(() => spelling.close());

const check = (lang: "fr" | "en" | "hu" | "zh", text: string) => spelling.check({ lang, side: "target", text });
const typos = async (lang: "fr" | "en" | "hu", text: string) => (await check(lang, text)).filter((f) => f.severity !== "neutral").map((f) => f.text);

describe("lazy suggestions", () => {
  it("finds the typo without searching suggestions when asked not to, and suggests otherwise", async () => {
    const bare = await spelling.check({ lang: "fr", side: "source", text: "le grand magaisn", suggestions: false });
    expect(bare.map((f) => [f.text, f.suggestions])).toEqual([["magaisn", []]]);
    const full = await spelling.check({ lang: "fr", side: "source", text: "le grand magaisn" });
    expect(full[0]!.suggestions[0]).toBe("magasin");
  });

  it("never searches suggestions for names (neutral notes)", async () => {
    const flags = await spelling.check({ lang: "fr", side: "source", text: "Il a visité Zorglubville hier." });
    expect(flags.filter((f) => f.severity === "neutral").every((f) => f.suggestions.length === 0)).toBe(true);
  });
});

describe("a batch of texts", () => {
  it("gets the flags each text gets alone, names carried from a source included", async () => {
    const requests = [
      { lang: "hu", side: "target", text: "A Croydonban tartott tárgyalás a nagy árhuáz miatt Zorglubnál.", source: "Talks in Croydon about the store.", suggestions: false },
      { lang: "fr", side: "source", text: "Le grand magaisn de Zorglubville.", suggestions: false },
      { lang: "zh", side: "target", text: "大商店", suggestions: false },
      { lang: "en", side: "target", text: "The big stoer in Croydon.", source: "Le grand magasin à Croydon.", suggestions: false },
      { lang: "hu", side: "source", text: "Croydonban a házbn.", suggestions: false },
    ] as const;
    const alone = [];
    for (const r of requests) alone.push(await spelling.check(r));
    spelling.forgetWords();
    const batch = await spelling.checkMany(requests);
    expect(batch).toEqual(alone);
    expect(batch.map((flags) => flags.map((f) => f.text))).toEqual([["árhuáz", "Zorglubnál"], ["magaisn", "Zorglubville"], [], ["stoer"], ["Croydonban", "házbn"]]);
  });
});

describe("spelling on the sample article", () => {
  it("finds exactly one typo in the French source, magaisn, with magasin first", async () => {
    const source = readFileSync(join(import.meta.dirname, "../../db/demo/sample-article.fr.txt"), "utf8");
    const segments = segmentBlocks(parseArticleText(source, "text").blocks, "fr");
    const flags = (await Promise.all(segments.map((s) => spelling.check({ lang: "fr", side: "source", text: s.text })))).flat();
    const serious = flags.filter((f) => f.severity !== "neutral");
    expect(serious.map((f) => f.text)).toEqual(["magaisn"]);
    expect(serious[0]!.suggestions[0]).toBe("magasin");
    expect(serious[0]!.category).toBe("linguistic/spelling");
    // Names such as Wangfujing are at most neutral.
    expect(flags.filter((f) => f.text === "Wangfujing").every((f) => f.severity === "neutral")).toBe(true);
  });
});

describe("tokenising per language", () => {
  it("splits French elisions and skips acronyms, numbers, URLs and brand names", async () => {
    expect(await typos("fr", "l'UNESCO et d'innovation, voir https://exemple.fr/pagee ou info@unesco.org ; BOE iGallery en 2019")).toEqual([]);
    expect(await typos("fr", "l’intelligence artificielle et l'inteligence")).toEqual(["inteligence"]);
  });
  it("keeps Hungarian suffixed acronyms and numbers whole", async () => {
    expect(await typos("hu", "Az UNESCO-nak és 2019-ben a Magyarországon élő lehetőséget")).toEqual([]);
    // The adjective suffix after a symbol or number: no note on "os", "es" either.
    expect(await check("hu", "az 50%-os részvételi arány, a 2000-es évek")).toEqual([]);
    expect(await typos("hu", "a kulturálsi örökség")).toEqual(["kulturálsi"]);
  });
  it("flags a French word with a dropped accent as a typo, even when it is an English word", async () => {
    const [flag] = await check("fr", "C'est la premiere fois, une elite");
    expect(flag).toMatchObject({ text: "premiere", severity: "minor", message: expect.stringContaining("“première”") });
    expect(await typos("fr", "C'est la premiere fois, une elite")).toEqual(["premiere", "elite"]);
    // A quoted English word with no accented French twin stays a neutral note.
    expect((await check("fr", "un mindset awesome")).map((f) => f.severity)).toEqual(["neutral", "neutral"]);
  });
  it("finds English typos and accepts possessives", async () => {
    expect(await typos("en", "The Centre's achievements recieve praise")).toEqual(["recieve"]);
  });
  it("notes an unlisted English solid compound as neutral, but still flags a slip that happens to split", async () => {
    const flags = await check("en", "Their new homewear line, and beteen the abandonding of it");
    expect(flags.find((f) => f.text === "homewear")).toMatchObject({ severity: "neutral", message: expect.stringContaining("“home” and “wear”") });
    expect(flags.filter((f) => f.severity !== "neutral").map((f) => f.text)).toEqual(["beteen", "abandonding"]);
  });
  it("gives exact offsets after emoji and combining characters", async () => {
    const text = "😀 Le cafe\u0301 magaisn";
    const [flag] = (await check("fr", text)).filter((f) => f.severity !== "neutral");
    expect(text.slice(flag!.start, flag!.end)).toBe("magaisn");
  });
  it("checks nothing in Chinese", async () => {
    expect(await check("zh", "这是一个测试 teh")).toEqual([]);
  });
  it("never flags termbase words or project words", async () => {
    spelling.setTerms(["wangfujing", "magaisn"]);
    expect(await check("fr", "le grand magaisn Wangfujing")).toEqual([]);
    spelling.setTerms([]);
    spelling.setProjectWords("fr", ["glossa"]);
    expect(await typos("fr", "le logiciel glossa")).toEqual([]);
  });
});

describe("names a translation copies from its source", () => {
  const notes = async (lang: "fr" | "hu", text: string, source?: string) => (await spelling.check({ lang, side: "target", text, source, suggestions: false })).map((f) => [f.text, f.severity]);

  it("are not checked when copied whole, as capitalised in the source", async () => {
    expect(await notes("hu", "A Zorglubville áruház nyitva van.")).toEqual([["Zorglubville", "neutral"]]);
    expect(await notes("hu", "A Zorglubville áruház nyitva van.", "The Zorglubville store is open.")).toEqual([]);
    expect(await notes("fr", "Zorglubville a ouvert.", "Zorglubville opened.")).toEqual([]);
  });

  it("are not checked in Hungarian with case endings either, solid or after a hyphen", async () => {
    expect(await notes("hu", "Zorglubvillében és Zorglubville-lel.")).toEqual([["Zorglubvillében", "neutral"], ["Zorglubville-lel", "neutral"]]);
    expect(await notes("hu", "Zorglubvillében és Zorglubville-lel.", "In Zorglubville and with Zorglubville.")).toEqual([]);
  });

  it("are still checked when the source has them only inside a longer word or not at all", async () => {
    expect(await notes("hu", "A Zorglubville áruház nyitva van.", "The Zorglubvilles store is open.")).toEqual([["Zorglubville", "neutral"]]);
    expect(await notes("hu", "A Zorglubvillében nyitva van.", "In Zorglubvilles it is open.")).toEqual([["Zorglubvillében", "neutral"]]);
  });

  it("are not checked as the lower-case Hungarian adjective in -i of a place the source names", async () => {
    expect(await notes("hu", "A zorglubvillei kikötőben és a zorglubvilleiek között.")).toEqual([["zorglubvillei", "minor"], ["zorglubvilleiek", "minor"]]);
    expect(await notes("hu", "A zorglubvillei kikötőben és a zorglubvilleiek között.", "In the port of Zorglubville, among its people.")).toEqual([]);
  });

  it("leaves lower-case words to the check even when the source has them: a typo stays a typo", async () => {
    expect(await notes("fr", "le grand magaisn", "the big magaisn")).toEqual([["magaisn", "minor"]]);
  });
});

// Workers load the Hunspell dictionaries on start: slow on a busy machine, so a generous timeout.
describe("the worker pool", { timeout: 120_000 }, () => {
  it("checks off the main thread with the same result", async () => {
    const pool = await createSpellingService({ workers: 1 });
    try {
      const flags = await pool.check({ lang: "fr", side: "source", text: "le grand magaisn" });
      expect(flags.map((f) => [f.text, f.suggestions[0]])).toEqual([["magaisn", "magasin"]]);
      // Forgetting the words seen (benchmarks do) changes no answer.
      pool.forgetWords();
      expect((await pool.check({ lang: "fr", side: "source", text: "le grand magaisn", suggestions: false })).map((f) => f.text)).toEqual(["magaisn"]);
    } finally {
      await pool.close();
    }
  });

  it("gives each language to one worker, and answers Chinese without one", async () => {
    const pool = await createSpellingService({ workers: 2 });
    try {
      const texts = { fr: "le grand magaisn", en: "the big stoer", hu: "a nagy árhuáz", zh: "大商店" } as const;
      const found = await Promise.all(Object.entries(texts).map(([lang, text]) => pool.check({ lang: lang as keyof typeof texts, side: "target", text, suggestions: false })));
      expect(found.map((flags) => flags.map((f) => f.text))).toEqual([["magaisn"], ["stoer"], ["árhuáz"], []]);
    } finally {
      await pool.close();
    }
  });

  it("checks a batch of mixed languages in one call, each text's flags in the order asked", async () => {
    const pool = await createSpellingService({ workers: 2 });
    try {
      const langs = ["hu", "zh", "fr", "en", "fr", "hu"] as const;
      const texts = ["a nagy árhuáz", "大商店", "le grand magaisn", "the big stoer", "le chat", "a házbn"];
      const found = await pool.checkMany(texts.map((text, at) => ({ lang: langs[at]!, side: "target", text, suggestions: false })));
      expect(found.map((flags) => flags.map((f) => `${f.lang}:${f.text}`))).toEqual([["hu:árhuáz"], [], ["fr:magaisn"], ["en:stoer"], [], ["hu:házbn"]]);
      expect(await pool.checkMany([])).toEqual([]);
    } finally {
      await pool.close();
    }
  });
});

describe("French words read as a prefix and a known word (issue #25)", () => {
  it("flags as typos the ones a single edit makes a dictionary word: a doubled consonant dropped after re, co or dé", async () => {
    const flags = await spelling.check({ lang: "fr", side: "target", text: "Il va resortir, comettre une faute, resembler à son père et désaisir le juge." });
    expect(flags.map((f) => [f.text, f.severity])).toEqual([["resortir", "minor"], ["comettre", "minor"], ["resembler", "minor"], ["désaisir", "minor"]]);
    expect(flags[0]!.suggestions).toContain("ressortir");
    expect(flags[2]!.suggestions).toContain("ressembler");
  });
  it("notes the others, which Hunspell refuses too, as neutral: a coined prefix form", async () => {
    const flags = await spelling.check({ lang: "fr", side: "target", text: "Sa covedette est arrivée." });
    expect(flags.map((f) => [f.text, f.severity])).toEqual([["covedette", "neutral"]]);
    expect(flags[0]!.message).toContain("vedette");
  });
  it("still accepts the prefixed words the dictionary lists", async () => {
    expect(await check("fr", "Il faut réécrire, recommander, coopérer et décoller.")).toEqual([]);
  });
});
