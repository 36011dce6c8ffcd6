/**
 * `glossa publish`, `glossa publications` and `glossa publication download`: publishing from the
 * command line, against the database in GLOSSA_DB.
 */
import { writeFileSync } from "node:fs";
import { userInfo } from "node:os";
import type { Db } from "./db/client";
import { LANGUAGES, parseLang, type Lang } from "./domain/languages";
import type { Role } from "./domain/workflow";
import { AppError } from "./errors";
import { listPublications, publicationFile, publishArticle, type Publisher } from "./services/publications";
import { findUserByName } from "./services/users";

export const PUBLISHING_COMMANDS = ["publish", "publications", "publication"] as const;
export const PUBLISHING_USAGE = `  glossa publish ARTICLE --lang xx [--override-reason "…"] [--user NAME]
  glossa publications ARTICLE [--lang xx] [--json]
  glossa publication download ID --format md|html|txt|json|xliff [-o FILE]`;

export type PublishingOptions = { lang?: string; format?: string; output?: string; json?: boolean; "override-reason"?: string; user?: string };

function positiveId(value: string | undefined, what: string): number {
  const id = Number(value);
  if (!value || !Number.isSafeInteger(id) || id <= 0) throw new AppError("VALIDATION", `${what} must be a number, not "${value ?? ""}"`);
  return id;
}

function langOption(value: string | undefined, required: boolean): Lang | undefined {
  if (value === undefined) {
    if (required) throw new AppError("VALIDATION", `--lang is required: ${LANGUAGES.join(", ")}`);
    return undefined;
  }
  const lang = parseLang(value);
  if (!lang) throw new AppError("UNKNOWN_LANGUAGE", `unknown language "${value}": use ${LANGUAGES.join(", ")}`);
  return lang;
}

/**
 * Who publishes from the command line: the Glossa user named with --user (a publisher or admin),
 * otherwise the operator, recorded as "cli:<os user>" (whoever runs the CLI can write the
 * database file anyway).
 */
function cliPublisher(db: Db, username: string | undefined): Publisher {
  if (username === undefined) return { id: null, name: `cli:${userInfo().username}`, roles: ["admin"], languages: [...LANGUAGES] };
  const user = findUserByName(db, username);
  if (!user || user.disabled) throw new AppError("NOT_FOUND", `no active user "${username}"`);
  return { id: user.id, name: user.username, roles: user.roles as Role[], languages: user.languages as Lang[] };
}

async function publish(db: Db, articleArg: string | undefined, options: PublishingOptions): Promise<number> {
  const articleId = positiveId(articleArg, "ARTICLE");
  const lang = langOption(options.lang, true)!;
  const reason = options["override-reason"];
  if (reason !== undefined && !reason.trim()) throw new AppError("VALIDATION", "--override-reason needs a reason");
  const p = await publishArticle({ db, input: { articleId, lang, override: reason ? { reason: reason.normalize("NFC") } : undefined }, actor: cliPublisher(db, options.user) });
  console.log(`published article ${articleId} in ${lang}: version ${p.version}, publication ${p.id}, sha256 ${p.contentHash}${p.overrideReason ? ` (override: ${p.overrideReason})` : ""}`);
  return 0;
}

function list(db: Db, articleArg: string | undefined, options: PublishingOptions): number {
  const publications = listPublications({ db, input: { articleId: positiveId(articleArg, "ARTICLE"), lang: langOption(options.lang, false) } });
  if (options.json) {
    console.log(JSON.stringify({ publications }, null, 2));
    return 0;
  }
  for (const p of publications) {
    console.log([String(p.id).padStart(5), p.lang, `v${p.version}`.padEnd(4), p.publishedAt, p.publishedBy.name.padEnd(16), p.contentHash.slice(0, 16), p.formats.map((f) => f.format).join(",")].join("  "));
  }
  console.log(`${publications.length} publication(s)`);
  return 0;
}

function download(db: Db, idArg: string | undefined, options: PublishingOptions): number {
  const id = positiveId(idArg, "ID");
  const format = options.format ?? "md";
  if (!/^[a-z0-9]{1,16}$/.test(format)) throw new AppError("VALIDATION", `unknown format "${format}"`);
  const file = publicationFile({ db, input: { id, format } });
  if (options.output) writeFileSync(options.output, file.body);
  else process.stdout.write(file.body);
  return 0;
}

/**
 * Runs one publishing subcommand.
 *
 * @example
 * await runPublishingCommand({ db, command: "publish", args: ["1"], options: { lang: "hu" } }); // 0
 */
export async function runPublishingCommand({ db, command, args, options }: { db: Db; command: string; args: string[]; options: PublishingOptions }): Promise<number> {
  if (command === "publish") return publish(db, args[0], options);
  if (command === "publications") return list(db, args[0], options);
  if (command === "publication" && args[0] === "download") return download(db, args[1], options);
  throw new AppError("VALIDATION", `unknown command: ${[command, ...args].join(" ")}`);
}
