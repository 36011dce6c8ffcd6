/**
 * Backups while the server keeps writing: the copy must finish and be a sound, consistent
 * database. SQLite's page-by-page backup restarts whenever another connection writes between
 * two of its steps, so under a steady load it never finished.
 */
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { backupDatabase, openDatabase, type Db } from "../src/db/client";
import { auditLog } from "../src/db/schema";
import { importArticle } from "../src/services/articles";

const root = join(import.meta.dirname, "..");

/** A database of `megabytes` MB (40 by default: a page-by-page copy of 100 pages a step takes many steps). */
function bigDatabase(megabytes = 40): { db: Db; dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), "glossa-backup-"));
  const file = join(dir, "g.db");
  const db = openDatabase(file);
  importArticle({ db, input: { title: "A", sourceLang: "fr", text: "Une phrase. Une autre." } });
  const filler = "x".repeat(100_000);
  db.transaction((tx) => {
    for (let i = 0; i < megabytes * 10; i++) tx.insert(auditLog).values({ action: "filler", entity: "test", entityId: String(i), after: { filler } }).run();
  });
  return { db, dir, file };
}

/**
 * Another connection (as the CLI's would be beside the server) writing on every turn of the
 * event loop, so that a write lands between any two steps of a copy that yields between steps.
 */
function startWriter(file: string) {
  const other = new Database(file);
  other.pragma("busy_timeout = 5000");
  const insert = other.prepare("insert into audit_log (action, entity, entity_id) values ('load', 'test', ?)");
  let writes = 0;
  let stopped = false;
  const loop = () => {
    if (stopped) return;
    insert.run(String(writes++));
    setImmediate(loop);
  };
  setImmediate(loop);
  return {
    writes: () => writes,
    stop() {
      stopped = true;
      other.close();
    },
  };
}

function expectSoundCopy(out: string, writes: number, megabytes = 40) {
  const copy = new Database(out, { readonly: true });
  expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
  expect(copy.prepare("select count(*) as n from articles").get()).toEqual({ n: 1 });
  expect(copy.prepare("select count(*) as n from audit_log where action = 'filler'").get()).toEqual({ n: megabytes * 10 });
  const copied = (copy.prepare("select count(*) as n from audit_log where action = 'load'").get() as { n: number }).n;
  expect(copied).toBeLessThanOrEqual(writes);
  copy.close();
}

describe("backups under a write load", () => {
  it("backupDatabase finishes while another connection writes between any two of its steps", async () => {
    const { db, dir, file } = bigDatabase();
    const writer = startWriter(file);
    await expect.poll(() => writer.writes()).toBeGreaterThan(100);
    const out = join(dir, "backup.db");
    await backupDatabase(db, out);
    const during = writer.writes();
    writer.stop();
    expectSoundCopy(out, during);
    db.$client.close();
  }, 60_000);

  it("glossa backup FILE finishes while the server writes every turn of its event loop", async () => {
    const { db, dir, file } = bigDatabase(8);
    const out = join(dir, "backup.db");
    const child = spawn(process.execPath, ["--import", "tsx", join(root, "src/cli.ts"), "backup", out], { cwd: root, env: { ...process.env, GLOSSA_DB: file, GLOSSA_DEMO: "0" } });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += String(chunk)));
    let exited: number | null | undefined;
    child.on("exit", (code) => (exited = code));
    let writes = 0;
    while (exited === undefined) {
      db.insert(auditLog).values({ action: "load", entity: "test", entityId: String(writes++) }).run();
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(stderr).toBe("");
    expect(exited).toBe(0);
    expectSoundCopy(out, writes, 8);
    db.$client.close();
  }, 60_000);
});
