/**
 * The review workspace tried as a new user would: every open flag in view, buttons for saving
 * and approving (mouse, touch, phone), suggestions that change only the side being edited, an
 * explicit source correction with a confirmation, and a warning before an approved segment is
 * sent back. Real server, real Chromium, real background QA.
 */
import { and, eq } from "drizzle-orm";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { articles, flags, segments, translations } from "../../src/db/schema";
import { cspViolations, screenshot, signIn, startBrowserEnv, type BrowserEnv } from "./harness";

vi.setConfig({ testTimeout: 150_000 });
let env: BrowserEnv;
let articleId: number;

beforeAll(async () => {
  env = await startBrowserEnv();
  articleId = env.db.select({ id: articles.id }).from(articles).get()!.id;
}, 120_000);
afterAll(async () => env?.close());

const segmentWith = (text: string) => env.db.select().from(segments).all().find((s) => s.source.includes(text))!;
const translationOf = (segmentId: number, lang: string) => env.db.select().from(translations).where(and(eq(translations.segmentId, segmentId), eq(translations.lang, lang))).get()!;
const openFlagsOf = (segmentId: number) => env.db.select().from(flags).where(and(eq(flags.segmentId, segmentId), eq(flags.status, "open"))).all();
const statusLine = (page: Page) => page.locator("#review-status");

/** Saves a typo into a Hungarian row (Ctrl+Enter) and waits for the background check's flag. */
async function saveTypo(page: Page, segmentId: number) {
  const row = page.locator(`#seg-${segmentId}`);
  await row.locator(".tgt .text").click();
  const editor = row.locator("textarea.editor");
  await editor.fill((await editor.inputValue()).replace("digitális", "digitálsi"));
  await page.keyboard.press("Control+Enter");
  await expect.poll(() => translationOf(segmentId, "hu").text).toContain("digitálsi");
  const flag = row.locator(".flag-item", { hasText: "digitálsi" });
  await flag.waitFor({ state: "attached", timeout: 90_000 });
  return flag;
}

describe("open flags", () => {
  it("every open flag of the language shows in the panel and inline, as many as the API counts", async () => {
    const page = await signIn(env, "reviewer");
    const all = (await (await page.request.get(`${env.baseUrl}/api/articles/${articleId}/flags?status=open`)).json()).flags as { id: number; lang: string }[];
    for (const lang of ["hu", "zh", "en"]) {
      await page.goto(`${env.baseUrl}/articles/${articleId}/${lang}`);
      const expected = all.filter((f) => f.lang === lang || f.lang === "fr").map((f) => f.id).sort((a, b) => a - b);
      const listed = (await page.locator(".flag-item").evaluateAll((items) => items.map((i) => Number((i as HTMLElement).dataset.flag)))).sort((a, b) => a - b);
      expect(listed, lang).toEqual(expected);
      expect(await page.locator("#open-flag-count").getAttribute("data-count"), lang).toBe(String(expected.length));
      const inline = await page.locator("[data-flags]").evaluateAll((spans) => spans.flatMap((s) => (s as HTMLElement).dataset.flags!.split(" ").map(Number)));
      expect(expected.filter((id) => !inline.includes(id)), lang).toEqual([]);
    }
    // Hungarian: the termbase terms the translation does not use are among them.
    await page.goto(`${env.baseUrl}/articles/${articleId}/hu`);
    expect(await page.locator('.flag-item[data-check="terminology"]').count()).toBeGreaterThan(0);
    await page.context().close();
  });
});

describe("buttons for mouse, touch and phone users", () => {
  it("saves, copies the source and approves with buttons on a 390-px touch screen", async () => {
    const seg = segmentWith("Le directeur exécutif Xiao Lan");
    const page = await signIn(env, "translator", { width: 390, height: 844 }, { hasTouch: true, isMobile: true });
    await page.goto(`${env.baseUrl}/articles/${articleId}/en`);
    const row = page.locator(`#seg-${seg.id}`);
    await row.locator(".tgt .text").tap();
    const editor = row.locator("textarea.editor");
    await expect.poll(() => editor.isVisible()).toBe(true);
    await editor.fill("Executive Director Xiao Lan presented the Centre's achievements.");
    await row.locator("button.save-row").tap();
    await expect.poll(() => translationOf(seg.id, "en").text).toBe("Executive Director Xiao Lan presented the Centre's achievements.");
    expect(translationOf(seg.id, "en").status).toBe("translated");
    await expect.poll(() => row.locator('.text[data-side="target"]').textContent()).toBe("Executive Director Xiao Lan presented the Centre's achievements.");
    expect(await row.locator("button.approve-row").count()).toBe(0);

    await row.locator("button.copy-source").tap();
    expect(await editor.inputValue()).toBe(seg.source);
    await screenshot(page, "review-buttons-phone");
    await page.context().close();

    const publisher = await signIn(env, "publisher", { width: 390, height: 844 }, { hasTouch: true, isMobile: true });
    await publisher.goto(`${env.baseUrl}/articles/${articleId}/en`);
    const same = publisher.locator(`#seg-${seg.id}`);
    await same.locator(".seg-meta").tap();
    await same.locator("button.approve-row").tap();
    await expect.poll(() => translationOf(seg.id, "en").status).toBe("final");
    expect(translationOf(seg.id, "en").text).toBe("Executive Director Xiao Lan presented the Centre's achievements.");
    expect(cspViolations(publisher)).toEqual([]);
    await publisher.context().close();
  });
});

describe("suggestions", () => {
  it("Alt+S applies a suggestion to the translation being edited, never to the source", async () => {
    const seg = segmentWith("magaisn");
    const enBefore = translationOf(seg.id, "en");
    const page = await signIn(env, "translator");
    await page.goto(`${env.baseUrl}/articles/${articleId}/hu`);
    const row = page.locator(`#seg-${seg.id}`);
    await saveTypo(page, seg.id);
    // A translator is offered no way to change the source from a flag.
    expect(await row.locator('.flag-item[data-side="source"] button.correct-source, .flag-item[data-side="source"] button.apply').count()).toBe(0);
    await row.locator(".seg-meta").click();
    await page.keyboard.press("Alt+KeyS");
    await expect.poll(() => translationOf(seg.id, "hu").text).toContain("digitális művészeti");
    expect(env.db.select().from(segments).where(eq(segments.id, seg.id)).get()!.source).toBe(seg.source);
    expect(translationOf(seg.id, "en")).toMatchObject({ status: enBefore.status, needsReview: false, version: enBefore.version });
    await expect.poll(() => row.locator(".flag-item", { hasText: "digitálsi" }).count(), { timeout: 30_000 }).toBe(0);
    expect(await statusLine(page).getAttribute("class")).not.toContain("is-error");
    await page.context().close();
  });

  it("applying a suggestion resolves its flag without an error, even when the re-check replaced the flag first", async () => {
    const seg = env.db.select().from(translations).all().find((t) => t.lang === "hu" && t.text.includes("digitális") && t.segmentId !== segmentWith("magaisn").id && t.status !== "final")!;
    const page = await signIn(env, "translator");
    await page.goto(`${env.baseUrl}/articles/${articleId}/hu`);
    const flag = await saveTypo(page, seg.segmentId);
    const flagId = Number(await flag.getAttribute("data-flag"));
    // Hold any flag update until the re-check after the save has replaced the flag (as it does
    // most of the time on a real server): the update then finds no flag.
    await page.route("**/api/flags/**", async (route) => {
      for (let i = 0; i < 200 && env.db.select().from(flags).where(eq(flags.id, flagId)).get()?.status === "open"; i++) await new Promise((r) => setTimeout(r, 100));
      await route.continue();
    });
    await page.locator(`#seg-${seg.segmentId} .seg-meta`).click();
    await flag.locator("button.apply").first().click();
    await expect.poll(() => translationOf(seg.segmentId, "hu").text).not.toContain("digitálsi");
    await expect.poll(() => env.db.select().from(flags).where(eq(flags.id, flagId)).get()?.status ?? "gone").not.toBe("open");
    await expect.poll(() => statusLine(page).textContent()).toMatch(/Saved/);
    await page.waitForTimeout(500); // the flag update, if any, has had its turn
    expect(await statusLine(page).textContent()).not.toMatch(/Could not/);
    expect(await statusLine(page).getAttribute("class")).not.toContain("is-error");
    await page.context().close();
  });

  it("a reviewer corrects the source only through the correction action, after confirming it", async () => {
    const seg = segmentWith("magaisn");
    const page = await signIn(env, "reviewer");
    await page.goto(`${env.baseUrl}/articles/${articleId}/en`);
    const row = page.locator(`#seg-${seg.id}`);
    await row.locator(".seg-meta").click();
    const item = row.locator('.flag-item[data-side="source"]', { hasText: "magaisn" });
    // Alt+S leaves the source alone: there is no translation flag to apply here.
    await page.keyboard.press("Alt+KeyS");
    const correct = item.locator("button.correct-source", { hasText: "→ magasin" });
    await correct.click();
    const dialog = page.locator("#source-dialog");
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.locator("ins").textContent()).toBe("magasin");
    expect(await dialog.innerText()).toMatch(/English.*Chinese.*Hungarian|Hungarian.*English/s);
    await screenshot(page, "review-source-correction");
    await dialog.locator("button.cancel").click();
    expect(env.db.select().from(segments).where(eq(segments.id, seg.id)).get()!.source).toContain("magaisn");

    await correct.click();
    await dialog.locator("button.confirm").click();
    await expect.poll(() => env.db.select().from(segments).where(eq(segments.id, seg.id)).get()!.source).toContain("grand magasin Wangfujing");
    expect(translationOf(seg.id, "en").needsReview).toBe(true);
    await expect.poll(() => openFlagsOf(seg.id).filter((f) => f.text === "magaisn").length).toBe(0);
    await expect.poll(() => row.locator('.text[data-side="source"]').textContent()).toContain("magasin");
    expect(await statusLine(page).getAttribute("class")).not.toContain("is-error");
    await page.context().close();
  });
});

describe("an approved segment", () => {
  it("warns before an edit sends it back, and the history shows Approved → Reviewed", async () => {
    const seg = segmentWith("Le 21 octobre, Gábor Soós");
    expect(translationOf(seg.id, "hu").status).toBe("final");
    const page = await signIn(env, "reviewer");
    await page.goto(`${env.baseUrl}/articles/${articleId}/hu`);
    const row = page.locator(`#seg-${seg.id}`);
    await row.locator(".tgt .text").click();
    await expect.poll(() => row.locator(".final-notice").isVisible()).toBe(true);
    const editor = row.locator("textarea.editor");
    const changed = `${await editor.inputValue()} `.replace("Soós Gábor", "Soós Gábor úr").trim();
    await editor.fill(changed);
    await page.keyboard.press("Control+Enter");
    const dialog = page.locator("#demote-dialog");
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.innerText()).toContain("Reviewed");
    await screenshot(page, "review-demote-warning");
    await dialog.locator("button.cancel").click();
    expect(translationOf(seg.id, "hu").status).toBe("final");
    expect(await editor.inputValue()).toBe(changed);

    await row.locator("button.save-row").click();
    await dialog.locator("button.confirm").click();
    await expect.poll(() => translationOf(seg.id, "hu").status).toBe("reviewed");
    expect(translationOf(seg.id, "hu").text).toBe(changed);
    await row.locator(".load-history").click();
    const change = row.locator(".history-list li").first().locator(".status-change");
    await expect.poll(() => change.innerText()).toMatch(/Approved\s*→\s*.*Reviewed/);
    await page.context().close();
  });
});
