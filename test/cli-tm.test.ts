import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../src/db/client";
import { tmUnits, translations } from "../src/db/schema";

const root = join(import.meta.dirname, "..");
/** Each test starts several CLI processes (each compiles TypeScript at start): no speed is asserted. */
const SPAWNS_TIMEOUT = 300_000;
const fixture = (path: string) => join(root, "test/fixtures/tmx", path);

function glossa(args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, ["--import", "tsx", join(root, "src/cli.ts"), ...args], {
    cwd: root,
    env: { ...process.env, GLOSSA_DEMO: "0", ...env },
    encoding: "utf8",
  });
}

describe("glossa TM commands", () => {
  it("imports TMX, exports a language pair, pre-translates an article with a progress bar", () => {
    const dir = mkdtempSync(join(tmpdir(), "glossa-tm-cli-"));
    const env = { GLOSSA_DB: join(dir, "g.db") };
    const tmx = join(dir, "memory.tmx");
    writeFileSync(
      tmx,
      `<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="fr"/><body>
        <tu><tuv xml:lang="fr-FR"><seg>Le Centre a été fondé en 2016.</seg></tuv><tuv xml:lang="hu-HU"><seg>A Központot 2016-ban alapították.</seg></tuv><tuv xml:lang="de"><seg>Das Zentrum…</seg></tuv></tu>
        <tu><tuv xml:lang="fr"><seg>Les deux parties ont engagé des échanges.</seg></tuv><tuv xml:lang="hu"><seg>A két fél eszmecserét folytatott.</seg></tuv></tu>
      </body></tmx>`,
    );
    const imported = glossa(["import", "tmx", tmx], env);
    expect(imported.stderr).toBe("");
    expect(imported.status).toBe(0);
    expect(imported.stdout).toMatch(/^created 2 TM units from 2 translation units; 0 already present, 1 variants in other languages \(de\)/);

    const out = join(dir, "fr-hu.tmx");
    const exported = glossa(["export", "tmx", "--source", "fr", "--target", "hu", "-o", out], env);
    expect(exported.status).toBe(0);
    const xml = readFileSync(out, "utf8");
    expect(xml).toContain('<header creationtool="Glossa"');
    expect(xml.match(/<tu /g)).toHaveLength(2);

    const article = join(dir, "article.txt");
    writeFileSync(article, "Les deux parties ont engagé des échanges. Une autre phrase.\n");
    const id = glossa(["import", "article", article, "--lang", "fr", "--title", "Le Centre a été fondé en 2016."], env).stdout.trim();
    const run = glossa(["pretranslate", id, "--lang", "hu,en", "--threshold", "75"], env);
    expect(run.status).toBe(0);
    // Not a terminal: the bar is drawn once per tenth, ending full.
    expect(run.stderr.trim().split("\n").at(-1)).toBe(`pre-translating [${"#".repeat(30)}] 6/6`);
    expect(run.stdout).toContain("hu: 0 context (101%), 2 exact (100%), 0 fuzzy (>= 75%), 0 machine, 0 kept, 1 untranslated");
    expect(run.stdout).toContain("en: 0 context (101%), 0 exact (100%), 0 fuzzy (>= 75%), 0 machine, 0 kept, 3 untranslated");
    expect(run.stdout).toContain("no machine translation is configured");
    const db = openDatabase(env.GLOSSA_DB);
    expect(db.select().from(translations).all().map((t) => [t.text, t.origin, t.status])).toEqual([
      ["A Központot 2016-ban alapították.", "tm:100", "initial"],
      ["A két fél eszmecserét folytatott.", "tm:100", "initial"],
    ]);
    expect(db.select().from(tmUnits).all()).toHaveLength(2);
    db.$client.close();
  }, SPAWNS_TIMEOUT);

  it("exits non-zero with a one-line reason on bad input", () => {
    const dir = mkdtempSync(join(tmpdir(), "glossa-tm-cli-"));
    const env = { GLOSSA_DB: join(dir, "g.db") };
    const broken = glossa(["import", "tmx", fixture("omegat_tests/invalid.tmx")], env);
    expect(broken.status).not.toBe(0);
    expect(broken.stderr).toMatch(/^glossa: Not imported: line 12: <ept i="1"> closes no <bpt i="1"> before it\n$/);
    expect(glossa(["import", "tmx", join(dir, "missing.tmx")], env).stderr).toMatch(/^glossa: cannot read/);
    expect(glossa(["export", "tmx", "--source", "fr"], env).stderr).toMatch(/^glossa: Give both the source and the target language/);
    expect(glossa(["export", "tmx", "--source", "fr", "--target", "xx"], env).stderr).toMatch(/^glossa: unknown target language "xx"/);
    expect(glossa(["pretranslate", "12"], env).stderr).toMatch(/^glossa: --lang is required/);
    expect(glossa(["pretranslate", "12", "--lang", "hu"], env).stderr).toMatch(/^glossa: Article 12 does not exist/);
    expect(glossa(["pretranslate", "12", "--lang", "hu", "--threshold", "5"], env).stderr).toMatch(/^glossa: --threshold is a whole number from 40 to 100/);
    expect(glossa(["pretranslate", "12", "--lang", "hu", "--bogus"], env).status).not.toBe(0);
  }, SPAWNS_TIMEOUT);
});
