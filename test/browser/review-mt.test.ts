/**
 * The TM/MT panel of the review workspace in a real Chromium: TM matches with score and origin,
 * a machine translation from an OpenAI-compatible server on loopback (with the terms it got
 * wrong), Insert and the Alt+I / Alt+G keys, a post-edit saved over the MT baseline with the
 * editor time, concordance, axe-clean; and without any provider, the panel says so plainly.
 */
import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { segments, translationRevisions, translations } from "../../src/db/schema";
import { importArticle } from "../../src/services/articles";
import { loopback, type Loopback } from "../support/loopback";
import { seriousAxeViolations } from "./checks";
import { screenshot, signIn, startBrowserEnv, type BrowserEnv } from "./harness";

vi.setConfig({ testTimeout: 120_000 });
let env: BrowserEnv;
let server: Loopback;
let articleId: number;
let repeated: string;

/** A model that writes "[EN] <source>" and ignores the required terms. */
const model = () =>
  loopback((req) => {
    const segs = JSON.parse(req.json.messages[1].content).segments as Array<{ id: number; text: string }>;
    return { json: { choices: [{ message: { content: JSON.stringify({ translations: segs.map((s) => ({ id: s.id, text: `[EN] ${s.text}` })) }) } }] } };
  });

beforeAll(async () => {
  server = await model();
  env = await startBrowserEnv({ mt: { timeoutMs: 5_000, openai: { url: `${server.url}/v1`, model: "loopback-llm", key: "sk-browser-secret-1234" } } });
  // A sentence the demo approved in English comes back in a new article: the memory has it.
  const approved = env.db
    .select({ source: segments.source })
    .from(translations)
    .innerJoin(segments, eq(segments.id, translations.segmentId))
    .where(and(eq(translations.lang, "en"), eq(translations.status, "final"), eq(segments.kind, "paragraph")))
    .orderBy(asc(segments.id))
    .get()!;
  repeated = approved.source;
  articleId = importArticle({ db: env.db, input: { title: "Reprise", sourceLang: "fr", text: `${repeated}\n\nLa Commission nationale a tenu une réunion.` } }).id;
}, 120_000);
afterAll(async () => {
  await env?.close();
  await server?.close();
});

describe("TM/MT panel", () => {
  it("shows the TM match, asks MT with Alt+G, inserts it, saves a post-edit over the MT baseline with the editor time", async () => {
    const page = await signIn(env, "translator");
    await page.goto(`${env.baseUrl}/articles/${articleId}/en`);
    const first = page.locator("article.seg", { hasText: repeated.slice(0, 30) }).first();
    await first.locator(".src").click();
    const match = first.locator(".tm-matches .tm-match").first();
    await match.waitFor();
    expect(await match.locator(".tm-score").textContent()).toMatch(/^10[01]%$/);
    await screenshot(page, "review-tm-panel");
    expect(await page.content()).not.toContain("sk-browser-secret-1234");

    const second = page.locator("article.seg", { hasText: "Commission nationale a tenu" });
    await second.locator(".src").click();
    await expect.poll(() => second.locator(".mt-suggestion .ask-mt").isVisible()).toBe(true);
    await page.keyboard.press("Alt+g");
    const suggestion = second.locator(".mt-suggestion .tm-target");
    await suggestion.waitFor();
    expect(await suggestion.textContent()).toBe("[EN] La Commission nationale a tenu une réunion.");
    await screenshot(page, "review-mt-suggestion");
    expect(await seriousAxeViolations(page)).toEqual([]);

    await second.locator(".mt-suggestion .tm-insert").click();
    const editor = second.locator("textarea.editor");
    await expect.poll(() => editor.inputValue()).toBe("[EN] La Commission nationale a tenu une réunion.");
    await editor.fill("The National Commission held a meeting.");
    await page.waitForTimeout(50); // some editor time to measure (the assertion is only "more than zero")
    await page.keyboard.press("Control+Enter");
    const segmentId = Number(await second.getAttribute("data-segment"));
    await expect.poll(() => second.getAttribute("data-status")).toBe("translated");

    const row = env.db.select().from(translations).where(and(eq(translations.segmentId, segmentId), eq(translations.lang, "en"))).get()!;
    expect(row).toMatchObject({ origin: "human", mtText: "[EN] La Commission nationale a tenu une réunion.", text: "The National Commission held a meeting." });
    const revisions = env.db.select().from(translationRevisions).where(eq(translationRevisions.translationId, row.id)).orderBy(asc(translationRevisions.version)).all();
    expect(revisions.map((r) => [r.origin, r.status])).toEqual([["mt:openai", "initial"], ["human", "translated"]]);
    expect(revisions[1]!.timeSpentMs).toBeGreaterThan(0);
  });

  it("inserts the best TM match with Alt+I and searches the memory", async () => {
    const page = await signIn(env, "translator");
    await page.goto(`${env.baseUrl}/articles/${articleId}/en`);
    const first = page.locator("article.seg", { hasText: repeated.slice(0, 30) }).first();
    await first.locator(".src").click();
    const target = await first.locator(".tm-matches .tm-target").first().textContent();
    await page.keyboard.press("Alt+i");
    await expect.poll(() => first.locator("textarea.editor").inputValue()).toBe(target);
    const word = repeated.split(/\s+/).find((w) => w.length > 5)!.replace(/[^\p{L}]/gu, "");
    await first.locator(".concordance-form input").fill(word);
    await first.locator(".concordance-form button").click();
    await first.locator(".concordance-results mark").first().waitFor();
    await screenshot(page, "review-concordance");
  });

  it("links the effort report, which shows the post-edit", async () => {
    const page = await signIn(env, "reviewer");
    await page.goto(`${env.baseUrl}/articles/${articleId}/en`);
    await Promise.all([page.waitForURL(/\/effort/), page.click("a.effort-link")]);
    await page.locator(".effort-chart li").first().waitFor();
    expect(await page.locator(".effort-table").first().textContent()).toContain("openai");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, "effort-report");
    await page.setViewportSize({ width: 390, height: 800 });
    await screenshot(page, "effort-report-phone");
  });
});

describe("pre-translate action", () => {
  it("starts a pre-translation with the provider chosen, shows its progress and the result per language", async () => {
    const id = importArticle({ db: env.db, input: { title: "Préparation", sourceLang: "fr", text: `${repeated}\n\nUne phrase nouvelle.\n\nEncore une autre phrase.` } }).id;
    const page = await signIn(env, "publisher");
    await page.goto(`${env.baseUrl}/articles/${id}/hu`);
    await Promise.all([page.waitForURL(/\/pretranslate$/), page.click('a[href$="/pretranslate"]')]);
    await page.check('input[name="langs"][value="en"]');
    await page.check('input[name="langs"][value="hu"]');
    expect(await page.locator('select[name="provider"]').inputValue()).toBe("openai");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.click(".pretranslate-form button[type=submit]");
    await page.locator(".pretranslate-result li").first().waitFor();
    const result = await page.locator(".pretranslate-result").textContent();
    expect(result).toMatch(/English: \d context, \d exact, \d fuzzy, [1-4] machine, 0 kept, 0 untranslated/);
    expect(result).toMatch(/Hungarian: \d context, \d exact, \d fuzzy, [1-4] machine, 0 kept, 0 untranslated/);
    expect(await page.locator(".pretranslate-progress progress").evaluate((p: HTMLProgressElement) => p.value === p.max)).toBe(true);
    await screenshot(page, "pretranslate");
    const drafts = env.db.select().from(translations).innerJoin(segments, eq(segments.id, translations.segmentId)).where(and(eq(segments.articleId, id), eq(translations.lang, "hu"))).all();
    expect(drafts).toHaveLength(4);
    for (const d of drafts) expect([d.translations.origin, d.translations.status]).toEqual([expect.stringMatching(/^(mt:openai|tm:\d+)$/), "initial"]);
    expect(drafts.filter((d) => d.translations.origin === "mt:openai").length).toBeGreaterThan(0);
    await page.setViewportSize({ width: 390, height: 800 });
    await screenshot(page, "pretranslate-phone");
  });
});

describe("without a provider", () => {
  it("says plainly that no machine translation is configured, and the TM still works", async () => {
    const bare = await startBrowserEnv();
    try {
      const id = importArticle({ db: bare.db, input: { title: "Sans TA", sourceLang: "fr", text: "Une phrase." } }).id;
      const page = await signIn(bare, "translator");
      await page.goto(`${bare.baseUrl}/articles/${id}/hu?ui=fr`);
      const row = page.locator("article.seg").first();
      await row.locator(".src").click();
      await row.locator(".mt-suggestion .tm-notice").waitFor();
      expect(await row.locator(".mt-suggestion").textContent()).toContain("Aucun service de traduction automatique n’est configuré");
      expect(await row.locator(".tm-matches").textContent()).toMatch(/Aucune correspondance/);
      await screenshot(page, "review-mt-not-configured");
    } finally {
      await bare.close();
    }
  }, 180_000);
});
