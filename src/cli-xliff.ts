/**
 * `glossa import xliff FILE [--article ID] [--title T] [--lang xx]`, and the XLIFF path of
 * `glossa import article`: the file is read and checked as XLIFF (never imported as text), and the
 * import runs as an operator with every role, as the other import commands do.
 */
import { readFileSync, statSync } from "node:fs";
import type { Db } from "./db/client";
import { LANGUAGES, parseLang, type Lang } from "./domain/languages";
import { ROLES } from "./domain/workflow";
import { AppError } from "./errors";
import { MAX_XML_BYTES } from "./formats/tbx/safety";
import { decodeText } from "./formats/text-decoding";
import { importXliff, type XliffImportReport } from "./services/xliff-import";

const XLIFF_FILE = /\.(xlf|xliff|sdlxliff|mqxliff)$/i;

/** Whether a file is XLIFF by its name or, failing that, by its first bytes. */
export function looksLikeXliff(file: string, head: string): boolean {
  if (XLIFF_FILE.test(file)) return true;
  return /^\uFEFF?\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*)*<(\w+:)?xliff\b/.test(head);
}

/** The file's text, refused before reading when it is larger than an XML file may be. */
export function readXliffFile(file: string): string {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new AppError("NOT_FOUND", `cannot read ${file}`);
  }
  if (size > MAX_XML_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", `${file} is larger than ${MAX_XML_BYTES / 1048576} MB`);
  try {
    return decodeText(readFileSync(file));
  } catch (e) {
    throw new AppError("INVALID_ENCODING", `${file}: ${(e as Error).message}`);
  }
}

function summary(report: XliffImportReport): string[] {
  const lines = [
    report.createdArticle
      ? `${report.articleId}`
      : `article ${report.articleId}: created ${report.created}, updated ${report.updated}, skipped ${report.skipped}, conflicts ${report.conflicts.length}, unmatched ${report.unmatched.length}`,
  ];
  for (const c of report.conflicts) lines.push(`conflict: segment ${c.segmentId}: ${c.reason}`);
  for (const u of report.unmatched) lines.push(`unmatched: unit ${u.unit}${u.segment ? ` segment ${u.segment}` : ""}: ${u.reason}`);
  for (const w of report.warnings) lines.push(`warning: ${w}`);
  return lines;
}

/**
 * Runs an XLIFF import from the command line; prints the new article id (creation) or the report
 * (update) and returns the exit code: 0, or 1 when conflicts were left for a person to settle.
 */
export async function runXliffImport({ db, file, articleId, title, lang, expectSourceLang }: { db: Db; file: string; articleId?: string; title?: string; lang?: string; expectSourceLang?: Lang }): Promise<number> {
  const id = articleId === undefined ? undefined : Number(articleId);
  if (id !== undefined && (!Number.isSafeInteger(id) || id <= 0)) throw new AppError("VALIDATION", `--article must be an article id, not "${articleId}"`);
  const targetLang = lang === undefined ? undefined : parseLang(lang);
  if (lang !== undefined && !targetLang) throw new AppError("UNKNOWN_LANGUAGE", `unknown language "${lang}": use fr, en, zh or hu`);
  const xml = readXliffFile(file);
  const report = await importXliff({ db, input: { xml, articleId: id, title, targetLang, expectSourceLang }, actor: { id: null, roles: [...ROLES], languages: [...LANGUAGES] } });
  for (const line of summary(report)) console.log(line);
  return report.conflicts.length ? 1 : 0;
}
