import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { translationRevisions, translations } from "../src/db/schema";
import { addArticle, addUser, call, loginCookie, makeTestApp, type TestContext } from "./support/app";

let ctx: TestContext;
let translator: string;
let articleId: number;
let publisher: string;
let segmentId: number;

beforeEach(async () => {
  ctx = makeTestApp();
  translator = (await addUser(ctx.db, ["translator"], ["hu"], "tr-hu")).token;
  publisher = (await addUser(ctx.db, ["publisher"], ["hu"])).token;
  const article = await addArticle(ctx, publisher);
  articleId = article.id;
  segmentId = article.segments[1].id;
});

const put = (json: unknown, token = translator) => call(ctx, "PUT", `/api/segments/${segmentId}/translations/hu`, { token, json });
const row = () => ctx.db.select().from(translations).where(eq(translations.segmentId, segmentId)).get()!;

describe("imported machine translation keeps its origin", () => {
  it("stores origin mt:<provider> as given, with the MT text and a first revision of that origin", async () => {
    const res = await put({ text: "Október 21-én Soós Gábor látogatást tett.", status: "initial", origin: "mt:deepl" });
    expect(res.status).toBe(200);
    expect(res.data.origin).toBe("mt:deepl");
    expect(row()).toMatchObject({ origin: "mt:deepl", mtText: "Október 21-én Soós Gábor látogatást tett.", status: "initial" });
    const revisions = ctx.db.select().from(translationRevisions).all();
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ origin: "mt:deepl", version: 1 });
  });

  it("a post-edit becomes human and keeps the MT text for the diff", async () => {
    await put({ text: "Október 21-én Soós Gábor látogatást tett.", status: "initial", origin: "mt:deepl" });
    const edited = await put({ text: "Október 21-én Soós Gábor főtitkár látogatást tett.", version: 1 });
    expect(edited.data.origin).toBe("human");
    expect(row()).toMatchObject({ origin: "human", mtText: "Október 21-én Soós Gábor látogatást tett." });
    const { cookie } = await loginCookie(ctx, "tr-hu");
    const html = await (await ctx.app.request(`/articles/${articleId}/hu`, { headers: { cookie } })).text();
    expect(html).toMatch(/class="mt-diff"[\s\S]*<ins[^>]*>[^<]*főtitkár/);
  });

  it("a new MT output over an untouched draft replaces the MT text", async () => {
    await put({ text: "Első gépi változat.", status: "initial", origin: "mt:libretranslate" });
    await put({ text: "Második gépi változat.", status: "initial", origin: "mt:deepl", version: 1 });
    expect(row()).toMatchObject({ origin: "mt:deepl", mtText: "Második gépi változat." });
  });

  it("accepts human, tm:<score> and xliff origins", async () => {
    expect((await put({ text: "Egy.", origin: "human" })).data.origin).toBe("human");
    expect((await put({ text: "Kettő.", origin: "tm:87", status: "initial", version: 1 })).data.origin).toBe("tm:87");
    expect((await put({ text: "Három.", origin: "xliff", version: 2 })).data.origin).toBe("xliff");
    expect(row().mtText).toBeNull();
  });
});

describe("origin validation", () => {
  it.each([["robot"], ["mt:"], ["mt:Deep L"], ["tm:102"], ["tm:abc"], ["mt:" + "x".repeat(41)], [""]])("refuses origin %j with 400", async (origin) => {
    const res = await put({ text: "Szia.", origin });
    expect(res.status).toBe(400);
    expect(res.data.code).toBe("VALIDATION");
    expect(ctx.db.select().from(translations).all()).toHaveLength(0);
  });
});
