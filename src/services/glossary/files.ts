/**
 * Termbase files in: decoding (UTF-8 with or without BOM, UTF-16 with BOM), the format by name
 * or media type, parsing (TBX in pieces, so a large file does not stall the server), and the
 * origin their concept ids belong to.
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import type { Db } from "../../db/client";
import { AppError } from "../../errors";
import { readGlossaryCsv } from "../../formats/glossary-csv";
import type { TableLanguages } from "../../formats/glossary-table";
import { decodeText, EncodingError } from "../../formats/text-decoding";
import type { InterchangeError, TermbaseDoc } from "../../formats/tbx/model";
import { readTbxAsync } from "../../formats/tbx/reader";
import type { MatchRule } from "./import-plan";
import { importTermbase, type ImportResult } from "./import";

export type GlossaryFormat = "tbx" | "csv";
export type ParsedFile = { doc: TermbaseDoc; warnings: InterchangeError[]; rowErrors: InterchangeError[] };

const TBX_TYPES = ["application/x-tbx", "application/tbx+xml", "application/xml", "text/xml"];
const TABLE_TYPES = ["text/csv", "text/tab-separated-values", "text/plain", "application/csv"];

/**
 * The format of an upload from its media type, else its file name; undefined when neither says.
 *
 * @example
 * glossaryFormat("text/tab-separated-values") // "csv"
 */
export function glossaryFormat(contentType?: string, fileName?: string): GlossaryFormat | undefined {
  const type = (contentType ?? "").split(";")[0]!.trim().toLowerCase();
  if (TBX_TYPES.includes(type)) return "tbx";
  if (TABLE_TYPES.includes(type)) return "csv";
  if (fileName && /\.(tbx|xml)$/i.test(fileName)) return "tbx";
  if (fileName && /\.(csv|tsv|tab|txt|utf8)$/i.test(fileName)) return "csv";
  return undefined;
}

/** The origin concept ids are scoped to: the one asked for, else the file's title, else its name. */
export function defaultOrigin(doc: TermbaseDoc, fileName?: string): string {
  return doc.title?.trim() || (fileName ? basename(fileName) : "") || "untitled";
}

/** Parses an uploaded termbase; throws INVALID_FILE with every error when the file cannot be imported. */
export async function parseTermbaseFile(bytes: Uint8Array, format: GlossaryFormat, languages: TableLanguages = {}): Promise<ParsedFile> {
  let text: string;
  try {
    text = decodeText(bytes);
  } catch (e) {
    if (e instanceof EncodingError) throw new AppError("INVALID_ENCODING", e.message);
    throw e;
  }
  if (format === "tbx") {
    const parsed = await readTbxAsync(text);
    if (parsed.errors.length) throw invalid("TBX", parsed.errors);
    return { doc: parsed.doc, warnings: parsed.warnings, rowErrors: [] };
  }
  const parsed = readGlossaryCsv(text, languages);
  if (parsed.errors.length) throw invalid("CSV", parsed.errors);
  return { doc: parsed.doc, warnings: [], rowErrors: parsed.rowErrors };
}

function invalid(kind: string, errors: InterchangeError[]): AppError {
  const first = errors[0]!;
  const where = first.line && !first.message.startsWith(`line ${first.line}`) ? `line ${first.line}: ` : "";
  return new AppError("INVALID_FILE", `The ${kind} file has ${errors.length} error(s); nothing was imported. First: ${where}${first.message}`, { errors });
}

export type FileImportOptions = { origin?: string; match?: MatchRule[]; dryRun?: boolean; fileName?: string } & TableLanguages;

/**
 * Parses and imports an uploaded file: its valid rows are imported, refused ones reported.
 *
 * @example
 * await importUploadedTermbase({ db, bytes, format: "tbx", options: { dryRun: true } })
 */
export async function importUploadedTermbase({ db, bytes, format, options, actorId }: { db: Db; bytes: Uint8Array; format: GlossaryFormat; options: FileImportOptions; actorId?: number | null }): Promise<ImportResult> {
  const { doc, warnings, rowErrors } = await parseTermbaseFile(bytes, format, options);
  const origin = options.origin?.trim() || defaultOrigin(doc, options.fileName);
  return importTermbase({ db, input: { doc, origin, match: options.match, dryRun: options.dryRun, errors: rowErrors, warnings }, actorId });
}

/** `glossa import glossary FILE` and the demo: reads TBX or CSV by extension and imports it. */
export async function importGlossaryFile({ db, path, actorId, options = {} }: { db: Db; path: string; actorId?: number | null; options?: Omit<FileImportOptions, "fileName"> }): Promise<ImportResult> {
  const format = glossaryFormat(undefined, path) ?? "tbx";
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new AppError("NOT_FOUND", `cannot read ${path}`);
  }
  return importUploadedTermbase({ db, bytes, format, options: { ...options, fileName: path }, actorId });
}
