/**
 * The translation memory index: posting lists in the `tm_postings` table (custom migration
 * 0003_tm_index), one row per chunk of up to TM_CHUNK ascending unit ids of one term in one
 * length bucket, stored as little-endian 32-bit integers. SQLite-specific on purpose (WITHOUT
 * ROWID, blobs read whole, json_each), so it stays in this folder; services call the functions
 * below and never see the SQL.
 *
 * Why not FTS5: a lookup reads a few posting lists of a few thousand ids each and counts them;
 * FTS5 hands back one row per id, and that per-row cost made fuzzy lookups on a million units
 * ten times slower than reading the ids as blobs (measured while designing bench/tm.ts).
 *
 * Writes must run inside the caller's transaction (better-sqlite3 has one connection: a
 * statement on `db.$client` inside `db.transaction()` belongs to that transaction).
 */
import { endianness } from "node:os";
import type Database from "better-sqlite3";
import type { Db } from "./client";

export const TM_CHUNK = 2048;

if (endianness() !== "LE") throw new Error("The translation memory index stores little-endian ids and needs a little-endian CPU");

/** The terms of one side of one unit, in the bucket of that side's length. */
export type SidePostings = { unitId: number; bucket: number; terms: Iterable<string> };

type Statements = ReturnType<typeof prepare>;
const cache = new WeakMap<Database.Database, Statements>();

function prepare(client: Database.Database) {
  return {
    insert: client.prepare("INSERT INTO tm_postings (term, bucket, first_id, n, ids) VALUES (?, ?, ?, ?, ?)"),
    update: client.prepare("UPDATE tm_postings SET n = ?, ids = ? WHERE term = ? AND bucket = ? AND first_id = ?"),
    remove: client.prepare("DELETE FROM tm_postings WHERE term = ? AND bucket = ? AND first_id = ?"),
    atOrBefore: client.prepare("SELECT first_id AS firstId, n, ids FROM tm_postings WHERE term = ? AND bucket = ? AND first_id <= ? ORDER BY first_id DESC LIMIT 1"),
    after: client.prepare("SELECT first_id AS firstId, n, ids FROM tm_postings WHERE term = ? AND bucket = ? AND first_id > ? ORDER BY first_id LIMIT 1"),
    counts: client.prepare("SELECT sum(n) FROM tm_postings WHERE term = ? AND bucket BETWEEN ? AND ?").pluck(),
    countsAnyLength: client.prepare("SELECT sum(n) FROM tm_postings WHERE term = ?").pluck(),
    chunks: client.prepare("SELECT ids FROM tm_postings WHERE term = ? AND bucket BETWEEN ? AND ?").pluck(),
    chunksAnyLength: client.prepare("SELECT ids FROM tm_postings WHERE term = ?").pluck(),
    prefixTerms: client.prepare("SELECT DISTINCT term FROM tm_postings WHERE term >= ? AND term < ? LIMIT ?").pluck(),
    crowded: client.prepare(
      `SELECT term, bucket FROM tm_postings GROUP BY term, bucket HAVING count(*) > 1 AND count(*) > (sum(n) + ${TM_CHUNK} - 1) / ${TM_CHUNK} + 1`,
    ),
    allChunks: client.prepare("SELECT first_id AS firstId, ids FROM tm_postings WHERE term = ? AND bucket = ? ORDER BY first_id"),
    removeKey: client.prepare("DELETE FROM tm_postings WHERE term = ? AND bucket = ?"),
    scoringRows: client.prepare(
      `SELECT id, source_lang AS sourceLang, target_lang AS targetLang, source_text AS sourceText, target_text AS targetText,
              source_tokens AS sourceTokens, target_tokens AS targetTokens, prev_source AS prevSource, next_source AS nextSource
         FROM tm_units WHERE id IN (SELECT value FROM json_each(?))`,
    ),
  };
}

function statements(db: Db): Statements {
  let s = cache.get(db.$client);
  if (!s) cache.set(db.$client, (s = prepare(db.$client)));
  return s;
}

function assertInTransaction(db: Db) {
  if (!db.$client.inTransaction) throw new Error("TM index writes must run inside a transaction");
}

/** A blob as ids, without copying when its bytes are aligned. */
export function idsOf(blob: Buffer): Uint32Array {
  if (blob.byteOffset % 4 === 0) return new Uint32Array(blob.buffer, blob.byteOffset, blob.byteLength >> 2);
  return new Uint32Array(new Uint8Array(blob).buffer);
}
const blobOf = (ids: Uint32Array | number[]) => {
  const array = ids instanceof Uint32Array ? ids : Uint32Array.from(ids);
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength);
};

function writeChunks(s: Statements, term: string, bucket: number, ids: Uint32Array | number[]) {
  for (let start = 0; start < ids.length; start += TM_CHUNK) {
    const part = ids instanceof Uint32Array ? ids.subarray(start, start + TM_CHUNK) : Uint32Array.from(ids.slice(start, start + TM_CHUNK));
    s.insert.run(term, bucket, part[0], part.length, blobOf(part));
  }
}

/**
 * Collects the postings of many new units (ids above every indexed one, as AUTOINCREMENT gives)
 * and writes them a term at a time: an import of a million units writes each term a few dozen
 * times, not a million. `size` lets the caller flush before memory grows.
 */
export class PostingBuffer {
  /** pending ids by bucket, then term */
  private pending: Array<Map<string, number[]>> = [];
  size = 0;

  add(side: SidePostings): void {
    const terms = (this.pending[side.bucket] ??= new Map());
    for (const term of side.terms) {
      const ids = terms.get(term);
      if (ids) ids.push(side.unitId);
      else terms.set(term, [side.unitId]);
      this.size++;
    }
  }

  /** Writes everything collected as new chunks; call inside a transaction. */
  flush(db: Db): void {
    if (this.size === 0) return;
    assertInTransaction(db);
    const s = statements(db);
    this.pending.forEach((terms, bucket) => {
      for (const [term, ids] of terms) writeChunks(s, term, bucket, ids);
    });
    this.pending = [];
    this.size = 0;
  }
}

function insertSorted(ids: Uint32Array, id: number): Uint32Array | null {
  let lo = 0;
  let hi = ids.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ids[mid]! < id) lo = mid + 1;
    else hi = mid;
  }
  if (ids[lo] === id) return null;
  const out = new Uint32Array(ids.length + 1);
  out.set(ids.subarray(0, lo));
  out[lo] = id;
  out.set(ids.subarray(lo), lo + 1);
  return out;
}

/** Adds one unit id to a term's list wherever it belongs (for edits, whose ids are old). */
function addOne(s: Statements, term: string, bucket: number, id: number) {
  type Chunk = { firstId: number; n: number; ids: Buffer };
  const before = s.atOrBefore.get(term, bucket, id) as Chunk | undefined;
  const chunk = before ?? (s.after.get(term, bucket, id) as Chunk | undefined);
  if (!chunk) return void s.insert.run(term, bucket, id, 1, blobOf([id]));
  const merged = insertSorted(idsOf(chunk.ids), id);
  if (!merged) return;
  if (merged[0] !== chunk.firstId || merged.length > TM_CHUNK) {
    s.remove.run(term, bucket, chunk.firstId);
    writeChunks(s, term, bucket, merged);
    return;
  }
  s.update.run(merged.length, blobOf(merged), term, bucket, chunk.firstId);
}

/**
 * Indexes a few units at once (a saved translation, an edited unit): each id joins the chunk
 * it belongs to, so single additions never leave a trail of one-id chunks.
 */
export function addPostings(db: Db, sides: readonly SidePostings[]): void {
  assertInTransaction(db);
  const s = statements(db);
  for (const side of sides) for (const term of new Set(side.terms)) addOne(s, term, side.bucket, side.unitId);
}

/** Takes a unit out of the lists of the terms it had (before its text changes or it goes). */
export function removePostings(db: Db, sides: readonly SidePostings[]): void {
  assertInTransaction(db);
  const s = statements(db);
  for (const side of sides) {
    for (const term of new Set(side.terms)) {
      const chunk = s.atOrBefore.get(term, side.bucket, side.unitId) as { firstId: number; n: number; ids: Buffer } | undefined;
      if (!chunk) continue;
      const ids = idsOf(chunk.ids);
      const at = ids.indexOf(side.unitId);
      if (at < 0) continue;
      const rest = new Uint32Array(ids.length - 1);
      rest.set(ids.subarray(0, at));
      rest.set(ids.subarray(at + 1), at);
      if (rest.length === 0 || at === 0) s.remove.run(term, side.bucket, chunk.firstId);
      if (rest.length === 0) continue;
      if (at === 0) s.insert.run(term, side.bucket, rest[0], rest.length, blobOf(rest));
      else s.update.run(rest.length, blobOf(rest), term, side.bucket, chunk.firstId);
    }
  }
}

/** How many units hold `term` in buckets `from`..`to` (all buckets when omitted). */
export function postingCount(db: Db, term: string, from?: number, to?: number): number {
  const s = statements(db);
  const n = from === undefined ? s.countsAnyLength.get(term) : s.counts.get(term, from, to);
  return (n as number | null) ?? 0;
}

/** The chunks of `term`'s list in buckets `from`..`to` (all buckets when omitted), each ascending. */
export function postingChunks(db: Db, term: string, from?: number, to?: number): Uint32Array[] {
  const s = statements(db);
  const blobs = (from === undefined ? s.chunksAnyLength.all(term) : s.chunks.all(term, from, to)) as Buffer[];
  return blobs.map(idsOf);
}

/** Terms starting with `prefix` (for word-prefix concordance), at most `limit`. */
export function termsWithPrefix(db: Db, prefix: string, limit: number): string[] {
  return statements(db).prefixTerms.all(prefix, `${prefix}\u{10ffff}`, limit) as string[];
}

/**
 * Rewrites the lists a bulk import left in many small chunks into full ones. Scans the keys of
 * the whole index (not the ids), so run it once after a large import, in a transaction.
 */
export function compactPostings(db: Db): { keys: number } {
  assertInTransaction(db);
  const s = statements(db);
  const crowded = s.crowded.all() as Array<{ term: string; bucket: number }>;
  for (const { term, bucket } of crowded) {
    const chunks = s.allChunks.all(term, bucket) as Array<{ ids: Buffer }>;
    const total = chunks.reduce((n, c) => n + (c.ids.byteLength >> 2), 0);
    const all = new Uint32Array(total);
    let at = 0;
    for (const c of chunks) {
      const ids = idsOf(c.ids);
      all.set(ids, at);
      at += ids.length;
    }
    s.removeKey.run(term, bucket);
    writeChunks(s, term, bucket, all);
  }
  return { keys: crowded.length };
}

/** What scoring a candidate needs of a unit. */
export type ScoringRow = {
  id: number;
  sourceLang: string;
  targetLang: string;
  sourceText: string;
  targetText: string;
  sourceTokens: number | null;
  targetTokens: number | null;
  prevSource: string | null;
  nextSource: string | null;
};

/** Candidate units by id, in one statement however many (a JSON array through json_each). */
export function scoringRows(db: Db, ids: readonly number[]): ScoringRow[] {
  if (ids.length === 0) return [];
  return statements(db).scoringRows.all(JSON.stringify(ids)) as ScoringRow[];
}
