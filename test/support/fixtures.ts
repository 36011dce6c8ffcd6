/**
 * Test data kept in the repository (test/fixtures/), so tests run from a plain clone. Each folder
 * says where its files come from in a PROVENANCE.md.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Lang } from "../../src/domain/languages";

const FIXTURES = resolve(import.meta.dirname, "../fixtures");

/** A path inside test/fixtures. */
export function fixturePath(...parts: string[]): string {
  return join(FIXTURES, ...parts);
}

/** The NTREX-128 files of each language (line-aligned), as named in the NTREX repository. */
export const NTREX_FILES: Record<Lang, string> = {
  en: "newstest2019-src.eng.txt",
  fr: "newstest2019-ref.fra.txt",
  hu: "newstest2019-ref.hun.txt",
  zh: "newstest2019-ref.zho-CN.txt",
};

/** The folder of the NTREX-128 excerpt the tests read. */
export const NTREX_FIXTURE_DIR = fixturePath("ntrex128");

/**
 * The non-empty NTREX news sentences of one language, from the repository's copy.
 *
 * @example
 * ntrexFixtureLines("hu").length // 1005
 */
export function ntrexFixtureLines(lang: Lang): string[] {
  return readFileSync(join(NTREX_FIXTURE_DIR, NTREX_FILES[lang]), "utf8").split(/\r?\n/).filter((l) => l.trim().length > 0);
}
