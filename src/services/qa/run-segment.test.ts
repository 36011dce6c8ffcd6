import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Db } from "../../db/client";
import { flags, segments, translations } from "../../db/schema";
import { importArticle } from "../articles";
import { createSpellingService, type SpellingService } from "../spelling/service";
import { QA_BATCH_SIZE } from "./batches";
import { runArticleQa, runSegmentQa } from "./run-segment";

let spelling: SpellingService;
beforeAll(async () => {
  spelling = await createSpellingService({ workers: 0 });
});
afterAll(() => spelling.close());

/** The real speller, whose answers wait until `release` is called: a save can land meanwhile. */
function heldSpelling(): { service: SpellingService; release: () => void } {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const service: SpellingService = {
    check: async (request) => (await gate, spelling.check(request)),
    checkMany: async (requests) => (await gate, spelling.checkMany(requests)),
    setTerms: (words) => spelling.setTerms(words),
    setProjectWords: (lang, words) => spelling.setProjectWords(lang, words),
    forgetWords: () => spelling.forgetWords(),
    close: async () => {},
  };
  return { service, release };
}

/** A new article whose second segment (after the title) has a typo. */
const typoSegment = (db: Db) => importArticle({ db, input: { title: "Magasin", sourceLang: "fr", text: "Le grand magaisn." } }).segments.find((s) => s.source.includes("magaisn"))!;

describe("runSegmentQa and a save during the check", () => {
  it("stores the flags of the text it checked", async () => {
    const db = openDatabase(":memory:");
    const segment = typoSegment(db);
    const held = heldSpelling();
    const run = runSegmentQa({ db, spelling: held.service, input: { segmentId: segment.id, lang: "fr", side: "source" } });
    held.release();
    expect((await run).map((f) => f.text)).toEqual(["magaisn"]);
  });

  it("drops them when the text changed while spelling was awaited, rather than store flags of the old text", async () => {
    const db = openDatabase(":memory:");
    const segment = typoSegment(db);
    const held = heldSpelling();
    const run = runSegmentQa({ db, spelling: held.service, input: { segmentId: segment.id, lang: "fr", side: "source" } });
    db.update(segments).set({ source: "Le grand magasin." }).where(eq(segments.id, segment.id)).run();
    held.release();
    expect(await run).toEqual([]);
    expect(db.select().from(flags).where(eq(flags.segmentId, segment.id)).all()).toEqual([]);
  });
});

describe("runArticleQa over several batches", () => {
  it("stores each side's flags on its own segment, once, past the first batch too", async () => {
    const db = openDatabase(":memory:");
    // More sentences than one batch holds, each with its own typo; and translations of some.
    const count = QA_BATCH_SIZE + 40;
    const article = importArticle({ db, input: { title: "Magasins", sourceLang: "fr", text: Array.from({ length: count }, (_, i) => `Le magaisn numéro ${i + 1} ouvre.`).join("\n\n") } });
    const typoSegments = article.segments.filter((s) => s.source.includes("magaisn"));
    expect(typoSegments).toHaveLength(count);
    const translated = typoSegments.filter((_, i) => i % 50 === 0);
    for (const s of translated) db.insert(translations).values({ segmentId: s.id, lang: "hu", text: "A  bolt nyitva." }).run();
    const stored = await runArticleQa({ db, spelling, input: { articleId: article.id } });
    const typos = stored.filter((f) => f.check === "spelling");
    expect(new Set(typos.map((f) => f.segmentId))).toEqual(new Set(typoSegments.map((s) => s.id)));
    expect(typos.every((f) => f.text === "magaisn" && f.side === "source")).toBe(true);
    // Each translation: its double space, and its lost number (flagged on the translation).
    const onTranslations = stored.filter((f) => f.side === "target");
    expect(new Set(onTranslations.map((f) => f.segmentId))).toEqual(new Set(translated.map((s) => s.id)));
    expect(onTranslations.filter((f) => f.check === "double-space")).toHaveLength(translated.length);
    // Run again: the same flags, none doubled.
    await runArticleQa({ db, spelling, input: { articleId: article.id } });
    expect(db.select().from(flags).all().filter((f) => f.check === "spelling")).toHaveLength(count);
  });
});
