import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runPublishingCommand, type PublishingOptions } from "../src/cli-publish";
import { openDatabase } from "../src/db/client";
import { importArticle } from "../src/services/articles";
import { saveTranslation } from "../src/services/translations";
import { createUser } from "../src/services/users";

const root = join(import.meta.dirname, "..");
const glossa = (args: string[], db: string) =>
  spawnSync(process.execPath, ["--import", "tsx", join(root, "src/cli.ts"), ...args], { cwd: root, env: { ...process.env, GLOSSA_DEMO: "0", GLOSSA_DB: db }, encoding: "utf8" });

/** A database file with one French article, approved in English but for `leaveOut` segments. */
async function setUp(leaveOut = 0) {
  const dir = mkdtempSync(join(tmpdir(), "glossa-cli-publish-"));
  const file = join(dir, "g.db");
  const db = openDatabase(file);
  await createUser({ db, input: { username: "ed", password: "correct horse battery", roles: ["publisher"], languages: ["en"] } });
  await createUser({ db, input: { username: "rita", password: "correct horse battery", roles: ["reviewer"], languages: ["en"] } });
  const article = importArticle({ db, input: { title: "Visite", sourceLang: "fr", text: "Le 21 octobre, il est venu.\n\nRéunion en cours" } });
  const admin = { id: null, roles: ["admin" as const], languages: ["en" as const] };
  for (const s of article.segments.slice(leaveOut)) saveTranslation({ db, input: { segmentId: s.id, lang: "en", text: `EN ${s.source}`, status: "final" }, actor: admin });
  db.$client.close();
  return { dir, file, articleId: article.id };
}

describe("glossa publish / publications / publication download", () => {
  it("publishes, lists and downloads the stored file", { timeout: 120_000 }, async () => {
    const { dir, file, articleId } = await setUp();
    const published = glossa(["publish", String(articleId), "--lang", "en", "--user", "ed"], file);
    expect(published.stderr).toBe("");
    expect(published.status).toBe(0);
    expect(published.stdout).toMatch(/^published article \d+ in en: version 1, publication (\d+), sha256 [0-9a-f]{64}\n$/);
    const publicationId = /publication (\d+)/.exec(published.stdout)![1]!;
    const second = glossa(["publish", String(articleId), "--lang", "en-GB"], file);
    expect(second.stdout).toContain("version 2");

    const listed = glossa(["publications", String(articleId), "--lang", "en"], file);
    expect(listed.status).toBe(0);
    expect(listed.stdout).toMatch(/en {2}v2 .* cli:\S+/);
    expect(listed.stdout).toMatch(/en {2}v1 .* ed /);
    expect(listed.stdout).toContain("2 publication(s)");
    const json = JSON.parse(glossa(["publications", String(articleId), "--json"], file).stdout);
    expect(json.publications.map((p: any) => p.version)).toEqual([2, 1]);

    const out = join(dir, "v1.md");
    const downloaded = glossa(["publication", "download", publicationId, "--format", "md", "-o", out], file);
    expect(downloaded.status).toBe(0);
    expect(readFileSync(out, "utf8")).toBe("# EN Visite\n\nEN Le 21 octobre, il est venu.\n\n*EN Réunion en cours*\n");
    const html = glossa(["publication", "download", publicationId, "--format", "html"], file);
    expect(html.stdout).toContain("<h1>EN Visite</h1>");
  });

  it("exits non-zero with a one-line reason on bad input", { timeout: 60_000 }, async () => {
    const { file, articleId } = await setUp(1);
    const run = glossa(["publish", String(articleId), "--lang", "en"], file);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toBe("glossa: 1 of 3 segments are not approved in en\n");
    const unknown = glossa(["publication", "remove", "1"], file);
    expect(unknown.status).not.toBe(0);
    expect(unknown.stderr).toMatch(/^glossa: unknown command/);
  });

  it("says why it refuses each bad input (in-process, same messages)", async () => {
    const { file, articleId } = await setUp(1);
    const db = openDatabase(file);
    const cases: Array<[string, string[], PublishingOptions, RegExp]> = [
      ["publish", [String(articleId)], {}, /^--lang is required/],
      ["publish", [String(articleId)], { lang: "de" }, /^unknown language "de"/],
      ["publish", ["abc"], { lang: "en" }, /^ARTICLE must be a number/],
      ["publish", ["999"], { lang: "en" }, /^Article 999 does not exist/],
      ["publish", [String(articleId)], { lang: "en", user: "rita" }, /^Publishing needs the role publisher/],
      ["publish", [String(articleId)], { lang: "en", user: "nobody" }, /^no active user "nobody"/],
      ["publish", [String(articleId)], { lang: "en", "override-reason": " " }, /^--override-reason needs a reason/],
      ["publications", ["999"], {}, /^Article 999 does not exist/],
      ["publication", ["download", "1"], { format: "md" }, /^Publication 1 does not exist/],
      ["publication", ["download", "1"], { format: "../x" }, /^unknown format/],
    ];
    for (const [command, args, options, reason] of cases) {
      await expect(runPublishingCommand({ db, command, args, options }), `${command} ${args.join(" ")}`).rejects.toThrow(reason);
    }
    db.$client.close();
  });
});
