/**
 * The `glossa` command. Each subcommand opens the database from GLOSSA_DB, does one thing and
 * exits non-zero with a one-line reason on bad input.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { loadConfig } from "./config";
import { backupDatabase, openDatabase } from "./db/client";
import { parseLang } from "./domain/languages";
import { AppError } from "./errors";
import { decodeText } from "./formats/text-decoding";
import { importArticle } from "./services/articles";
import { ARTICLE_FORMATS, formatOfFileName, type ArticleFormat } from "./formats/article-import";
import { EXPORT_FORMATS, type ExportFormat } from "./formats/article-export";
import { exportArticle } from "./services/export";
import { runQaCommand } from "./cli-qa";
import { isTmCommand, runTmCommand } from "./cli-tm";
import { runGlossaryImport } from "./cli-glossary";
import { runUserCommand } from "./cli-users";
import { writeFileSync } from "node:fs";

const USAGE = `usage:
  glossa serve
  glossa import article FILE --lang fr [--title T] [--format ${ARTICLE_FORMATS.join("|")}]
  glossa import glossary FILE [--dry-run] [--origin NAME] [--match id,term] [--source-lang xx --target-lang yy]
  glossa qa ARTICLE [--lang xx] [--json]
  glossa export ARTICLE --lang xx --format md|html|txt|json|xliff [-o FILE]
  glossa import tmx FILE
  glossa export tmx [--source fr --target hu] [-o FILE]
  glossa pretranslate ARTICLE --lang hu[,en] [--threshold 75] [--provider deepl|google|microsoft|libretranslate|openai|none]
  glossa backup FILE
  glossa user set-password USERNAME [--password-stdin]   (the password is read from a prompt or stdin)`;

class UsageError extends Error {}

function formatOf(file: string, given?: string): ArticleFormat {
  if ((ARTICLE_FORMATS as readonly string[]).includes(given ?? "")) return given as ArticleFormat;
  if (given) throw new UsageError(`unknown format "${given}" (${ARTICLE_FORMATS.join(", ")})`);
  return formatOfFileName(file) ?? "text";
}

function readUtf8File(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new UsageError(`cannot read ${file}`);
  }
  try {
    return decodeText(bytes);
  } catch (e) {
    throw new UsageError(`${file}: ${(e as Error).message}`);
  }
}

export async function main(argv: string[]): Promise<number> {
  if (isTmCommand(argv)) return runTmCommand(argv, loadConfig());
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      lang: { type: "string" },
      title: { type: "string" },
      format: { type: "string" },
      json: { type: "boolean" },
      help: { type: "boolean", short: "h" },
      output: { type: "string", short: "o" },
      "dry-run": { type: "boolean" },
      origin: { type: "string" },
      match: { type: "string" },
      "source-lang": { type: "string" },
      "target-lang": { type: "string" },
      "password-stdin": { type: "boolean" },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return command || values.help ? 0 : 2;
  }
  if (command === "serve") {
    await import("./index");
    return -1; // keep running
  }
  const config = loadConfig();
  if (command === "import" && rest[0] === "article" && rest[1]) {
    const lang = parseLang(values.lang);
    if (!lang) throw new UsageError(`--lang is required: fr, en, zh or hu`);
    const file = rest[1];
    const db = openDatabase(config.dbPath);
    const title = values.title ?? file.replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, "");
    const article = importArticle({ db, input: { title, sourceLang: lang, text: readUtf8File(file), format: formatOf(file, values.format) } });
    console.log(article.id);
    return 0;
  }
  if (command === "import" && rest[0] === "glossary" && rest[1]) {
    const flags = { dryRun: values["dry-run"], origin: values.origin, match: values.match, sourceLang: values["source-lang"], targetLang: values["target-lang"] };
    return runGlossaryImport({ db: openDatabase(config.dbPath), file: rest[1], flags });
  }
  if (command === "qa" && rest[0]) {
    const db = openDatabase(config.dbPath);
    return runQaCommand({ db, articleId: Number(rest[0]), lang: values.lang, json: values.json ?? false });
  }
  if (command === "export" && rest[0]) {
    const lang = parseLang(values.lang);
    if (!lang) throw new UsageError(`--lang is required: en, fr, zh or hu`);
    const format = (values.format ?? "md") as ExportFormat;
    if (!EXPORT_FORMATS.includes(format)) throw new UsageError(`unknown format "${format}" (${EXPORT_FORMATS.join(", ")})`);
    const db = openDatabase(config.dbPath);
    const out = exportArticle({ db, input: { articleId: Number(rest[0]), lang, format } });
    if (values.output) writeFileSync(values.output, out.body);
    else process.stdout.write(out.body);
    return 0;
  }
  if (command === "user") {
    return runUserCommand({ db: openDatabase(config.dbPath), args: rest, passwordStdin: values["password-stdin"] ?? false });
  }
  if (command === "backup" && rest[0]) {
    const db = openDatabase(config.dbPath);
    await backupDatabase(db, rest[0]);
    console.log(`backed up ${config.dbPath} to ${rest[0]}`);
    return 0;
  }
  throw new UsageError(`unknown command: ${positionals.join(" ")}\n${USAGE}`);
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    const message = error instanceof UsageError || error instanceof AppError ? error.message : error instanceof Error ? error.message : String(error);
    console.error(`glossa: ${message.split("\n")[0]}`);
    if (error instanceof UsageError && message.includes("\n")) console.error(message.split("\n").slice(1).join("\n"));
    process.exit(2);
  },
);
