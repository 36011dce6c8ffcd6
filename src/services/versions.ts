import { eq } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { settings } from "../db/schema";

/**
 * Change counters kept in `settings` (termbase, word list): caches compare them to know
 * when to rebuild. A missing counter reads as "0".
 *
 * @example
 * bumpVersion(tx, "termbase.version"); readVersion(db, "termbase.version") // "1"
 */
export function readVersion(db: DbOrTx, key: string): string {
  return db.select().from(settings).where(eq(settings.key, key)).get()?.value ?? "0";
}

/** Increments a counter; call it inside the transaction of the change it announces. */
export function bumpVersion(tx: DbOrTx, key: string): void {
  const next = String(Number(readVersion(tx, key)) + 1);
  tx.insert(settings).values({ key, value: next }).onConflictDoUpdate({ target: settings.key, set: { value: next } }).run();
}
