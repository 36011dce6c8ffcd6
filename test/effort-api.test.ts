/**
 * Post-editing effort: MT imported through the API (origin mt:<provider>) is the baseline; each
 * post-edit's editor time is kept on its revision; the report gives the edit rate per segment
 * and per language and provider.
 */
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { translationRevisions } from "../src/db/schema";
import { addArticle, addUser, call, makeTestApp, type TestContext } from "./support/app";

let ctx: TestContext;
let translator: string;
let article: { id: number; segments: Array<{ id: number }> };

beforeEach(async () => {
  ctx = makeTestApp();
  translator = (await addUser(ctx.db, ["translator"], ["hu", "en"])).token;
  const publisher = (await addUser(ctx.db, ["publisher"], ["hu", "en"])).token;
  article = await addArticle(ctx, publisher);
});

const put = (segmentId: number, lang: string, json: unknown) => call(ctx, "PUT", `/api/segments/${segmentId}/translations/${lang}`, { token: translator, json });
const effort = (query = "") => call(ctx, "GET", `/api/articles/${article.id}/effort${query}`, { token: translator });

describe("post-editing effort", () => {
  it("measures the edit rate from the MT output and the editor time after it, per segment and per language and provider", async () => {
    const [a, b, c] = article.segments;
    await put(a!.id, "hu", { text: "A macska ül.", origin: "mt:deepl", status: "initial" });
    const edited = await put(a!.id, "hu", { text: "A fekete macska ül.", version: 1, timeSpentMs: 42_000 });
    expect(edited.status).toBe(200);
    await put(b!.id, "hu", { text: "Változatlan.", origin: "mt:deepl", status: "initial" });
    await put(c!.id, "hu", { text: "Más.", origin: "mt:openai", status: "initial" });
    await put(c!.id, "en", { text: "Other.", origin: "mt:openai", status: "initial" });
    await put(c!.id, "en", { text: "Another one.", version: 1, timeSpentMs: 1_000 });
    await put(c!.id, "en", { text: "Another.", version: 2, timeSpentMs: 2_000 });

    const revisions = ctx.db.select().from(translationRevisions).all();
    expect(revisions.find((r) => r.text === "A fekete macska ül.")?.timeSpentMs).toBe(42_000);

    const res = await effort("?lang=hu");
    expect(res.status).toBe(200);
    expect(res.data.segments).toEqual([
      expect.objectContaining({ segmentId: a!.id, lang: "hu", provider: "deepl", untouched: false, edits: 7, finalChars: 19, timeSpentMs: 42_000 }),
      expect.objectContaining({ segmentId: b!.id, provider: "deepl", untouched: true, edits: 0, editRate: 0, timeSpentMs: null }),
      expect.objectContaining({ segmentId: c!.id, provider: "openai", untouched: true }),
    ]);
    expect(res.data.groups).toEqual([
      { lang: "hu", provider: "deepl", segments: 2, untouched: 1, edits: 7, finalChars: 31, editRate: 7 / 31, timeSpentMs: 42_000, timedSegments: 1 },
      expect.objectContaining({ lang: "hu", provider: "openai", segments: 1, editRate: 0 }),
    ]);
    const all = await effort();
    expect(all.data.groups.find((g: any) => g.lang === "en")).toMatchObject({ provider: "openai", timeSpentMs: 3_000, editRate: 3 / 8 });
  });

  it("a new MT output is the new baseline: time before it does not count", async () => {
    const seg = article.segments[0]!.id;
    await put(seg, "hu", { text: "Első gép.", origin: "mt:google", status: "initial" });
    await put(seg, "hu", { text: "Első ember.", version: 1, timeSpentMs: 5_000 });
    await put(seg, "hu", { text: "Második gép.", origin: "mt:deepl", status: "initial", version: 2 });
    const res = await effort();
    expect(res.data.segments[0]).toMatchObject({ provider: "deepl", untouched: true, timeSpentMs: null });
  });

  it("refuses a negative or absurd time, an unknown article and anonymous readers", async () => {
    expect((await put(article.segments[0]!.id, "hu", { text: "x", timeSpentMs: -1 })).status).toBe(400);
    expect((await put(article.segments[0]!.id, "hu", { text: "x", timeSpentMs: 10 ** 9 })).status).toBe(400);
    expect((await call(ctx, "GET", "/api/articles/999999/effort", { token: translator })).status).toBe(404);
    expect((await call(ctx, "GET", `/api/articles/${article.id}/effort`)).status).toBe(401);
    expect((await effort("?lang=xx")).status).toBe(400);
  });
});
