/**
 * The XLIFF download of the review workspace in a real Chromium: a translator on a phone-sized
 * screen finds it, and the file it downloads is XLIFF 2.1 that the OASIS schema accepts.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { articles } from "../../src/db/schema";
import { schemaErrors } from "../../src/formats/xliff/schema";
import { screenshot, SCREENSHOT_DIR, signIn, startBrowserEnv, type BrowserEnv } from "./harness";

vi.setConfig({ testTimeout: 120_000 });
let env: BrowserEnv;
let articleId: number;

beforeAll(async () => {
  env = await startBrowserEnv();
  articleId = env.db.select({ id: articles.id }).from(articles).get()!.id;
}, 120_000);
afterAll(async () => env?.close());

describe("XLIFF download", () => {
  it("downloads the Chinese translation as schema-valid XLIFF 2.1 tagged zh-Hans, from a 390 px screen", async () => {
    const page = await signIn(env, "translator", { width: 390, height: 844 });
    await page.goto(`${env.baseUrl}/articles/${articleId}/zh?ui=zh`);
    const link = page.locator("#xliff-download");
    await link.waitFor();
    expect(await link.textContent()).toBe("下载 XLIFF 译稿");
    await screenshot(page, "xliff-download-zh-390");
    // The top of the page, where the link sits, at the size a phone shows it.
    await page.screenshot({ path: join(SCREENSHOT_DIR, "xliff-download-zh-390-top.png") });
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    const xml = readFileSync((await download.path())!, "utf8");
    expect(xml).toContain('trgLang="zh-Hans"');
    expect(await schemaErrors(xml, "xliff-2.0")).toEqual([]);
  });
});
