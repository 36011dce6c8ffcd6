import { describe, expect, it } from "vitest";
import { buildTermIndex, recognizeTerms, type TermEntry } from "../terms";
import { checkJobs, runChecks, runChecksOnPairs, type QaContext, type QaJob } from "./run";
import { checkTerminology } from "./terminology";
import { sourceBalance } from "./balance";
import { checkBilingual, checkMonolingual } from "./typography";

const ids = (made: Array<{ check: string }>) => made.map((m) => m.check);

describe("typography: monolingual", () => {
  it("finds double spaces and repeated words in every language but not legitimate text", () => {
    expect(ids(checkMonolingual("fr", "Le  chat est là."))).toEqual(["double-space"]);
    expect(ids(checkMonolingual("fr", "le le chat"))).toEqual(["repeated-word"]);
    expect(ids(checkMonolingual("en", "the the cat"))).toEqual(["repeated-word"]);
    expect(ids(checkMonolingual("hu", "a macska a házban"))).toEqual([]);
    // A name said twice is no repeated word; a capitalised first word repeated in lower case is.
    expect(ids(checkMonolingual("en", "They flew to Bora Bora and the Roa Roa hotel."))).toEqual([]);
    expect(ids(checkMonolingual("en", "The the cat."))).toEqual(["repeated-word"]);
    // Doublings grammar asks for: reflexive French, Hungarian "az az" (that + the), English "had had".
    expect(ids(checkMonolingual("fr", "Vous vous trompez, nous nous taisons."))).toEqual([]);
    expect(ids(checkMonolingual("hu", "Az az ember nem jött el."))).toEqual([]);
    expect(ids(checkMonolingual("en", "He had had enough, and said that that was all."))).toEqual([]);
    expect(ids(checkMonolingual("hu", "Láttam a a házat."))).toEqual(["repeated-word"]);
    expect(ids(checkMonolingual("en", "The cat sat."))).toEqual([]);
  });
  it("wants French no-break spaces before ; : ! ? and inside « »", () => {
    const text = "Vraiment ? « Oui », dit-il : c'est ça!";
    const flags = checkMonolingual("fr", text);
    expect(flags.every((f) => f.check === "fr-nbsp")).toBe(true);
    expect(flags.map((f) => text.slice(f.start, f.end))).toEqual([" ?", " :", "!", "« ", " »"]);
    expect(checkMonolingual("fr", "Vraiment\u202f? «\u202fOui\u202f», à 10:30 sur https://x.fr")).toEqual([]);
  });
  it("wants full-width punctuation and no spaces between Han characters in Chinese", () => {
    expect(checkMonolingual("zh", "你好,世界 和平。").map((f) => [f.check, f.suggestions[0]])).toEqual([
      ["zh-punctuation", "，"],
      ["zh-spacing", ""],
    ]);
    expect(checkMonolingual("zh", "你好，世界和平。版本2.0")).toEqual([]);
    // An ellipsis of dots, or a single "…", is written "……" (GB/T 15834), in one flag over all the dots.
    expect(checkMonolingual("zh", "好奇心重......它们不怕人").map((f) => [f.text, f.suggestions[0]])).toEqual([["......", "……"]]);
    expect(checkMonolingual("zh", "好奇心重…它们不怕人").map((f) => [f.text, f.suggestions[0]])).toEqual([["…", "……"]]);
    expect(checkMonolingual("zh", "好奇心重……它们不怕人")).toEqual([]);
  });
  it("finds unbalanced brackets and quotes in a source: an open quote is only a note (a quotation may go on in the next segment)", () => {
    expect(sourceBalance("He said (yes.").map((f) => [f.check, f.severity, f.text])).toEqual([["brackets", "minor", "("]]);
    expect(sourceBalance('He said "yes.').map((f) => [f.check, f.severity, f.text])).toEqual([["quotes", "neutral", '"']]);
    expect(sourceBalance("« Oui », dit-il (en riant).")).toEqual([]);
  });
});

describe("typography: bilingual", () => {
  const pair = (source: string, target: string, targetLang: "fr" | "en" | "hu" | "zh" = "hu") => ids(checkBilingual({ sourceLang: "en", source, targetLang, target }));
  it("flags a translation's open bracket or quote only where its source closes that kind, in each language's marks", () => {
    expect(pair("He said (yes).", "Il a dit (oui.", "fr")).toEqual(["brackets"]);
    expect(pair('He said "yes."', "Il a dit « oui.", "fr")).toEqual(["quotes"]);
    expect(pair('He said "yes."', "他说“是的。", "zh")).toEqual(["quotes"]);
    // Closed in other marks: "(" as "（", straight quotes as „ ” or « ».
    expect(pair('He said "yes" (twice).', "他说“是的”（两次）。", "zh")).toEqual([]);
    expect(pair('He said "yes."', "Azt mondta: „igen.”", "hu")).toEqual([]);
    // A straight quote opens or closes: mixed with curly ones it still pairs (its style is flagged apart).
    expect(pair('"I\'m standing right here," one woman said.', "“我就站在你前面，\"一位女人说。", "zh")).toEqual(["quote-style"]);
    expect(pair('"It is a bit challenging," she said.', "\"因此，他们会面临不少挑战，” 她说。", "zh")).toEqual(["quote-style"]);
    expect(pair('"It is a bit challenging," she said.', "\"因此，他们会面临不少挑战， 她说。", "zh")).toEqual(["quotes", "quote-style"]);
    // Open in the source too: a quotation that goes on in the next segment.
    expect(pair('"We will win.', "« Nous gagnerons.", "fr")).toEqual([]);
    expect(pair('"We will win.', "„Nyerni fogunk.", "hu")).toEqual([]);
  });

  it("only notes a quotation interrupted after a dash that goes on in the next segment (one pair of marks across both)", () => {
    const graded = (source: string, target: string) => checkBilingual({ sourceLang: "en", source, targetLang: "hu", target }).map((f) => [f.check, f.severity]);
    const said = '"Historically, there was a bar on every corner," Mr. Adams said.';
    expect(graded(said, "„Régebben minden sarkon állt egy bár – állítja Adams.")).toEqual([["quotes", "neutral"]]);
    expect(graded('"Today, there\'s neither."', "– Ma már egyikből sincs.”")).toEqual([["quotes", "neutral"]]);
    expect(graded('"I yelled: \'There\'s a shark!\'" he added.', "– Azt kiabáltam: »Cápa van a vízben«” – tette hozzá.")).toEqual([["quotes", "neutral"]]);
    // A source quoting with single marks (British style) may be inside a quotation too.
    expect(graded("He continued: 'What's innate and what's taught?", "Hozzátette: „Mi az, ami velünk született?")).toEqual([["quotes", "neutral"]]);
    expect(graded("Because clearly something has gone wrong.'", "Mert valami nincs rendben.”")).toEqual([["quotes", "neutral"]]);
    expect(graded("It's the company's plan.", "„Ez a cég terve.")).toEqual([["quotes", "minor"]]);
    // Without the dash and the words of who said it, an open quote the source closes is still a fault.
    expect(graded(said, "„Régebben minden sarkon állt egy bár, mondja Adams.")).toEqual([["quotes", "minor"]]);
    expect(graded(said, "„Régebben minden sarkon állt egy bár – Adams.")).toEqual([["quotes", "minor"]]);
  });

  it("reads the end mark before a closing quote written “, and takes „…“ as closed (its style is flagged apart)", () => {
    expect(pair('He said: "I got bit!"', "他说：“我被咬了！“", "zh")).toEqual([]);
    expect(pair('"Today, there\'s neither."', "„Ma már egyikből sincs.“", "hu")).toEqual(["quote-style"]);
    expect(pair('"Today, there\'s neither."', "„Ma már egyikből sincs.", "hu")).toEqual(["quotes"]);
  });

  it("finds empty, untranslated and whitespace problems", () => {
    expect(pair("A long sentence here.", "")).toEqual(["empty"]);
    expect(pair("The heritage of the city is rich.", "The heritage of the city is rich.")).toEqual(["untranslated"]);
    expect(pair("UNESCO", "UNESCO")).toEqual([]);
    // A short sentence is text too; a name or a brand is not.
    expect(pair("Hello world.", "Hello world.", "fr")).toEqual(["untranslated"]);
    expect(pair("Paris Match", "Paris Match", "fr")).toEqual([]);
    expect(pair("iPhone X", "iPhone X", "fr")).toEqual([]);
    expect(pair("Hello there.", " Szia ott.")).toEqual(["whitespace"]);
  });
  it("maps end punctuation per language", () => {
    expect(pair("Is it?", "Az?")).toEqual([]);
    expect(pair("It is.", "是的。", "zh")).toEqual([]);
    expect(pair("It is.", "Az?")).toEqual(["end-punctuation"]);
    // Read behind closing quotes, brackets and spaces; an ellipsis of dots or of "…".
    expect(pair("He said “it is.”", "Azt mondta: „az.”")).toEqual([]);
    expect(pair("(It is?) ", "(Az.) ")).toEqual(["end-punctuation"]);
    expect(pair("And then...", "És akkor…")).toEqual([]);
    expect(pair("And then...", "És akkor.")).toEqual(["end-punctuation"]);
  });
  it("checks quote style per target language", () => {
    expect(pair('He said "yes".', "Azt mondta: „igen”.")).toEqual([]);
    expect(pair('He said "yes".', 'Azt mondta: "igen".')).toEqual(["quote-style", "quote-style"]);
    expect(pair('He said "yes".', "Il a dit « oui ».", "fr")).toEqual([]);
    expect(pair("He said “yes”.", "Il a dit “oui”.", "fr")).toEqual(["quote-style", "quote-style"]);
    // Hungarian quotes inside a quotation with »…«; French «…» is still the wrong style there.
    expect(pair("He said: \"She shouted 'shark'.\"", "Azt mondta: „Azt kiabálta, »cápa«.”")).toEqual([]);
    expect(pair("He said: \"She shouted 'shark'.\"", "Azt mondta: „Azt kiabálta, «cápa».”")).toEqual(["quote-style"]);
  });
  it("finds changed URLs, e-mails and tags", () => {
    expect(pair("See https://unesco.org/a and <b>this</b>.", "Lásd https://unesco.org/a és <b>ezt</b>.")).toEqual([]);
    expect(pair("Write to info@unesco.org {0}.", "Írjon nekünk.")).toEqual(["placeholders", "placeholders"]);
  });
  it("flags a changed placeholder where the translation has it, and one the source lacks", () => {
    const target = "Consultez https://unesco.org/patrimoine et <i>ceci</b>.";
    const flags = checkBilingual({ sourceLang: "en", source: "See https://unesco.org/heritage and <b>this</b>.", targetLang: "fr", target });
    expect(flags.map((f) => [f.text, f.suggestions])).toEqual([
      ["https://unesco.org/patrimoine", ["https://unesco.org/heritage"]],
      ["<i>", ["<b>"]],
    ]);
    expect(flags.every((f) => target.slice(f.start, f.end) === f.text)).toBe(true);
    const extra = checkBilingual({ sourceLang: "en", source: "See this.", targetLang: "fr", target: "Voir <b>ceci</b>." });
    expect(extra.map((f) => [f.check, f.text, f.message])).toEqual([
      ["placeholder-added", "<b>", "“<b>” is not in the source"],
      ["placeholder-added", "</b>", "“</b>” is not in the source"],
    ]);
  });
  it("finds lengths far outside the pair's range", () => {
    expect(pair("This is a perfectly ordinary sentence of some length.", "Ez.")).toEqual(["length"]);
    // A short source is judged too once either text has some length, drawn toward the usual ratio.
    expect(pair("A short one.", "Ez egy nagyon hosszú fordítás, amely sokkal hosszabb a forrásnál, és nem is kellene.")).toEqual(["length"]);
    expect(pair("Yes.", "Igen, persze.")).toEqual([]);
    expect(pair("Peter Jones 'furious' after the deal collapsed", "彼得·琼斯在交易失败后“大为光火”", "zh")).toEqual([]);
  });
});

let n = 0;
const term = (conceptId: number, lang: string, text: string, status: TermEntry["status"], type?: TermEntry["type"]): TermEntry & { type: TermEntry["type"] | null } => ({ termId: ++n, conceptId, lang, text, status, type: type ?? null });
const TERMS = [
  term(1, "fr", "développement durable", "preferred"),
  term(1, "hu", "fenntartható fejlődés", "preferred"),
  term(1, "hu", "fenntartható fejlesztés", "deprecated"),
  term(1, "zh", "可持续发展", "preferred"),
  term(1, "fr", "développement soutenable", "forbidden"),
  term(2, "fr", "Gábor Soós", "preferred", "properNoun"),
  term(2, "hu", "Soós Gábor", "preferred", "properNoun"),
  term(2, "en", "Gábor Soós", "preferred", "properNoun"),
  term(3, "fr", "ministre", "preferred"),
  term(3, "hu", "miniszter", "preferred"),
  term(4, "fr", "communauté", "preferred"),
  term(4, "hu", "közösség", "preferred"),
  term(5, "en", "China", "preferred", "properNoun"),
  term(5, "fr", "Chine", "preferred", "properNoun"),
  term(6, "en", "technology", "preferred"),
  term(6, "fr", "technologie", "preferred"),
];
const index = buildTermIndex(TERMS);
const ctx: QaContext = {
  spell: async (requests) => requests.map(() => []),
  recognize: (lang, text) => recognizeTerms(index, lang, text),
  conceptTerms: (id) => TERMS.filter((t) => t.conceptId === id).map((t) => ({ ...t, type: t.type ?? null })),
};

describe("terminology", () => {
  const run = (source: string, target: string, targetLang: "hu" | "zh" | "fr" | "en" = "hu") =>
    checkTerminology({ sourceLang: "fr", targetLang, source, target, sourceHits: ctx.recognize("fr", source), targetHits: ctx.recognize(targetLang, target), conceptTerms: ctx.conceptTerms });
  it("accepts the preferred term, inflected", () => {
    expect(run("pour le développement durable", "a fenntartható fejlődéshez")).toEqual([]);
    expect(run("pour le développement durable", "促进可持续发展", "zh")).toEqual([]);
  });
  it("flags a deprecated term with the preferred one as suggestion", () => {
    const [flag] = run("pour le développement durable", "a fenntartható fejlesztéshez");
    expect(flag).toMatchObject({ side: "target", check: "terminology", severity: "minor", text: "fenntartható fejlesztéshez", suggestions: ["fenntartható fejlődés"] });
  });
  it("flags a missing term on the source span", () => {
    const [flag] = run("pour le développement durable", "a jövőért");
    expect(flag).toMatchObject({ side: "source", lang: "fr", text: "développement durable", suggestions: ["fenntartható fejlődés"] });
  });
  it("finds a Hungarian term inside a solid compound, and a capitalised term kept in a name", () => {
    expect(run("le ministre des Affaires étrangères", "a külügyminiszter")).toEqual([]);
    expect(run("le ministre a parlé", "a kormányfő beszélt")).toMatchObject([{ side: "source", text: "ministre", suggestions: ["miniszter"] }]);
    // "Communauté" stays in the name of a church the translation keeps as it is; a common noun does not.
    expect(run("l’église Communauté Saint-Martin", "a Communauté Saint-Martin templom")).toEqual([]);
    expect(run("la communauté a voté", "a csoport szavazott")).toMatchObject([{ side: "source", text: "communauté" }]);
  });
  it("flags a capitalised term copied unchanged when it is not part of a longer name (untranslated MT)", () => {
    expect(run("La Communauté a voté hier.", "A Communauté tegnap szavazott.")).toMatchObject([{ side: "source", text: "Communauté", suggestions: ["közösség"] }]);
    expect(run("Selon lui, la Communauté a voté.", "Szerinte a Communauté szavazott.")).toMatchObject([{ side: "source", text: "Communauté" }]);
    // after a name word that does not open the sentence, it is part of the name
    expect(run("Le pasteur de Metropolitan Communauté parle.", "A Metropolitan Communauté lelkésze beszél.")).toEqual([]);
  });
  it("takes a word derived from the term for it: the adjective of a noun the source puts first", () => {
    const fromEnglish = (source: string, target: string) =>
      checkTerminology({ sourceLang: "en", targetLang: "fr", source, target, sourceHits: ctx.recognize("en", source), targetHits: ctx.recognize("fr", target), conceptTerms: ctx.conceptTerms });
    expect(fromEnglish("China's government promised it", "le gouvernement chinois l’a promis")).toEqual([]);
    expect(fromEnglish("technology companies hired them", "les entreprises technologiques les ont recrutés")).toEqual([]);
    // A word that only begins like the term, with more than a suffix after it, is none.
    expect(fromEnglish("technology companies hired them", "les technologistiquement neuves")).toMatchObject([{ side: "source", text: "technology" }]);
    expect(fromEnglish("China's government promised it", "le gouvernement de Pékin l’a promis")).toMatchObject([{ side: "source", text: "China" }]);
  });
  it("flags a forbidden term as major, and a name in the wrong order", () => {
    const forbidden = checkTerminology({ sourceLang: "en", targetLang: "fr", source: "x", target: "le développement soutenable", sourceHits: [], targetHits: ctx.recognize("fr", "le développement soutenable"), conceptTerms: ctx.conceptTerms });
    expect(forbidden[0]).toMatchObject({ severity: "major", suggestions: ["développement durable"] });
    const name = run("Gábor Soós a salué", "Gábor Soós üdvözölte");
    expect(name[0]).toMatchObject({ check: "names", side: "target", text: "Gábor Soós", suggestions: ["Soós Gábor"] });
    expect(run("Gábor Soós a salué", "Soós Gábor üdvözölte")).toEqual([]);
  });
});

describe("runChecks", () => {
  it("combines the checks of both sides with offsets on their texts", async () => {
    const flags = await runChecks(ctx, { sourceLang: "fr", source: "Le 21 octobre, le  développement durable.", targetLang: "hu", target: "Október 12-én a fenntartható fejlődés." });
    expect(flags.map((f) => [f.side, f.check])).toEqual([
      ["source", "double-space"],
      ["target", "numbers"],
    ]);
  });
  it("asks for spelling before the other checks and still reports its failure", async () => {
    const order: string[] = [];
    const failing: QaContext = {
      ...ctx,
      spell: async () => {
        order.push("spell");
        throw new Error("worker gone");
      },
      recognize: (lang, text) => (order.push("recognize"), ctx.recognize(lang, text)),
    };
    await expect(runChecks(failing, { sourceLang: "fr", source: "le texte", targetLang: "hu", target: "a szöveg" })).rejects.toThrow("worker gone");
    expect(order[0]).toBe("spell");
  });
  it("spells a translation with its source (names copied from it are not checked), a source alone", async () => {
    const asked: Array<{ side: string; source?: string }> = [];
    const recording: QaContext = { ...ctx, spell: async (requests) => requests.map(({ side, source }) => (asked.push({ side, source }), [])) };
    await runChecks(recording, { sourceLang: "en", source: "Thompson said", targetLang: "hu", target: "Thompson mondta" });
    expect(asked).toEqual([{ side: "source", source: undefined }, { side: "target", source: "Thompson said" }]);
  });
});

describe("checkJobs: a batch, one check at a time", () => {
  it("gives each side the flags it gets alone, in the order asked", async () => {
    const jobs: QaJob[] = [
      { side: "target", sourceLang: "fr", source: "Le 21 octobre.", targetLang: "hu", target: "Október 12-én." },
      { side: "source", lang: "fr", text: "Le  développement durable." },
      { side: "target", sourceLang: "fr", source: "pour le développement durable", targetLang: "hu", target: "a jövőért" },
      { side: "source", lang: "zh", text: "大商店。" },
      { side: "target", sourceLang: "fr", source: "Le chat dort.", targetLang: "en", target: "The the cat sleeps." },
    ];
    const alone = await Promise.all(jobs.map(async (job) => (await checkJobs(ctx, [job]))[0]!));
    expect(alone.map((flags) => flags.map((f) => `${f.side}:${f.check}`))).toEqual([["target:numbers"], ["source:double-space"], ["source:terminology"], [], ["target:repeated-word"]]);
    expect(await checkJobs(ctx, jobs)).toEqual(alone);
    expect(await checkJobs(ctx, [])).toEqual([]);
  });

  it("checks pairs with and without a translation, each pair's flags sorted by side and position", async () => {
    const pairs = [
      { sourceLang: "fr" as const, source: "Le 21 octobre, le  développement durable.", targetLang: "hu" as const, target: "Október 12-én a fenntartható fejlődés." },
      { sourceLang: "fr" as const, source: "Le  chat." },
    ];
    const found = await runChecksOnPairs(ctx, pairs);
    expect(found.map((flags) => flags.map((f) => `${f.side}:${f.check}`))).toEqual([["source:double-space", "target:numbers"], ["source:double-space"]]);
    expect(found[0]).toEqual(await runChecks(ctx, pairs[0]!));
  });
});

describe("foreign words and derived forms", () => {
  it("treats other newsroom languages' words, also with Hungarian endings, as foreign", async () => {
    const { isForeignWord, prefixedForms, isHyphenPrefix } = await import("./foreign-words");
    const knows = (lang: "fr" | "en", w: string) => (lang === "en" && ["Brighton", "tweet"].includes(w)) || (lang === "fr" && w === "fatale");
    expect(isForeignWord("hu", "brightoni", knows)).toBe(true);
    expect(isForeignWord("hu", "tweetelte", knows)).toBe(true);
    expect(isForeignWord("en", "fatale", knows)).toBe(true);
    expect(isForeignWord("hu", "házbn", knows)).toBe(false);
    expect(isForeignWord("fr", "fatale", knows)).toBe(false);
    expect(prefixedForms("en", "reinjected")).toContain("injected");
    expect(prefixedForms("en", "untill")).toEqual([]);
    expect(isHyphenPrefix("en", "pre")).toBe(true);
    expect(isHyphenPrefix("hu", "pre")).toBe(false);
  });
});

describe("repeatedWords", () => {
  it("finds a word repeated after white space, ignoring case, and nothing inside longer words or numbers", async () => {
    const { repeatedWords } = await import("./typography");
    expect(repeatedWords("en", "the the cat")).toEqual([{ word: "the", start: 0, end: 7 }]);
    expect(repeatedWords("en", "The the cat")).toEqual([{ word: "The", start: 0, end: 7 }]);
    expect(repeatedWords("fr", "le\u00a0le chat, à à Paris")).toEqual([{ word: "le", start: 0, end: 5 }, { word: "à", start: 12, end: 15 }]);
    expect(repeatedWords("en", "the theme, is is3, 3is is, the, the")).toEqual([]);
    expect(repeatedWords("fr", "x x, le le le")).toEqual([{ word: "le", start: 5, end: 10 }]);
  });
});

describe("decimal point in a comma-decimal language (issue #25)", () => {
  const decimals = (lang: "fr" | "hu" | "en", text: string) => checkMonolingual(lang, text).filter((f) => f.check === "decimal-separator").map((f) => [f.text, f.category, f.suggestions[0]]);
  it("flags “3.5 pour cent” in French and “2.5 millió” in Hungarian, suggesting the comma", () => {
    expect(decimals("fr", "Une hausse de 3.5 pour cent.")).toEqual([["3.5", "locale-convention", "3,5"]]);
    expect(decimals("hu", "3.5 százalékos növekedés, 2.5 millió forint")).toEqual([["3.5", "locale-convention", "3,5"], ["2.5", "locale-convention", "2,5"]]);
  });
  it("leaves alone commas, thousands, dates, versions, Hungarian times and English", () => {
    expect(decimals("fr", "3,5 %, 3.500 habitants, le 21.10.2019, la version 3.5.1, v3.5")).toEqual([]);
    expect(decimals("hu", "10.30-kor kezdődik, 2019.10.21.")).toEqual([]);
    expect(decimals("en", "3.5 percent")).toEqual([]);
  });
});
