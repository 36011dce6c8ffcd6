import { beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../src/db/seed";
import { LANGUAGES } from "../src/domain/languages";
import { call, makeTestApp, type TestContext } from "./support/app";

let ctx: TestContext;
let cookie: string;
let csrf: string;
let articleId: number;

async function login(username: string, password: string): Promise<string> {
  const res = await ctx.app.request("/login", {
    method: "POST",
    body: JSON.stringify({ username, password }),
    headers: { "content-type": "application/json" },
  });
  expect(res.status).toBe(200);
  csrf = (await res.clone().json()).csrfToken;
  return res.headers.getSetCookie().find((c) => c.startsWith("glossa_session="))!.split(";")[0]!;
}

beforeAll(async () => {
  ctx = makeTestApp({ demoPassword: "demo-password-1" });
  const lines: string[] = [];
  expect(await seedDemo(ctx.db, ctx.config, (l) => lines.push(l))).toBe(true);
  expect(await seedDemo(ctx.db, ctx.config, () => {})).toBe(false);
  cookie = await login("reviewer", "demo-password-1");
  const reviewerCsrf = csrf;
  const list = await ctx.app.request("/api/articles", { headers: { cookie } });
  articleId = (await list.json()).articles[0].id;
  csrf = reviewerCsrf;
});

describe("the demo", () => {
  it("loads the sample article with MT and post-edited translations in EN, ZH and HU", async () => {
    const res = await ctx.app.request(`/api/articles/${articleId}`, { headers: { cookie } });
    const article = await res.json();
    expect(article.sourceLang).toBe("fr");
    expect(article.segments).toHaveLength(14);
    expect(article.segments.some((s: any) => s.source.includes("grand magaisn Wangfujing"))).toBe(true);
    for (const lang of ["en", "zh", "hu"]) {
      const ts = article.segments.map((s: any) => s.translations[lang]).filter(Boolean);
      expect(ts).toHaveLength(14);
      const statuses = new Set(ts.map((t: any) => t.status));
      expect(statuses.has("initial")).toBe(true);
      expect(statuses.size).toBeGreaterThanOrEqual(3);
      // Unedited machine drafts stay "initial"; an approved MT output keeps its origin.
      expect(ts.filter((t: any) => t.status === "initial").every((t: any) => t.origin === "mt:demo")).toBe(true);
      expect(ts.filter((t: any) => t.origin === "human").length / ts.length).toBeGreaterThanOrEqual(0.5);
    }
  });

  it("keeps the MT draft in the history of post-edited segments", async () => {
    const article = await (await ctx.app.request(`/api/articles/${articleId}`, { headers: { cookie } })).json();
    const seg = article.segments.find((s: any) => s.translations.hu?.status === "final");
    const history = await (await ctx.app.request(`/api/segments/${seg.id}/translations/hu/history`, { headers: { cookie } })).json();
    expect(history.revisions.at(-1).origin).toBe("mt:demo");
    expect(history.revisions[0].status).toBe("final");
    expect(seg.translations.hu.mtText).toBe(history.revisions.at(-1).text);
  });

  it("loads the UNESCO termbase and recognises the article's terms with it", async () => {
    const found = await (await ctx.app.request("/api/glossary?q=d%C3%A9veloppement%20durable&lang=fr", { headers: { cookie } })).json();
    expect(found.total).toBeGreaterThanOrEqual(1);
    const concept = found.concepts.find((c: any) => c.languages.fr.terms.some((t: any) => t.text === "développement durable"));
    expect(concept.languages.hu.terms[0]).toMatchObject({ text: "fenntartható fejlődés", status: "preferred" });
    const res = await ctx.app.request("/api/glossary/recognize", {
      method: "POST",
      headers: { cookie, "content-type": "application/json", "x-csrf-token": csrf },
      body: JSON.stringify({ lang: "fr", text: "des systèmes de jumeaux numériques pour le développement durable de l'UNESCO" }),
    });
    const { hits } = await res.json();
    expect(hits.map((h: any) => h.matched)).toEqual(["jumeaux numériques", "développement durable", "UNESCO"]);
  });

  it("gives the four demo users their roles and the demo password", async () => {
    for (const name of ["translator", "terminologist", "publisher"]) {
      const c = await login(name, "demo-password-1");
      const me = await (await ctx.app.request("/api/me", { headers: { cookie: c } })).json();
      expect(me.roles).toEqual([name]);
      expect(me.languages).toEqual(["fr", "en", "zh", "hu"]);
    }
  });
});

describe("pages", () => {
  it("redirects to the sign-in form without a session", async () => {
    const res = await ctx.app.request("/");
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/login?next=%2F");
    const form = await (await ctx.app.request("/login")).text();
    expect(form).toContain('name="username"');
    expect(form).toContain('name="password"');
    expect(form).toContain('name="_csrf"');
  });

  for (const ui of LANGUAGES) {
    it(`renders the articles and review pages in ${ui} without raw keys`, async () => {
      for (const path of [`/?ui=${ui}`, `/articles/${articleId}/hu?ui=${ui}`, `/login?ui=${ui}`]) {
        const res = await ctx.app.request(path, { headers: { cookie } });
        expect(res.status).toBe(200);
        const html = await res.text();
        expect(html).toContain(`<html lang="${ui}">`);
        // An unresolved i18next key shows up as "section.key" text.
        expect(html).not.toMatch(/>\s*(?:nav|login|articles|status|review|severity|kind|lang|origin)\.[a-zA-Z]+\s*</);
      }
    });
  }

  it("shows the sample article side by side with statuses", async () => {
    const html = await (await ctx.app.request(`/articles/${articleId}/hu?ui=en`, { headers: { cookie } })).text();
    // Term hits and flags wrap words in spans; the text itself is intact.
    expect(html.replace(/<[^>]+>/g, "")).toContain("grand magaisn Wangfujing");
    expect(html).toContain("Soós Gábor");
    expect(html).toContain("Approved");
    expect(html).toContain("Caption");
  });

  it("escapes user text in pages", async () => {
    const { token } = await import("./support/app").then((m) => m.addUser(ctx.db, ["publisher"]));
    const res = await call(ctx, "POST", "/api/articles", {
      token,
      json: { title: `"><img src=x onerror="window.__xss=1">`, sourceLang: "fr", text: "<script>window.__xss=1</script> Bonjour." },
    });
    const html = await (await ctx.app.request(`/articles/${res.data.id}/en`, { headers: { cookie } })).text();
    expect(html).not.toContain("<script>window.__xss");
    expect(html).not.toContain("<img src=x");
    expect(html).toContain("&lt;script&gt;");
  });
});
