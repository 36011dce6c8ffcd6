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
import { chromium, type Browser, type BrowserContextOptions, type Page } from "playwright-core";
import { createApp } from "../../src/app";
import { testConfig, type Config } from "../../src/config";
import { openDatabase, type Db } from "../../src/db/client";
import { ensureAdmin, seedDemo } from "../../src/db/seed";
import { createRuntimeServices } from "../../src/runtime";
import { checkAllArticles } from "../../src/services/qa/check-all";

export const DEMO_PASSWORD = "browser-test-password";
export const SCREENSHOT_DIR = join(process.cwd(), "test-output", "screenshots");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export type BrowserEnv = {
  baseUrl: string;
  db: Db;
  browser: Browser;
  /** the password printed when GLOSSA_ADMIN_TOKEN created the admin at first start */
  adminPassword: string;
  close(): Promise<void>;
};

/** `overrides` change the configuration, e.g. `mt` for a machine-translation server on loopback. */
export async function startBrowserEnv(overrides: Partial<Config> = {}): Promise<BrowserEnv> {
  const dir = mkdtempSync(join(tmpdir(), "glossa-browser-"));
  const config = testConfig({ dbPath: join(dir, "glossa.db"), demo: true, demoPassword: DEMO_PASSWORD, qaWorkers: 1, adminToken: "browser-admin-token", ...overrides });
  const db = openDatabase(config.dbPath);
  // As at a first start: the admin's password is printed once; the tests sign in with it.
  let adminPassword = "";
  await ensureAdmin(db, config, (line: string) => {
    adminPassword = /password[^:]*:\s*(\S+)/i.exec(line)?.[1] ?? adminPassword;
  });
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
    adminPassword,
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
      await runtime.close();
      db.$client.close();
      rmSync(dir, { recursive: true, force: true });
      // Every page of every browser test ran under the real Content-Security-Policy.
      const blocked = [...allViolations];
      allViolations.clear();
      if (blocked.length) throw new Error(`Content-Security-Policy violations:\n${blocked.join("\n")}`);
    },
  };
}

const problems = new WeakMap<Page, string[]>();
const allViolations = new Set<string>();

/**
 * A new page in a fresh context that records Content-Security-Policy violations (Chromium logs
 * them on the console; the environment's close() fails on any) and fails on uncaught script errors.
 */
export async function newPage(env: BrowserEnv, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "en-US", ...options });
  const page = await context.newPage();
  const seen: string[] = [];
  problems.set(page, seen);
  page.on("pageerror", (error) => {
    throw error;
  });
  page.on("console", (message) => {
    if (!/Content Security Policy/i.test(message.text())) return;
    seen.push(message.text());
    allViolations.add(`${page.url()}: ${message.text()}`);
  });
  return page;
}

/** The Content-Security-Policy violations this page reported so far. */
export const cspViolations = (page: Page): string[] => problems.get(page) ?? [];

/** A fresh browser context signed in as a demo user (or the admin), at 1280×800 unless told otherwise. */
export async function signIn(env: BrowserEnv, username: string, viewport = { width: 1280, height: 800 }, options: BrowserContextOptions = {}): Promise<Page> {
  const page = await newPage(env, { viewport, ...options });
  await page.goto(`${env.baseUrl}/login`);
  await page.fill('input[name="username"]', username);
  await page.fill('input[name="password"]', username === "admin" ? env.adminPassword : DEMO_PASSWORD);
  await Promise.all([page.waitForURL((url) => !url.pathname.startsWith("/login")), page.click('button[type="submit"]')]);
  return page;
}

/** A full-page screenshot; `maxHeight` keeps only the top of a very long page (phones, the glossary). */
export async function screenshot(page: Page, name: string, maxHeight?: number): Promise<void> {
  const width = page.viewportSize()?.width ?? 1280;
  const clip = maxHeight ? { x: 0, y: 0, width, height: Math.min(maxHeight, await page.evaluate(() => document.documentElement.scrollHeight)) } : undefined;
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true, clip });
}
