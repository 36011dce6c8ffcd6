/**
 * Pages in a real Chromium: hostile text stays inert, conflicts keep both versions, and
 * full-page screenshots of the articles and review pages in every UI language and on a phone.
 */
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { articles, users } from "../../src/db/schema";
import { LANGUAGES } from "../../src/domain/languages";
import { importArticle } from "../../src/services/articles";
import { createConcept } from "../../src/services/glossary";
import { createManualFlag } from "../../src/services/qa";
import { saveTranslation } from "../../src/services/translations";
import { screenshot, signIn, startBrowserEnv, type BrowserEnv } from "./harness";

vi.setConfig({ testTimeout: 120_000 });
let env: BrowserEnv;
let demoId: number;
const HOSTILE_IMG = `"><img src=x onerror="window.__xss=1">`;
const HOSTILE_SCRIPT = "<script>window.__xss=2</script>";

beforeAll(async () => {
  env = await startBrowserEnv();
  demoId = env.db.select({ id: articles.id }).from(articles).get()!.id;
}, 120_000);
afterAll(async () => env?.close());

describe("security", () => {
  it("renders hostile segment text, flag comments, suggestions and terms as text", async () => {
    const admin = env.db.select().from(users).all().find((u) => u.username === "reviewer")!;
    const actor = { id: admin.id, roles: ["reviewer" as const, "publisher" as const], languages: [...LANGUAGES] };
    const article = importArticle({ db: env.db, input: { title: HOSTILE_IMG, sourceLang: "fr", text: `${HOSTILE_SCRIPT} Bonjour Zorglub.\n\nUn ${HOSTILE_IMG} ici.` }, actorId: admin.id });
    const first = article.segments[1]!;
    // Saved as translated: the reviewer may then edit it and apply suggestions (nobody overwrites a status above their own).
    saveTranslation({ db: env.db, input: { segmentId: first.id, lang: "hu", text: `${HOSTILE_SCRIPT} Jó napot.`, status: "translated" }, actor });
    createManualFlag({ db: env.db, input: { segmentId: first.id, lang: "hu", side: "target", start: 0, end: 8, category: "style", severity: "major", comment: HOSTILE_IMG, suggestion: HOSTILE_SCRIPT }, actor });
    createConcept({ db: env.db, input: { languages: { fr: { terms: [{ text: "Zorglub", status: "preferred" }] }, hu: { terms: [{ text: HOSTILE_IMG, status: "preferred" }] } } }, actorId: admin.id });

    const page = await signIn(env, "reviewer");
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${env.baseUrl}/articles/${article.id}/hu`);
    const seg = page.locator(`#seg-${first.id}`);
    await seg.click({ position: { x: 5, y: 5 } });
    await page.locator(".term", { hasText: "Zorglub" }).hover();
    await expect.poll(() => page.locator("#term-popover").textContent()).toContain(HOSTILE_IMG);
    expect(await page.locator("h1").textContent()).toBe(HOSTILE_IMG);
    expect(await seg.locator('.text[data-side="source"]').textContent()).toContain(HOSTILE_SCRIPT);
    expect(await seg.locator(".flag-item").textContent()).toContain(HOSTILE_IMG);
    expect(await seg.locator(".flag-item button.apply").getAttribute("data-suggestion")).toBe(HOSTILE_SCRIPT);
    await page.locator(`#seg-${first.id} .load-history`).click();
    await expect.poll(() => seg.locator(".history").textContent()).toContain(HOSTILE_SCRIPT);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator("img[src=x]").count()).toBe(0);
    expect(dialogs).toEqual([]);
    await screenshot(page, "security-hostile-text");
    await page.context().close();
  });
});

describe("conflicts", () => {
  it("shows both versions and their diff when someone saved first, and saves mine on request", async () => {
    const page = await signIn(env, "translator");
    await page.goto(`${env.baseUrl}/articles/${demoId}/en`);
    const seg = page.locator("article.seg").nth(4);
    const segmentId = Number(await seg.getAttribute("data-segment"));
    await seg.locator(".tgt").click();
    const editor = seg.locator("textarea.editor");
    await editor.fill("My version of the caption.");

    const reviewer = env.db.select().from(users).all().find((u) => u.username === "reviewer")!;
    // Their save stays at translated, so the translator may keep theirs over it (no one overwrites a status above their own).
    saveTranslation({ db: env.db, input: { segmentId, lang: "en", text: "Their version of the caption.", status: "translated" }, actor: { id: reviewer.id, roles: ["reviewer"], languages: ["en"] } });

    await page.keyboard.press("Control+Enter");
    const box = seg.locator(".conflict");
    await box.waitFor();
    expect(await box.textContent()).toContain("Their version of the caption.");
    expect(await box.textContent()).toContain("My version of the caption.");
    expect(await box.locator("ins, del").count()).toBeGreaterThan(0);
    expect(await editor.inputValue()).toBe("My version of the caption.");
    await screenshot(page, "review-conflict");
    await box.locator("button.keep-mine").click();
    await expect.poll(() => seg.locator('.text[data-side="target"]').textContent()).toBe("My version of the caption.");
    expect(await seg.locator(".conflict").count()).toBe(0);
    await page.context().close();
  });
});

describe("glossary editor", () => {
  it("creates a concept with the keyboard: '/' search, add a term row, Ctrl+Enter saves", async () => {
    const page = await signIn(env, "terminologist");
    await page.goto(`${env.baseUrl}/glossary`);
    await page.keyboard.press("/");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("glossary-search");
    await page.goto(`${env.baseUrl}/glossary/new`);
    await page.fill('input[name="subjectField"]', "cities");
    await page.fill('input[name="lang.fr.terms.0.text"]', "ville apprenante");
    await page.selectOption('select[name="lang.fr.terms.0.status"]', "preferred");
    await page.locator('.lang-section[data-lang="hu"] .add-term').click();
    await page.keyboard.type("tanuló város");
    await page.fill('input[name="lang.hu.terms.0.text"]', "tanulóváros");
    await page.selectOption('select[name="lang.hu.terms.0.status"]', "forbidden");
    await screenshot(page, "glossary-editor-en");
    await page.keyboard.press("Control+Enter");
    await page.waitForURL(/\/glossary\?q=/);
    const row = page.locator("table.concepts tr", { hasText: "ville apprenante" });
    expect(await row.textContent()).toContain("tanuló város");
    expect(await row.textContent()).toContain("tanulóváros");
    await page.context().close();
  });
});

describe("glossary import", () => {
  it("previews an upload with what each entry would become, then imports it on confirmation", async () => {
    const page = await signIn(env, "terminologist");
    for (const ui of LANGUAGES) {
      await page.goto(`${env.baseUrl}/glossary?ui=${ui}`);
      await page.setInputFiles("#glossary-import-file", join(import.meta.dirname, "../fixtures/tbx/byutrg_tbx_basic_package/TBX-basic-sample.tbx"));
      await page.fill("#glossary-import-origin", `sample ${ui}`);
      await page.locator("#glossary-import-preview").click();
      await page.locator("#import-report table.import-outcomes").waitFor();
      expect(await page.locator("body").innerText()).not.toMatch(/\b(termbase|glossaryPage)\.[a-zA-Z]+/);
      expect(await page.locator("#import-report .outcome-create").count()).toBe(5);
      await screenshot(page, `glossary-import-preview-${ui}`);
    }
    await page.locator("#import-confirm").click();
    await page.locator("#import-report .import-counts").waitFor();
    expect(await page.locator("#import-report .import-counts").innerText()).toContain("5");
    expect(await page.locator("#import-confirm").count()).toBe(0);
    await screenshot(page, "glossary-import-done");
    await page.context().close();
  });
});

describe("screenshots", () => {
  it("articles and review pages in every UI language, at 1280×800", async () => {
    const page = await signIn(env, "reviewer");
    for (const ui of LANGUAGES) {
      await page.goto(`${env.baseUrl}/?ui=${ui}`);
      expect(await page.locator("html").getAttribute("lang")).toBe(ui);
      expect(await page.locator("body").innerText()).not.toMatch(/\b(articles|review|status|nav)\.[a-z]+/);
      await screenshot(page, `articles-${ui}`);
      await page.goto(`${env.baseUrl}/articles/${demoId}/hu?ui=${ui}`);
      await page.locator("article.seg").nth(2).click({ position: { x: 5, y: 5 } });
      expect(await page.locator("body").innerText()).not.toMatch(/\b(review|status|mqm|termStatus|severity)\.[a-zA-Z]+/);
      await screenshot(page, `review-${ui}`);
      await page.goto(`${env.baseUrl}/glossary?ui=${ui}`);
      expect(await page.locator("body").innerText()).not.toMatch(/\b(glossaryPage|termStatus)\.[a-zA-Z]+/);
      await screenshot(page, `glossary-${ui}`);
    }
    await page.context().close();
  });

  it("reads and flags on a 390-px-wide phone", async () => {
    const page = await signIn(env, "reviewer", { width: 390, height: 844 });
    await page.goto(`${env.baseUrl}/articles/${demoId}/zh`);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(400);
    const seg = page.locator("article.seg", { hasText: "magaisn" });
    await seg.locator('.text[data-side="source"]').getByText("Wangfujing", { exact: true }).first().dblclick();
    await page.locator("#flag-button").click();
    await expect.poll(() => page.locator("#flag-dialog").isVisible()).toBe(true);
    await page.selectOption("#flag-category", "style");
    await page.click("#flag-save");
    await seg.locator(".flag-item", { hasText: "Wangfujing" }).waitFor({ state: "attached" });
    await screenshot(page, "review-phone-zh");
    await page.context().close();
  });
});
