/**
 * The baseline of bench/tm.ts: Weblate's translation memory lookup, PostgreSQL `pg_trgm` with a
 * GIN index, run on a PostgreSQL server this module starts itself (Debian's postgresql
 * package; installed with apt-get when missing and the bench runs as root), in a temporary
 * directory, as a non-root user, on a loopback port. When it cannot run, `startPostgres`
 * answers why and the bench skips the baseline.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";

export type Postgres = { client: pg.Client; stop: () => void; version: string };

function binDir(): string | null {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).filter((v) => existsSync(join(root, v, "bin/initdb"))).sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(root, versions[0]!, "bin") : null;
}

function installIfMissing(): string | null {
  if (binDir()) return null;
  if (process.getuid?.() !== 0) return "postgresql is not installed and installing it needs root (apt-get install -y postgresql)";
  const run = spawnSync("apt-get", ["install", "-y", "postgresql"], { stdio: "ignore", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  return run.status === 0 && binDir() ? null : "apt-get install -y postgresql failed";
}

/** PostgreSQL refuses to run as root: as root, run it as the `postgres` account (or `nobody`). */
function serverUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  for (const name of ["postgres", "nobody"]) {
    try {
      const uid = Number(execFileSync("id", ["-u", name], { encoding: "utf8" }).trim());
      const gid = Number(execFileSync("id", ["-g", name], { encoding: "utf8" }).trim());
      return { uid, gid };
    } catch {
      // try the next one
    }
  }
  return undefined;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
  });
}

/** Starts a throwaway server and connects to it, or says why it cannot. */
export async function startPostgres(): Promise<Postgres | { skipped: string }> {
  const missing = installIfMissing();
  if (missing) return { skipped: missing };
  const bin = binDir()!;
  const user = serverUser();
  if (process.getuid?.() === 0 && !user) return { skipped: "running as root and no postgres or nobody account to run the server as" };
  const dir = mkdtempSync(join(tmpdir(), "glossa-bench-pg-"));
  if (user) chownSync(dir, user.uid, user.gid);
  const data = join(dir, "data");
  const port = await freePort();
  const as = user ? { uid: user.uid, gid: user.gid } : {};
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  // C.UTF-8 for the character classes: with plain C, pg_trgm sees no letters in "é" or "中".
  const init = spawnSync(join(bin, "initdb"), ["-D", data, "-A", "trust", "-U", "bench", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"], { ...as, encoding: "utf8", cwd: dir });
  if (init.status !== 0) {
    cleanup();
    return { skipped: `initdb failed: ${(init.stderr || init.error?.message || "").trim().split("\n").at(-1)}` };
  }
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c shared_buffers=512MB -c maintenance_work_mem=512MB -c max_wal_size=4GB -c jit=off`;
  const start = spawnSync(join(bin, "pg_ctl"), ["-D", data, "-l", join(dir, "log"), "-w", "-t", "60", "-o", options, "start"], { ...as, encoding: "utf8", cwd: dir });
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    spawnSync(join(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"], { ...as, stdio: "ignore", cwd: dir });
    cleanup();
  };
  // A bench stopped midway (Ctrl+C, a timeout) must not leave a server behind: an orphan
  // building its index takes a core and skews every later measurement on the machine.
  process.once("exit", stop);
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => process.exit(signal === "SIGINT" ? 130 : 143));
  if (start.status !== 0) {
    stop();
    return { skipped: `pg_ctl start failed: ${(start.stderr || start.stdout || start.error?.message || "").trim().split("\n").at(-1)}` };
  }
  const client = new pg.Client({ host: "127.0.0.1", port, user: "bench", database: "postgres" });
  try {
    await client.connect();
    await client.query("CREATE EXTENSION pg_trgm");
    const version = ((await client.query("SHOW server_version")).rows[0] as { server_version: string }).server_version;
    return { client, version, stop: () => (void client.end().catch(() => {}), stop()) };
  } catch (e) {
    await client.end().catch(() => {});
    stop();
    return { skipped: `cannot use the server: ${(e as Error).message}` };
  }
}

/** Loads units as Weblate stores them (source and target language, source, target) and builds its GIN trigram index. */
export async function loadMemory(client: pg.Client, units: AsyncIterable<{ id: number; sourceLang: string; targetLang: string; source: string; target: string }> | Iterable<{ id: number; sourceLang: string; targetLang: string; source: string; target: string }>) {
  await client.query("CREATE TABLE memory (id integer PRIMARY KEY, source_language text NOT NULL, target_language text NOT NULL, source text NOT NULL, target text NOT NULL)");
  const batch = { id: [] as number[], sl: [] as string[], tl: [] as string[], s: [] as string[], t: [] as string[] };
  const flush = async () => {
    if (batch.id.length === 0) return;
    await client.query("INSERT INTO memory SELECT * FROM unnest($1::integer[], $2::text[], $3::text[], $4::text[], $5::text[])", [batch.id, batch.sl, batch.tl, batch.s, batch.t]);
    for (const list of Object.values(batch)) list.length = 0;
  };
  for await (const u of units) {
    batch.id.push(u.id);
    batch.sl.push(u.sourceLang);
    batch.tl.push(u.targetLang);
    batch.s.push(u.source);
    batch.t.push(u.target);
    if (batch.id.length >= 10_000) await flush();
  }
  await flush();
  const started = performance.now();
  // Weblate's memory_source_trgm index, and the language columns it filters on.
  await client.query("CREATE INDEX memory_source_trgm ON memory USING GIN (source gin_trgm_ops)");
  await client.query("CREATE INDEX memory_languages ON memory (source_language, target_language)");
  await client.query("ANALYZE memory");
  return { indexMs: performance.now() - started };
}

/**
 * Weblate's conversion of a machinery threshold into a trigram similarity (weblate/memory/
 * models.py, threshold_to_similarity): about 0.95 for 70-75, raised for long texts.
 */
export function thresholdToSimilarity(text: string, threshold: number): number {
  const high = 0.985;
  const base = 0.127264 * Math.log(24.282 * threshold);
  if (base >= high) return Math.min(Math.round(base * 1000) / 1000, 1);
  const maximum = Math.min(base * 1.2, high);
  const maxLength = 2000;
  const length = Math.min(Math.max(1, text.replace(/[^\p{L}\p{N}_]/gu, "").length), maxLength);
  const boost = ((maximum - base) * Math.sqrt(length)) / Math.sqrt(maxLength);
  return Math.max(0.6, Math.min(1, Math.round((base + boost) * 1000) / 1000));
}

const MIN_SIMILARITY = 0.3;
const limits = new WeakMap<pg.Client, number>();

/** Like Weblate's adjust_similarity_threshold: set_limit only when the value moves by 0.05 or more. */
async function adjustLimit(client: pg.Client, similarity: number) {
  const current = limits.get(client) ?? -1;
  if (Math.abs(current - similarity) < 0.05) return;
  await client.query(`SELECT set_limit(${similarity.toFixed(3)})`);
  limits.set(client, similarity);
}

/**
 * Weblate's lookup: `source % text` (pg_trgm's similarity operator, which uses the GIN index)
 * at the similarity above, first 50 rows; while nothing is found, the similarity goes down by
 * 0.05 and the query runs again, down to 0.3.
 */
export async function weblateLookup(client: pg.Client, text: string, sourceLang: string, targetLang: string, threshold: number, budgetMs = 0) {
  let similarity = thresholdToSimilarity(text, threshold);
  let rows: Array<{ id: number; source: string; target: string }> = [];
  let queries = 0;
  const deadline = performance.now() + budgetMs;
  try {
    while (rows.length === 0 && similarity > MIN_SIMILARITY) {
      await adjustLimit(client, similarity);
      // The bench's time budget for the whole lookup: the rest of it, for this statement.
      if (budgetMs > 0) await setTimeout(client, Math.max(1, Math.round(deadline - performance.now())));
      queries++;
      rows = (await client.query("SELECT id, source, target FROM memory WHERE source % $1 AND source_language = $2 AND target_language = $3 LIMIT 50", [text, sourceLang, targetLang])).rows;
      similarity -= 0.05;
    }
  } catch (e) {
    throw Object.assign(e as Error, { queries });
  } finally {
    if (budgetMs > 0) await setTimeout(client, 0);
  }
  return { rows, queries };
}

async function setTimeout(client: pg.Client, ms: number) {
  await client.query(`SET statement_timeout = ${ms}`);
}
