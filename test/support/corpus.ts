/**
 * Where the shared corpus (../shared/corpus, real data nobody here wrote) is found, for
 * benchmarks (tests read their copies in test/fixtures, see fixtures.ts): GLOSSA_CORPUS_DIR when
 * set; else beside the repository, the workplace layout; else beside the repository this one was
 * cloned from (a scratch clone in /tmp).
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";
import type { Lang } from "../../src/domain/languages";
import { NTREX_FILES } from "./fixtures";

const REPO = resolve(import.meta.dirname, "../..");

function originCorpus(): string | undefined {
  try {
    const origin = execFileSync("git", ["config", "--get", "remote.origin.url"], { cwd: REPO, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    return isAbsolute(origin) ? join(origin, "../shared/corpus") : undefined;
  } catch {
    return undefined;
  }
}

function findCorpus(): string {
  if (process.env.GLOSSA_CORPUS_DIR) return resolve(process.env.GLOSSA_CORPUS_DIR);
  const beside = join(REPO, "../shared/corpus");
  if (existsSync(beside)) return beside;
  const fromOrigin = originCorpus();
  if (fromOrigin && existsSync(fromOrigin)) return fromOrigin;
  throw new Error(`The shared corpus is not at ${beside}: clone beside ../shared, or set GLOSSA_CORPUS_DIR`);
}

let found: string | undefined;

/**
 * A path inside the corpus.
 *
 * @example
 * readFileSync(corpusPath("tbx/ltac_test_files/basic_good.tbx"))
 */
export function corpusPath(...parts: string[]): string {
  found ??= findCorpus();
  return join(found, ...parts);
}

/** The NTREX-128 news sentences of one language (aligned line by line across languages). */
export function ntrexPath(lang: Lang): string {
  return corpusPath("parallel/ntrex128", NTREX_FILES[lang]);
}

/** Its non-empty lines. */
export function ntrexLines(lang: Lang): string[] {
  return readFileSync(ntrexPath(lang), "utf8").split(/\r?\n/).filter((l) => l.trim().length > 0);
}
