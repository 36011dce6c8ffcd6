/**
 * Opening the SQLite database. Dialect-specific SQL (pragmas, backup) stays in this folder so a
 * PostgreSQL client can sit beside it later.
 */
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { mkdirSync, renameSync, rmSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };
/** The handle a drizzle transaction callback receives; services accept either. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;

export const MIGRATIONS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../../migrations");

/** How much of the database file reads may map (1 GiB). */
const MMAP_BYTES = 1 << 30;

/**
 * Opens (creating if needed) the database, sets the pragmas and applies pending migrations.
 * better-sqlite3 serialises every statement on one connection, which gives us the single
 * writer SQLite wants; WAL lets readers in other processes (backup, CLI) run alongside.
 *
 * @example
 * const db = openDatabase(":memory:"); // tests
 */
export function openDatabase(path: string): Db {
  if (path !== ":memory:") mkdirSync(dirname(resolve(path)), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  // Reads go through a memory map instead of a copy per page: translation-memory lookups read
  // tens of megabytes of posting lists, and on a million units this halved their time
  // (bench/tm). Address space only; the kernel's page cache holds the pages either way.
  sqlite.pragma(`mmap_size = ${MMAP_BYTES}`);
  const db = drizzle(sqlite, { schema }) as Db;
  // Every transaction here writes, or reads to decide a write. A deferred one takes the write
  // lock only at its first write, and if another connection (the CLI beside the server) has
  // committed since it started reading, SQLite fails it at once with "database is locked",
  // whatever the busy timeout. BEGIN IMMEDIATE takes the lock first and waits for it.
  const deferred = db.transaction.bind(db);
  db.transaction = ((callback, config) => deferred(callback, { behavior: "immediate", ...config })) as Db["transaction"];
  migrate(db, { migrationsFolder: MIGRATIONS_DIR });
  return db;
}

/**
 * Online backup with `VACUUM INTO`: one read transaction copies a consistent snapshot while
 * other connections go on writing (WAL). SQLite's page-by-page backup API restarts whenever
 * another connection writes between two of its steps, and under a steady load never finished.
 * The copy is written beside the target and renamed, so a failed backup leaves no half file.
 *
 * @example
 * await backupDatabase(db, "backups/glossa-2024-10-21.db");
 */
export async function backupDatabase(db: Db, file: string): Promise<void> {
  const target = resolve(file);
  mkdirSync(dirname(target), { recursive: true });
  const partial = `${target}.partial-${process.pid}`;
  rmSync(partial, { force: true });
  try {
    db.$client.prepare("VACUUM INTO ?").run(partial);
    renameSync(partial, target);
  } finally {
    rmSync(partial, { force: true });
  }
}
