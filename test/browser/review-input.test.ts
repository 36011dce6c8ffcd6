/**
 * Typing in the review workspace: terms go where the caret is, shortcuts work on AZERTY, Tab
 * stops once per row, and unsaved text is never lost by leaving the page.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { articles, segments } from "../../src/db/schema";
import { importArticle } from "../../src/services/articles";
import { tabStops } from "./checks";
import { signIn, startBrowserEnv, type BrowserEnv } from "./harness";

vi.setConfig({ testTimeout: 120_000 });
let env: BrowserEnv;
let articleId: number;
let longId: number;

beforeAll(async () => {
  env = await startBrowserEnv();
  articleId = env.db.select({ id: articles.id }).from(articles).get()!.id;
  // Longer than one review page (60 segments), so there is a next page to go to.
  longId = importArticle({ db: env.db, input: { title: "Long", sourceLang: "fr", text: Array.from({ length: 70 }, (_, i) => `Phrase numéro ${i + 1}.`).join("\n\n") } }).id;
}, 120_000);
afterAll(async () => env?.close());

const segmentWith = (text: string) => env.db.select().from(segments).all().find((s) => s.source.includes(text))!;

/** A key as the browser's input pipeline delivers it, with the `key` and `code` a layout gives. */
async function pressWithLayout(page: Page, key: string, code: string, modifiers = 1 /* Alt */) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Input.dispatchKeyEvent", { type: "keyDown", key, code, modifiers, text: "" });
  await cdp.send("Input.dispatchKeyEvent", { type: "keyUp", key, code, modifiers });
  await cdp.detach();
}

describe("terms", () => {
  it("Enter on a focused term inserts it at the caret, spaced as a word; Alt+1 inserts at the end of a closed editor and opens it", async () => {
    const seg = segmentWith("Il a insisté sur le fait que cette approche");
    // The demo's translation of this segment is reviewed: a reviewer may edit it, a translator may not (README's role table).
    const page = await signIn(env, "reviewer");
    await page.goto(`${env.baseUrl}/articles/${articleId}/hu`);
    const row = page.locator(`#seg-${seg.id}`);
    await row.locator(".tgt .text").click();
    const editor = row.locator("textarea.editor");
    await editor.fill("A célja.");
    await editor.evaluate((ta: HTMLTextAreaElement) => ta.setSelectionRange(1, 1));
    await page.keyboard.press("Escape");
    await expect.poll(() => editor.isVisible()).toBe(false);
    const term = row.locator(".term", { hasText: /^développement durable$/ }).first();
    await term.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => editor.isVisible()).toBe(true);
    expect(await editor.inputValue()).toBe("A fenntartható fejlődés célja.");
    expect(await editor.evaluate((ta: HTMLTextAreaElement) => ta.selectionStart)).toBe("A fenntartható fejlődés".length);

    // Another row, its editor never opened: the term goes at the end, after a space.
    const otherId = await page.locator("article.seg").evaluateAll(
      // (not an approved row: only a publisher edits those)
      (list, skip) => list.find((r) => r.id !== skip && (r as HTMLElement).dataset.status !== "final" && Array.from(r.querySelectorAll(".src .term")).some((term) => term.textContent === "développement durable"))!.id,
      `seg-${seg.id}`,
    );
    const other = page.locator(`#${otherId}`);
    const text = (await other.locator('.text[data-side="target"]').textContent())!;
    await other.locator(".seg-meta").click();
    const index = await other.locator(".term-list li").evaluateAll((items) => items.findIndex((li) => li.textContent!.includes("fenntartható fejlődés")));
    expect(index).toBeGreaterThanOrEqual(0);
    await page.keyboard.press(`Alt+Digit${index + 1}`);
    const otherEditor = other.locator("textarea.editor");
    await expect.poll(() => otherEditor.isVisible()).toBe(true);
    expect(await otherEditor.inputValue()).toBe(`${text} fenntartható fejlődés`);
    await page.context().close();
  });

  it("a Chinese term is inserted without spaces", async () => {
    const seg = segmentWith("Il a insisté sur le fait que cette approche");
    // The demo's translation of this segment is reviewed: a reviewer may edit it, a translator may not (README's role table).
    const page = await signIn(env, "reviewer");
    await page.goto(`${env.baseUrl}/articles/${articleId}/zh`);
    const row = page.locator(`#seg-${seg.id}`);
    await row.locator(".tgt .text").click();
    const editor = row.locator("textarea.editor");
    await editor.fill("促进。");
    await editor.evaluate((ta: HTMLTextAreaElement) => ta.setSelectionRange(2, 2));
    await row.locator(".term", { hasText: /^développement durable$/ }).first().focus();
    await page.keyboard.press("Enter");
    expect(await editor.inputValue()).toMatch(/^促进可持续发展。$/);
    await page.context().close();
  });
});

describe("shortcuts on other keyboard layouts", () => {
  it("Alt+M opens the flag dialog on a French AZERTY keyboard (M is where QWERTY has ;) and when Alt turns M into µ", async () => {
    const page = await signIn(env, "reviewer");
    await page.goto(`${env.baseUrl}/articles/${articleId}/en`);
    const seg = page.locator("article.seg", { hasText: "magaisn" });
    const select = () => seg.locator('.text[data-side="source"]').getByText("magaisn", { exact: true }).dblclick();
    await select();
    await pressWithLayout(page, "m", "Semicolon");
    const dialog = page.locator("#flag-dialog");
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await page.locator("#flag-span").textContent()).toBe("magaisn");
    await page.keyboard.press("Escape");
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await select();
    await pressWithLayout(page, "µ", "KeyM");
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await page.keyboard.press("Escape");
    // On QWERTZ, Alt+C is still Alt+C.
    await seg.locator(".seg-meta").click();
    await pressWithLayout(page, "c", "KeyC");
    await expect.poll(() => seg.locator("textarea.editor").inputValue()).toBe(await seg.locator('.text[data-side="source"]').textContent());
    await page.context().close();
  });
});

describe("Tab", () => {
  it("stops once per row's terms (a roving tabindex); arrow keys move between a row's terms", async () => {
    const page = await signIn(env, "translator");
    await page.goto(`${env.baseUrl}/articles/${articleId}/hu`);
    const rows = await page.locator("article.seg").count();
    const termCount = await page.locator(".review .term").count();
    expect(termCount).toBeGreaterThan(rows * 2);
    const inside = (await tabStops(page)).filter((s) => s.inside);
    expect(inside.length).toBeGreaterThan(0);
    expect(inside.length).toBeLessThanOrEqual(rows);

    const id = await page.locator("article.seg").evaluateAll((list) => list.find((r) => r.querySelectorAll(".src .term").length >= 2)!.id);
    const terms = page.locator(`#${id} .src .term`);
    await terms.first().focus();
    await page.keyboard.press("ArrowRight");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(await terms.nth(1).textContent());
    expect(await terms.nth(1).getAttribute("tabindex")).toBe("0");
    expect(await terms.first().getAttribute("tabindex")).toBe("-1");
    await page.keyboard.press("ArrowLeft");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(await terms.first().textContent());
    await page.context().close();
  });
});

describe("unsaved edits", () => {
  it("changing the filter, the language or the page with a dirty row asks first; staying keeps the text", async () => {
    const page = await signIn(env, "translator");
    await page.goto(`${env.baseUrl}/articles/${articleId}/en`);
    const row = page.locator("article.seg").nth(4);
    await row.locator(".tgt .text").click();
    const editor = row.locator("textarea.editor");
    await editor.fill("Unsaved words.");
    const dialog = page.locator("#leave-dialog");

    await page.selectOption('select[name="status"]', "final");
    await page.click('.filters button[type="submit"]');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await dialog.locator("button.cancel").click();
    expect(new URL(page.url()).search).toBe("");
    expect(await editor.inputValue()).toBe("Unsaved words.");

    await page.locator(".lang-tabs a", { hasText: "Chinese" }).click();
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await dialog.locator("button.cancel").click();
    expect(page.url()).toMatch(/\/en(#.*)?$/);

    await page.locator(".lang-tabs a", { hasText: "Chinese" }).click();
    await Promise.all([page.waitForURL(/\/zh$/), dialog.locator("button.confirm").click()]);
    await page.context().close();
  });

  it("Alt+↓ past the last segment of a page asks first, and closing the tab is held by beforeunload", async () => {
    const page = await signIn(env, "translator");
    await page.goto(`${env.baseUrl}/articles/${longId}/hu#last`);
    const last = page.locator("article.seg.active");
    await expect.poll(() => last.locator("textarea.editor").isVisible()).toBe(true);
    await page.keyboard.type("Egy mondat.");
    await page.keyboard.press("Alt+ArrowDown");
    const dialog = page.locator("#leave-dialog");
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await dialog.locator("button.cancel").click();
    expect(new URL(page.url()).searchParams.get("page")).toBeNull();

    const asked = new Promise<string>((resolve) => page.on("dialog", (d) => (resolve(d.type()), void d.accept())));
    await page.close({ runBeforeUnload: true });
    expect(await asked).toBe("beforeunload");
    await page.context().close();
  });
});
