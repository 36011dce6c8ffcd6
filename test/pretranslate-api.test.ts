/**
 * Pre-translation through the API (a job with progress) and the service: TM matches first
 * (101%, 100%, then fuzzy above the threshold), marked with their score; never over human work.
 */
import { readFileSync } from "node:fs";
import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { DEMO_ARTICLE_TITLE } from "../src/db/demo/sample-translations";
import { SAMPLE_ARTICLE_PATH, seedDemo } from "../src/db/seed";
import { translations } from "../src/db/schema";
import { LANGUAGES } from "../src/domain/languages";
import { jobsFor } from "../src/services/jobs";
import { pretranslateArticle, type MachineTranslationStage } from "../src/services/tm/pretranslate";
import { saveTranslation } from "../src/services/translations";
import { addUser, call, makeTestApp, type TestContext } from "./support/app";

let ctx: TestContext;
let tokens: Record<"translator" | "reviewer" | "publisher" | "publisherEn" | "admin", string>;

const MEMORY = "Titre\n\nLe Centre a été fondé en 2016. Il soutient les villes créatives. Les deux parties ont engagé des échanges.";
const MACHINE = { id: null, roles: ["admin" as const], languages: [...LANGUAGES] };

beforeEach(async () => {
  ctx = makeTestApp();
  tokens = {
    translator: (await addUser(ctx.db, ["translator"], ["hu"])).token,
    reviewer: (await addUser(ctx.db, ["reviewer"], ["hu"])).token,
    publisher: (await addUser(ctx.db, ["publisher"], ["hu", "en"])).token,
    publisherEn: (await addUser(ctx.db, ["publisher"], ["en"])).token,
    admin: (await addUser(ctx.db, ["admin"], [])).token,
  };
  // An approved Hungarian translation of three sentences: the memory.
  const memory = await newArticle(MEMORY);
  const hu = ["Cím", "A Központot 2016-ban alapították.", "Támogatja a kreatív városokat.", "A két fél eszmecserét folytatott."];
  for (const [i, seg] of memory.segments.entries()) await saveAs(tokens.publisher, seg.id, hu[i]!, "final");
});

async function newArticle(text: string, sourceLang = "fr") {
  const res = await call(ctx, "POST", "/api/articles", { token: tokens.publisher, json: { title: text.split("\n")[0], sourceLang, text } });
  expect(res.status).toBe(201);
  return res.data;
}
const saveAs = (token: string, segmentId: number, text: string, status: string) =>
  call(ctx, "PUT", `/api/segments/${segmentId}/translations/hu`, { token, json: { text, status } });
const huOf = (segmentId: number) => ctx.db.select().from(translations).where(and(eq(translations.segmentId, segmentId), eq(translations.lang, "hu"))).get();

async function pretranslate(articleId: number, body: unknown, token = tokens.publisher) {
  const started = await call(ctx, "POST", `/api/articles/${articleId}/pretranslate`, { token, json: body });
  if (started.status !== 202) return started;
  await jobsFor(ctx.db).idle();
  return call(ctx, "GET", `/api/jobs/${started.data.jobId}`, { token });
}

describe("pre-translation", () => {
  it("fills from the memory in order: context, exact, fuzzy above the threshold; marks the score; leaves the rest", async () => {
    const article = await newArticle(
      "Titre\n\nLe Centre a été fondé en 2016. Il soutient les villes créatives.\n\nLes deux parties ont engagé des discussions.\n\nUne phrase toute nouvelle.\n\nLes deux parties ont engagé des échanges.",
    );
    const job = await pretranslate(article.id, { langs: ["hu"] });
    expect(job.status).toBe(200);
    expect(job.data).toMatchObject({ kind: "pretranslate", status: "done", progress: { done: 6, total: 6 } });
    const report = job.data.result;
    expect(report.byLanguage.hu).toEqual({ context: 2, exact: 2, fuzzy: 1, mt: 0, kept: 0, untranslated: 1 });
    expect(report.mt).toBeNull();
    const [title, founded, supports, discussions, novel, exchanges] = article.segments.map((s: any) => huOf(s.id));
    // The title and the first sentence sit between the same neighbours as in the memory.
    expect(founded).toMatchObject({ text: "A Központot 2016-ban alapították.", origin: "tm:101", status: "initial" });
    expect(title).toMatchObject({ origin: "tm:101" });
    // Same sentence, other neighbours: exact.
    expect(supports).toMatchObject({ text: "Támogatja a kreatív városokat.", origin: "tm:100" });
    expect(exchanges).toMatchObject({ text: "A két fél eszmecserét folytatott.", origin: "tm:100" });
    // One word of eight differs: 87%.
    expect(discussions).toMatchObject({ text: "A két fél eszmecserét folytatott.", origin: "tm:87", status: "initial" });
    expect(novel).toBeUndefined();
    // Each draft is a revision like any save.
    const history = await call(ctx, "GET", `/api/segments/${article.segments[3].id}/translations/hu/history`, { token: tokens.reviewer });
    expect(history.data.revisions.map((r: any) => [r.origin, r.status])).toEqual([["tm:87", "initial"]]);
  });

  it("uses the threshold asked for", async () => {
    const article = await newArticle("Titre\n\nLes deux parties ont engagé des discussions.");
    const job = await pretranslate(article.id, { langs: ["hu"], threshold: 90 });
    expect(job.data.result.byLanguage.hu).toMatchObject({ fuzzy: 0, untranslated: 1 });
  });

  it("never overwrites human work; replaces only untouched machine drafts, and a TM draft only by a better match", async () => {
    const article = await newArticle(MEMORY);
    const [title, founded, supports, exchanges] = article.segments.map((s: any) => s.id);
    // A human translation, status translated.
    await saveAs(tokens.translator, founded, "Saját fordítás.", "translated");
    // An untouched machine draft: the memory replaces it.
    saveTranslation({ db: ctx.db, input: { segmentId: supports, lang: "hu", text: "Gépi vázlat.", status: "initial", origin: "mt:demo" }, actor: MACHINE });
    // A TM draft at 75: a 100% match replaces it.
    saveTranslation({ db: ctx.db, input: { segmentId: exchanges, lang: "hu", text: "Régi találat.", status: "initial", origin: "tm:75" }, actor: MACHINE });
    // A draft someone edited but left initial is human work.
    saveTranslation({ db: ctx.db, input: { segmentId: title, lang: "hu", text: "Gépi cím.", status: "initial", origin: "mt:demo" }, actor: MACHINE });
    await call(ctx, "PUT", `/api/segments/${title}/translations/hu`, { token: tokens.translator, json: { text: "Javított cím.", status: "initial", version: 1 } });

    const job = await pretranslate(article.id, { langs: ["hu"] });
    expect(job.data.result.byLanguage.hu).toMatchObject({ kept: 2 });
    expect(huOf(founded)).toMatchObject({ text: "Saját fordítás.", origin: "human", status: "translated" });
    expect(huOf(title)).toMatchObject({ text: "Javított cím.", origin: "human" });
    expect(huOf(supports)).toMatchObject({ text: "Támogatja a kreatív városokat.", origin: "tm:101" });
    expect(huOf(exchanges)).toMatchObject({ text: "A két fél eszmecserét folytatott.", origin: "tm:101" });
  });

  it("keeps an accepted machine translation and a TM draft no worse than what it finds", async () => {
    const article = await newArticle("Titre\n\nLes deux parties ont engagé des discussions.\n\nIl soutient les villes créatives.");
    const [, discussions, supports] = article.segments.map((s: any) => s.id);
    saveTranslation({ db: ctx.db, input: { segmentId: discussions, lang: "hu", text: "Korábbi találat.", status: "initial", origin: "tm:95" }, actor: MACHINE });
    saveTranslation({ db: ctx.db, input: { segmentId: supports, lang: "hu", text: "Elfogadott gépi fordítás.", status: "reviewed", origin: "mt:demo" }, actor: MACHINE });
    await pretranslate(article.id, { langs: ["hu"] });
    expect(huOf(discussions)).toMatchObject({ text: "Korábbi találat.", origin: "tm:95" });
    expect(huOf(supports)).toMatchObject({ text: "Elfogadott gépi fordítás.", status: "reviewed" });
  });

  it("hands what the memory cannot fill to a machine translation stage when one is given", async () => {
    const article = await newArticle("Titre\n\nUne phrase toute nouvelle. Il soutient les villes créatives.");
    const asked: string[] = [];
    const mt: MachineTranslationStage = {
      provider: "loopback",
      translate: async (requests) => requests.map((r) => (asked.push(r.source), { text: `[${r.targetLang}] ${r.source}` })),
    };
    const report = await pretranslateArticle({ db: ctx.db, input: { articleId: article.id, langs: ["hu"] }, actor: MACHINE, mt });
    expect(asked).toEqual(["Une phrase toute nouvelle."]);
    expect(report.byLanguage.hu).toMatchObject({ exact: 2, mt: 1, untranslated: 0 });
    expect(report.mt).toBe("loopback");
    expect(huOf(article.segments[1].id)).toMatchObject({ text: "[hu] Une phrase toute nouvelle.", origin: "mt:loopback", mtText: "[hu] Une phrase toute nouvelle." });
  });

  it("reports progress to its caller as it goes", async () => {
    const article = await newArticle(MEMORY);
    const seen: number[] = [];
    await pretranslateArticle({ db: ctx.db, input: { articleId: article.id, langs: ["hu", "en"] }, actor: MACHINE, onProgress: (p) => seen.push(p.done) });
    expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });
});

describe("pre-translation: who may, and what is refused", () => {
  it("is for publishers and admins assigned to the languages", async () => {
    const article = await newArticle(MEMORY);
    expect((await pretranslate(article.id, { langs: ["hu"] }, tokens.translator)).status).toBe(403);
    expect((await pretranslate(article.id, { langs: ["hu"] }, tokens.reviewer)).status).toBe(403);
    expect((await pretranslate(article.id, { langs: ["hu"] }, tokens.publisherEn)).status).toBe(403);
    expect((await pretranslate(article.id, { langs: ["hu"] }, tokens.admin)).data.status).toBe("done");
    expect((await call(ctx, "POST", `/api/articles/${article.id}/pretranslate`, { json: { langs: ["hu"] } })).status).toBe(401);
  });
  it("refuses unknown articles, the source language, unknown languages and thresholds", async () => {
    const article = await newArticle(MEMORY);
    expect((await pretranslate(999999, { langs: ["hu"] })).status).toBe(404);
    expect((await pretranslate(article.id, { langs: ["fr"] })).status).toBe(400);
    expect((await pretranslate(article.id, { langs: ["de"] })).data.code).toBe("UNKNOWN_LANGUAGE");
    expect((await pretranslate(article.id, { langs: [] })).status).toBe(400);
    expect((await pretranslate(article.id, { langs: ["hu"], threshold: 10 })).status).toBe(400);
  });
  it("shows a job to its owner and admins only", async () => {
    const article = await newArticle(MEMORY);
    const started = await call(ctx, "POST", `/api/articles/${article.id}/pretranslate`, { token: tokens.publisher, json: { langs: ["hu"] } });
    expect(started.status).toBe(202);
    expect(started.data.href).toBe(`/api/jobs/${started.data.jobId}`);
    await jobsFor(ctx.db).idle();
    expect((await call(ctx, "GET", started.data.href, { token: tokens.publisherEn })).status).toBe(404);
    expect((await call(ctx, "GET", started.data.href, { token: tokens.admin })).status).toBe(200);
    expect((await call(ctx, "GET", "/api/jobs/nope", { token: tokens.publisher })).status).toBe(404);
  });
});

describe("the issue's check: re-importing the demo article", () => {
  it("pre-fills every segment approved in Hungarian (it filled 0 of 14 before the memory existed)", async () => {
    const demo = makeTestApp({ demoPassword: "demo-password-1" });
    await seedDemo(demo.db, demo.config, () => {});
    const approved = demo.db.select().from(translations).where(and(eq(translations.lang, "hu"), eq(translations.status, "final"))).all();
    expect(approved.length).toBeGreaterThanOrEqual(6);
    const publisher = (await addUser(demo.db, ["publisher"], ["hu"])).token;
    const text = readFileSync(SAMPLE_ARTICLE_PATH, "utf8");
    const again = await call(demo, "POST", "/api/articles", { token: publisher, json: { title: DEMO_ARTICLE_TITLE, sourceLang: "fr", text } });
    const started = await call(demo, "POST", `/api/articles/${again.data.id}/pretranslate`, { token: publisher, json: { langs: ["hu"] } });
    await jobsFor(demo.db).idle();
    const report = (await call(demo, "GET", started.data.href, { token: publisher })).data.result;
    const filled = report.byLanguage.hu.context + report.byLanguage.hu.exact;
    // Every segment approved in Hungarian comes back, at 101% (same text between the same neighbours).
    expect(report.byLanguage.hu.context).toBeGreaterThanOrEqual(approved.length);
    expect(report.byLanguage.hu.fuzzy + filled + report.byLanguage.hu.untranslated).toBe(again.data.segments.length);
  });
});
