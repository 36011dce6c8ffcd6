/**
 * Browser-test harness: the real server on loopback (real SQLite file with the migrations, the
 * demo, the spelling worker pool and background QA) and Debian's Chromium driven by
 * playwright-core. Screenshots go to test-output/screenshots/.
 */
import { serve, type ServerType } from "@hono/node-server";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { createApp } from "../../src/app";
import { testConfig } from "../../src/config";
import { openDatabase, type Db } from "../../src/db/client";
import { seedDemo } from "../../src/db/seed";
import { createRuntimeServices } from "../../src/runtime";
import { checkAllArticles } from "../../src/services/qa/check-all";

export const DEMO_PASSWORD = "browser-test-password";
export const SCREENSHOT_DIR = join(process.cwd(), "test-output", "screenshots");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export type BrowserEnv = { baseUrl: string; db: Db; browser: Browser; close(): Promise<void> };

export async function startBrowserEnv(): Promise<BrowserEnv> {
  const dir = mkdtempSync(join(tmpdir(), "glossa-browser-"));
  const config = testConfig({ dbPath: join(dir, "glossa.db"), demo: true, demoPassword: DEMO_PASSWORD, qaWorkers: 1 });
  const db = openDatabase(config.dbPath);
  await seedDemo(db, config, () => {});
  const runtime = await createRuntimeServices({ db, config });
  await checkAllArticles({ db, spelling: runtime.spelling! });
  const app = createApp({ db, config, ...runtime });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    db,
    browser,
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
      await runtime.close();
      db.$client.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A fresh browser context signed in as a demo user, at 1280×800 unless told otherwise. */
export async function signIn(env: BrowserEnv, username: string, viewport = { width: 1280, height: 800 }): Promise<Page> {
  const context = await env.browser.newContext({ viewport, locale: "en-US" });
  const page = await context.newPage();
  page.on("pageerror", (error) => {
    throw error;
  });
  await page.goto(`${env.baseUrl}/login`);
  await page.fill('input[name="username"]', username);
  await page.fill('input[name="password"]', DEMO_PASSWORD);
  await Promise.all([page.waitForURL((url) => !url.pathname.startsWith("/login")), page.click('button[type="submit"]')]);
  return page;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}
