/**
 * Run by bench/tm.ts in a process of its own, so its peak RSS is the import's alone:
 *
 *   node --import tsx bench/tm/import-child.ts import FILE.tmx DB   (Glossa's TMX import)
 *   node --import tsx bench/tm/import-child.ts parse FILE.tmx       (the reader alone: the baseline)
 *   node --import tsx bench/tm/import-child.ts idle                 (the same modules loaded, nothing read)
 *
 * Prints one JSON line: { ms, maxRssMb, units, created }.
 */
import { openDatabase } from "../../src/db/client";
import { TmxReader } from "../../src/formats/tmx/reader";
import { fileChunks, importTmx } from "../../src/services/tm/import";

const [mode, file, dbPath] = process.argv.slice(2);
const start = performance.now();
let units = 0;
let created = 0;

if (mode === "import") {
  const db = openDatabase(dbPath!);
  const result = importTmx({ db, input: { chunks: fileChunks(file!) } });
  units = result.units;
  created = result.created;
  db.$client.close();
} else if (mode === "parse") {
  const reader = new TmxReader({ onUnit: () => void units++ });
  for (const chunk of fileChunks(file!)) reader.write(chunk);
  reader.end();
} else if (mode !== "idle") {
  console.error("usage: import-child.ts import FILE DB | parse FILE | idle");
  process.exit(2);
}

const ms = performance.now() - start;
console.log(JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024, units, created }));
