import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { auditLog, translationRevisions, translations } from "../src/db/schema";
import { addArticle, addUser, call, makeTestApp, type TestContext } from "./support/app";

let ctx: TestContext;
let tokens: Record<"translator" | "reviewer" | "publisher" | "terminologist" | "zhTranslator", string>;
let segmentId: number;

beforeEach(async () => {
  ctx = makeTestApp();
  tokens = {
    translator: (await addUser(ctx.db, ["translator"], ["hu", "en"])).token,
    reviewer: (await addUser(ctx.db, ["reviewer"], ["hu", "fr"])).token,
    publisher: (await addUser(ctx.db, ["publisher"], ["hu"])).token,
    terminologist: (await addUser(ctx.db, ["terminologist"], ["hu"])).token,
    zhTranslator: (await addUser(ctx.db, ["translator"], ["zh"])).token,
  };
  const article = await addArticle(ctx, tokens.publisher);
  segmentId = article.segments[1].id;
});

const put = (token: string, json: unknown, lang = "hu", id = segmentId) =>
  call(ctx, "PUT", `/api/segments/${id}/translations/${lang}`, { token, json });

describe("translations: happy paths", () => {
  it("saves, versions and moves through the workflow by role", async () => {
    const first = await put(tokens.translator, { text: "Október 21-én Soós Gábor látogatást tett." });
    expect(first.status).toBe(200);
    expect(first.data).toMatchObject({ status: "translated", origin: "human", version: 1 });
    const reviewed = await put(tokens.reviewer, { text: "Október 21-én Soós Gábor látogatást tett.", status: "reviewed", version: 1 });
    expect(reviewed.data).toMatchObject({ status: "reviewed", version: 2 });
    const final = await put(tokens.publisher, { text: "Október 21-én Soós Gábor látogatást tett.", status: "final", version: 2 });
    expect(final.data).toMatchObject({ status: "final", version: 3 });
    const article = await call(ctx, "GET", `/api/articles/${(await call(ctx, "GET", "/api/articles", { token: tokens.publisher })).data.articles[0].id}`, { token: tokens.publisher });
    const seg = article.data.segments.find((s: any) => s.id === segmentId);
    expect(seg.translations.hu).toMatchObject({ status: "final", version: 3, origin: "human" });
  });

  it("keeps every save as a revision with a word diff (and a character diff for Chinese)", async () => {
    await put(tokens.translator, { text: "Soós Gábor látogatást tett." });
    await put(tokens.translator, { text: "Soós Gábor főtitkár látogatást tett.", version: 1 });
    const history = await call(ctx, "GET", `/api/segments/${segmentId}/translations/hu/history`, { token: tokens.reviewer });
    expect(history.status).toBe(200);
    expect(history.data.revisions.map((r: any) => r.version)).toEqual([2, 1]);
    const inserted = history.data.revisions[0].diff.filter((p: any) => p.op === "insert").map((p: any) => p.text.trim());
    expect(inserted).toEqual(["főtitkár"]);

    await put(tokens.zhTranslator, { text: "可持续发展" }, "zh");
    await put(tokens.zhTranslator, { text: "可持续的发展", version: 1 }, "zh");
    const zh = await call(ctx, "GET", `/api/segments/${segmentId}/translations/zh/history`, { token: tokens.zhTranslator });
    expect(zh.data.revisions[0].diff).toEqual([
      { op: "equal", text: "可持续" },
      { op: "insert", text: "的" },
      { op: "equal", text: "发展" },
    ]);
  });

  it("serves each revision's diff as stored at save, not one recomputed per request", async () => {
    await put(tokens.translator, { text: "Soós Gábor látogatást tett." });
    await put(tokens.translator, { text: "Soós Gábor főtitkár látogatást tett.", version: 1 });
    const rows = ctx.db.select().from(translationRevisions).all();
    expect(rows.map((r) => r.diff?.filter((p) => p.op === "insert").map((p) => p.text))).toEqual([["Soós Gábor látogatást tett."], ["főtitkár "]]);
    // What the history answers is what is stored.
    const marker = [{ op: "equal" as const, text: "stored diff" }];
    ctx.db.update(translationRevisions).set({ diff: marker }).where(eq(translationRevisions.id, rows[1]!.id)).run();
    const history = await call(ctx, "GET", `/api/segments/${segmentId}/translations/hu/history`, { token: tokens.reviewer });
    expect(history.data.revisions[0].diff).toEqual(marker);
  });

  it("computes once, and stores, the diff of a revision saved before diffs were stored", async () => {
    await put(tokens.translator, { text: "Első változat." });
    await put(tokens.translator, { text: "Második változat.", version: 1 });
    ctx.db.update(translationRevisions).set({ diff: null }).run();
    const history = await call(ctx, "GET", `/api/segments/${segmentId}/translations/hu/history`, { token: tokens.reviewer });
    expect(history.data.revisions[0].diff).toEqual([
      { op: "delete", text: "Első" },
      { op: "insert", text: "Második" },
      { op: "equal", text: " változat." },
    ]);
    expect(ctx.db.select().from(translationRevisions).all().every((r) => r.diff !== null)).toBe(true);
  });

  it("keeps exact diffs of three 20,000-character Chinese revisions", async () => {
    const han = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经";
    const text = (seed: number) => Array.from({ length: 20_000 }, (_, i) => han[(i * 7 + seed * 13 + ((i * seed) % 11)) % han.length]).join("");
    const zh = tokens.zhTranslator;
    for (const [i, seed] of [1, 2, 3].entries()) expect((await put(zh, { text: text(seed), version: i }, "zh")).status).toBe(200);
    const history = await call(ctx, "GET", `/api/segments/${segmentId}/translations/zh/history`, { token: zh });
    expect(history.data.revisions.map((r: any) => r.version)).toEqual([3, 2, 1]);
    for (const [i, r] of history.data.revisions.entries()) {
      const before = history.data.revisions[i + 1]?.text ?? "";
      expect(r.diff.filter((p: any) => p.op !== "insert").map((p: any) => p.text).join("")).toBe(before);
      expect(r.diff.filter((p: any) => p.op !== "delete").map((p: any) => p.text).join("")).toBe(r.text);
    }
  });

  it("records every write in the audit log with before and after", async () => {
    await put(tokens.translator, { text: "Első." });
    await put(tokens.translator, { text: "Második.", version: 1 });
    const rows = ctx.db.select().from(auditLog).where(eq(auditLog.action, "translation.save")).all();
    expect(rows).toHaveLength(2);
    expect(rows[1]!.before).toMatchObject({ text: "Első." });
    expect(rows[1]!.after).toMatchObject({ text: "Második." });
  });

  it("a source correction keeps a revision and sends translations back for review", async () => {
    await put(tokens.translator, { text: "Soós Gábor látogatást tett." });
    await put(tokens.reviewer, { text: "Soós Gábor látogatást tett.", status: "reviewed", version: 1 });
    const res = await call(ctx, "PATCH", `/api/segments/${segmentId}/source`, { token: tokens.reviewer, json: { text: "Le 22 octobre, Gábor Soós a effectué une visite.", version: 1 } });
    expect(res.status).toBe(200);
    expect(res.data.sourceVersion).toBe(2);
    const t = ctx.db.select().from(translations).where(eq(translations.segmentId, segmentId)).get()!;
    expect(t.needsReview).toBe(true);
    expect(t.status).toBe("translated");
    const history = await call(ctx, "GET", `/api/segments/${segmentId}/source/history`, { token: tokens.reviewer });
    expect(history.data.revisions.map((r: any) => r.version)).toEqual([2, 1]);
    const stale = await call(ctx, "PATCH", `/api/segments/${segmentId}/source`, { token: tokens.reviewer, json: { text: "Autre.", version: 1 } });
    expect(stale.status).toBe(409);
    expect(stale.data.current.text).toBe("Le 22 octobre, Gábor Soós a effectué une visite.");
  });
});

describe("translations: errors", () => {
  it("answers a stale version with 409 and the current text, and keeps the current text", async () => {
    await put(tokens.translator, { text: "Az első változat." });
    await put(tokens.reviewer, { text: "A lektor változata.", status: "reviewed", version: 1 });
    const stale = await put(tokens.translator, { text: "A fordító késői változata.", version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.type).toContain("application/problem+json");
    expect(stale.data.code).toBe("STALE_VERSION");
    expect(stale.data.current).toMatchObject({ text: "A lektor változata.", version: 2 });
    expect(stale.data.yours.text).toBe("A fordító késői változata.");
    const t = ctx.db.select().from(translations).where(eq(translations.segmentId, segmentId)).get()!;
    expect(t.text).toBe("A lektor változata.");
  });

  it("refuses a save made on a version loaded before a source correction (409), and keeps needsReview", async () => {
    const admin = (await addUser(ctx.db, ["admin"])).token;
    await put(tokens.translator, { text: "Soós Gábor látogatást tett." });
    await put(tokens.reviewer, { text: "Soós Gábor látogatást tett.", status: "reviewed", version: 1 });
    // The translator opened the segment at version 2; meanwhile the source is corrected.
    const corrected = await call(ctx, "PATCH", `/api/segments/${segmentId}/source`, { token: admin, json: { text: "Le 22 octobre, Gábor Soós a effectué une visite.", version: 1 } });
    expect(corrected.status).toBe(200);
    expect(corrected.data.translations).toEqual({ hu: { version: 3, status: "translated", needsReview: true } });
    const stale = await put(tokens.translator, { text: "Soós Gábor látogatást tett!", version: 2 });
    expect(stale.status).toBe(409);
    expect(stale.data.current).toMatchObject({ version: 3, status: "translated" });
    const t = ctx.db.select().from(translations).where(eq(translations.segmentId, segmentId)).get()!;
    expect(t).toMatchObject({ needsReview: true, text: "Soós Gábor látogatást tett.", version: 3 });
    // Saved on the current version, the edit clears needsReview.
    const fresh = await put(tokens.translator, { text: "Október 22-én Soós Gábor látogatást tett.", version: 3 });
    expect(fresh.data).toMatchObject({ version: 4, needsReview: false });
  });

  it("refuses empty text, unknown languages, unknown segments, the source language", async () => {
    expect((await put(tokens.translator, { text: "  " })).data.code).toBe("VALIDATION");
    const lang = await put(tokens.translator, { text: "x" }, "de");
    expect(lang.status).toBe(400);
    expect(lang.data.code).toBe("UNKNOWN_LANGUAGE");
    expect((await put(tokens.translator, { text: "x" }, "hu", 99999)).status).toBe(404);
    const admin = (await addUser(ctx.db, ["admin"])).token;
    expect((await put(admin, { text: "x" }, "fr")).data.code).toBe("VALIDATION");
  });

  it("accepts zh-CN and hu-HU as language tags", async () => {
    expect((await put(tokens.zhTranslator, { text: "你好。" }, "zh-CN")).status).toBe(200);
    expect((await put(tokens.translator, { text: "Szia." }, "hu-HU")).status).toBe(200);
  });
});

describe("translations: security", () => {
  it("refuses a translator writing a language not assigned to them, and changes nothing", async () => {
    const res = await put(tokens.translator, { text: "你好。" }, "zh");
    expect(res.status).toBe(403);
    expect(res.data.detail).toMatch(/not assigned to zh/);
    expect(ctx.db.select().from(translations).all()).toHaveLength(0);
  });

  it("refuses statuses above the role's ceiling", async () => {
    expect((await put(tokens.translator, { text: "Szia.", status: "reviewed" })).status).toBe(403);
    expect((await put(tokens.reviewer, { text: "Szia.", status: "final" })).status).toBe(403);
    expect((await put(tokens.terminologist, { text: "Szia." })).status).toBe(403);
  });

  it("refuses source corrections from roles that may not make them", async () => {
    const res = await call(ctx, "PATCH", `/api/segments/${segmentId}/source`, { token: tokens.translator, json: { text: "Autre texte." } });
    expect(res.status).toBe(403);
  });
});
