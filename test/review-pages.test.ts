import { beforeAll, describe, expect, it } from "vitest";
import { paginateByParagraph } from "../src/services/review";
import { addArticle, addUser, call, loginCookie, makeTestApp, visibleText, type TestContext } from "./support/app";

let ctx: TestContext;
let publisher: string;
let big: { id: number; segments: { id: number }[] };
let small: any;
let reviewerCookie: string;

/** 2,000 segments: 400 paragraphs of five sentences, every tenth paragraph a heading. */
function longArticle(): string {
  const paragraphs: string[] = [];
  for (let p = 0; p < 500; p++) {
    if (p % 10 === 0) paragraphs.push(`## Partie ${p / 10 + 1}`);
    else paragraphs.push(Array.from({ length: 5 }, (_, i) => `Phrase ${i + 1} du paragraphe ${p}, sur le patrimoine culturel.`).join(" "));
  }
  return paragraphs.join("\n\n");
}

beforeAll(async () => {
  ctx = makeTestApp();
  publisher = (await addUser(ctx.db, ["publisher", "reviewer"], ["fr", "en", "zh", "hu"], "pub")).token;
  await addUser(ctx.db, ["reviewer"], ["fr", "en", "zh", "hu"], "rev");
  await addUser(ctx.db, ["translator"], ["hu"], "tr-hu");
  await addUser(ctx.db, ["terminologist"], [], "term");
  const res = await call(ctx, "POST", "/api/articles", { token: publisher, json: { title: "Long", sourceLang: "fr", text: longArticle(), format: "markdown" } });
  big = res.data;
  small = await addArticle(ctx, publisher);
  await call(ctx, "PUT", `/api/segments/${small.segments[1].id}/translations/hu`, { token: publisher, json: { text: "Október 21-én Soós Gábor látogatást tett.", status: "translated" } });
  reviewerCookie = (await loginCookie(ctx, "rev")).cookie;
});

const page = async (path: string, cookie = reviewerCookie) => {
  const res = await ctx.app.request(path, { headers: { cookie } });
  return { status: res.status, html: await res.text(), location: res.headers.get("location") };
};

describe("review page: happy path", () => {
  it("splits a 2,000-segment article into pages of whole paragraphs with links between them", async () => {
    expect(big.segments.length).toBeGreaterThanOrEqual(2000);
    const first = await page(`/articles/${big.id}/en`);
    expect(first.status).toBe(200);
    const rows = first.html.match(/<article class="seg /g) ?? [];
    expect(rows.length).toBeGreaterThan(20);
    expect(rows.length).toBeLessThanOrEqual(60);
    expect(first.html).toContain('rel="next"');
    const pageCount = Number(/data-page-count="(\d+)"/.exec(first.html)![1]);
    expect(pageCount).toBeGreaterThan(30);
    const last = await page(`/articles/${big.id}/en?page=${pageCount}`);
    expect(last.html).toContain('rel="prev"');
    expect(last.html).not.toContain('rel="next"');
  });

  it("never splits a paragraph across pages unless it alone is longer than a page", () => {
    const items = [1, 1, 1, 2, 2, 3, 3, 3, 3, 3, 3, 3].map((paragraph, i) => ({ paragraph, i }));
    const pages = paginateByParagraph(items, 5);
    expect(pages.map((p) => p.map((x) => x.paragraph))).toEqual([[1, 1, 1, 2, 2], [3, 3, 3, 3, 3], [3, 3]]);
    expect(paginateByParagraph([], 5)).toEqual([[]]);
  });

  it("filters by status, search and needs-review, and says how many match", async () => {
    const missing = await page(`/articles/${small.id}/hu?status=missing`);
    expect((missing.html.match(/<article class="seg /g) ?? []).length).toBe(small.segments.length - 1);
    const translated = await page(`/articles/${small.id}/hu?status=translated`);
    expect((translated.html.match(/<article class="seg /g) ?? []).length).toBe(1);
    const search = await page(`/articles/${small.id}/hu?q=${encodeURIComponent("soós gábor látogatást")}`);
    expect((search.html.match(/<article class="seg /g) ?? []).length).toBe(1);
    const none = await page(`/articles/${small.id}/hu?needsReview=1`);
    expect(visibleText(none.html)).toContain("No segment matches these filters.");
  });

  it("filters by flag category and severity", async () => {
    const seg = small.segments[2];
    const flag = await call(ctx, "POST", `/api/segments/${seg.id}/flags`, { token: publisher, json: { lang: "fr", side: "source", start: 0, end: 2, category: "style", severity: "major" } });
    expect(flag.status).toBe(201);
    const style = await page(`/articles/${small.id}/hu?category=style`);
    expect((style.html.match(/<article class="seg /g) ?? []).length).toBe(1);
    expect(style.html).toContain(`id="seg-${seg.id}"`);
    expect((await page(`/articles/${small.id}/hu?severity=critical`)).html).not.toContain('<article class="seg ');
  });

  it("underlines term hits and shows the target terms of their concept", async () => {
    await call(ctx, "POST", "/api/glossary", { token: (await addUser(ctx.db, ["terminologist"])).token, json: { languages: { fr: { terms: [{ text: "secrétaire général", status: "preferred" }] }, hu: { terms: [{ text: "főtitkár", status: "preferred" }] } } } });
    const { html } = await page(`/articles/${small.id}/hu`);
    expect(html).toMatch(/<span class="term" tabindex="0"[^>]*data-target="főtitkár"/);
    expect(visibleText(html)).toContain("secrétaire général → főtitkár");
  });

  it("serves one row as a fragment and the history of a translation", async () => {
    const seg = small.segments[1];
    const row = await page(`/fragments/segments/${seg.id}/hu`);
    expect(row.status).toBe(200);
    expect(row.html.startsWith("<article")).toBe(true);
    expect(row.html).toContain('data-status="translated"');
    const history = await page(`/fragments/segments/${seg.id}/hu/history`);
    expect(visibleText(history.html)).toContain("Október 21-én");
  });
});

describe("review page: errors and permissions", () => {
  it("sends signed-out visitors to the sign-in page and refuses fragments", async () => {
    const res = await page(`/articles/${small.id}/hu`, "");
    expect(res.status).toBe(303);
    expect(res.location).toBe(`/login?next=${encodeURIComponent(`/articles/${small.id}/hu`)}`);
    expect((await page(`/fragments/segments/${small.segments[0].id}/hu`, "")).status).toBe(401);
  });

  it("answers 404 for an unknown language, the source language or an unknown article", async () => {
    expect((await page(`/articles/${small.id}/xx`)).status).toBe(400);
    expect((await page(`/articles/${small.id}/fr`)).status).toBe(404);
    expect((await page(`/articles/999999/hu`)).status).toBe(404);
  });

  it("offers the editor only where the user may write", async () => {
    const translator = (await loginCookie(ctx, "tr-hu")).cookie;
    expect((await page(`/articles/${small.id}/hu`, translator)).html).toContain('class="editor"');
    expect((await page(`/articles/${small.id}/en`, translator)).html).not.toContain('class="editor"');
    const terminologist = (await loginCookie(ctx, "term")).cookie;
    const html = (await page(`/articles/${small.id}/hu`, terminologist)).html;
    expect(html).not.toContain('class="editor"');
    expect(html).not.toContain('id="flag-dialog"');
  });

  it("rejects bad filter values", async () => {
    expect((await page(`/articles/${small.id}/hu?status=bogus`)).status).toBe(400);
  });
});

describe("review page: security", () => {
  it("escapes segment text, flag comments and suggestions", async () => {
    const hostile = `<script>window.__xss=1</script> "><img src=x onerror=alert(1)>`;
    const article = await addArticle(ctx, publisher, `${hostile} Bonjour.`);
    const seg = article.segments[1];
    await call(ctx, "POST", `/api/segments/${seg.id}/flags`, { token: publisher, json: { lang: "fr", side: "source", start: 0, end: 8, comment: hostile, suggestion: hostile } });
    const { html } = await page(`/articles/${article.id}/hu`);
    expect(html).not.toContain("<script>window.__xss");
    expect(html).not.toContain("<img src=x");
    expect(html).toContain("&lt;script&gt;");
    const fragment = await page(`/fragments/segments/${seg.id}/hu`);
    expect(fragment.html).not.toContain("<img src=x");
  });
});

describe("articles page", () => {
  it("filters by title and source language and sorts", async () => {
    const all = await page("/?ui=en");
    expect(visibleText(all.html)).toContain("Long");
    const filtered = await page("/?q=visi&ui=en");
    expect(visibleText(filtered.html)).not.toContain("Long");
    expect(visibleText(filtered.html)).toContain("Visite");
    const byTitle = visibleText((await page("/?sort=title&ui=en")).html);
    expect(byTitle.indexOf("Long")).toBeLessThan(byTitle.indexOf("Visite"));
    expect(visibleText((await page("/?sourceLang=hu&ui=en")).html)).toContain("0 of");
  });
});
