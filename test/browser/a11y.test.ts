/**
 * Every page in a real Chromium with its real Content-Security-Policy: standards mode, axe-core
 * (no serious or critical WCAG A/AA violation), no character drawn as a missing-glyph box, a
 * 390-px phone, the admin's way in, and screenshots in the four UI languages at two widths.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { articles } from "../../src/db/schema";
import { LANGUAGES } from "../../src/domain/languages";
import { importArticle } from "../../src/services/articles";
import { missingGlyphs, seriousAxeViolations } from "./checks";
import { cspViolations, newPage, screenshot, signIn, startBrowserEnv, type BrowserEnv } from "./harness";

vi.setConfig({ testTimeout: 180_000 });
let env: BrowserEnv;
let demoId: number;
let untranslatedId: number;

beforeAll(async () => {
  env = await startBrowserEnv();
  demoId = env.db.select({ id: articles.id }).from(articles).get()!.id;
  untranslatedId = importArticle({ db: env.db, input: { title: "Nouvel article", sourceLang: "fr", text: "Premier paragraphe, sans traduction.\n\nDeuxième paragraphe." } }).id;
}, 120_000);
afterAll(async () => env?.close());

type PageCase = { name: string; user?: string; path: string; status?: number; prepare?: (page: Page) => Promise<void> };
const PAGES = (): PageCase[] => [
  { name: "login", path: "/login" },
  { name: "articles", user: "reviewer", path: "/" },
  // English has every status (draft, translated, reviewed, approved); open a row so its tools show.
  { name: "review", user: "publisher", path: `/articles/${demoId}/en`, prepare: (p) => p.locator("article.seg").nth(3).click({ position: { x: 5, y: 5 } }) },
  { name: "review-untranslated", user: "translator", path: `/articles/${untranslatedId}/hu` },
  { name: "glossary", user: "terminologist", path: "/glossary" },
  { name: "glossary-editor", user: "terminologist", path: "/glossary/new" },
  { name: "profile", user: "translator", path: "/profile" },
  { name: "admin", user: "admin", path: "/admin" },
  { name: "forbidden", user: "translator", path: "/admin", status: 403 },
  { name: "import", user: "publisher", path: "/articles/new" },
];

async function open(c: PageCase, viewport = { width: 1280, height: 800 }): Promise<{ page: Page; status?: number; csp?: string }> {
  const page = c.user ? await signIn(env, c.user, viewport) : await newPage(env, { viewport });
  const res = await page.goto(`${env.baseUrl}${c.path}`);
  if (res?.status() === (c.status ?? 200)) await c.prepare?.(page);
  return { page, status: res?.status(), csp: (await res?.allHeaders())?.["content-security-policy"] };
}

describe("every page", () => {
  it("renders in standards mode under a strict CSP, with no serious axe violation and no missing glyph", async () => {
    const problems: Record<string, unknown> = {};
    for (const c of PAGES()) {
      const { page, status, csp = "" } = await open(c);
      const mode = await page.evaluate(() => document.compatMode);
      const found = {
        status: status === (c.status ?? 200) ? undefined : status,
        mode: mode === "CSS1Compat" ? undefined : mode,
        csp: /script-src 'self'(;|$)/.test(csp) && !csp.includes("unsafe-inline") ? undefined : csp,
        axe: await seriousAxeViolations(page),
        glyphs: await missingGlyphs(page),
        violations: cspViolations(page),
      };
      if (found.status || found.mode || found.csp !== undefined || found.axe.length || found.glyphs.length || found.violations.length) problems[c.name] = found;
      await page.context().close();
    }
    expect(problems).toEqual({});
  });
});

describe("the admin", () => {
  it("signs in with the password printed at first start and manages users at /admin", async () => {
    expect(env.adminPassword).toMatch(/^\S{12,}$/);
    const page = await signIn(env, "admin");
    await page.goto(`${env.baseUrl}/admin`);
    expect(await page.locator("#users-table").textContent()).toContain("translator");
    await page.context().close();
  });
});

describe("a 390-px phone", () => {
  const phone = { width: 390, height: 844 };
  const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

  it("shows the articles list and the review page without sideways scrolling", async () => {
    const page = await signIn(env, "publisher", phone);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.goto(`${env.baseUrl}/articles/${demoId}/hu`);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.context().close();
  });

  it("labels every glossary cell with its language", async () => {
    const page = await signIn(env, "reviewer", phone);
    await page.goto(`${env.baseUrl}/glossary`);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    const row = page.locator("table.concepts tbody tr").first();
    const text = await row.innerText();
    for (const lang of ["French", "English", "Chinese", "Hungarian"]) expect(text.toLowerCase()).toContain(lang.toLowerCase());
    await page.context().close();
  });

  it("draws the 403 page's sign, not an empty box", async () => {
    const { page } = await open({ name: "forbidden", user: "translator", path: "/admin", status: 403 }, phone);
    expect(await missingGlyphs(page)).toEqual([]);
    await screenshot(page, "forbidden-phone");
    await page.context().close();
  });
});

describe("screenshots", () => {
  // pages.test.ts takes the articles, review and glossary pages at 1280×800; these add the
  // import page and every page on a 390-px phone, in the four UI languages.
  it("articles, review, glossary and import in the four UI languages at 390 px, and import at 1280×800", { timeout: 300_000 }, async () => {
    const shots = [
      ...["articles", "review", "glossary", "import"].map((name) => ({ name, viewport: { width: 390, height: 844 } })),
      { name: "import", viewport: { width: 1280, height: 800 } },
    ];
    const paths: Record<string, string> = { articles: "/", review: `/articles/${demoId}/hu`, glossary: "/glossary", import: "/articles/new" };
    for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
      const page = await signIn(env, "publisher", viewport);
      for (const { name } of shots.filter((s) => s.viewport.width === viewport.width)) {
        for (const ui of LANGUAGES) {
          await page.goto(`${env.baseUrl}${paths[name]}?ui=${ui}`);
          if (name === "review") await page.locator("article.seg").nth(2).click({ position: { x: 5, y: 5 } });
          expect(await page.locator("body").innerText()).not.toMatch(/\b(articles|review|status|nav|importPage|glossaryPage|termStatus|severity|mqm)\.[a-zA-Z]+/);
          await screenshot(page, `${name}-${ui}-${viewport.width}`, 2400);
        }
      }
      await page.context().close();
    }
  });
});
