/**
 * Splitting and merging segments in the review workspace, in a real Chromium against the real
 * server: a reviewer splits a sentence with Alt+K (placing the cursor in the dialog), sees the
 * split in the segment's source history, then merges it back with Alt+J; a translator gets no
 * such tools.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { articles, segments } from "../../src/db/schema";
import { join } from "node:path";
import { SCREENSHOT_DIR, screenshot, signIn, startBrowserEnv, type BrowserEnv } from "./harness";

vi.setConfig({ testTimeout: 120_000 });
let env: BrowserEnv;
let articleId: number;
const SENTENCE = "Les deux parties ont engagé des échanges approfondis";
const TAIL = " ainsi que sur le développement durable.";

beforeAll(async () => {
  env = await startBrowserEnv();
  articleId = env.db.select({ id: articles.id }).from(articles).get()!.id;
}, 120_000);
afterAll(async () => env?.close());

const sources = () => env.db.select({ source: segments.source }).from(segments).all().map((s) => s.source);

describe("as a reviewer", () => {
  it("splits a segment where the cursor is, sees it in the source history, and merges it back", async () => {
    const page = await signIn(env, "reviewer");
    await page.goto(`${env.baseUrl}/articles/${articleId}/en`);
    const before = await page.locator("article.seg").count();
    const row = page.locator("article.seg", { hasText: SENTENCE });
    const id = await row.getAttribute("id");
    await row.locator(".seg-meta").click();
    await page.keyboard.press("Alt+KeyK");
    const dialog = page.locator("#split-dialog");
    await expect.poll(() => dialog.isVisible()).toBe(true);
    // The cursor goes before " ainsi que…", with the arrow keys.
    await page.keyboard.press("Control+End");
    for (let i = 0; i < TAIL.length; i++) await page.keyboard.press("ArrowLeft");
    await expect.poll(() => page.locator("#split-second").textContent()).toBe(TAIL.trim());
    expect(await page.locator("#split-first").textContent()).toMatch(/la technologie$/);
    await screenshot(page, "segment-split-dialog");
    await page.locator("#split-confirm").click();

    // The page reloads on the segment, one row more; the translation stays on the first part, to review.
    await expect.poll(() => page.locator("article.seg").count(), { timeout: 30_000 }).toBe(before + 1);
    const first = page.locator(`#${id}`);
    await expect.poll(() => first.locator('.text[data-side="source"]').textContent()).toMatch(/la technologie$/);
    expect(await first.locator(".needs-review").count()).toBe(1);
    const second = page.locator("article.seg", { hasText: TAIL.trim() });
    expect(await second.getAttribute("data-status")).toBe("missing");
    expect(sources()).toContain(TAIL.trim());

    // The source history shows the split, with what went to the next segment struck out.
    await first.locator(".seg-meta").click();
    await first.locator("button.load-source-history").click();
    const history = first.locator(".source-history");
    await expect.poll(() => history.locator('li[data-change="split"]').count()).toBe(1);
    expect(await history.locator('li[data-change="split"] del').textContent()).toContain("ainsi que");
    await screenshot(page, "segment-source-history");

    // Merge back with Alt+J: the preview, then one row again, the text as imported.
    await page.keyboard.press("Alt+KeyJ");
    const merge = page.locator("#merge-dialog");
    await expect.poll(() => merge.isVisible()).toBe(true);
    expect(await page.locator("#merge-preview").textContent()).toContain(`la technologie${TAIL}`);
    await screenshot(page, "segment-merge-dialog");
    await page.locator("#merge-confirm").click();
    await expect.poll(() => page.locator("article.seg").count(), { timeout: 30_000 }).toBe(before);
    await expect.poll(() => page.locator(`#${id} .text[data-side="source"]`).textContent()).toMatch(/la technologie ainsi que sur le développement durable\.$/);
    expect(sources()).not.toContain(TAIL.trim());
    await page.context().close();
  });

  it("shows the split dialog readable on a phone, in Hungarian", async () => {
    const page = await signIn(env, "reviewer", { width: 390, height: 844 });
    await page.goto(`${env.baseUrl}/articles/${articleId}/hu?ui=hu`);
    const row = page.locator("article.seg", { hasText: SENTENCE });
    await row.locator(".seg-meta").click();
    await row.locator("button.split-segment").click();
    await expect.poll(() => page.locator("#split-dialog").isVisible()).toBe(true);
    expect(await page.locator("#split-confirm").textContent()).toBe("Felosztás itt");
    const box = await page.locator("#split-dialog").boundingBox();
    expect(box!.width).toBeLessThanOrEqual(390);
    // The viewport, where the dialog is (a full page of a phone is too tall to read).
    await page.screenshot({ path: join(SCREENSHOT_DIR, "segment-split-dialog-phone-hu.png") });
    await page.keyboard.press("Escape");
    await page.context().close();
  });
});

describe("as a translator", () => {
  it("has no split or merge tools, but sees the source history", async () => {
    const page = await signIn(env, "translator");
    await page.goto(`${env.baseUrl}/articles/${articleId}/hu`);
    const row = page.locator("article.seg", { hasText: SENTENCE });
    await row.locator(".seg-meta").click();
    expect(await page.locator("button.split-segment, button.merge-next, #split-dialog").count()).toBe(0);
    await page.keyboard.press("Alt+KeyK");
    await expect.poll(() => page.locator("#review-status").textContent()).not.toBe("");
    await row.locator("button.load-source-history").click();
    await expect.poll(() => row.locator(".source-history li").count()).toBeGreaterThan(0);
    await page.context().close();
  });
});
