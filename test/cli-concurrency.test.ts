/**
 * The CLI writes to the same SQLite file as the running server (another process, another
 * connection). Neither side may fail with "database is locked": each waits for the other's
 * write transaction to end.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../src/db/client";
import { concepts } from "../src/db/schema";
import { importArticle } from "../src/services/articles";
import { saveTranslation } from "../src/services/translations";

const root = join(import.meta.dirname, "..");

/** Runs the CLI in the background; resolves with its exit code and stderr. */
function glossaAsync(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, ["--import", "tsx", join(root, "src/cli.ts"), ...args], { cwd: root, env: { ...process.env, GLOSSA_DEMO: "0", ...env } });
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += String(chunk)));
  return new Promise<{ code: number | null; stderr: string }>((resolve) => child.on("exit", (code) => resolve({ code, stderr })));
}

describe("the CLI writing beside the server", () => {
  it("loses no server save and no CLI import: both wait for the other's write", async () => {
    const dir = mkdtempSync(join(tmpdir(), "glossa-lock-"));
    const file = join(dir, "g.db");
    const db = openDatabase(file);
    const article = importArticle({ db, input: { title: "T", sourceLang: "fr", text: "Un. Deux. Trois." } });
    const segment = article.segments[1]!;
    const actor = { id: null, roles: ["admin" as const], languages: ["hu" as const] };
    const text = join(dir, "a.txt");
    writeFileSync(text, Array.from({ length: 300 }, (_, i) => `Phrase ${i}.`).join("\n\n"));

    let finished = false;
    const cli = (async () => {
      const glossary = await glossaAsync(["import", "glossary", join(root, "glossary/unesco.tbx")], { GLOSSA_DB: file });
      const articleRun = await glossaAsync(["import", "article", text, "--lang", "fr", "--title", "Beside the server"], { GLOSSA_DB: file });
      finished = true;
      return [glossary, articleRun];
    })();
    const failures: string[] = [];
    let saves = 0;
    while (!finished) {
      try {
        saveTranslation({ db, input: { segmentId: segment.id, lang: "hu", text: `Kettő ${saves}.` }, actor });
        saves++;
      } catch (error) {
        failures.push((error as Error).message);
      }
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    const runs = await cli;
    expect(runs.map((r) => r.stderr)).toEqual(["", ""]);
    expect(runs.map((r) => r.code)).toEqual([0, 0]);
    expect(failures).toEqual([]);
    expect(saves).toBeGreaterThan(10);
    expect(db.select().from(concepts).all().length).toBeGreaterThan(100);
    db.$client.close();
  }, 60_000);
});
