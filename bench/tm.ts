/**
 * Translation memory benchmark (`npm run bench tm`, or `npx tsx bench/tm.ts --units 200000`):
 *
 * 1. writes a TMX file of synthetic units (variants of the NTREX sentences, bench/tm/synthetic.ts)
 *    and imports it with Glossa's streaming import in a process of its own: time and peak RSS,
 *    beside the TMX reader alone (time) and the same process idle (RSS);
 * 2. fuzzy lookups at 70% on that memory: latency p50/p95, over every query and over those with
 *    a 70%+ fuzzy match;
 * 3. recall: every unit of a random sample (20,000 units) scored against every query by brute
 *    force, and the share of the sample's 70%+ matches the indexed lookup found;
 * 4. the same units and queries through Weblate's method, PostgreSQL pg_trgm with a GIN index,
 *    on a server started here (skipped, saying why, when PostgreSQL cannot run).
 *
 * Options: --units N (default 1,000,000, or GLOSSA_BENCH_TM_UNITS), --queries N (300),
 * --sample N (20,000), --threshold T (70), --pg-queries N (the first N queries go to PostgreSQL
 * too, default 30: one pg_trgm lookup on a million units takes seconds), --pg-timeout S (a
 * lookup running longer is stopped and counted as taking that long: a lower bound, 20),
 * --import-heap MB (the V8 heap cap of the import process, default 384: without one V8 lets a
 * heap full of garbage grow lazily, and the peak RSS would say more about V8 than about the
 * import; 0 for no cap), --keep (leave the temporary files).
 */
import { spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { openDatabase } from "../src/db/client";
import { scoringRows } from "../src/db/tm-index";
import type { Lang } from "../src/domain/languages";
import { fuzzyScore, tokenizeForScore, type TokenizedText } from "../src/domain/tm/score";
import { TMX_END, tmxStart, tmxUnit } from "../src/formats/tmx/writer";
import { findMatches } from "../src/services/tm/lookup";
import { seededRandom } from "./ntrex";
import { loadMemory, startPostgres, weblateLookup } from "./tm/postgres";
import { loadCorpus, syntheticQueries, syntheticUnits, type Query } from "./tm/synthetic";

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const UNITS = option("units", Number(process.env.GLOSSA_BENCH_TM_UNITS ?? 1_000_000));
const QUERIES = option("queries", 300);
const SAMPLE = option("sample", 20_000);
const THRESHOLD = option("threshold", 70);
const PG_QUERIES = option("pg-queries", 30);
const PG_TIMEOUT_S = option("pg-timeout", 20);
const IMPORT_HEAP_MB = option("import-heap", 384);
const KEEP = args.includes("--keep");
const EXISTING_DB = args.includes("--db") ? args[args.indexOf("--db") + 1] : undefined;
const REPO = join(here, "..");

const fmt = (n: number, digits = 1) => n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
const percentile = (values: number[], p: number) => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
const log = (line: string) => console.log(line);

const dir = mkdtempSync(join(tmpdir(), "glossa-bench-tm-"));
const tmxPath = join(dir, "memory.tmx");
const dbPath = EXISTING_DB ?? join(dir, "glossa.db");

// ---- 1. the TMX file and its import
const corpus = loadCorpus();
log(`TM benchmark: ${UNITS.toLocaleString("en-US")} synthetic units from ${corpus.lines.fr.length} NTREX sentences (fr→en 50%, en→hu 30%, zh→fr 20%), threshold ${THRESHOLD}%`);
let started = performance.now();

function writeTmx() {
  const fd = openSync(tmxPath, "w");
  let pending = tmxStart({ srclang: "*all*", tool: "glossa-bench", toolVersion: "1" });
  let n = 0;
  for (const u of syntheticUnits(corpus, UNITS)) {
    pending += tmxUnit({ tuid: String(++n), srclang: u.pair.source, variants: [{ lang: u.pair.source, text: u.source }, { lang: u.pair.target, text: u.target }] });
    if (pending.length > 1 << 20) {
      writeSync(fd, pending);
      pending = "";
    }
  }
  writeSync(fd, pending + TMX_END);
  closeSync(fd);
}

type ChildResult = { ms: number; maxRssMb: number; units: number; created: number };
function child(...childArgs: string[]): ChildResult {
  const heap = IMPORT_HEAP_MB > 0 ? [`--max-old-space-size=${IMPORT_HEAP_MB}`] : [];
  const run = spawnSync(process.execPath, [...heap, "--import", "tsx", join(here, "tm/import-child.ts"), ...childArgs], { cwd: REPO, encoding: "utf8", maxBuffer: 1 << 24 });
  if (run.status !== 0) throw new Error(`import-child ${childArgs[0]} failed: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split("\n").at(-1)!) as ChildResult;
}

if (EXISTING_DB) log(`using the memory already imported in ${EXISTING_DB} (--db): no TMX written or imported`);
else {
  writeTmx();
  const tmxBytes = statSync(tmxPath).size;
  log(`wrote ${fmt(tmxBytes / 2 ** 20)} MB of TMX in ${fmt((performance.now() - started) / 1000)} s`);
  const idle = child("idle");
  const parse = child("parse", tmxPath);
  const imported = child("import", tmxPath, dbPath);
  log("");
  log(`TMX import of ${imported.units.toLocaleString("en-US")} <tu> (${imported.created.toLocaleString("en-US")} units created, the rest duplicates):`);
  log(`  time      ${fmt(imported.ms / 1000)} s (${fmt(imported.units / (imported.ms / 1000), 0)} units/s) | the TMX reader alone ${fmt(parse.ms / 1000)} s | ratio ${fmt(imported.ms / parse.ms, 2)}x the parse`);
  log(`  peak RSS  ${fmt(imported.maxRssMb)} MB (V8 heap ${IMPORT_HEAP_MB > 0 ? `capped at ${IMPORT_HEAP_MB} MB` : "not capped"}) | the same process idle ${fmt(idle.maxRssMb)} MB, reader alone ${fmt(parse.maxRssMb)} MB | file ${fmt(tmxBytes / 2 ** 20)} MB | database ${fmt(statSync(dbPath).size / 2 ** 20)} MB`);
  rmSync(tmxPath, { force: true });
}

// ---- 2. lookups
const db = openDatabase(dbPath);
const queries = syntheticQueries(corpus, QUERIES);
const lookup = (q: Query, limit: number | null = 10) =>
  findMatches(db, { text: q.text, sourceLang: q.pair.source, targetLang: q.pair.target, threshold: THRESHOLD, limit, distinct: limit !== null });
for (const q of queries.slice(0, 20)) lookup(q); // warm the page cache and the JIT
const latencies: number[] = [];
const fuzzyLatencies: number[] = [];
let withFuzzy = 0;
let candidates = 0;
for (const q of queries) {
  const t0 = performance.now();
  const result = lookup(q);
  const ms = performance.now() - t0;
  latencies.push(ms);
  candidates += result.stats.candidates;
  if (result.matches.some((m) => m.kind === "fuzzy")) {
    withFuzzy++;
    fuzzyLatencies.push(ms);
  }
}
log("");
log(`Lookups (${queries.length} queries, top 10 with diffs, as GET /api/segments/:id/tm answers):`);
log(`  queries with a ${THRESHOLD}%+ fuzzy match: p50 ${fmt(percentile(fuzzyLatencies, 50), 2)} ms, p95 ${fmt(percentile(fuzzyLatencies, 95), 2)} ms (${withFuzzy} queries; target p95 < 30 ms)`);
log(`  all queries:                       p50 ${fmt(percentile(latencies, 50), 2)} ms, p95 ${fmt(percentile(latencies, 95), 2)} ms, ${fmt(candidates / queries.length, 0)} candidates scored on average`);

// ---- 3. recall against brute force on a sample
const allIds = (db.$client.prepare("SELECT id FROM tm_units").pluck().all() as number[]);
const random = seededRandom(99);
for (let i = allIds.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [allIds[i], allIds[j]] = [allIds[j]!, allIds[i]!];
}
const sampleIds = allIds.slice(0, Math.min(SAMPLE, allIds.length));
type SampleUnit = { id: number; sourceLang: Lang; targetLang: Lang; source: TokenizedText; target: TokenizedText };
const sample: SampleUnit[] = [];
for (let at = 0; at < sampleIds.length; at += 5000) {
  for (const row of scoringRows(db, sampleIds.slice(at, at + 5000))) {
    const sl = row.sourceLang as Lang;
    const tl = row.targetLang as Lang;
    sample.push({ id: row.id, sourceLang: sl, targetLang: tl, source: tokenizeForScore(row.sourceText, sl), target: tokenizeForScore(row.targetText, tl) });
  }
}
let expected = 0;
let found = 0;
let bruteMs = 0;
let indexMs = 0;
for (const q of queries) {
  const t0 = performance.now();
  const query = tokenizeForScore(q.text.normalize("NFC"), q.pair.source);
  const brute: number[] = [];
  for (const u of sample) {
    const side = u.sourceLang === q.pair.source && u.targetLang === q.pair.target ? u.source : u.sourceLang === q.pair.target && u.targetLang === q.pair.source ? u.target : null;
    if (side && fuzzyScore(query, side, THRESHOLD) !== null) brute.push(u.id);
  }
  const t1 = performance.now();
  const got = new Set(lookup(q, null).matches.map((m) => m.unitId));
  indexMs += performance.now() - t1;
  bruteMs += t1 - t0;
  expected += brute.length;
  found += brute.filter((id) => got.has(id)).length;
}
const recall = expected ? found / expected : NaN;
const bruteFullMs = (bruteMs / queries.length) * (allIds.length / sample.length);
log("");
log(`Recall against brute force on a sample of ${sample.length.toLocaleString("en-US")} units: ${found} of ${expected} ${THRESHOLD}%+ matches found = ${fmt(recall * 100, 2)}% (target ≥ 99%)`);
log(`  brute force over the sample: ${fmt(bruteMs / queries.length, 2)} ms a query, i.e. ~${fmt(bruteFullMs, 0)} ms over all ${allIds.length.toLocaleString("en-US")} units | the index, every match without a limit: ${fmt(indexMs / queries.length, 2)} ms | ${fmt(bruteFullMs / (indexMs / queries.length), 0)}x faster than a full scan`);

// ---- 4. Weblate's method: PostgreSQL pg_trgm
log("");
const server = await startPostgres();
if ("skipped" in server) {
  log(`PostgreSQL pg_trgm baseline skipped: ${server.skipped}`);
} else {
  try {
    started = performance.now();
    const rows = db.$client.prepare("SELECT id, source_lang AS sourceLang, target_lang AS targetLang, source_text AS source, target_text AS target FROM tm_units").iterate() as Iterable<{ id: number; sourceLang: string; targetLang: string; source: string; target: string }>;
    const { indexMs: ginMs } = await loadMemory(server.client, rows);
    log(`PostgreSQL ${server.version}, pg_trgm: loaded ${allIds.length.toLocaleString("en-US")} units and built the GIN index in ${fmt((performance.now() - started) / 1000)} s (index ${fmt(ginMs / 1000)} s)`);
    const subset = queries.slice(0, Math.min(PG_QUERIES, queries.length));
    for (const q of subset.slice(0, 2)) await weblateLookup(server.client, q.text, q.pair.source, q.pair.target, THRESHOLD, PG_TIMEOUT_S * 1000).catch(() => undefined); // warm its caches
    const pgLatencies: number[] = [];
    let pgWithMatch = 0;
    let glossaWithMatch = 0;
    let pgQueries = 0;
    let timeouts = 0;
    for (const q of subset) {
      const t0 = performance.now();
      let rows: Array<{ source: string }> = [];
      try {
        const result = await weblateLookup(server.client, q.text, q.pair.source, q.pair.target, THRESHOLD, PG_TIMEOUT_S * 1000);
        rows = result.rows;
        pgQueries += result.queries;
      } catch (e) {
        if (!/statement timeout/.test((e as Error).message)) throw e;
        pgQueries += (e as { queries?: number }).queries ?? 0;
        timeouts++;
      }
      pgLatencies.push(performance.now() - t0);
      const query = tokenizeForScore(q.text.normalize("NFC"), q.pair.source);
      if (rows.some((r) => (fuzzyScore(query, tokenizeForScore(r.source, q.pair.source), THRESHOLD) ?? 0) >= THRESHOLD)) pgWithMatch++;
      if (lookup(q).matches.length > 0) glossaWithMatch++;
    }
    const ours = latencies.slice(0, subset.length);
    const p50 = percentile(pgLatencies, 50);
    const p95 = percentile(pgLatencies, 95);
    log(`  Weblate's lookup (source % text at its similarity, 0.05 lower while empty, first 50 rows), the first ${subset.length} of the same queries:`);
    log(`  pg_trgm: p50 ${fmt(p50, 2)} ms, p95 ${fmt(p95, 2)} ms, ${fmt(pgQueries / subset.length, 2)} SQL queries each${timeouts ? `, ${timeouts} stopped at the ${PG_TIMEOUT_S} s budget (counted as ${PG_TIMEOUT_S} s: the figures are lower bounds)` : ""}`);
    log(`  Glossa on the same queries: p50 ${fmt(percentile(ours, 50), 2)} ms, p95 ${fmt(percentile(ours, 95), 2)} ms`);
    log(`  queries answered with a ${THRESHOLD}%+ match: pg_trgm ${pgWithMatch}, Glossa ${glossaWithMatch} of ${subset.length}`);
    log(`  Glossa is ${fmt(p50 / percentile(ours, 50), 1)}x faster at p50 and ${fmt(p95 / percentile(ours, 95), 1)}x at p95 (target ≥ 5x)`);
  } finally {
    server.stop();
  }
}

db.$client.close();
if (KEEP) log(`\nfiles kept in ${dir}`);
else rmSync(dir, { recursive: true, force: true });
