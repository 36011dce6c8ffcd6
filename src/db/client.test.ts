import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { backupDatabase, openDatabase } from "./client";
import { users } from "./schema";

describe("openDatabase", () => {
  it("applies the migrations and the pragmas on a file database", () => {
    const file = join(mkdtempSync(join(tmpdir(), "glossa-db-")), "nested", "g.db");
    const db = openDatabase(file);
    expect(db.$client.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(db.$client.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(db.$client.pragma("busy_timeout", { simple: true })).toBe(5000);
    expect(db.$client.pragma("mmap_size", { simple: true })).toBe(1 << 30);
    const tables = db.$client.prepare("select name from sqlite_master where type='table'").all() as { name: string }[];
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(["users", "articles", "segments", "translations", "flags", "audit_log", "concepts", "terms"]));
    db.$client.close();
    // Re-opening applies nothing twice.
    const again = openDatabase(file);
    expect(again.select().from(users).all()).toEqual([]);
    again.$client.close();
  });

  it("enforces foreign keys", () => {
    const db = openDatabase(":memory:");
    expect(() => db.$client.prepare("insert into segments (article_id, position, paragraph, kind, source) values (42, 0, 0, 'paragraph', 'x')").run()).toThrow(/FOREIGN KEY/);
  });

  it("backs up online to a readable copy", async () => {
    const dir = mkdtempSync(join(tmpdir(), "glossa-db-"));
    const db = openDatabase(join(dir, "g.db"));
    db.insert(users).values({ username: "zoe", passwordHash: "x" }).run();
    await backupDatabase(db, join(dir, "copy.db"));
    const copy = openDatabase(join(dir, "copy.db"));
    expect(copy.select().from(users).all().map((u) => u.username)).toEqual(["zoe"]);
  });
});
