import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../src/db/client";
import { concepts } from "../src/db/schema";

const root = join(import.meta.dirname, "..");
const fixture = (p: string) => join(import.meta.dirname, "fixtures", p);

function glossa(args: string[], db: string) {
  return spawnSync(process.execPath, ["--import", "tsx", join(root, "src/cli.ts"), ...args], { cwd: root, env: { ...process.env, GLOSSA_DEMO: "0", GLOSSA_DB: db }, encoding: "utf8" });
}

describe("glossa import glossary", () => {
  it("previews with --dry-run, imports under an origin, and reads headerless glossaries with their languages", () => {
    const db = join(mkdtempSync(join(tmpdir(), "glossa-cli-")), "g.db");
    const dry = glossa(["import", "glossary", fixture("tbx/byutrg_tbx_basic_package/TBX-basic-sample.tbx"), "--dry-run"], db);
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain("dry run, nothing written: would create 5, update 0, merge 0, skip 0 (origin “TBX-Basic Sample File”)");
    expect(dry.stdout).toMatch(/create +entry 1 \[c5\] e-mail \(en\): no concept of “TBX-Basic Sample File” has the id c5/);
    const check = openDatabase(db);
    expect(check.select().from(concepts).all()).toHaveLength(0);

    const real = glossa(["import", "glossary", fixture("tbx/byutrg_tbx_basic_package/TBX-basic-sample.tbx"), "--origin", "sample"], db);
    expect(real.stdout).toContain("created 5, updated 0, merged 0, skipped 0 (origin “sample”)");
    const tab = glossa(["import", "glossary", fixture("glossary/omegat_tests/test.tab"), "--source-lang", "en", "--target-lang", "fr"], db);
    expect(tab.status).toBe(0);
    expect(tab.stdout).toContain("created 4");
    expect(check.select().from(concepts).all()).toHaveLength(9);
    check.$client.close();
  });

  it("asks for the languages of a headerless glossary and refuses unknown rules, with one line and a non-zero exit", () => {
    const db = join(mkdtempSync(join(tmpdir(), "glossa-cli-")), "g.db");
    const noLangs = glossa(["import", "glossary", fixture("glossary/omegat_tests/test.tab")], db);
    expect(noLangs.status).not.toBe(0);
    expect(noLangs.stderr.trim().split("\n")).toHaveLength(1);
    expect(noLangs.stderr).toMatch(/without a header.*sourceLang and targetLang/);
    const badRule = glossa(["import", "glossary", fixture("tbx/omegat/sampleTBXfile.tbx"), "--match", "fuzzy"], db);
    expect(badRule.status).not.toBe(0);
    expect(badRule.stderr).toMatch(/unknown --match rule fuzzy/);
  });
});
