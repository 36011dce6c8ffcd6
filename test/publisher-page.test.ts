/**
 * The publisher page, server side: who may open it, readiness with links to the blocking
 * segments, publishing through its form (CSRF, overrides, refusals shown in place), confirming
 * an unchanged translation after a source correction, diffs, and the link from the articles list.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { addArticle, addUser, call, loginCookie, makeTestApp, visibleText, type TestContext } from "./support/app";

let ctx: TestContext;
let token: string;
let article: any;
let session: { cookie: string; csrf: string };

const FR = "Le 21 octobre, Gábor Soós a effectué une visite.\n\nRéunion en cours";
const EN: Record<string, string> = { Visite: "Visit", "Le 21 octobre, Gábor Soós a effectué une visite.": "On 21 October, Gábor Soós paid a visit.", "Réunion en cours": "Meeting in progress" };

beforeEach(async () => {
  ctx = makeTestApp();
  token = (await addUser(ctx.db, ["publisher", "reviewer"], ["en", "zh", "hu", "fr"], "pub")).token;
  await addUser(ctx.db, ["reviewer"], ["en"], "rev");
  await addUser(ctx.db, ["translator"], ["en"], "tr");
  article = await addArticle(ctx, token, FR);
  session = await loginCookie(ctx, "pub");
});

const get = async (path: string, cookie = session.cookie) => {
  const res = await ctx.app.request(path, { headers: { cookie } });
  return { status: res.status, html: await res.text(), location: res.headers.get("location") };
};
const post = async (path: string, fields: Record<string, string>, withCsrf = true) => {
  const body = new URLSearchParams({ ...(withCsrf ? { _csrf: session.csrf } : {}), ...fields });
  const res = await ctx.app.request(path, { method: "POST", body, headers: { cookie: session.cookie, "content-type": "application/x-www-form-urlencoded" } });
  return { status: res.status, html: await res.text(), location: res.headers.get("location") };
};
const approveAll = async () => {
  for (const s of article.segments) await call(ctx, "PUT", `/api/segments/${s.id}/translations/en`, { token, json: { text: EN[s.source], status: "final" } });
};
const hiddenValue = (html: string, name: string) => new RegExp(`name="${name}" value="([^"]*)"`).exec(html)?.[1];

describe("publisher page: access", () => {
  it("sends strangers to sign in and refuses other roles with 403", async () => {
    const anonymous = await ctx.app.request(`/articles/${article.id}/publish`);
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get("location")).toBe(`/login?next=${encodeURIComponent(`/articles/${article.id}/publish`)}`);
    for (const user of ["rev", "tr"]) {
      const { cookie } = await loginCookie(ctx, user);
      expect((await get(`/articles/${article.id}/publish`, cookie)).status).toBe(403);
    }
    expect((await get(`/articles/999999/publish`)).status).toBe(404);
  });

  it("is linked from the articles list for publishers only", async () => {
    expect((await get("/")).html).toContain(`href="/articles/${article.id}/publish"`);
    const { cookie } = await loginCookie(ctx, "tr");
    expect((await get("/", cookie)).html).not.toContain(`/articles/${article.id}/publish`);
  });
});

describe("publisher page: readiness, publish, history", () => {
  it("lists each language's readiness and links the blocking segments to the review page", async () => {
    const { status, html } = await get(`/articles/${article.id}/publish?lang=en&ui=en`);
    expect(status).toBe(200);
    const text = visibleText(html);
    for (const lang of ["English", "Chinese", "Hungarian"]) expect(text).toContain(lang);
    expect(text).toContain("not translated");
    for (const s of article.segments) expect(html).toContain(`href="/articles/${article.id}/en#seg-${s.id}"`);
    expect(html).not.toContain('id="publish-form"');
    expect(html).not.toMatch(/<script>(?!\s*$)|\son[a-z]+="/); // no inline scripts or handlers
  });

  it("publishes through the form, then lists the publication with its hash, downloads and changes", async () => {
    await approveAll();
    const page = await get(`/articles/${article.id}/publish?lang=en`);
    expect(visibleText(page.html)).toContain("Nothing blocks publication");
    expect(visibleText(page.html)).toContain("On 21 October, Gábor Soós paid a visit.");
    const expectedHash = hiddenValue(page.html, "expectedHash")!;
    expect(expectedHash).toMatch(/^[0-9a-f]{64}$/);
    expect((await post(`/articles/${article.id}/publish`, { lang: "en", expectedHash, basedOnVersion: "0" }, false)).status).toBe(403);
    const done = await post(`/articles/${article.id}/publish`, { lang: "en", expectedHash, basedOnVersion: "0" });
    expect(done.status).toBe(303);
    expect(done.location).toBe(`/articles/${article.id}/publish?lang=en&published=1#publications`);
    const after = await get(done.location!);
    const publication = (await call(ctx, "GET", `/api/articles/${article.id}/publications?lang=en`, { token })).data.publications[0];
    expect(visibleText(after.html)).toContain("Version 1 published.");
    expect(after.html).toContain(publication.contentHash);
    for (const f of ["md", "html", "txt", "json", "xliff"]) expect(after.html).toContain(`/api/publications/${publication.id}/download?format=${f}`);
    expect(visibleText(after.html)).toContain("Nothing changed since version 1.");

    // The same preview again is stale: version 1 exists now.
    const stale = await post(`/articles/${article.id}/publish`, { lang: "en", expectedHash, basedOnVersion: "0" });
    expect(stale.status).toBe(409);
    expect(visibleText(stale.html)).toContain("changed since this page was loaded");

    const diff = await get(`/articles/${article.id}/publish?lang=en&diff=${publication.id}`);
    expect(visibleText(diff.html)).toContain("Version 1, the first publication");
  });

  it("asks for a reason to publish over open major flags, refuses without one and keeps it", async () => {
    await approveAll();
    const s = article.segments[1];
    await call(ctx, "POST", `/api/segments/${s.id}/flags`, { token, json: { lang: "en", side: "target", start: 3, end: 5, category: "accuracy", severity: "major", comment: "date?" } });
    const page = await get(`/articles/${article.id}/publish?lang=en`);
    expect(page.html).toContain('name="overrideReason"');
    expect(visibleText(page.html)).toContain("date?");
    const fields = { lang: "en", expectedHash: hiddenValue(page.html, "expectedHash")!, basedOnVersion: "0" };
    const refused = await post(`/articles/${article.id}/publish`, fields);
    expect(refused.status).toBe(409);
    expect(visibleText(refused.html)).toContain("critical or major flags are open");
    const done = await post(`/articles/${article.id}/publish`, { ...fields, overrideReason: "Checked with the desk" });
    expect(done.status).toBe(303);
    expect(visibleText((await get(done.location!)).html)).toContain("Checked with the desk");
  });

  it("confirms an unchanged translation after a source correction and shows the source change", async () => {
    await approveAll();
    const s = article.segments[1];
    await call(ctx, "PATCH", `/api/segments/${s.id}/source`, { token, json: { text: s.source.replace("Gábor Soós", "M. Gábor Soós") } });
    const page = await get(`/articles/${article.id}/publish?lang=en`);
    expect(visibleText(page.html)).toContain("source corrected, needs review");
    expect(page.html).toContain("Le 21 octobre, <ins>M. </ins>Gábor Soós"); // the source correction, as a word diff
    const version = /name="version" value="(\d+)"/.exec(page.html)![1]!;
    const unconfirmed = await post(`/articles/${article.id}/publish/approve`, { lang: "en", segmentId: String(s.id), version });
    expect(unconfirmed.status).toBe(409);
    expect(visibleText(unconfirmed.html)).toContain("confirm that you checked it");
    expect((await post(`/articles/${article.id}/publish/approve`, { lang: "en", segmentId: "x", version })).status).toBe(400);
    const done = await post(`/articles/${article.id}/publish/approve`, { lang: "en", segmentId: String(s.id), version, confirm: "1" });
    expect(done.status).toBe(303);
    const translation = (await call(ctx, "GET", `/api/articles/${article.id}`, { token })).data.segments[1].translations.en;
    expect(translation).toMatchObject({ status: "final", needsReview: false });
    const history = await get(`/fragments/segments/${s.id}/en/history?ui=en`);
    expect(visibleText(history.html)).toContain("kept unchanged after a source correction");
    expect(visibleText(history.html)).toContain("source corrected: sent back for review");
  });

  it("approves a flagged segment over its flags with a reason, kept in its history", async () => {
    await approveAll();
    const s = article.segments[1];
    const saved = await call(ctx, "PUT", `/api/segments/${s.id}/translations/en`, { token, json: { text: EN[s.source], status: "reviewed" } });
    await call(ctx, "POST", `/api/segments/${s.id}/flags`, { token, json: { lang: "en", side: "target", start: 3, end: 5, category: "accuracy", severity: "critical", comment: "date?" } });
    const page = await get(`/articles/${article.id}/publish?lang=en`);
    expect(page.html).toContain('action="/articles/' + article.id + '/publish/approve"');
    expect(page.html).toContain('name="reason"');
    const fields = { lang: "en", segmentId: String(s.id), version: String(saved.data.version) };
    const refused = await post(`/articles/${article.id}/publish/approve`, fields);
    expect(refused.status).toBe(409);
    expect(visibleText(refused.html)).toContain("critical or major flags are open");
    const done = await post(`/articles/${article.id}/publish/approve`, { ...fields, reason: "The desk checked the date" });
    expect(done.status).toBe(303);
    const history = await get(`/fragments/segments/${s.id}/en/history?ui=en`);
    expect(visibleText(history.html)).toContain("approved over open flags");
    expect(visibleText(history.html)).toContain("The desk checked the date");
    expect(visibleText((await get(done.location!)).html)).toContain("Nothing blocks publication");
  });

  it("shows the page in every UI language", async () => {
    await approveAll();
    const titles: Record<string, string> = { fr: "Ce qui bloque la publication", hu: "Mi akadályozza a közzétételt", zh: "阻碍发布的内容", en: "What blocks publication" };
    for (const [ui, title] of Object.entries(titles)) expect(visibleText((await get(`/articles/${article.id}/publish?lang=en&ui=${ui}`)).html)).toContain(title);
  });
});
