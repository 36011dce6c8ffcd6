/**
 * The review workspace in a real Chromium against the real server: editing with the keyboard,
 * background QA, applying suggestions, flagging a typo by selection, term hovers, UI language.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { articles } from "../../src/db/schema";
import { screenshot, signIn, startBrowserEnv, type BrowserEnv } from "./harness";

// Background QA and Chromium share two cores with the rest of the suite: allow for a busy machine.
vi.setConfig({ testTimeout: 120_000 });
let env: BrowserEnv;
let articleId: number;

beforeAll(async () => {
  env = await startBrowserEnv();
  articleId = env.db.select({ id: articles.id }).from(articles).get()!.id;
}, 120_000);
afterAll(async () => env?.close());

describe("as a translator", () => {
  it("edits a Hungarian segment with the keyboard, sees the typo flagged and applies the suggestion", async () => {
    const page = await signIn(env, "translator");
    await page.goto(`${env.baseUrl}/articles/${articleId}/hu`);
    const row = page.locator("article.seg", { hasText: "Wangfujing nagy áruházban" });
    const id = await row.getAttribute("id");
    const seg = page.locator(`#${id}`);
    await seg.locator(".tgt .text").click();
    const editor = seg.locator("textarea.editor");
    await expect.poll(() => editor.isVisible()).toBe(true);
    const original = await editor.inputValue();
    await editor.fill(original.replace("digitális művészeti", "digitálsi művészeti"));
    await page.keyboard.press("Control+Enter");

    // Saved as "translated", and the cursor moved on to the next segment's editor.
    await expect.poll(() => seg.getAttribute("data-status")).toBe("translated");
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest("article.seg")?.id)).not.toBe(id);
    // The background check finds the typo and the row updates without a reload.
    const flag = seg.locator(".flag-item", { hasText: "digitálsi" });
    await flag.waitFor({ state: "attached", timeout: 90_000 });
    await expect.poll(() => seg.locator('.tgt .fl').count()).toBeGreaterThan(0);
    const apply = flag.locator("button.apply").first();
    expect(await apply.getAttribute("data-suggestion")).toBe("digitális");
    await screenshot(page, "review-translator-typo-flag");

    await seg.click({ position: { x: 5, y: 5 } });
    await apply.click();
    await expect.poll(() => seg.locator('.text[data-side="target"]').textContent(), { timeout: 30_000 }).toContain("digitális művészeti");
    await expect.poll(() => seg.locator(".flag-item", { hasText: "digitálsi" }).count(), { timeout: 30_000 }).toBe(0);
    await page.context().close();
  });

  it("moves with Alt+Down / Alt+Up, copies the source with Alt+C and shows the shortcuts with ?", async () => {
    const page = await signIn(env, "translator");
    await page.goto(`${env.baseUrl}/articles/${articleId}/en`);
    await page.locator("article.seg").first().click();
    await page.keyboard.press("Alt+ArrowDown");
    await page.keyboard.press("Alt+ArrowDown");
    await expect.poll(() => page.locator("article.seg.active .pos").textContent()).toBe("3");
    await page.keyboard.press("Alt+ArrowUp");
    await expect.poll(() => page.locator("article.seg.active .pos").textContent()).toBe("2");
    await page.keyboard.press("Alt+KeyC");
    const source = await page.locator('article.seg.active .text[data-side="source"]').textContent();
    expect(await page.locator("article.seg.active textarea.editor").inputValue()).toBe(source);
    await page.keyboard.press("Escape");
    await page.keyboard.press("?");
    await expect.poll(() => page.locator("#help-dialog").isVisible()).toBe(true);
    expect(await page.locator("#help-dialog").textContent()).toContain("Ctrl+Enter");
    await screenshot(page, "review-help-en");
    await page.context().close();
  });
});

describe("as a reviewer", () => {
  it("flags 'magaisn' in the French source with the suggestion 'magasin', then switches the UI to Chinese and back", async () => {
    const page = await signIn(env, "reviewer");
    await page.goto(`${env.baseUrl}/articles/${articleId}/en`);
    const seg = page.locator("article.seg", { hasText: "magaisn" });
    const before = await seg.locator(".flag-item").count();
    await seg.locator('.text[data-side="source"]').getByText("magaisn", { exact: true }).dblclick();
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe("magaisn");
    await page.keyboard.press("Alt+KeyM");
    await expect.poll(() => page.locator("#flag-dialog").isVisible()).toBe(true);
    expect(await page.locator("#flag-span").textContent()).toBe("magaisn");
    expect(await page.locator("#flag-category").inputValue()).toBe("linguistic/spelling");
    await page.fill("#flag-suggestion", "magasin");
    await page.fill("#flag-comment", "typo in the source");
    await page.click("#flag-save");
    const manual = seg.locator(".flag-item", { hasText: "typo in the source" });
    await manual.waitFor();
    expect(await seg.locator(".flag-item").count()).toBe(before + 1);
    expect(await manual.locator("button.correct-source").getAttribute("data-suggestion")).toBe("magasin");
    await screenshot(page, "review-reviewer-flag");

    await page.click('header .ui-lang a[lang="zh"]');
    await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("zh");
    expect(await page.locator("header nav").first().textContent()).toContain("文章");
    await page.locator(".flag-item", { hasText: "typo in the source" }).waitFor({ state: "attached" });
    await page.click('header .ui-lang a[lang="en"]');
    await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("en");
    expect(await page.locator("header nav").first().textContent()).toContain("Articles");
    await page.context().close();
  });
});

describe("as a publisher", () => {
  it("shows the machine-translation diff with Alt+D and approves with Ctrl+Shift+Enter", async () => {
    const page = await signIn(env, "publisher");
    await page.goto(`${env.baseUrl}/articles/${articleId}/hu`);
    const seg = page.locator("article.seg.state-translated").first();
    const id = await seg.getAttribute("id");
    const row = page.locator(`#${id}`);
    await row.locator(".seg-meta").click();
    await page.keyboard.press("Alt+KeyD");
    await expect.poll(() => row.locator(".mt-diff").isVisible()).toBe(true);
    expect(await row.locator(".mt-diff ins, .mt-diff del").count()).toBeGreaterThan(0);
    await screenshot(page, "review-mt-diff");
    await row.locator(".tgt .text").click();
    await page.keyboard.press("Control+Shift+Enter");
    await expect.poll(() => row.getAttribute("data-status")).toBe("final");
    await page.context().close();
  });
});

describe("term hits", () => {
  it("hovering 'développement durable' shows the preferred Hungarian term, and Enter inserts it", async () => {
    const page = await signIn(env, "translator");
    await page.goto(`${env.baseUrl}/articles/${articleId}/hu`);
    const term = page.locator(".term", { hasText: /^développement durable$/ }).first();
    await term.hover();
    const popover = page.locator("#term-popover");
    await expect.poll(() => popover.isVisible()).toBe(true);
    expect(await popover.textContent()).toContain("fenntartható fejlődés");
    await screenshot(page, "review-term-hover");
    await term.focus();
    await page.keyboard.press("Enter");
    const editor = page.locator("article.seg.active textarea.editor");
    await expect.poll(() => editor.isVisible()).toBe(true);
    expect(await editor.inputValue()).toContain("fenntartható fejlődés");
    await page.context().close();
  });
});
