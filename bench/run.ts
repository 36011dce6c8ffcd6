/**
 * `npm run bench`: runs every benchmark in turn. Each prints its own figure beside a baseline
 * measured in the same run, as a ratio.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const benches = readdirSync(here)
  .filter((f) => f.endsWith(".ts") && !["run.ts", "ntrex.ts", "support.ts"].includes(f) && !f.endsWith(".test.ts"))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)));

let failed = 0;
for (const file of benches) {
  const path = join(here, file);
  if (!existsSync(path)) continue;
  console.log(`\n===== bench/${file}`);
  const result = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", path], { stdio: "inherit" });
  if (result.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
