/**
 * What QA says about clean text: the flags of every check on the NTREX pairs (English sources
 * with their human French, Hungarian and Chinese translations, as bench/qa.ts checks them), by
 * check and severity. The translations are published references, so most flags here are false
 * alarms: a change to a check should leave these counts where they are, or lower them.
 *
 *   npx tsx bench/qa-flags.ts [--show CHECK]   (--show lists the flags of one check)
 */
import type { QaJob } from "../src/domain/qa/run";
import { checkInBatches } from "../src/services/qa/batches";
import { LocalSpeller } from "../src/services/spelling/local";
import { pairsFor, passContext, TARGETS, termWords } from "./qa-pairs";

const show = process.argv.includes("--show") ? process.argv[process.argv.indexOf("--show") + 1] : undefined;
const speller = await LocalSpeller.create();
speller.setTerms(termWords);
const ctx = passContext(speller);
const SEVERITIES = ["neutral", "minor", "major", "critical"] as const;

console.log("flags on the NTREX pairs by check: neutral/minor/major/critical (source flags counted in each pair's language)");
const totals = new Map<string, number[]>();
for (const target of TARGETS) {
  const jobs = pairsFor(target).flatMap((p): QaJob[] => [
    { side: "source", lang: "en", text: p.source },
    { side: "target", sourceLang: "en", source: p.source, targetLang: target, target: p.target },
  ]);
  const found = (await checkInBatches(ctx, jobs, (job) => job, (job, flags) => flags.map((f) => ({ f, job })))).flat();
  const byCheck = new Map<string, number[]>();
  for (const { f, job } of found) {
    const counts = byCheck.get(f.check) ?? byCheck.set(f.check, [0, 0, 0, 0]).get(f.check)!;
    counts[SEVERITIES.indexOf(f.severity)]!++;
    const total = totals.get(f.check) ?? totals.set(f.check, [0, 0, 0, 0]).get(f.check)!;
    total[SEVERITIES.indexOf(f.severity)]!++;
    if (show === f.check) console.log(`  en>${target} ${f.side} ${f.severity} “${f.text}” ${f.message} | ${job.side === "source" ? job.text : (job as { target: string }).target}`);
  }
  console.log(`\nen>${target} (${found.length} flags)`);
  for (const [check, counts] of [...byCheck].sort((a, b) => a[0].localeCompare(b[0]))) console.log(`  ${check.padEnd(20)} ${counts.join("/")}`);
}
console.log("\nall three");
for (const [check, counts] of [...totals].sort((a, b) => a[0].localeCompare(b[0]))) console.log(`  ${check.padEnd(20)} ${counts.join("/")}`);
