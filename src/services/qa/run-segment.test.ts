import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Db } from "../../db/client";
import { flags, segments } from "../../db/schema";
import { importArticle } from "../articles";
import { createSpellingService, type SpellingService } from "../spelling/service";
import { runSegmentQa } from "./run-segment";

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
