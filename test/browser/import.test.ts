/**
 * Importing an article from the UI, as a publisher would: paste or upload, preview the segments
 * (nothing stored yet), create, land on the review page. Others get neither the link nor the page.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { articles } from "../../src/db/schema";
import { screenshot, signIn, startBrowserEnv, type BrowserEnv } from "./harness";

vi.setConfig({ testTimeout: 120_000 });
let env: BrowserEnv;
const count = () => env.db.select().from(articles).all().length;
const MARKDOWN = "# Visite au Centre\n\nLe 21 octobre, M. Dupont est venu. Il est reparti.\n\n## Réunion\n\nLes deux parties ont engagé des échanges.";
const HTML = "<html><body><h1>Nouvelles du Centre</h1><p>Le Centre a ouvert. Il accueille\u00a0: des élèves.</p><h2>Suite</h2><p>Fin de la visite.</p></body></html>";

beforeAll(async () => {
  env = await startBrowserEnv();
}, 120_000);
afterAll(async () => env?.close());

describe("as a publisher", () => {
  it("pastes Markdown, previews the segments without storing anything, then creates the article and reviews it", async () => {
    const page = await signIn(env, "publisher");
    await page.locator("header nav a", { hasText: "Import" }).click();
    await page.waitForURL(/\/articles\/new$/);
    await page.fill("#import-text", MARKDOWN);
    await page.selectOption("#import-lang", "fr");
    await page.selectOption("#import-format", "markdown");
    const before = count();
    await page.click("#import-preview");
    const rows = page.locator("table.preview-segments tbody tr");
    await rows.first().waitFor();
    expect(await rows.count()).toBe(5);
    expect(await rows.first().innerText()).toContain("Visite au Centre");
    expect(await page.locator("table.preview-segments tr.kind-heading").innerText()).toContain("Réunion");
    expect(count()).toBe(before);
    expect(await page.inputValue("#import-text")).toBe(MARKDOWN);
    await screenshot(page, "import-preview-en");

    await Promise.all([page.waitForURL(/\/articles\/\d+\/en$/), page.click("#import-create")]);
    expect(count()).toBe(before + 1);
    expect(await page.locator("h1").innerText()).toBe("Visite au Centre");
    expect(await page.locator("article.seg").count()).toBe(5);
    await page.context().close();
  });

  it("uploads an HTML file, previews it by its file name's format, and refuses a file that is not UTF-8", async () => {
    const page = await signIn(env, "publisher", { width: 390, height: 844 });
    await page.goto(`${env.baseUrl}/articles/new?ui=hu`);
    await page.setInputFiles("#import-file", { name: "nouvelles.html", mimeType: "text/html", buffer: Buffer.from(HTML) });
    await page.click("#import-preview");
    await page.locator("table.preview-segments").waitFor();
    expect(await page.locator("table.preview-segments tr.kind-title").innerText()).toContain("Nouvelles du Centre");
    expect(await page.locator("table.preview-segments tr.kind-heading").innerText()).toContain("Suite");
    // The no-break space before the colon is shown, and the file's text is now in the form.
    expect(await page.locator("table.preview-segments .ws.nbsp").count()).toBe(1);
    expect(await page.inputValue("#import-text")).toBe(HTML);
    expect(await page.inputValue("#import-format")).toBe("html");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, "import-preview-hu-phone");
    const before = count();
    await Promise.all([page.waitForURL(/\/articles\/\d+\/en$/), page.click("#import-create")]);
    expect(count()).toBe(before + 1);

    await page.goto(`${env.baseUrl}/articles/new?ui=en`);
    await page.setInputFiles("#import-file", { name: "latin1.txt", mimeType: "text/plain", buffer: Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x2e]) });
    await page.click("#import-preview");
    expect(await page.locator("#import-error").innerText()).toMatch(/latin1\.txt: .*UTF-8/);
    expect(count()).toBe(before + 1);
    await page.context().close();
  });

  it("says what is wrong and keeps the text: no title, or a text changed after the preview", async () => {
    const page = await signIn(env, "publisher");
    await page.goto(`${env.baseUrl}/articles/new?ui=fr`);
    await page.fill("#import-text", "Une phrase. Une autre phrase.");
    await page.click("#import-preview");
    expect(await page.locator("#import-error").innerText()).toContain("titre");
    expect(await page.inputValue("#import-text")).toBe("Une phrase. Une autre phrase.");
    await page.fill("#import-title", "Deux phrases");
    await page.click("#import-preview");
    await page.locator("#import-create").waitFor();
    await page.fill("#import-text", "Une phrase. Une autre phrase. Et une troisième.");
    const before = count();
    await page.click("#import-create");
    await page.locator(".notice").waitFor();
    expect(count()).toBe(before);
    expect(await page.locator("table.preview-segments tbody tr").count()).toBe(4);
    await page.context().close();
  });
});

describe("as anyone else", () => {
  it("offers no import link, and the page answers 403", async () => {
    for (const user of ["translator", "reviewer", "terminologist"]) {
      const page = await signIn(env, user);
      expect(await page.locator("header nav").first().innerText()).not.toContain("Import");
      const res = await page.goto(`${env.baseUrl}/articles/new`);
      expect(res?.status(), user).toBe(403);
      expect(await page.locator("main").innerText()).toContain("Importing articles is for publishers.");
      await page.context().close();
    }
  });
});
