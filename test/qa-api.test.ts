import { beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../src/db/seed";
import { createQaScheduler, defaultSpelling } from "../src/services/qa";
import type { SpellingService } from "../src/services/spelling/service";
import { addUser, call, makeTestApp, type TestContext } from "./support/app";

let ctx: TestContext;
let spelling: SpellingService;
let tokens: Record<"reviewer" | "translator" | "terminologist", string>;
let article: any;

beforeAll(async () => {
  spelling = await defaultSpelling();
  const base = makeTestApp();
  const qaScheduler = createQaScheduler({ db: base.db, spelling });
  // The app built with a scheduler, so QA runs after saves as in production.
  ctx = { ...base, app: (await import("../src/app")).createApp({ db: base.db, config: base.config, spelling, qaScheduler }) };
  await seedDemo(ctx.db, { ...ctx.config, demoPassword: "demo-password-1" }, () => {});
  tokens = {
    reviewer: (await addUser(ctx.db, ["reviewer"], ["fr", "hu"])).token,
    translator: (await addUser(ctx.db, ["translator"], ["hu"])).token,
    terminologist: (await addUser(ctx.db, ["terminologist"])).token,
  };
  const list = await call(ctx, "GET", "/api/articles", { token: tokens.reviewer });
  article = (await call(ctx, "GET", `/api/articles/${list.data.articles[0].id}`, { token: tokens.reviewer })).data;
});

describe("QA: happy paths", () => {
  it("finds exactly one spelling flag of minor or higher in the sample article's French source, on magaisn", async () => {
    const res = await call(ctx, "POST", `/api/articles/${article.id}/qa?lang=hu`, { token: tokens.reviewer });
    expect(res.status).toBe(200);
    const sourceSpelling = res.data.flags.filter((f: any) => f.side === "source" && f.lang === "fr" && f.check === "spelling" && f.severity !== "neutral");
    expect(sourceSpelling.map((f: any) => f.text)).toEqual(["magaisn"]);
    expect(sourceSpelling[0].suggestions[0]).toBe("magasin");
    expect(sourceSpelling[0].category).toBe("linguistic/spelling");
    const seg = article.segments.find((s: any) => s.id === sourceSpelling[0].segmentId);
    expect(seg.source.slice(sourceSpelling[0].start, sourceSpelling[0].end)).toBe("magaisn");
  });

  it("checks statelessly, with terms, numbers and names", async () => {
    const res = await call(ctx, "POST", "/api/qa/check", {
      token: tokens.translator,
      json: { sourceLang: "fr", source: "Le 21 octobre, Gábor Soós a parlé du développement durable.", targetLang: "hu", target: "Október 12-én Gábor Soós a fenntartható fejlesztésről beszélt." },
    });
    const checks = res.data.flags.map((f: any) => `${f.check}:${f.text}`);
    expect(checks).toContain("numbers:Október 12-én");
    expect(checks).toContain("names:Gábor Soós");
    expect(checks).toContain("terminology:fenntartható fejlesztésről");
  });

  it("runs after a save, off the request, and shows a typo flag", async () => {
    // A segment a translator may still change (not reviewed or approved yet).
    const seg = article.segments.find((s: any) => ["initial", "translated"].includes(s.translations.hu?.status));
    const current = seg.translations.hu;
    const saved = await call(ctx, "PUT", `/api/segments/${seg.id}/translations/hu`, { token: tokens.translator, json: { text: "A két fél elmélyült eszmecserét folytatot a kultúráról.", version: current.version } });
    expect(saved.status).toBe(200);
    await waitForFlags(seg.id, (flags) => flags.some((f: any) => f.text === "folytatot"));
    const flags = (await call(ctx, "GET", `/api/articles/${article.id}/flags?lang=hu&segment=${seg.id}`, { token: tokens.translator })).data.flags;
    const typo = flags.find((f: any) => f.text === "folytatot");
    expect(typo).toMatchObject({ check: "spelling", severity: "minor", side: "target" });
    expect(typo.suggestions).toContain("folytatott");
  });

  it("keeps manual flags and dismissed flags across re-runs, and resolves flags whose text changed", async () => {
    const seg = article.segments.find((s: any) => s.source.includes("magaisn"));
    const start = seg.source.indexOf("magaisn");
    const manual = await call(ctx, "POST", `/api/segments/${seg.id}/flags`, { token: tokens.reviewer, json: { lang: "fr", side: "source", start, end: start + 7, suggestion: "magasin", comment: "typo" } });
    expect(manual.status).toBe(201);
    expect(manual.data).toMatchObject({ text: "magaisn", category: "linguistic/spelling", severity: "minor", check: "manual", suggestions: ["magasin"] });
    const all = (await call(ctx, "GET", `/api/articles/${article.id}/flags?lang=fr&status=open&segment=${seg.id}`, { token: tokens.reviewer })).data.flags;
    const auto = all.find((f: any) => f.check === "spelling" && f.text === "magaisn");
    expect((await call(ctx, "PATCH", `/api/flags/${auto.id}`, { token: tokens.reviewer, json: { status: "dismissed" } })).data.status).toBe("dismissed");
    await call(ctx, "POST", `/api/articles/${article.id}/qa?lang=hu`, { token: tokens.reviewer });
    const after = (await call(ctx, "GET", `/api/articles/${article.id}/flags?lang=fr&segment=${seg.id}`, { token: tokens.reviewer })).data.flags;
    expect(after.filter((f: any) => f.text === "magaisn" && f.check === "spelling" && f.status === "open")).toEqual([]);
    expect(after.find((f: any) => f.id === manual.data.id).status).toBe("open");
    // The correction resolves the manual flag automatically.
    await call(ctx, "PATCH", `/api/segments/${seg.id}/source`, { token: tokens.reviewer, json: { text: seg.source.replace("magaisn", "magasin") } });
    await waitForFlags(seg.id, (flags) => flags.some((f: any) => f.id === manual.data.id && f.status === "resolved"), "fr");
    const resolved = (await call(ctx, "GET", `/api/articles/${article.id}/flags?lang=fr&segment=${seg.id}`, { token: tokens.reviewer })).data.flags.find((f: any) => f.id === manual.data.id);
    expect(resolved).toMatchObject({ status: "resolved", resolution: "text changed" });
  });

  it("summarises open flags with an MQM score", async () => {
    const res = await call(ctx, "GET", `/api/articles/${article.id}/qa/summary?lang=hu`, { token: tokens.reviewer });
    expect(res.data.words).toBeGreaterThan(200);
    expect(res.data.open).toBe(Object.values(res.data.bySeverity as Record<string, number>).reduce((a, b) => a + b, 0));
    const expected = (res.data.bySeverity.minor + 5 * res.data.bySeverity.major + 25 * res.data.bySeverity.critical) / res.data.words * 1000;
    expect(res.data.score).toBeCloseTo(expected, 0);
  });
});

describe("QA: errors and security", () => {
  it("refuses spans outside the text or cutting a surrogate pair", async () => {
    const seg = article.segments[1];
    const outside = await call(ctx, "POST", `/api/segments/${seg.id}/flags`, { token: tokens.reviewer, json: { lang: "fr", side: "source", start: 0, end: 100000 } });
    expect(outside.status).toBe(400);
    const wrongLang = await call(ctx, "POST", `/api/segments/${seg.id}/flags`, { token: tokens.reviewer, json: { lang: "hu", side: "source", start: 0, end: 2 } });
    expect(wrongLang.status).toBe(400);
  });
  it("refuses flags and runs to roles without them", async () => {
    const seg = article.segments[1];
    expect((await call(ctx, "POST", `/api/segments/${seg.id}/flags`, { token: tokens.terminologist, json: { lang: "fr", side: "source", start: 0, end: 2 } })).status).toBe(403);
    expect((await call(ctx, "POST", `/api/segments/${seg.id}/flags`, { token: tokens.translator, json: { lang: "zh", side: "target", start: 0, end: 2 } })).status).toBe(403);
    expect((await call(ctx, "POST", `/api/articles/${article.id}/qa`, { token: tokens.terminologist })).status).toBe(403);
    expect((await call(ctx, "POST", "/api/qa/check", { json: { sourceLang: "fr", source: "x" } })).status).toBe(401);
  });
});

async function waitForFlags(segmentId: number, done: (flags: any[]) => boolean, lang = "hu") {
  for (let i = 0; i < 100; i++) {
    const flags = (await call(ctx, "GET", `/api/articles/${article.id}/flags?lang=${lang}&segment=${segmentId}`, { token: tokens.reviewer })).data.flags;
    if (done(flags)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error("background QA did not produce the expected flags");
}
