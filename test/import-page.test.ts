import { beforeAll, describe, expect, it } from "vitest";
import { articles } from "../src/db/schema";
import { addUser, loginCookie, makeTestApp, visibleText, type TestContext } from "./support/app";

let ctx: TestContext;
let publisher: { cookie: string; csrf: string };
let translator: { cookie: string; csrf: string };

beforeAll(async () => {
  ctx = makeTestApp();
  await addUser(ctx.db, ["publisher"], ["fr", "en", "zh", "hu"], "pub");
  await addUser(ctx.db, ["translator"], ["fr", "en", "zh", "hu"], "tr");
  publisher = await loginCookie(ctx, "pub");
  translator = await loginCookie(ctx, "tr");
});

const form = (fields: Record<string, string>, csrf?: string) => {
  const body = new FormData();
  if (csrf) body.set("_csrf", csrf);
  for (const [k, v] of Object.entries(fields)) body.set(k, v);
  return body;
};
const post = (who: { cookie: string; csrf: string } | undefined, fields: Record<string, string>, csrf = who?.csrf) =>
  ctx.app.request("/articles/new", { method: "POST", body: form(fields, csrf), headers: who ? { cookie: who.cookie } : {} });

describe("the import page", () => {
  it("is offered to publishers: in the navigation and on an empty articles list", async () => {
    const home = await (await ctx.app.request("/", { headers: { cookie: publisher.cookie } })).text();
    expect(home.match(/href="\/articles\/new"/g)?.length).toBe(2);
    const other = await (await ctx.app.request("/", { headers: { cookie: translator.cookie } })).text();
    expect(other).not.toContain('href="/articles/new"');
  });

  it("previews without storing, then creates and sends the publisher to the review page", async () => {
    const fields = { text: "Le Centre a ouvert. Il accueille des élèves.\r\n\r\nFin.", sourceLang: "fr", format: "auto", title: "Ouverture", intent: "preview" };
    const preview = await post(publisher, fields);
    expect(preview.status).toBe(200);
    const html = await preview.text();
    expect((html.match(/<tr class="kind-/g) ?? []).length).toBe(4);
    expect(ctx.db.select().from(articles).all()).toHaveLength(0);
    const fingerprint = /name="previewed" value="([0-9a-f]+)"/.exec(html)![1]!;
    const created = await post(publisher, { ...fields, intent: "create", previewed: fingerprint });
    expect(created.status).toBe(303);
    const [article] = ctx.db.select().from(articles).all();
    expect(created.headers.get("location")).toBe(`/articles/${article!.id}/en`);
    expect(article!.title).toBe("Ouverture");
  });

  it("creates nothing without a matching preview, and says what is wrong in the page's language", async () => {
    const before = ctx.db.select().from(articles).all().length;
    const unpreviewed = await post(publisher, { text: "Une phrase.", sourceLang: "fr", format: "text", title: "T", intent: "create", previewed: "0" });
    expect(unpreviewed.status).toBe(200);
    expect(ctx.db.select().from(articles).all()).toHaveLength(before);
    const noTitle = await ctx.app.request("/articles/new?ui=hu", { method: "POST", body: form({ text: "Egy mondat. Még egy.", sourceLang: "hu", format: "text", intent: "preview" }, publisher.csrf), headers: { cookie: publisher.cookie } });
    expect(noTitle.status).toBe(400);
    expect(visibleText(await noTitle.text())).toContain("A cikknek cím kell");
  });

  it("refuses others (403 page), anonymous users (sign-in) and posts without the CSRF token", async () => {
    const page = await ctx.app.request("/articles/new", { headers: { cookie: translator.cookie } });
    expect(page.status).toBe(403);
    expect(visibleText(await page.text())).toContain("Importing articles is for publishers.");
    expect((await post(translator, { text: "x", sourceLang: "fr" })).status).toBe(403);
    const anonymous = await ctx.app.request("/articles/new");
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get("location")).toBe("/login?next=%2Farticles%2Fnew");
    expect((await post(publisher, { text: "Une phrase.", sourceLang: "fr", title: "T" }, "wrong")).status).toBe(403);
  });
});
