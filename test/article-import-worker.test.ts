/**
 * Large article imports do not hold the main thread: the body is read and segmented on the
 * import worker, and stored in steps with the event loop free between them, so other requests
 * (here /api/health) are answered while an import is under way. Ordering, not timing: the
 * health requests made after an import started must complete before it does.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articles, articleSources, pendingImports, segments } from "../src/db/schema";
import { createArticleImportPool, type ArticleImportPool } from "../src/routes/article-import-pool";
import { prepareArticle } from "../src/services/article-prepare";
import { articleFileInput } from "../src/services/import-file";
import { discardUnfinishedImports, storeArticleInSteps } from "../src/services/article-store";
import { getArticle, listArticles } from "../src/services/articles";
import { createManualFlag, qaSummary } from "../src/services/qa/flags";
import { correctSource } from "../src/services/segments";
import { saveTranslation } from "../src/services/translations";
import { addUser, call, makeTestApp, type TestContext } from "./support/app";
import { makeArticleDocx } from "./support/make-docx";

let pool: ArticleImportPool;
let ctx: TestContext;
let token: string;
beforeAll(async () => {
  pool = createArticleImportPool();
  ctx = makeTestApp({ maxBodyBytes: 16 * 1024 * 1024 }, { articleImports: pool });
  token = (await addUser(ctx.db, ["publisher"], ["fr"])).token;
});
afterAll(() => pool.close());

const SENTENCES = ["Le secrétaire général a salué le développement durable.", "Les deux parties ont engagé des échanges approfondis.", "Le centre d'art numérique se trouve à Wangfujing."];
/** About `bytes` of French: paragraphs of five sentences. */
function frenchText(bytes: number): string {
  const paragraphs: string[] = [];
  for (let size = 0, i = 0; size < bytes; i++) {
    const p = Array.from({ length: 5 }, (_, k) => SENTENCES[(i + k) % 3]).join(" ");
    paragraphs.push(p);
    size += Buffer.byteLength(p) + 2;
  }
  return paragraphs.join("\n\n");
}
const importBody = (text: string, format = "text") => JSON.stringify({ title: "Grand import", sourceLang: "fr", text, format });
const post = (body: string, headers: Record<string, string> = {}) => ctx.app.request("/api/articles", { method: "POST", body, headers: { authorization: `Bearer ${token}`, "content-type": "application/json", ...headers } });

describe("imports through the worker", () => {
  it("give the same article as an import on the main thread", async () => {
    const text = "Titre\n\nLe 21 octobre, M. Dupont est venu. Il est reparti.\n\nRéunion en cours\nSuite du texte.";
    const res = await post(importBody(text));
    expect(res.status).toBe(201);
    const viaWorker = await res.json();
    const inProcess = prepareArticle({ title: "Grand import", sourceLang: "fr", text });
    expect(viaWorker.segments.map((s: any) => [s.kind, s.paragraph, s.source, s.separator])).toEqual(inProcess.pieces.map((p) => [p.kind, p.paragraph, p.text, p.separator]));
    expect((await call(ctx, "GET", `/api/articles/${viaWorker.id}`, { token })).data).toEqual(viaWorker);
  });

  it("read a body sent in many chunks without a length, and refuse one over the limit with 413, storing nothing", async () => {
    const chunked = (text: string) => {
      const bytes = new TextEncoder().encode(text);
      return new ReadableStream<Uint8Array>({
        start(controller) {
          for (let at = 0; at < bytes.length; at += 4096) controller.enqueue(bytes.subarray(at, at + 4096));
          controller.close();
        },
      });
    };
    const send = (text: string) =>
      ctx.app.request("/api/articles", { method: "POST", body: chunked(text), duplex: "half", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" } } as RequestInit);
    const text = frenchText(200_000);
    const res = await send(importBody(text));
    expect(res.status).toBe(201);
    expect((await res.json()).segments.map((s: any) => s.source).join(" ")).toBe(prepareArticle({ title: "Grand import", sourceLang: "fr", text }).pieces.map((p) => p.text).join(" "));
    const before = ctx.db.select().from(articles).all().length;
    const tooBig = await send(importBody(frenchText(17 * 1024 * 1024)));
    expect(tooBig.status).toBe(413);
    expect(ctx.db.select().from(articles).all().length).toBe(before);
  });

  it("answer bad bodies as the main thread would: 400, 415, with the reason", async () => {
    expect((await post("{not json")).status).toBe(400);
    expect((await post(importBody("Un \u0000 deux."))).status).toBe(400);
    const tooLong = await post(importBody(`Intro.\n\n${"a".repeat(20_001)}`));
    expect(tooLong.status).toBe(400);
    expect((await tooLong.json()).detail).toMatch(/at most 20000/);
    const missing = await post(JSON.stringify({ title: "T", sourceLang: "xx", text: "Un." }));
    expect((await missing.json()).code).toBe("UNKNOWN_LANGUAGE");
    expect((await post(importBody("Un."), { "content-type": "text/plain" })).status).toBe(415);
  });

  it("leave the server answering while a 4 MB article is read and stored", async () => {
    const body = importBody(frenchText(4 * 1024 * 1024));
    const articlesBefore = ctx.db.select().from(articles).all().length;
    let imported = false;
    const importing = Promise.resolve(post(body)).then(async (res) => {
      const article = await res.json();
      imported = true;
      return { status: res.status, article };
    });
    // Health answers counted by what the database held when each came back: while the article
    // was read and segmented (no article row yet), while it was stored (pending), and after.
    const answered = { reading: [] as number[], storing: [] as number[] };
    while (!imported) {
      const health = await ctx.app.request("/api/health");
      if (imported) break;
      const phase = ctx.db.select().from(pendingImports).get() ? "storing" : ctx.db.select().from(articles).all().length > articlesBefore ? null : "reading";
      if (phase) answered[phase].push(health.status);
      await new Promise((resolve) => setImmediate(resolve));
    }
    const { status, article } = await importing;
    expect(status).toBe(201);
    expect(article.segments.length).toBeGreaterThan(40_000);
    // On the main thread, reading and segmenting is one synchronous block: no answer between
    // the body arriving and the article row existing. On the worker, many.
    expect(answered.reading.length).toBeGreaterThan(10);
    // Stored in steps (4 MB is over 20 steps), with answers between them.
    expect(answered.storing.length).toBeGreaterThan(5);
    expect(new Set([...answered.reading, ...answered.storing])).toEqual(new Set([200]));
  }, 120_000);

  it("read uploaded files (POST /api/articles/import) on the worker too: Markdown and DOCX as in process, refusals with their reason, the server answering meanwhile", async () => {
    const upload = (bytes: Uint8Array | string, query: string) =>
      ctx.app.request(`/api/articles/import?${query}`, { method: "POST", body: bytes as BodyInit, headers: { authorization: `Bearer ${token}`, "content-type": "application/octet-stream" } });
    const markdown = "# Visite\n\nLe **secrétaire** général est venu. Il est [reparti](https://example.org).\n\n- un\n- deux\n";
    const md = await upload(markdown, "sourceLang=fr&filename=visite.md");
    expect(md.status).toBe(201);
    const viaWorker = await md.json();
    const inProcess = prepareArticle(articleFileInput({ bytes: new TextEncoder().encode(markdown), sourceLang: "fr", filename: "visite.md" }));
    expect(viaWorker.title).toBe("Visite");
    expect(viaWorker.segments.map((s: any) => [s.kind, s.source, s.codes])).toEqual(inProcess.pieces.map((p) => [p.kind, p.text, p.codes]));

    const docx = await makeArticleDocx();
    const fromDocx = await upload(docx, "sourceLang=fr");
    expect(fromDocx.status).toBe(201);
    const docxArticle = await fromDocx.json();
    expect(docxArticle.segments.map((s: any) => s.source)).toEqual(prepareArticle(articleFileInput({ bytes: docx, sourceLang: "fr" })).pieces.map((p) => p.text));
    // the original package is kept for export in its own shape
    expect(ctx.db.select().from(articleSources).all().find((s) => s.articleId === docxArticle.id)?.original?.length).toBe(docx.length);

    const latin1 = await upload(new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x2e]), "sourceLang=fr&filename=cafe.txt");
    expect(latin1.status).toBe(400);
    expect((await latin1.json()).code).toBe("INVALID_ENCODING");
    expect((await upload(new Uint8Array(0), "sourceLang=fr")).status).toBe(400);

    // A large Markdown file: health is answered while the worker reads it.
    let done = false;
    const big = Promise.resolve(upload(`# Grand\n\n${frenchText(2 * 1024 * 1024)}`, "sourceLang=fr&format=markdown")).then((res) => ((done = true), res));
    let answers = 0;
    while (!done) {
      if ((await ctx.app.request("/api/health")).status === 200 && !done) answers++;
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect((await big).status).toBe(201);
    expect(answers).toBeGreaterThan(10);
  }, 120_000);

  it("refuse an article the worker cannot read in time (422), and go on working", async () => {
    const hurried = createArticleImportPool({ timeoutMs: 1 });
    const app = makeTestApp({}, { articleImports: hurried });
    const { token: own } = await addUser(app.db, ["publisher"], ["fr"]);
    const res = await call(app, "POST", "/api/articles", { token: own, json: { title: "T", sourceLang: "fr", text: frenchText(200_000) } });
    expect(res.status).toBe(422);
    expect(res.data.detail).toMatch(/took more than/);
    expect(app.db.select().from(articles).all()).toEqual([]);
    await hurried.close();
  }, 60_000);
});

describe("storing in steps", () => {
  const prepared = () => prepareArticle({ title: "Étapes", sourceLang: "fr", text: frenchText(40_000) });

  it("hides the article until its last segment is stored", async () => {
    const app = makeTestApp();
    const p = prepared();
    const storing = storeArticleInSteps({ db: app.db, prepared: p, segmentsPerStep: 50 });
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    const partial = app.db.select().from(segments).all().length;
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(p.pieces.length);
    expect(listArticles({ db: app.db })).toEqual([]);
    const pendingId = app.db.select().from(pendingImports).get()!.articleId;
    expect(() => getArticle({ db: app.db, input: { id: pendingId } })).toThrow(/does not exist/);
    // Nothing reaches its stored segments either: no save, flag, source correction or QA.
    const stored = app.db.select().from(segments).get()!;
    const admin = { id: null, roles: ["admin"] as const, languages: ["fr", "en"] as const };
    expect(() => saveTranslation({ db: app.db, input: { segmentId: stored.id, lang: "en", text: "Title" }, actor: admin })).toThrow(/does not exist/);
    expect(() => correctSource({ db: app.db, input: { segmentId: stored.id, text: "Autre" }, actor: admin })).toThrow(/does not exist/);
    expect(() => createManualFlag({ db: app.db, input: { segmentId: stored.id, lang: "fr", side: "source", start: 0, end: 1, category: "linguistic/spelling", severity: "minor" }, actor: { ...admin, id: 1 } })).toThrow(/does not exist/);
    expect(() => qaSummary({ db: app.db, input: { articleId: pendingId, lang: "en" } })).toThrow(/does not exist/);
    const id = await storing;
    expect(getArticle({ db: app.db, input: { id } }).segments).toHaveLength(p.pieces.length);
    expect(listArticles({ db: app.db }).map((a) => a.id)).toEqual([id]);
    expect(app.db.select().from(pendingImports).all()).toEqual([]);
  });

  it("removes what it stored when a step fails, and a start discards an import a crash cut short", async () => {
    const app = makeTestApp();
    const p = prepared();
    (p.pieces[p.pieces.length - 1] as { text: unknown }).text = null; // the last step fails (NOT NULL)
    await expect(storeArticleInSteps({ db: app.db, prepared: p, segmentsPerStep: 50 })).rejects.toThrow();
    expect(app.db.select().from(articles).all()).toEqual([]);
    expect(app.db.select().from(segments).all()).toEqual([]);

    const crashed = app.db.insert(articles).values({ title: "Cut short", sourceLang: "fr" }).returning().get();
    app.db.insert(pendingImports).values({ articleId: crashed.id }).run();
    app.db.insert(segments).values({ articleId: crashed.id, position: 0, paragraph: 0, kind: "title", source: "Cut short" }).run();
    expect(discardUnfinishedImports(app.db)).toBe(1);
    expect(app.db.select().from(articles).all()).toEqual([]);
    expect(app.db.select().from(segments).all()).toEqual([]);
  });
});
