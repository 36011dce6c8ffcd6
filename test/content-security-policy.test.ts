import { beforeAll, describe, expect, it } from "vitest";
import { addArticle, addUser, call, loginCookie, makeTestApp, type TestContext } from "./support/app";

let ctx: TestContext;
let cookie: string;
let paths: string[];

beforeAll(async () => {
  ctx = makeTestApp();
  const { token } = await addUser(ctx.db, ["admin"], ["fr", "en", "zh", "hu"], "boss");
  const article = await addArticle(ctx, token);
  const seg = article.segments[1];
  await call(ctx, "PUT", `/api/segments/${seg.id}/translations/hu`, { token, json: { text: "Október 21-én Soós Gábor látogatást tett.", status: "final" } });
  await call(ctx, "POST", `/api/segments/${seg.id}/flags`, { token, json: { lang: "hu", side: "target", start: 0, end: 7, category: "style", severity: "critical", comment: "x" } });
  cookie = (await loginCookie(ctx, "boss")).cookie;
  paths = ["/login", "/", `/articles/${article.id}/hu`, "/glossary", "/glossary/new", "/profile", "/admin", "/articles/new", `/fragments/segments/${seg.id}/hu`, `/fragments/segments/${seg.id}/hu/history`];
});

describe("Content-Security-Policy", () => {
  it("every page is sent with a policy that allows scripts and styles only from our own files", async () => {
    for (const path of paths) {
      const res = await ctx.app.request(path, { headers: { cookie } });
      expect(res.status, path).toBe(200);
      const policy = res.headers.get("content-security-policy") ?? "";
      expect(policy, path).toMatch(/(^|; )script-src 'self'(;|$)/);
      expect(policy, path).toMatch(/(^|; )style-src 'self'(;|$)/);
      expect(policy, path).toMatch(/(^|; )object-src 'none'(;|$)/);
      expect(policy, path).toMatch(/(^|; )frame-ancestors 'none'(;|$)/);
    }
  });

  it("no page carries an inline script, an event-handler attribute or a style attribute", async () => {
    for (const path of paths) {
      const html = await (await ctx.app.request(path, { headers: { cookie } })).text();
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.filter((tag) => !/\bsrc="\/static\/[\w.-]+\.js"/.test(tag) && !/type="application\/json"/.test(tag)), path).toEqual([]);
      expect(html.match(/<[^>]+\son[a-z]+=/gi) ?? [], path).toEqual([]);
      expect(html.match(/<[^>]+\sstyle=/gi) ?? [], path).toEqual([]);
    }
  });

  it("pages declare their doctype (no quirks mode)", async () => {
    for (const path of paths.filter((p) => !p.startsWith("/fragments/"))) {
      expect((await (await ctx.app.request(path, { headers: { cookie } })).text()).startsWith("<!DOCTYPE html>"), path).toBe(true);
    }
  });
});
