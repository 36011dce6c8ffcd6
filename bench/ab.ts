/**
 * This working tree's QA pass against another revision's, in one process, in alternating
 * passes over the NTREX pairs (as bench/qa runs them: each language's pairs in article QA's
 * batches, every word forgotten before each pass). On a machine whose speed moves by a third
 * from minute to minute, two separate runs cannot show a 5% change; passes taken in turn, each
 * pair meeting the same machine, can. Prints the median of the passes' time ratios.
 *
 * The other revision is checked out in a temporary git worktree (removed afterwards) sharing
 * this tree's node_modules; it must have bench/qa-pairs.ts with passContext and checkPairs
 * (cebaee9 and later).
 *
 *   npx tsx bench/ab.ts [revision, default HEAD] [--passes 20] [--only hu]
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Lang } from "../src/domain/languages";
import * as localSpeller from "../src/services/spelling/local";
import { corpusPath } from "./ntrex";
import * as qaPairs from "./qa-pairs";

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args.splice(at, 2)[1] : undefined;
};
const passes = Number(option("--passes") ?? 20);
const only = option("--only") as Lang | undefined;
const revision = args[0] ?? "HEAD";
const root = join(import.meta.dirname, "..");
const git = (...gitArgs: string[]) => {
  const result = spawnSync("git", gitArgs, { cwd: root, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`git ${gitArgs.join(" ")}: ${result.stderr.trim()}`);
  return result.stdout.trim();
};

type Side = { name: string; pairs: typeof qaPairs; speller: localSpeller.LocalSpeller };
/** Loads one side and warms its code on every pair once, with a throwaway speller. */
async function side(name: string, pairs: typeof qaPairs, spellers: typeof localSpeller): Promise<Side> {
  const warm = await spellers.LocalSpeller.create();
  warm.setTerms(pairs.termWords);
  for (const target of pairs.TARGETS) await pairs.checkPairs(pairs.passContext(warm), target);
  const speller = await spellers.LocalSpeller.create();
  speller.setTerms(pairs.termWords);
  return { name, pairs, speller };
}

const commit = git("rev-parse", "--short", revision);
const worktree = mkdtempSync(join(tmpdir(), "glossa-ab-"));
// The other tree finds the corpus as this one does.
process.env.GLOSSA_CORPUS_DIR = corpusPath();
git("worktree", "add", "--detach", worktree, commit);
try {
  symlinkSync(join(root, "node_modules"), join(worktree, "node_modules"));
  const load = async <T>(path: string) => (await import(pathToFileURL(join(worktree, path)).href)) as T;
  const other = await side(commit, await load<typeof qaPairs>("bench/qa-pairs.ts"), await load<typeof localSpeller>("src/services/spelling/local.ts"));
  const ours = await side("this tree", qaPairs, localSpeller);
  const targets = qaPairs.TARGETS.filter((t) => !only || t === only);
  const pairsByTarget = new Map(targets.map((t) => [t, qaPairs.pairsFor(t)]));
  const timeOf = async ({ pairs, speller }: Side) => {
    speller.engine.forgetWords();
    const ctx = pairs.passContext(speller);
    (globalThis as { gc?: () => void }).gc?.();
    const start = process.hrtime.bigint();
    for (const target of targets) await pairs.checkPairs(ctx, target, pairsByTarget.get(target));
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  const ratios: number[] = [];
  const times = new Map<Side, number[]>([
    [ours, []],
    [other, []],
  ]);
  for (let pass = 0; pass < passes; pass++) {
    // Each goes first in every other pass.
    const [first, second] = pass % 2 ? [ours, other] : [other, ours];
    const a = await timeOf(first);
    const b = await timeOf(second);
    times.get(first)!.push(a);
    times.get(second)!.push(b);
    ratios.push(times.get(ours)!.at(-1)! / times.get(other)!.at(-1)!);
  }
  const median = (values: number[]) => [...values].sort((x, y) => x - y)[values.length >> 1]!;
  console.log(`${targets.join(", ")}: ${passes} passes each, taken in turn`);
  console.log(`this tree ${median(times.get(ours)!).toFixed(0)} ms, ${commit} ${median(times.get(other)!).toFixed(0)} ms (medians)`);
  console.log(`time ratio this tree / ${commit}: median ${median(ratios).toFixed(3)}; ${ratios.filter((r) => r < 1).length} of ${passes} passes faster`);
  console.log(`the passes' ratios: ${ratios.map((r) => r.toFixed(2)).join(" ")}`);
} finally {
  git("worktree", "remove", "--force", worktree);
  rmSync(worktree, { recursive: true, force: true });
}
