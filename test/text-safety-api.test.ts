/**
 * Control characters (NUL among them), lone surrogates and U+FFFE/U+FFFF are refused on every
 * way text comes in, with a 400 naming the field; nothing is stored, so no export can carry them.
 */
import { describe, expect, it } from "vitest";
import { articles, concepts, segments, translations } from "../src/db/schema";
import { importArticle } from "../src/services/articles";
import { saveTranslation } from "../src/services/translations";
import { correctSource } from "../src/services/segments";
import { addArticle, addUser, call, loginCookie, makeTestApp } from "./support/app";

const BAD = ["\u0000", "\u0001", "\u001b", "\u000b", "\ud800", "\udfff", "\uffff"];
const show = (s: string) => `U+${s.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;

describe("text inputs refuse control characters and lone surrogates", () => {
  it("article import: 400 naming the field, nothing stored", async () => {
    const ctx = makeTestApp();
    const { token } = await addUser(ctx.db, ["admin"]);
    for (const bad of BAD) {
      const res = await call(ctx, "POST", "/api/articles", { token, json: { title: "T", sourceLang: "fr", text: `Un ${bad} deux.` } });
      expect(res.status, show(bad)).toBe(400);
      expect(res.data.detail).toContain("text");
      expect(res.data.detail).toContain(show(bad));
    }
    const title = await call(ctx, "POST", "/api/articles", { token, json: { title: "T\u0000", sourceLang: "fr", text: "Un." } });
    expect(title.status).toBe(400);
    expect(ctx.db.select().from(articles).all()).toEqual([]);
    // Tabs, line ends and carriage returns are text.
    expect((await call(ctx, "POST", "/api/articles", { token, json: { title: "T", sourceLang: "fr", text: "Un\tdeux.\r\n\r\nTrois." } })).status).toBe(201);
  });

  it("translations and source corrections: 400, the stored text unchanged", async () => {
    const ctx = makeTestApp();
    const { token } = await addUser(ctx.db, ["admin"]);
    const article = await addArticle(ctx, token);
    const seg = article.segments[1];
    for (const bad of BAD) {
      const put = await call(ctx, "PUT", `/api/segments/${seg.id}/translations/hu`, { token, json: { text: `Egy ${bad} kettő.` } });
      expect(put.status, show(bad)).toBe(400);
      const patch = await call(ctx, "PATCH", `/api/segments/${seg.id}/source`, { token, json: { text: `Un ${bad} deux.` } });
      expect(patch.status, show(bad)).toBe(400);
    }
    expect(ctx.db.select().from(translations).all()).toEqual([]);
    expect(ctx.db.select().from(segments).all().find((s) => s.id === seg.id)!.source).toBe(seg.source);
  });

  it("any JSON field: flags, profile, glossary concepts", async () => {
    const ctx = makeTestApp();
    const { token } = await addUser(ctx.db, ["admin"]);
    const article = await addArticle(ctx, token);
    const flag = await call(ctx, "POST", `/api/segments/${article.segments[1].id}/flags`, { token, json: { lang: "fr", side: "source", start: 0, end: 2, comment: "bad\u0000" } });
    expect(flag.status).toBe(400);
    expect(flag.data.detail).toContain("comment");
    expect((await call(ctx, "PATCH", "/api/me", { token, json: { displayName: "Anna\u0007" } })).status).toBe(400);
    const concept = await call(ctx, "POST", "/api/glossary", { token, json: { languages: { fr: { terms: [{ text: "patrimoine\u0000" }] } } } });
    expect(concept.status).toBe(400);
    expect(concept.data.detail).toContain("languages.fr.terms.0.text");
    expect(ctx.db.select().from(concepts).all()).toEqual([]);
  });

  it("termbase files: a CSV or TBX holding a control character is refused with its line", async () => {
    const ctx = makeTestApp();
    const { token } = await addUser(ctx.db, ["admin"]);
    const csv = await call(ctx, "POST", "/api/glossary/import", { token, body: "id,fr,fr_status\nc1,ville,preferred\nc2,cit\u0000é,preferred\n", headers: { "content-type": "text/csv" } });
    expect(csv.status).toBe(422);
    expect(csv.data.errors[0]).toMatchObject({ line: 3 });
    const tbx = `<?xml version="1.0"?><tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader><text><body><conceptEntry id="c1"><langSec xml:lang="fr"><termSec><term>ville&#1;</term></termSec></langSec></conceptEntry></body></text></tbx>`;
    const xml = await call(ctx, "POST", "/api/glossary/import", { token, body: tbx, headers: { "content-type": "application/x-tbx" } });
    expect(xml.status).toBe(422);
    expect(ctx.db.select().from(concepts).all()).toEqual([]);
  });

  it("page forms: 400 before anything is saved", async () => {
    const ctx = makeTestApp();
    const { user } = await addUser(ctx.db, ["translator"], ["hu"], "nul-form");
    const { cookie, csrf } = await loginCookie(ctx, user.username);
    const res = await ctx.app.request("/profile", { method: "POST", body: new URLSearchParams({ _csrf: csrf, displayName: "Anna\u0000", uiLanguage: "hu" }), headers: { cookie, "content-type": "application/x-www-form-urlencoded" } });
    expect(res.status).toBe(400);
    expect((await call(ctx, "GET", "/api/me", { headers: { cookie } })).data.displayName).toBe("nul-form");
  });

  it("services refuse them too (CLI, demo): the check does not depend on the HTTP edge", async () => {
    const ctx = makeTestApp();
    const { user } = await addUser(ctx.db, ["admin"]);
    expect(() => importArticle({ db: ctx.db, input: { title: "T", sourceLang: "fr", text: "Un \u0000 deux." } })).toThrow(/U\+0000/);
    const article = importArticle({ db: ctx.db, input: { title: "T", sourceLang: "fr", text: "Un deux." } });
    const actor = { id: user.id, roles: user.roles as any, languages: ["hu" as const, "fr" as const] };
    expect(() => saveTranslation({ db: ctx.db, input: { segmentId: article.segments[1]!.id, lang: "hu", text: "Egy \ud800" }, actor })).toThrow(/lone surrogate/);
    expect(() => correctSource({ db: ctx.db, input: { segmentId: article.segments[1]!.id, text: "Un \u0001" }, actor })).toThrow(/U\+0001/);
  });
});
