/**
 * The publisher page in a real Chromium against the real server and the demo article (with the
 * QA flags of a real check run): readiness and blocker links, publishing, a source correction
 * 21 → 22 and its diff, an override over a flag, downloads, keyboard accelerators, and
 * screenshots in every UI language at 1280×800 and on a 390 px phone.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { articles, users } from "../../src/db/schema";
import { LANGUAGES, type Lang } from "../../src/domain/languages";
import { getArticle } from "../../src/services/articles";
import { createManualFlag } from "../../src/services/qa";
import { correctSource } from "../../src/services/segments";
import { saveTranslation } from "../../src/services/translations";
import { screenshot, signIn, startBrowserEnv, type BrowserEnv } from "./harness";

vi.setConfig({ testTimeout: 120_000 });
let env: BrowserEnv;
let articleId: number;
let actor: { id: number; roles: ("publisher" | "reviewer")[]; languages: Lang[] };

/** Approves every segment of `lang` as the demo publisher, overriding the flags QA left open. */
function approveAll(lang: Lang) {
  for (const s of getArticle({ db: env.db, input: { id: articleId } }).segments) {
    const tr = s.translations[lang];
    if (tr?.status === "final") continue;
    const text = tr?.text ?? `[${lang}] ${s.source}`;
    saveTranslation({ db: env.db, input: { segmentId: s.id, lang, text, status: "final", confirmUnchanged: true, override: { reason: "browser test: checked by hand" } }, actor });
  }
}

const dateSegment = () => getArticle({ db: env.db, input: { id: articleId } }).segments.find((s) => /^Le 2[12] octobre/.test(s.source))!;

beforeAll(async () => {
  env = await startBrowserEnv();
  articleId = env.db.select({ id: articles.id }).from(articles).get()!.id;
  const publisher = env.db.select().from(users).all().find((u) => u.username === "publisher")!;
  actor = { id: publisher.id, roles: ["publisher", "reviewer"], languages: [...LANGUAGES] };
}, 120_000);
afterAll(async () => env?.close());

describe("the publisher page", () => {
  it("is reached from the articles list, shows what blocks each language and links to the segments", async () => {
    const page = await signIn(env, "publisher");
    await page.goto(`${env.baseUrl}/?ui=en`);
    await page.locator(`a.publish-link[href="/articles/${articleId}/publish"]`).click();
    await page.waitForURL(`**/articles/${articleId}/publish`);
    expect(await page.locator("table.readiness tbody tr").count()).toBe(3);
    await page.goto(`${env.baseUrl}/articles/${articleId}/publish?lang=zh`);
    const first = page.locator("ol.blockers > li").first();
    await first.waitFor();
    await screenshot(page, "publisher-blocked-zh-en-1280");
    const href = await first.locator(".blocker-head a").getAttribute("href");
    expect(href).toMatch(new RegExp(`^/articles/${articleId}/zh(\\?page=\\d+)?#seg-\\d+$`));
    await first.locator(".blocker-head a").click();
    await page.waitForURL(`**/articles/${articleId}/zh**`);
    // The review page opens on that segment, active.
    await expect.poll(() => page.locator("article.seg.active").getAttribute("id")).toBe(href!.split("#")[1]);
    await page.context().close();
  });

  it("publishes English, then after the 21 → 22 correction shows the diff and publishes version 2; downloads are the stored files", async () => {
    approveAll("en");
    const page = await signIn(env, "publisher");
    await page.goto(`${env.baseUrl}/articles/${articleId}/publish?lang=en&ui=en`);
    await page.locator("#publish-button").waitFor();
    // P focuses the Publish button; ] goes to the next language and [ comes back.
    await page.keyboard.press("p");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("publish-button");
    await page.locator("#publish-button").click();
    await page.waitForURL(/published=1/);
    expect(await page.locator("p.ok").textContent()).toContain("Version 1 published");
    expect(await page.locator("table.publications tbody tr").count()).toBe(1);

    const seg = dateSegment();
    correctSource({ db: env.db, input: { segmentId: seg.id, text: seg.source.replace("21", "22") }, actor });
    await page.reload();
    const blocker = page.locator(`#blocker-${seg.id}`);
    await blocker.waitFor();
    expect(await blocker.textContent()).toContain("source corrected, needs review");
    expect(await blocker.locator(".blocker-texts del").allTextContents()).toEqual(["21"]);
    expect(await blocker.locator(".blocker-texts ins").allTextContents()).toEqual(["22"]);
    expect(await page.locator("#publish-button").count()).toBe(0);
    await screenshot(page, "publisher-source-corrected-en-1280");

    const tr = getArticle({ db: env.db, input: { id: articleId } }).segments.find((s) => s.id === seg.id)!.translations.en!;
    saveTranslation({ db: env.db, input: { segmentId: seg.id, lang: "en", text: tr.text.replace("21", "22"), status: "final", version: tr.version, override: { reason: "browser test" } }, actor });
    await page.reload();
    const changed = page.locator("#publish .pub-diff .chg-changed");
    await changed.waitFor();
    expect(await changed.locator("del").allTextContents()).toEqual(["21"]);
    expect(await changed.locator("ins").allTextContents()).toEqual(["22"]);
    await screenshot(page, "publisher-preview-diff-en-1280");
    await page.locator("#publish-button").click();
    await page.waitForURL(/published=2/);

    await page.locator("table.publications tbody tr").first().locator('a[href*="diff="]').click();
    await page.waitForURL(/diff=/);
    expect(await page.locator("#diff h2").textContent()).toContain("Version 2 against version 1");
    expect(await page.locator("#diff ins").allTextContents()).toEqual(["22"]);
    await screenshot(page, "publisher-history-diff-en-1280");

    const [download] = await Promise.all([page.waitForEvent("download"), page.locator("table.publications tbody tr").last().locator('a[href$="format=md"]').click()]);
    expect(download.suggestedFilename()).toBe(`article-${articleId}.en.v1.md`);
    const v1 = readFileSync((await download.path())!, "utf8");
    expect(v1).toContain("On 21 October");
    expect(v1).not.toContain("On 22 October");
    await page.context().close();
  });

  it("asks for a reason to publish over an open major flag", async () => {
    approveAll("hu");
    const seg = dateSegment();
    const text = getArticle({ db: env.db, input: { id: articleId } }).segments.find((s) => s.id === seg.id)!.translations.hu!.text;
    createManualFlag({ db: env.db, input: { segmentId: seg.id, lang: "hu", side: "target", start: 0, end: Math.min(8, text.length), category: "accuracy", severity: "major", comment: "A dátumot ellenőrizni kell" }, actor });
    const page = await signIn(env, "publisher");
    await page.goto(`${env.baseUrl}/articles/${articleId}/publish?lang=hu&ui=hu`);
    const reason = page.locator('textarea[name="overrideReason"]');
    await reason.waitFor();
    await page.keyboard.press("p");
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("overrideReason");
    await screenshot(page, "publisher-override-hu-1280");
    await reason.fill("A szerzővel egyeztetve");
    await page.locator("#publish-button").click();
    await page.waitForURL(/published=1/);
    expect(await page.locator("table.publications").textContent()).toContain("A szerzővel egyeztetve");
    await page.context().close();
  });

  it("reads well in every UI language at 1280×800 and at 390 px", async () => {
    for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
      const page = await signIn(env, "publisher", viewport);
      for (const ui of LANGUAGES) {
        await page.goto(`${env.baseUrl}/articles/${articleId}/publish?lang=en&ui=${ui}`);
        await page.locator("table.publications").waitFor();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${ui} at ${viewport.width}px scrolls sideways`).toBeLessThanOrEqual(0);
        await screenshot(page, `publisher-${ui}-${viewport.width}`);
      }
      await page.goto(`${env.baseUrl}/articles/${articleId}/publish?lang=zh&ui=zh`);
      await screenshot(page, `publisher-blocked-zh-${viewport.width}`);
      await page.context().close();
    }
  });
});
