/**
 * `npm run bench`: runs every benchmark in turn. Each prints its own figure beside a baseline
 * measured in the same run, as a ratio. `npm run bench qa spelling` runs the ones named so;
 * qa-work (instruction counts under valgrind, ~15 minutes) and ab (this tree against another
 * revision, `npx tsx bench/ab.ts REV`) run only when named.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
/** Modules the benchmarks share, not benchmarks. */
const SHARED = ["run.ts", "ntrex.ts", "support.ts", "qa-pairs.ts", "import-health-server.ts"];
const ON_REQUEST = ["qa-work.ts", "ab.ts"];
const benches = readdirSync(here)
  .filter((f) => f.endsWith(".ts") && !SHARED.includes(f) && !f.endsWith(".test.ts"))
  .filter((f) => (only.length === 0 ? !ON_REQUEST.includes(f) : only.some((o) => f === `${o}.ts` || (f.startsWith(o) && !ON_REQUEST.includes(f)))));

let failed = 0;
for (const file of benches) {
  const path = join(here, file);
  if (!existsSync(path)) continue;
  console.log(`\n===== bench/${file}`);
  const result = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", path], { stdio: "inherit" });
  if (result.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
