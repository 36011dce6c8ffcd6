import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../src/db/client";
import { articles, segments } from "../src/db/schema";
import { glossa } from "./support/cli";
import { makeArticleDocx } from "./support/make-docx";

// Each case starts the CLI (tsx compiles on start), some several times: allow for a busy machine.
describe("glossa CLI", { timeout: 120_000 }, () => {
  it("imports an article, prints its id, and backs the database up online", () => {
    const dir = mkdtempSync(join(tmpdir(), "glossa-cli-"));
    const db = join(dir, "g.db");
    const file = join(dir, "article.txt");
    writeFileSync(file, "Le 21 octobre, M. Dupont est venu. Il est reparti.\n\nRéunion en cours\n");
    const imported = glossa(["import", "article", file, "--lang", "fr", "--title", "Visite"], { GLOSSA_DB: db });
    expect(imported.stderr).toBe("");
    expect(imported.status).toBe(0);
    const id = Number(imported.stdout.trim());
    expect(id).toBeGreaterThan(0);

    const backup = join(dir, "backup.db");
    const backedUp = glossa(["backup", backup], { GLOSSA_DB: db });
    expect(backedUp.status).toBe(0);
    const copy = openDatabase(backup);
    expect(copy.select().from(articles).all().map((a) => a.title)).toEqual(["Visite"]);
    expect(copy.select().from(segments).all().map((s) => s.source)).toContain("Le 21 octobre, M. Dupont est venu.");
    copy.$client.close();
  });

  it("exits non-zero with a one-line reason on bad input", () => {
    const dir = mkdtempSync(join(tmpdir(), "glossa-cli-"));
    const env = { GLOSSA_DB: join(dir, "g.db") };
    const noLang = glossa(["import", "article", join(dir, "missing.txt")], env);
    expect(noLang.status).not.toBe(0);
    expect(noLang.stderr).toMatch(/^glossa: --lang is required/);
    const missing = glossa(["import", "article", join(dir, "missing.txt"), "--lang", "fr"], env);
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toMatch(/^glossa: cannot read/);
    const bad = join(dir, "latin1.txt");
    writeFileSync(bad, Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x2e]));
    const latin1 = glossa(["import", "article", bad, "--lang", "fr"], env);
    expect(latin1.stderr).toMatch(/not valid UTF-8/);
    const unknown = glossa(["frobnicate"], env);
    expect(unknown.status).not.toBe(0);
    expect(unknown.stderr).toMatch(/unknown command/);
  });
});

describe("glossa import article: the title", { timeout: 120_000 }, () => {
  it("is the document's headline without --title (cli-a.md is not published as \"cli-a\")", () => {
    const dir = mkdtempSync(join(tmpdir(), "glossa-cli-"));
    const db = join(dir, "g.db");
    const file = join(dir, "cli-a.md");
    writeFileSync(file, "# Visite au Centre\n\nLe 21 octobre, une **visite** a eu lieu.\n");
    const imported = glossa(["import", "article", file, "--lang", "fr"], { GLOSSA_DB: db });
    expect(imported.stderr).toBe("");
    expect(imported.status).toBe(0);
    const copy = openDatabase(db);
    expect(copy.select().from(articles).all().map((a) => a.title)).toEqual(["Visite au Centre"]);
    copy.$client.close();
  });

  it("is required, with a one-line reason, from a document without a headline", () => {
    const dir = mkdtempSync(join(tmpdir(), "glossa-cli-"));
    const file = join(dir, "cli-b.md");
    writeFileSync(file, "Un paragraphe sans titre.\n");
    const res = glossa(["import", "article", file, "--lang", "fr"], { GLOSSA_DB: join(dir, "g.db") });
    expect(res.status).not.toBe(0);
    expect(res.stderr).toMatch(/^glossa: .*needs a title.*headline/);
  });

  it("imports a DOCX file and exports it again with -o", async () => {
    const dir = mkdtempSync(join(tmpdir(), "glossa-cli-"));
    const env = { GLOSSA_DB: join(dir, "g.db") };
    const file = join(dir, "article.docx");
    writeFileSync(file, await makeArticleDocx());
    const res = glossa(["import", "article", file, "--lang", "fr"], env);
    expect(res.stderr).toBe("");
    const copy = openDatabase(env.GLOSSA_DB);
    expect(copy.select().from(articles).all().map((a) => a.title)).toEqual(["Visite au Centre d'art numérique"]);
    copy.$client.close();
    const toStdout = glossa(["export", res.stdout.trim(), "--lang", "en", "--format", "docx"], env);
    expect(toStdout.status).not.toBe(0);
  });
});
