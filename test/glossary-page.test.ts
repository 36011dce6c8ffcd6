import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { LANGUAGES } from "../src/domain/languages";
import { searchConcepts } from "../src/services/glossary";
import { addUser, call, loginCookie, makeTestApp, visibleText, type TestContext } from "./support/app";

let ctx: TestContext;
let terminologist: { cookie: string; csrf: string };
let translator: { cookie: string; csrf: string };
const HOSTILE = `<script>window.__xss=1</script>"><img src=x onerror=alert(1)>`;

const get = async (path: string, session: { cookie: string } | null) => {
  const res = await ctx.app.request(path, { headers: session ? { cookie: session.cookie } : {} });
  return { status: res.status, html: await res.text(), location: res.headers.get("location") };
};
const post = async (path: string, session: { cookie: string; csrf: string }, fields: Record<string, string>) => {
  const body = new URLSearchParams({ _csrf: session.csrf, ...fields });
  const res = await ctx.app.request(path, { method: "POST", body, headers: { cookie: session.cookie, "content-type": "application/x-www-form-urlencoded" } });
  return { status: res.status, html: await res.text(), location: res.headers.get("location") };
};
const rows = (html: string) => (html.match(/<tr id="concept-/g) ?? []).length;

beforeAll(async () => {
  ctx = makeTestApp();
  const { token } = await addUser(ctx.db, ["terminologist"], [], "terms");
  await addUser(ctx.db, ["translator"], ["hu"], "tr");
  terminologist = await loginCookie(ctx, "terms");
  translator = await loginCookie(ctx, "tr");
  const tbx = readFileSync(new URL("../glossary/unesco.tbx", import.meta.url));
  const res = await call(ctx, "POST", "/api/glossary/import", { token, body: tbx, headers: { "content-type": "application/x-tbx" } });
  expect(res.status).toBe(200);
});

describe("glossary page: happy path", () => {
  it.each(LANGUAGES)("lists the termbase in %s without raw keys", async (ui) => {
    const { status, html } = await get(`/glossary?ui=${ui}`, translator);
    expect(status).toBe(200);
    expect(rows(html)).toBe(50);
    expect(html).toContain('rel="next"');
    expect(visibleText(html)).not.toMatch(/\b(glossaryPage|termStatus|review|lang)\.[a-zA-Z]+/);
  });

  it("searches any language and filters by language, status and subject", async () => {
    const hu = await get("/glossary?q=fenntartható", translator);
    expect(visibleText(hu.html)).toContain("développement durable");
    const forbidden = await get("/glossary?status=deprecated&lang=fr", translator);
    expect(rows(forbidden.html)).toBeGreaterThan(0);
    expect(rows(forbidden.html)).toBeLessThan(20);
    const subject = /<option value="([^"]+)">/.exec((await get("/glossary", translator)).html.split('name="subject"')[1]!)![1]!;
    const bySubject = await get(`/glossary?subject=${encodeURIComponent(subject)}`, translator);
    expect(rows(bySubject.html)).toBeGreaterThan(0);
    expect(rows(bySubject.html)).toBeLessThan(143);
  });

  it("shows edit and import only to terminologists", async () => {
    expect((await get("/glossary", translator)).html).not.toContain('id="glossary-import-file"');
    const html = (await get("/glossary", terminologist)).html;
    expect(html).toContain('id="glossary-import-file"');
    expect(html).toContain('href="/glossary/new"');
  });

  it("creates a concept from the editor form with four language sections, then edits it", async () => {
    const editor = await get("/glossary/new", terminologist);
    expect(editor.html).toContain('id="concept-editor"');
    expect((editor.html.match(/class="lang-section"/g) ?? []).length).toBe(4);
    const created = await post("/glossary/new", terminologist, {
      subjectField: "test", "lang.fr.terms.0.text": "ville apprenante", "lang.fr.terms.0.status": "preferred",
      "lang.hu.terms.0.text": "tanuló város", "lang.hu.terms.0.status": "preferred", "lang.hu.terms.3.text": "tanulóváros", "lang.hu.terms.3.status": "forbidden",
      "lang.hu.definition": "Egy város, amely…", "lang.en.terms.0.text": "", "lang.en.terms.0.status": "admitted",
    });
    expect(created.status).toBe(303);
    const [concept] = searchConcepts({ db: ctx.db, input: { q: "ville apprenante" } }).concepts;
    expect(concept!.languages.hu!.terms.map((t) => [t.text, t.status])).toEqual([["tanuló város", "preferred"], ["tanulóváros", "forbidden"]]);
    expect(concept!.languages.en).toBeUndefined();
    const edit = await get(`/glossary/${concept!.id}/edit`, terminologist);
    const modified = /name="expectedModifiedAt" value="([^"]+)"/.exec(edit.html)![1]!;
    const saved = await post(`/glossary/${concept!.id}`, terminologist, { expectedModifiedAt: modified, "lang.fr.terms.0.text": "ville apprenante", "lang.fr.terms.0.status": "preferred", "lang.en.terms.0.text": "learning city", "lang.en.terms.0.status": "preferred" });
    expect(saved.status).toBe(303);
    const after = searchConcepts({ db: ctx.db, input: { q: "learning city" } }).concepts[0]!;
    expect(after.id).toBe(concept!.id);
    expect(after.languages.hu).toBeUndefined();
  });

  it("previews an import from the form, then imports it when confirmed", async () => {
    const form = new FormData();
    form.set("_csrf", terminologist.csrf);
    form.set("file", new File(["fr;en\nmusée numérique;digital museum\n"], "terms.csv", { type: "text/csv" }));
    const res = await ctx.app.request("/glossary/import", { method: "POST", body: form, headers: { cookie: terminologist.cookie } });
    expect(res.status).toBe(200);
    const preview = await res.text();
    expect(visibleText(preview)).toContain("Would create 1, update 0, merge 0 and skip 0 concepts.");
    expect(visibleText(preview)).toContain("“terms.csv”");
    expect(searchConcepts({ db: ctx.db, input: { q: "musée numérique" } }).total).toBe(0);
    const token = /name="token" value="([^"]+)"/.exec(preview)![1]!;
    const confirmed = await post("/glossary/import/confirm", terminologist, { token });
    expect(confirmed.status).toBe(200);
    expect(visibleText(confirmed.html)).toContain("1 created, 0 updated, 0 merged, 0 skipped.");
    expect(searchConcepts({ db: ctx.db, input: { q: "musée numérique" } }).total).toBe(1);
    // A preview is confirmed once.
    expect((await post("/glossary/import/confirm", terminologist, { token })).status).toBe(400);
  });
});

describe("glossary page: errors", () => {
  it("shows validation errors next to the term row they concern and keeps the input", async () => {
    const res = await post("/glossary/new", terminologist, { "lang.fr.terms.0.text": "x".repeat(501), "lang.fr.terms.0.status": "preferred" });
    expect(res.status).toBe(400);
    expect(res.html).toMatch(/name="lang\.fr\.terms\.0\.text"[^>]*aria-invalid="true"/);
    expect(res.html).toContain('id="editor-errors"');
    const empty = await post("/glossary/new", terminologist, { subjectField: "nothing" });
    expect(empty.status).toBe(400);
    expect(visibleText(empty.html)).toContain("A concept needs at least one term");
    expect(empty.html).toContain('value="nothing"');
  });

  it("explains a stale edit and keeps the user's text", async () => {
    const [concept] = searchConcepts({ db: ctx.db, input: { q: "musée numérique" } }).concepts;
    const res = await post(`/glossary/${concept!.id}`, terminologist, { expectedModifiedAt: "2000-01-01T00:00:00.000Z", "lang.fr.terms.0.text": "musée virtuel", "lang.fr.terms.0.status": "preferred" });
    expect(res.status).toBe(409);
    expect(res.html).toContain('value="musée virtuel"');
  });

  it("reports an invalid TBX upload with its reason and imports nothing", async () => {
    const before = searchConcepts({ db: ctx.db, input: {} }).total;
    const form = new FormData();
    form.set("_csrf", terminologist.csrf);
    form.set("file", new File([`<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><tbx>&xxe;</tbx>`], "evil.tbx"));
    const res = await ctx.app.request("/glossary/import", { method: "POST", body: form, headers: { cookie: terminologist.cookie } });
    expect(res.status).toBe(400);
    expect(visibleText(await res.text())).toMatch(/entit|DTD|DOCTYPE/i);
    expect(searchConcepts({ db: ctx.db, input: {} }).total).toBe(before);
  });
});

describe("glossary page: security", () => {
  it("refuses editing to non-terminologists and signed-out visitors", async () => {
    expect((await get("/glossary/new", translator)).status).toBe(403);
    expect((await post("/glossary/new", translator, { "lang.fr.terms.0.text": "x", "lang.fr.terms.0.status": "preferred" })).status).toBe(403);
    expect((await get("/glossary", null)).location).toBe("/login?next=%2Fglossary");
  });

  it("escapes hostile terms in the list and the editor", async () => {
    const created = await post("/glossary/new", terminologist, { "lang.fr.terms.0.text": HOSTILE, "lang.fr.terms.0.status": "preferred" });
    expect(created.status).toBe(303);
    const [concept] = searchConcepts({ db: ctx.db, input: { q: "window.__xss" } }).concepts;
    for (const html of [(await get("/glossary?q=window.__xss", translator)).html, (await get(`/glossary/${concept!.id}/edit`, terminologist)).html]) {
      expect(html).not.toContain("<script>window.__xss");
      expect(html).not.toContain("<img src=x");
    }
  });
});
