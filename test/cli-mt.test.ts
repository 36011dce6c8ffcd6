/**
 * glossa pretranslate with machine translation: the CLI reads GLOSSA_MT_* and uses the provider
 * (a chat-completions server on loopback here) for what the memory cannot fill.
 */
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { and, eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "../src/db/client";
import { translations } from "../src/db/schema";
import { importArticle } from "../src/services/articles";
import { loopback, type Loopback } from "./support/loopback";

const root = join(import.meta.dirname, "..");
/** Each run compiles TypeScript at start: no speed is asserted. */
const SPAWN_TIMEOUT = 120_000;
let server: Loopback | undefined;
afterEach(async () => server?.close());

/** Runs the CLI without blocking this process, so the loopback server can answer it. */
function glossa(args: string[], env: Record<string, string>): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", join(root, "src/cli.ts"), ...args], { cwd: root, env: { ...process.env, GLOSSA_DEMO: "0", ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

describe("glossa pretranslate --provider", () => {
  it("fills segments with the configured provider and refuses an unknown or unconfigured one in one line", async () => {
    server = await loopback((req) => {
      const segments = JSON.parse(req.json.messages[1].content).segments as Array<{ id: number; text: string }>;
      return { json: { choices: [{ message: { content: JSON.stringify({ translations: segments.map((s) => ({ id: s.id, text: `HU ${s.text}` })) }) } }] } };
    });
    const dir = mkdtempSync(join(tmpdir(), "glossa-mt-cli-"));
    const env = { GLOSSA_DB: join(dir, "g.db"), GLOSSA_MT_OPENAI_URL: `${server.url}/v1`, GLOSSA_MT_OPENAI_MODEL: "m" };
    const db = openDatabase(env.GLOSSA_DB);
    const article = importArticle({ db, input: { title: "T", sourceLang: "fr", text: "Bonjour le monde.\n\nAu revoir." } });
    db.$client.close();

    const run = await glossa(["pretranslate", String(article.id), "--lang", "hu", "--provider", "openai"], env);
    expect(run.stderr).toContain("pre-translating");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(new RegExp(String.raw`hu: 0 context \(101%\), 0 exact \(100%\), 0 fuzzy \(>= \d+%\), ${article.segments.length} machine, 0 kept, 0 untranslated`));
    const check = openDatabase(env.GLOSSA_DB);
    const row = check.select().from(translations).where(and(eq(translations.segmentId, article.segments.find((x) => x.source === "Bonjour le monde.")!.id), eq(translations.lang, "hu"))).get();
    expect(row).toMatchObject({ text: "HU Bonjour le monde.", origin: "mt:openai", status: "initial" });
    check.$client.close();

    const bogus = await glossa(["pretranslate", String(article.id), "--lang", "hu", "--provider", "babel"], env);
    expect(bogus.status).not.toBe(0);
    expect(bogus.stderr).toMatch(/^glossa: --provider is one of deepl, google, microsoft, libretranslate, openai or none\n$/);
    const missing = await glossa(["pretranslate", String(article.id), "--lang", "hu", "--provider", "deepl"], env);
    expect(missing.stderr).toMatch(/^glossa: The provider deepl is not configured; configured: openai\n$/);
  }, SPAWN_TIMEOUT);
});
