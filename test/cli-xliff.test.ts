import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { looksLikeXliff } from "../src/cli-xliff";
import { openDatabase } from "../src/db/client";
import { articles, segments, translations } from "../src/db/schema";

const root = join(import.meta.dirname, "..");
const fixture = (path: string) => join(root, "test/fixtures/xliff", path);

function glossa(args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, ["--import", "tsx", join(root, "src/cli.ts"), ...args], { cwd: root, env: { ...process.env, GLOSSA_DEMO: "0", ...env }, encoding: "utf8" });
}

describe("glossa and XLIFF files", () => {
  it("import article reads an .xlf as XLIFF (segments of text, not lines of XML); import xliff updates it by id", () => {
    const dir = mkdtempSync(join(tmpdir(), "glossa-xliff-"));
    const env = { GLOSSA_DB: join(dir, "g.db") };
    const imported = glossa(["import", "article", fixture("xliff12_symfony/Security_security.fr.xlf"), "--lang", "en", "--title", "Security"], env);
    expect(imported.stderr).toBe("");
    expect(imported.status).toBe(0);
    const id = Number(imported.stdout.trim());
    let db = openDatabase(env.GLOSSA_DB);
    const rows = db.select().from(segments).all();
    expect(rows).toHaveLength(19);
    expect(rows.some((s) => s.source.includes("<") || s.source.includes("trans-unit"))).toBe(false);
    expect(db.select().from(articles).all()[0]!.title).toBe("Security");
    expect(db.select().from(translations).all().every((t) => t.lang === "fr" && t.origin === "xliff")).toBe(true);
    db.$client.close();

    const changed = join(dir, "security.fr.xlf");
    const original = readFileSync(fixture("xliff12_symfony/Security_security.fr.xlf"), "utf8");
    const target = /<target>([^<]+)<\/target>/.exec(original)![1]!;
    writeFileSync(changed, original.replace(`<target>${target}</target>`, `<target>${target} (revu)</target>`));
    // The file says nothing about versions: a different translation already in Glossa is a conflict (exit 1), not overwritten.
    const update = glossa(["import", "xliff", changed, "--article", String(id)], env);
    expect(update.status).toBe(1);
    expect(update.stdout).toMatch(/created 0, updated 0, skipped 18, conflicts 1, unmatched 0/);
    expect(update.stdout).toMatch(/conflict: segment \d+: Glossa has a different translation/);
    db = openDatabase(env.GLOSSA_DB);
    expect(db.select().from(translations).all().some((t) => t.text.endsWith("(revu)"))).toBe(false);
    db.$client.close();
  }, 120_000);

  it("refuses what it cannot read with a one-line reason: an invalid file, XML that is not XLIFF, 100 MB", () => {
    const dir = mkdtempSync(join(tmpdir(), "glossa-xliff-"));
    const env = { GLOSSA_DB: join(dir, "g.db") };
    const invalid = glossa(["import", "xliff", fixture("oasis_test_suite/xliff-22/core/invalid/bad_MissingIsolatedOnSc.xlf")], env);
    expect(invalid.status).not.toBe(0);
    expect(invalid.stderr).toMatch(/^glossa: line 6: <sc id="1"> has no <ec startRef="1">[^\n]*\n$/);
    const tbx = join(dir, "glossary.xml");
    writeFileSync(tbx, '<?xml version="1.0"?><tbx type="TBX-Basic"/>');
    const notXliff = glossa(["import", "article", tbx, "--lang", "fr"], env);
    expect(notXliff.status).not.toBe(0);
    expect(notXliff.stderr).toMatch(/^glossa: .*glossary\.xml is an XML file but not XLIFF/);
    // 100 MB (a sparse file): refused from its size, before it is read.
    const huge = join(dir, "huge.xlf");
    writeFileSync(huge, "");
    truncateSync(huge, 100 * 1024 * 1024);
    const tooBig = glossa(["import", "xliff", huge], env);
    expect(tooBig.status).not.toBe(0);
    expect(tooBig.stderr).toMatch(/^glossa: .*huge\.xlf is larger than 50 MB\n$/);
  }, 120_000);

  it("recognises XLIFF by name or by content", () => {
    expect(looksLikeXliff("a.sdlxliff", "")).toBe(true);
    expect(looksLikeXliff("messages.txt", '\uFEFF<?xml version="1.0"?>\n<!-- x --><xliff version="1.2">')).toBe(true);
    expect(looksLikeXliff("glossary.xml", '<?xml version="1.0"?><tbx/>')).toBe(false);
    expect(looksLikeXliff("article.txt", "Le Centre a ouvert.")).toBe(false);
  });
});
