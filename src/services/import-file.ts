import type { Lang } from "../domain/languages";
import { AppError } from "../errors";
import { ARTICLE_IMPORT_FORMATS, importFormatOfFile, type ArticleImportFormat } from "../formats/article-import";
import { decodeText, EncodingError } from "../formats/text-decoding";
import type { ImportArticleInput } from "./article-prepare";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** The format of an uploaded file: as given, else from its name, else DOCX when it is a zip package. */
export function formatOfUpload(bytes: Uint8Array, given?: string, filename?: string): ArticleImportFormat {
  if (given) {
    const known = ARTICLE_IMPORT_FORMATS.find((f) => f.id === given);
    if (!known) throw new AppError("VALIDATION", `Unknown format "${given}" (${ARTICLE_IMPORT_FORMATS.map((f) => f.id).join(", ")})`);
    return known.id;
  }
  const byName = filename ? importFormatOfFile(filename) : undefined;
  if (byName) return byName;
  return ZIP_MAGIC.every((b, i) => bytes[i] === b) ? "docx" : "text";
}

/** An uploaded article file and what the request says of it. */
export type ArticleFileInput = { bytes: Uint8Array; sourceLang: Lang; format?: string; filename?: string; title?: string };

/**
 * What an article file holds, ready to prepare: DOCX as it is, text formats decoded (UTF-8, or
 * UTF-16 with a byte order mark; anything else refused with the reason). Runs on the import
 * worker for the server (or in process without one), in the CLI for `glossa import article`.
 *
 * @example
 * prepareArticle(articleFileInput({ bytes, sourceLang: "fr", filename: "visite.md" }))
 */
export function articleFileInput(input: ArticleFileInput): ImportArticleInput {
  if (input.bytes.length === 0) throw new AppError("VALIDATION", "The file is empty");
  const format = formatOfUpload(input.bytes, input.format, input.filename);
  if (format === "docx") return { title: input.title, sourceLang: input.sourceLang, file: input.bytes, format };
  try {
    return { title: input.title, sourceLang: input.sourceLang, text: decodeText(input.bytes), format };
  } catch (e) {
    if (e instanceof EncodingError) throw new AppError("INVALID_ENCODING", e.message);
    throw e;
  }
}

