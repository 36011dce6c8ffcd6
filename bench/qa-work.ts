/**
 * The work of a QA pass counted in machine instructions, ours against pofilter's, on the pairs of
 * bench/qa.ts: valgrind's cachegrind counts the instructions a program runs, and with V8 in its
 * predictable mode (a fixed hash seed, nothing timed or concurrent) the count does not move with
 * the machine's load the way a time does: two runs agree within about 1% (the rest moves with
 * the GC's decisions, which differ under cachegrind's slower cache simulation, so counts are
 * compared only in this one mode, on one day). It says how much less work our checks do;
 * bench/qa.ts says how much less time, which memory stalls and a busy host also decide.
 * Needs `apt-get install valgrind translate-toolkit`. Takes ~15 minutes.
 *
 *   npx tsx bench/qa-work.ts
 *
 * Ours: a first-sight pass over every pair (each word forgotten, a fresh recogniser) after a
 * warm-up pass, V8 predictable; the count of one pass is the difference between runs of
 * three passes and of one, so loading and compiling cancel out. pofilter: one run per language,
 * with and without its start-up (a run on one pair).
 */
import { execFile, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { LocalSpeller } from "../src/services/spelling/local";
import { checkPairs, pairsFor, passContext, poFileText, TARGETS, termWords } from "./qa-pairs";

const passes = process.argv.indexOf("--passes");
if (passes > 0) {
  // The measured child: one warm-up pass, then first-sight passes.
  const speller = await LocalSpeller.create();
  speller.setTerms(termWords);
  for (let pass = 0; pass <= Number(process.argv[passes + 1]); pass++) {
    speller.engine.forgetWords();
    const ctx = passContext(speller);
    for (const target of TARGETS) await checkPairs(ctx, target);
  }
  process.exit(0);
}

const run = promisify(execFile);
/** Instructions `command` runs, as cachegrind counts them. */
async function instructions(command: string[]): Promise<number> {
  const { stderr } = await run("valgrind", ["--tool=cachegrind", "--cache-sim=no", "--smc-check=all-non-file", "--cachegrind-out-file=/dev/null", ...command], { maxBuffer: 1 << 26 });
  const refs = /I\s+refs:\s+([\d,]+)/.exec(stderr)?.[1];
  if (!refs) throw new Error(`cachegrind gave no count for ${command.join(" ")}:\n${stderr.slice(-2000)}`);
  return Number(refs.replace(/,/g, ""));
}
const missing = ["valgrind", "pofilter"].filter((p) => spawnSync(p, ["--version"]).status !== 0);
if (missing.length > 0) {
  console.log(`missing: ${missing.join(", ")} (apt-get install valgrind translate-toolkit)`);
  process.exit(0);
}
// pofilter is a Python script: the system's Python has Translate Toolkit (a pyenv one may not).
const python = spawnSync("/usr/bin/python3", ["--version"]).status === 0 ? "/usr/bin/python3" : "python3";
const pofilter = spawnSync("sh", ["-c", "command -v pofilter"], { encoding: "utf8" }).stdout.trim();
const dir = mkdtempSync(join(tmpdir(), "glossa-bench-work-"));
const ours = (n: number) => instructions([process.execPath, "--predictable", "--import", "tsx", join(import.meta.dirname, "qa-work.ts"), "--passes", String(n)]);
const theirs = (target: string, file: string) => instructions([python, pofilter, `--language=${target === "zh" ? "zh_CN" : target}`, file, "-o", `${file}.out`]);

// Two at a time: cachegrind runs a program on one core.
const [one, three] = await Promise.all([ours(1), ours(3)]);
const oursPass = (three - one) / 2;
let pofilterTotal = 0;
let pofilterChecks = 0;
for (const target of TARGETS) {
  const pairs = pairsFor(target);
  writeFileSync(join(dir, `${target}.po`), poFileText(pairs));
  writeFileSync(join(dir, `${target}-one.po`), poFileText(pairs.slice(0, 1)));
  const [whole, startUp] = await Promise.all([theirs(target, join(dir, `${target}.po`)), theirs(target, join(dir, `${target}-one.po`))]);
  pofilterTotal += whole;
  pofilterChecks += whole - startUp;
  console.log(`pofilter en>${target}: ${(whole / 1e9).toFixed(2)} G instructions (${(startUp / 1e9).toFixed(2)} G of them its start-up)`);
}
const pairs = TARGETS.reduce((n, t) => n + pairsFor(t).length, 0);
console.log(`ours, one first-sight pass over all ${pairs} pairs: ${(oursPass / 1e9).toFixed(2)} G instructions (${(oursPass / pairs / 1e3).toFixed(0)} k a pair)`);
console.log(`pofilter, the same pairs: ${(pofilterTotal / 1e9).toFixed(2)} G (${(pofilterTotal / pairs / 1e3).toFixed(0)} k a pair); without its start-up ${(pofilterChecks / 1e9).toFixed(2)} G`);
console.log(`work ratio: ${(pofilterTotal / oursPass).toFixed(1)}x (${(pofilterChecks / oursPass).toFixed(1)}x without pofilter's start-up)`);
