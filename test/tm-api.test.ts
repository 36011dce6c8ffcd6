/**
 * Translation memory through the API: units from approved translations, lookups (101%, 100%,
 * fuzzy, both directions, Chinese), concordance, and the role checks.
 */
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { tmUnits } from "../src/db/schema";
import { addArticle, addUser, call, makeTestApp, type TestContext } from "./support/app";

let ctx: TestContext;
let tokens: Record<"translator" | "reviewer" | "publisher" | "terminologist", string>;
let article: any;

beforeEach(async () => {
  ctx = makeTestApp();
  tokens = {
    translator: (await addUser(ctx.db, ["translator"], ["hu", "en", "zh"])).token,
    reviewer: (await addUser(ctx.db, ["reviewer"], ["hu", "fr"])).token,
    publisher: (await addUser(ctx.db, ["publisher"], ["hu", "en", "zh"])).token,
    terminologist: (await addUser(ctx.db, ["terminologist"])).token,
  };
  article = await addArticle(ctx, tokens.publisher);
});

const approve = (segmentId: number, text: string, lang = "hu") =>
  call(ctx, "PUT", `/api/segments/${segmentId}/translations/${lang}`, { token: tokens.publisher, json: { text, status: "final" } });
const lookup = (segmentId: number, lang = "hu", extra = "") => call(ctx, "GET", `/api/segments/${segmentId}/tm?lang=${lang}${extra}`, { token: tokens.translator });
const units = () => ctx.db.select().from(tmUnits).all();

describe("units from approved translations", () => {
  it("makes a unit when a translation reaches final, not before", async () => {
    const seg = article.segments[2];
    await call(ctx, "PUT", `/api/segments/${seg.id}/translations/hu`, { token: tokens.translator, json: { text: "A két fél eszmecserét folytatott." } });
    expect(units()).toHaveLength(0);
    await call(ctx, "PUT", `/api/segments/${seg.id}/translations/hu`, { token: tokens.publisher, json: { text: "A két fél eszmecserét folytatott.", status: "final", version: 1 } });
    const [unit] = units();
    expect(unit).toMatchObject({
      sourceLang: "fr",
      targetLang: "hu",
      sourceText: seg.source,
      targetText: "A két fél eszmecserét folytatott.",
      articleId: article.id,
      segmentId: seg.id,
      origin: "segment",
      prevSource: article.segments[1].source,
      nextSource: article.segments[3].source,
    });
    expect(unit!.createdBy).not.toBeNull();
  });

  it("follows later edits of the approved translation (the latest text wins)", async () => {
    const seg = article.segments[2];
    await approve(seg.id, "A két fél eszmecserét folytatott.");
    // Approved text is changed by a publisher (README's role table: nobody overwrites a status above their own).
    await call(ctx, "PUT", `/api/segments/${seg.id}/translations/hu`, { token: tokens.publisher, json: { text: "A két fél mélyreható eszmecserét folytatott.", status: "reviewed", version: 1 } });
    expect(units().map((u) => u.targetText)).toEqual(["A két fél mélyreható eszmecserét folytatott."]);
    // The old wording is gone from the index, the new one is found.
    const other = await addArticle(ctx, tokens.publisher, "Titre\n\nLes deux parties ont engagé des échanges.");
    const matches = (await lookup(other.segments[1].id)).data.matches;
    expect(matches.map((m: any) => m.target)).toEqual(["A két fél mélyreható eszmecserét folytatott."]);
  });

  it("refreshes the unit's source after a source correction and a new save", async () => {
    const seg = article.segments[2];
    await approve(seg.id, "A két fél eszmecserét folytatott.");
    await call(ctx, "PATCH", `/api/segments/${seg.id}/source`, { token: tokens.reviewer, json: { text: "Les deux parties ont engagé des échanges fructueux." } });
    expect(units()[0]!.sourceText).toBe(seg.source);
    await call(ctx, "PUT", `/api/segments/${seg.id}/translations/hu`, { token: tokens.publisher, json: { text: "A két fél gyümölcsöző eszmecserét folytatott.", status: "final" } });
    expect(units()[0]).toMatchObject({ sourceText: "Les deux parties ont engagé des échanges fructueux.", targetText: "A két fél gyümölcsöző eszmecserét folytatott." });
  });
});

describe("lookup", () => {
  it("finds a context match (101%) for the same sentence between the same neighbours, else 100%", async () => {
    await approve(article.segments[2].id, "A két fél eszmecserét folytatott.");
    const same = await addArticle(ctx, tokens.publisher);
    const res = await lookup(same.segments[2].id);
    expect(res.status).toBe(200);
    expect(res.data.matches).toHaveLength(1);
    expect(res.data.matches[0]).toMatchObject({ score: 101, kind: "context", target: "A két fél eszmecserét folytatott.", reversed: false, origin: "segment" });

    const moved = await addArticle(ctx, tokens.publisher, "Autre titre\n\nLes deux parties ont engagé des échanges.");
    const exact = (await lookup(moved.segments[1].id)).data.matches[0];
    expect(exact).toMatchObject({ score: 100, kind: "exact" });
    expect(exact.diff).toEqual([{ op: "equal", text: "Les deux parties ont engagé des échanges." }]);
  });

  it("finds fuzzy matches with their score and the words that differ", async () => {
    await approve(article.segments[4].id, "Hsziao Lan ügyvezető igazgató bemutatta a Központ eredményeit.");
    const other = await addArticle(ctx, tokens.publisher, "Titre\n\nLe directeur exécutif Xiao Lan a présenté les résultats du Centre.");
    const res = await lookup(other.segments[1].id);
    const [match] = res.data.matches;
    // 12 tokens, one replaced: 1 - 1/12 = 91.7%
    expect(match).toMatchObject({ score: 91, kind: "fuzzy" });
    expect(match.diff.filter((p: any) => p.op !== "equal")).toEqual([
      { op: "delete", text: "réalisations" },
      { op: "insert", text: "résultats" },
    ]);
    // Above the threshold asked for, nothing.
    expect((await lookup(other.segments[1].id, "hu", "&threshold=95")).data.matches).toEqual([]);
  });

  it("leaves out the segment's own unit", async () => {
    await approve(article.segments[2].id, "A két fél eszmecserét folytatott.");
    expect((await lookup(article.segments[2].id)).data.matches).toEqual([]);
  });

  it("answers in both directions: a fr→hu unit serves a hu→fr lookup", async () => {
    await approve(article.segments[2].id, "A két fél eszmecserét folytatott.");
    const hu = await call(ctx, "POST", "/api/articles", { token: tokens.publisher, json: { title: "Cím", sourceLang: "hu", text: "A két fél eszmecserét folytatott." } });
    const res = await call(ctx, "GET", `/api/segments/${hu.data.segments[1].id}/tm?lang=fr`, { token: tokens.translator });
    expect(res.data.matches[0]).toMatchObject({ score: 100, reversed: true, source: "A két fél eszmecserét folytatott.", target: article.segments[2].source });
  });

  it("scores Chinese by characters", async () => {
    const zh = await call(ctx, "POST", "/api/articles", { token: tokens.publisher, json: { title: "标题", sourceLang: "zh", text: "双方就文化与科技融合进行了深入交流。" } });
    await call(ctx, "PUT", `/api/segments/${zh.data.segments[1].id}/translations/en`, { token: tokens.publisher, json: { text: "The two sides held in-depth discussions on the integration of culture and technology.", status: "final" } });
    const other = await call(ctx, "POST", "/api/articles", { token: tokens.publisher, json: { title: "标题二", sourceLang: "zh", text: "双方就文化与旅游融合进行了深入交流。" } });
    const res = await call(ctx, "GET", `/api/segments/${other.data.segments[1].id}/tm?lang=en`, { token: tokens.translator });
    // 18 characters, 2 replaced: 1 - 2/18 = 88.8%
    expect(res.data.matches[0]).toMatchObject({ score: 88, target: "The two sides held in-depth discussions on the integration of culture and technology." });
    expect(res.data.matches[0].diff.filter((p: any) => p.op !== "equal").map((p: any) => p.text)).toEqual(["科技", "旅游"]);
  });

  it("refuses what it cannot answer", async () => {
    const seg = article.segments[1].id;
    expect((await call(ctx, "GET", `/api/segments/${seg}/tm?lang=hu`)).status).toBe(401);
    expect((await lookup(seg, "de")).status).toBe(400);
    expect((await lookup(seg, "fr")).data.code).toBe("VALIDATION");
    expect((await lookup(seg, "hu", "&threshold=20")).status).toBe(400);
    expect((await lookup(999999, "hu")).status).toBe(404);
  });
});

describe("concordance", () => {
  beforeEach(async () => {
    await approve(article.segments[1].id, "Október 21-én Soós Gábor, a Magyar UNESCO Bizottság főtitkára látogatást tett.");
    const zh = await call(ctx, "POST", "/api/articles", { token: tokens.publisher, json: { title: "标题", sourceLang: "zh", text: "双方就可持续发展进行了深入交流。" } });
    await call(ctx, "PUT", `/api/segments/${zh.data.segments[1].id}/translations/en`, { token: tokens.publisher, json: { text: "The two sides discussed sustainable development.", status: "final" } });
  });
  const search = (q: string, lang?: string) => call(ctx, "GET", `/api/tm/search?q=${encodeURIComponent(q)}${lang ? `&lang=${lang}` : ""}`, { token: tokens.reviewer });

  it("finds a phrase in sources and targets, ignoring case and accents, with its offsets", async () => {
    const res = await search("commission nationale", "fr");
    expect(res.status).toBe(200);
    const [hit] = res.data.results;
    expect(hit.source.slice(hit.sourceMatches[0][0], hit.sourceMatches[0][1])).toBe("Commission nationale");
    expect((await search("UNESCO bizottsag", "hu")).data.results[0].targetMatches).toHaveLength(1);
    expect((await search("sustainable development")).data.results[0].targetMatches).toEqual([[24, 47]]);
  });
  it("finds Hungarian words by their stem (inflected forms) but not inside other words", async () => {
    expect((await search("főtitkár", "hu")).data.results).toHaveLength(1);
    expect((await search("titkára", "hu")).data.results).toHaveLength(0);
  });
  it("finds one- and two-character Chinese queries", async () => {
    const one = await search("续", "zh");
    expect(one.data.results).toHaveLength(1);
    expect(one.data.results[0].sourceMatches).toEqual([[5, 6]]);
    expect((await search("发展")).data.results[0].sourceMatches).toEqual([[6, 8]]);
    expect((await search("发现")).data.results).toEqual([]);
  });
  it("needs a query and a known language", async () => {
    expect((await search("")).status).toBe(400);
    expect((await search("x", "de")).status).toBe(400);
    expect((await call(ctx, "GET", "/api/tm/search?q=x")).status).toBe(401);
  });
});

describe("the demo's approved translations", () => {
  it("are in the memory as soon as the demo is loaded", async () => {
    const { seedDemo } = await import("../src/db/seed");
    const demo = makeTestApp({ demoPassword: "demo-password-1" });
    await seedDemo(demo.db, demo.config, () => {});
    const finals = demo.db.select().from(tmUnits).where(eq(tmUnits.targetLang, "hu")).all();
    expect(finals.length).toBeGreaterThanOrEqual(6);
    expect(finals.every((u) => u.sourceLang === "fr" && u.origin === "segment")).toBe(true);
  });
});


describe("answer shapes (the review workspace's TM panel reads them: keep them stable)", () => {
  it("GET /api/segments/:id/tm and GET /api/tm/search answer with exactly these fields", async () => {
    await approve(article.segments[4].id, "Hsziao Lan ügyvezető igazgató bemutatta a Központ eredményeit.");
    const other = await addArticle(ctx, tokens.publisher, "Titre\n\nLe directeur exécutif Xiao Lan a présenté les résultats du Centre.");
    const res = await lookup(other.segments[1].id);
    expect(Object.keys(res.data).sort()).toEqual(["matches", "segmentId", "source", "sourceLang", "targetLang", "threshold"]);
    expect(res.data).toMatchObject({ segmentId: other.segments[1].id, sourceLang: "fr", targetLang: "hu", threshold: 70 });
    const [match] = res.data.matches;
    expect(Object.keys(match).sort()).toEqual(["articleId", "author", "diff", "kind", "origin", "reversed", "score", "segmentId", "source", "target", "unitId", "updatedAt"]);
    expect(match).toMatchObject({ kind: "fuzzy", origin: "segment", articleId: article.id, segmentId: article.segments[4].id, reversed: false });
    expect(typeof match.unitId).toBe("number");
    expect(typeof match.author).toBe("string");
    expect(Number.isNaN(Date.parse(match.updatedAt))).toBe(false);
    expect(match.diff.every((p: any) => ["equal", "insert", "delete"].includes(p.op) && typeof p.text === "string")).toBe(true);

    const found = await call(ctx, "GET", "/api/tm/search?q=Xiao&lang=fr", { token: tokens.reviewer });
    expect(Object.keys(found.data).sort()).toEqual(["lang", "query", "results", "truncated"]);
    expect(found.data).toMatchObject({ query: "Xiao", lang: "fr", truncated: false });
    expect(Object.keys(found.data.results[0]).sort()).toEqual(["source", "sourceLang", "sourceMatches", "target", "targetLang", "targetMatches", "unitId"]);
    expect(found.data.results[0]).toMatchObject({ sourceLang: "fr", targetLang: "hu", targetMatches: [] });
    expect((await call(ctx, "GET", "/api/tm/search?q=Xiao", { token: tokens.reviewer })).data.lang).toBeNull();
  });
});
