/**
 * The `glossa` command. Each subcommand opens the database from GLOSSA_DB, does one thing and
 * exits non-zero with a one-line reason on bad input.
 */
import { closeSync, openSync, readFileSync, readSync } from "node:fs";
import { parseArgs } from "node:util";
import { loadConfig } from "./config";
import { backupDatabase, openDatabase } from "./db/client";
import { parseLang } from "./domain/languages";
import { AppError } from "./errors";
import { ARTICLE_IMPORT_FORMATS, importFormatOfFile } from "./formats/article-import";
import { EXPORT_FORMATS, type ExportFormat } from "./formats/article-export";
import { exportArticle } from "./services/export";
import { runQaCommand } from "./cli-qa";
import { isTmCommand, runTmCommand } from "./cli-tm";
import { runGlossaryImport } from "./cli-glossary";
import { runUserCommand } from "./cli-users";
import { PUBLISHING_COMMANDS, PUBLISHING_USAGE, runPublishingCommand } from "./cli-publish";
import { looksLikeXliff, runXliffImport } from "./cli-xliff";
import { writeFileSync } from "node:fs";

const USAGE = `usage:
  glossa serve
  glossa import article FILE --lang fr [--title T] [--format ${ARTICLE_IMPORT_FORMATS.map((f) => f.id).join("|")}]   (title: the document's headline unless given; an .xlf/.xliff file is read as XLIFF)
  glossa import xliff FILE [--article ID] [--title T] [--lang TARGET]
  glossa import glossary FILE [--dry-run] [--origin NAME] [--match id,term] [--source-lang xx --target-lang yy]
  glossa qa ARTICLE [--lang xx] [--json]
  glossa export ARTICLE --lang xx --format ${EXPORT_FORMATS.join("|")} [-o FILE]
${PUBLISHING_USAGE}
  glossa import tmx FILE
  glossa export tmx [--source fr --target hu] [-o FILE]
  glossa pretranslate ARTICLE --lang hu[,en] [--threshold 75] [--provider deepl|google|microsoft|libretranslate|openai|none]
  glossa backup FILE
  glossa user set-password USERNAME [--password-stdin]   (the password is read from a prompt or stdin)`;

class UsageError extends Error {}

/** The first kilobyte of a file, to recognise its format (empty when it cannot be read). */
function readHead(file: string): string {
  try {
    const fd = openSync(file, "r");
    const buffer = Buffer.alloc(1024);
    const n = readSync(fd, buffer, 0, 1024, 0);
    closeSync(fd);
    return buffer.subarray(0, n).toString("utf8");
  } catch {
    return "";
  }
}

function readBytes(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch {
    throw new UsageError(`cannot read ${file}`);
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
      "override-reason": { type: "string" },
      user: { type: "string" },
      article: { type: "string" },
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
    const head = readHead(file);
    if (looksLikeXliff(file, head)) {
      return runXliffImport({ db: openDatabase(config.dbPath), file, title: values.title, expectSourceLang: lang });
    }
    // XHTML may start with an XML declaration too: only files of no article format are refused.
    if (/^\uFEFF?\s*<\?xml\b/.test(head) && !importFormatOfFile(file)) throw new UsageError(`${file} is an XML file but not XLIFF; Glossa imports articles from text, Markdown, HTML, DOCX or XLIFF`);
    const bytes = readBytes(file);
    const db = openDatabase(config.dbPath);
    // The readers (Markdown, HTML, DOCX) load only for this command. Stored in steps of short
    // transactions, so a server running beside it waits milliseconds for the lock, not the import.
    const { articleFileInput } = await import("./services/import-file");
    const { prepareArticle } = await import("./services/article-prepare");
    const { storeArticleInSteps } = await import("./services/article-store");
    const prepared = prepareArticle(articleFileInput({ bytes, sourceLang: lang, format: values.format, filename: file, title: values.title }));
    console.log(await storeArticleInSteps({ db, prepared }));
    return 0;
  }
  if (command === "import" && rest[0] === "xliff" && rest[1]) {
    return runXliffImport({ db: openDatabase(config.dbPath), file: rest[1], articleId: values.article, title: values.title, lang: values.lang });
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
    const out = await exportArticle({ db, input: { articleId: Number(rest[0]), lang, format } });
    if (values.output) writeFileSync(values.output, out.body);
    else if (typeof out.body !== "string") throw new UsageError(`${format} is a binary format: give -o FILE`);
    else process.stdout.write(out.body);
    return 0;
  }
  if (command === "user") {
    return runUserCommand({ db: openDatabase(config.dbPath), args: rest, passwordStdin: values["password-stdin"] ?? false });
  }
  if ((PUBLISHING_COMMANDS as readonly string[]).includes(command)) {
    return runPublishingCommand({ db: openDatabase(config.dbPath), command, args: rest, options: values });
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
