/**
 * Translation memory commands of `glossa`:
 *
 *   glossa import tmx FILE
 *   glossa export tmx [--source fr --target hu] [-o FILE]
 *   glossa pretranslate ARTICLE --lang hu[,en] [--threshold 75]
 *
 * Progress goes to stderr (a bar on a terminal, a line per tenth otherwise); results to stdout.
 */
import { closeSync, openSync, writeSync } from "node:fs";
import { parseArgs } from "node:util";
import type { Config } from "./config";
import { openDatabase } from "./db/client";
import { LANGUAGES, parseLang, type Lang } from "./domain/languages";
import { MIN_THRESHOLD } from "./domain/tm/score";
import { AppError } from "./errors";
import { catchUpTranslationMemory } from "./services/tm/backfill";
import { exportTmx } from "./services/tm/export";
import { fileChunks, importTmx } from "./services/tm/import";
import { checkPretranslation } from "./services/tm/pretranslate";
import { machineChoice, pretranslateWithMachine } from "./services/mt/pretranslate";
import { PROVIDER_NAMES } from "./mt/types";

/** The CLI acts for the operator who runs it: every role, every language. */
const OPERATOR = { id: null, roles: ["admin" as const], languages: [...LANGUAGES] };

export function isTmCommand(argv: readonly string[]): boolean {
  const words = argv.filter((a) => !a.startsWith("-"));
  return words[0] === "pretranslate" || ((words[0] === "import" || words[0] === "export") && words[1] === "tmx");
}

/** A progress bar on stderr: redrawn in place on a terminal, one line per 10% elsewhere. */
export function progressBar(label: string, stream: NodeJS.WriteStream = process.stderr) {
  let lastTenth = -1;
  return {
    update(done: number, total: number) {
      const share = total > 0 ? done / total : 1;
      const width = 30;
      const filled = Math.round(share * width);
      const line = `${label} [${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total}`;
      if (stream.isTTY) stream.write(`\r${line}`);
      else if (Math.floor(share * 10) > lastTenth) {
        lastTenth = Math.floor(share * 10);
        stream.write(`${line}\n`);
      }
    },
    done() {
      if (stream.isTTY) stream.write("\n");
    },
  };
}

function parseLangs(value: string | undefined): Lang[] {
  if (!value) throw new AppError("VALIDATION", "--lang is required: one or more of fr, en, zh, hu, separated by commas");
  return value.split(",").map((tag) => {
    const lang = parseLang(tag);
    if (!lang) throw new AppError("UNKNOWN_LANGUAGE", `unknown language "${tag}": use fr, en, zh or hu`);
    return lang;
  });
}

function optionalLang(value: string | undefined, option: string): Lang | undefined {
  if (value === undefined) return undefined;
  const lang = parseLang(value);
  if (!lang) throw new AppError("UNKNOWN_LANGUAGE", `unknown ${option} language "${value}": use fr, en, zh or hu`);
  return lang;
}

/**
 * Runs one TM command; returns the exit code.
 *
 * @example
 * await runTmCommand(["import", "tmx", "memory.tmx"], loadConfig());
 */
export async function runTmCommand(argv: string[], config: Config): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      lang: { type: "string" },
      source: { type: "string" },
      target: { type: "string" },
      threshold: { type: "string" },
      provider: { type: "string" },
      output: { type: "string", short: "o" },
    },
  });
  const [command, what, arg] = positionals;
  const db = openDatabase(config.dbPath);
  catchUpTranslationMemory(db);

  if (command === "import") {
    if (!arg) throw new AppError("VALIDATION", "usage: glossa import tmx FILE");
    const result = importTmx({ db, input: { chunks: fileChunks(arg) }, onProgress: (n) => process.stderr.write(`read ${n} translation units\n`) });
    console.log(
      `created ${result.created} TM units from ${result.units} translation units; ${result.duplicates} already present, ` +
        `${result.skippedVariants.otherLanguage} variants in other languages${result.otherLanguages.length ? ` (${result.otherLanguages.join(", ")})` : ""}, ` +
        `${result.sameLanguagePairs} same-language pairs, ${result.skippedVariants.empty} empty variants`,
    );
    return 0;
  }

  if (command === "export") {
    const source = optionalLang(values.source, "source");
    const target = optionalLang(values.target, "target");
    const fd = values.output ? openSync(values.output, "w") : 1;
    try {
      for (const piece of exportTmx({ db, input: { source, target } })) writeSync(fd, piece);
    } finally {
      if (values.output) closeSync(fd);
    }
    return 0;
  }

  // pretranslate ARTICLE
  const articleId = Number(what);
  if (!Number.isSafeInteger(articleId) || articleId <= 0) throw new AppError("NOT_FOUND", `article ${what ?? ""} does not exist`);
  const threshold = values.threshold === undefined ? config.tmThreshold : Number(values.threshold);
  if (!Number.isInteger(threshold) || threshold < MIN_THRESHOLD || threshold > 100) throw new AppError("VALIDATION", `--threshold is a whole number from ${MIN_THRESHOLD} to 100`);
  const bar = progressBar("pre-translating");
  const input = { articleId, langs: parseLangs(values.lang), threshold };
  const provider = values.provider;
  if (provider !== undefined && provider !== "none" && !(PROVIDER_NAMES as readonly string[]).includes(provider)) throw new AppError("VALIDATION", `--provider is one of ${PROVIDER_NAMES.join(", ")} or none`);
  checkPretranslation({ db, input, actor: OPERATOR });
  machineChoice(config, provider);
  const report = await pretranslateWithMachine({ db, config, input, provider, actor: OPERATOR, onProgress: (p) => bar.update(p.done, p.total) });
  bar.done();
  for (const [lang, counts] of Object.entries(report.byLanguage)) {
    console.log(`${lang}: ${counts.context} context (101%), ${counts.exact} exact (100%), ${counts.fuzzy} fuzzy (>= ${threshold}%), ${counts.mt} machine, ${counts.kept} kept, ${counts.untranslated} untranslated`);
  }
  if (!report.mt) console.log(provider === "none" ? "machine translation not asked for" : "no machine translation is configured: segments without a TM match stay untranslated");
  if (report.machine?.error) console.log(`machine translation failed (${report.machine.error.kind}): ${report.machine.error.message}`);
  if (report.machine?.termMisses.length) console.log(`${report.machine.termMisses.length} machine draft(s) miss a required term (flagged by QA)`);
  return 0;
}
