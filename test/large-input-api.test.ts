/**
 * Large inputs against SQLite's limit on bound parameters per statement (32,766): every bulk
 * statement is chunked, so a 10,000-segment article imports, reads, lists, checks and exports,
 * and a translation with thousands of QA flags stores them all. An imported segment obeys the
 * 20,000-character limit of an edit.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { flags, segments, translations } from "../src/db/schema";
import { addUser, call, makeTestApp, type TestContext } from "./support/app";

let ctx: TestContext;
let token: string;
beforeAll(async () => {
  ctx = makeTestApp({ maxBodyBytes: 8 * 1024 * 1024 });
  token = (await addUser(ctx.db, ["admin"])).token;
});

const sentences = (n: number) => Array.from({ length: n }, (_, i) => `Le musée numéro ${i + 1} ouvre ses portes.`);

describe("a 10,000-segment article", () => {
  it("imports, reads, lists, pages and exports", async () => {
    const text = sentences(10_000).join("\n\n");
    const created = await call(ctx, "POST", "/api/articles", { token, json: { title: "Dix mille", sourceLang: "fr", text } });
    expect(created.status).toBe(201);
    expect(created.data.segments).toHaveLength(10_001);
    const id = created.data.id;
    // Translate every segment (directly: 10,000 HTTP saves would only slow the test down).
    const ids = ctx.db.select({ id: segments.id }).from(segments).where(eq(segments.articleId, id)).all();
    ctx.db.transaction((tx) => {
      for (const s of ids) tx.insert(translations).values({ segmentId: s.id, lang: "en", text: `Museum ${s.id} opens.`, status: "final" }).run();
    });
    const read = await call(ctx, "GET", `/api/articles/${id}`, { token });
    expect(read.status).toBe(200);
    expect(read.data.segments.filter((s: any) => s.translations.en?.status === "final")).toHaveLength(10_001);
    const list = await call(ctx, "GET", "/api/articles", { token });
    expect(list.data.articles.find((a: any) => a.id === id).progress.en.final).toBe(10_001);
    // (Article QA stores each side's flags on its own; the flags test below takes it past the limit.)
    expect((await call(ctx, "GET", `/api/articles/${id}/flags`, { token })).status).toBe(200);
    expect((await ctx.app.request(`/articles/${id}/en`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
    const xliff = await call(ctx, "GET", `/api/articles/${id}/export?lang=en&format=xliff`, { token });
    expect(xliff.status).toBe(200);
    expect(String(xliff.data).match(/<segment/g)).toHaveLength(10_001);
  }, 120_000);
});

describe("a 10,000-character segment", () => {
  it("imports as one segment, takes a translation of the same length, and runs QA", async () => {
    const long = `${"Le patrimoine culturel immatériel de la ville ".repeat(220)}fin.`;
    expect(long.length).toBeGreaterThanOrEqual(10_000);
    const created = await call(ctx, "POST", "/api/articles", { token, json: { title: "Long", sourceLang: "fr", text: long } });
    expect(created.status).toBe(201);
    const seg = created.data.segments[1];
    expect(seg.source).toBe(long);
    const put = await call(ctx, "PUT", `/api/segments/${seg.id}/translations/en`, { token, json: { text: `${"The intangible cultural heritage of the city ".repeat(220)}end.` } });
    expect(put.status).toBe(200);
    const qa = await call(ctx, "POST", `/api/articles/${created.data.id}/qa?lang=en`, { token });
    expect(qa.status).toBe(200);
  }, 120_000);

  it("refuses an imported segment longer than 20,000 characters, as an edit would, naming it", async () => {
    const huge = `Introduction.\n\n${"a".repeat(20_001)}.`;
    const res = await call(ctx, "POST", "/api/articles", { token, json: { title: "Trop long", sourceLang: "fr", text: huge } });
    expect(res.status).toBe(400);
    expect(res.data.detail).toMatch(/20[ ,.]?000/);
    // Numbered as the review page shows them: the title is segment 1.
    expect(res.data.detail).toMatch(/^Segment 3\b/);
  });
});

describe("QA flags beyond one statement's parameters", () => {
  it("stores 3,000 flags of one translation and replaces the old ones", async () => {
    const created = await call(ctx, "POST", "/api/articles", { token, json: { title: "Espaces", sourceLang: "fr", text: "Un deux trois." } });
    const seg = created.data.segments[1];
    const save = (text: string) => call(ctx, "PUT", `/api/segments/${seg.id}/translations/en`, { token, json: { text } });
    expect((await save("One  two three.")).status).toBe(200);
    await call(ctx, "POST", `/api/articles/${created.data.id}/qa?lang=en`, { token });
    const openFor = () => ctx.db.select().from(flags).where(eq(flags.segmentId, seg.id)).all().filter((f) => f.status === "open" && f.side === "target");
    expect(openFor().map((f) => f.text)).toContain("  ");
    // 3,000 double spaces: 3,000 flags of 12 bound values each, more than one INSERT may carry.
    const spaced = `${Array.from({ length: 3000 }, () => "a  b").join(" ")}.`;
    expect((await save(spaced)).status).toBe(200);
    const qa = await call(ctx, "POST", `/api/articles/${created.data.id}/qa?lang=en`, { token });
    expect(qa.status).toBe(200);
    const open = openFor();
    expect(open.filter((f) => f.check === "double-space")).toHaveLength(3000);
    expect(open.every((f) => f.contextText === spaced)).toBe(true);
  }, 120_000);
});
