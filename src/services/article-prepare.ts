/**
 * The CPU-heavy half of an article import, without a database: read the document (text,
 * Markdown, HTML or DOCX), cut it into segments and check everything an import checks. The
 * server runs it on a worker thread for large bodies; `article-store` stores the result.
 */
import type { Lang } from "../domain/languages";
import { strayCodeCharacter } from "../domain/inline-codes";
import { MAX_SEGMENT_CHARS } from "../domain/limits";
import { segmentBlocks, type SegmentPiece } from "../domain/segmentation";
import { AppError } from "../errors";
import type { ArticleImportFormat } from "../formats/article-import";
import { prepareImport, type PreparedImport } from "./import-document";
import { requireStorableText } from "./storable-text";

export type ArticleFormat = ArticleImportFormat;
/** `text` for the text formats, `file` (raw bytes) for DOCX. Without a title the document's headline is the title. */
export type ImportArticleInput = { title?: string; sourceLang: Lang; text?: string; file?: Uint8Array; format?: ArticleFormat };
/** What export needs of the document besides its segments: its structure, HTML skeleton or DOCX package. */
export type ArticleDocument = Omit<PreparedImport, "title" | "blocks" | "format">;
/** An article read and cut into segments, ready to store. */
export type PreparedArticle = { title: string; sourceLang: Lang; format: ArticleFormat; pieces: SegmentPiece[]; document: ArticleDocument };

/**
 * Glossa keeps inline markup as private-use characters (domain/inline-codes); the same characters
 * arriving in a document would be read as markup, so such a document is refused, not guessed at.
 */
export function refuseStrayCodes(text: string): void {
  const stray = strayCodeCharacter(text);
  if (stray) {
    throw new AppError("VALIDATION", `The text holds the private-use character ${stray.char} at offset ${stray.at}; Glossa reserves it for inline markup`);
  }
}

/**
 * Reads an article and cuts it into segments, with every check an import makes: no control
 * characters or stray markup characters, a title (the given one, else the document's headline),
 * some text besides it, no segment longer than an edit may be.
 *
 * @example
 * prepareArticle({ sourceLang: "fr", text: "Titre\n\nUne phrase. Une autre." }).pieces.map((p) => p.text)
 * // ["Titre", "Une phrase.", "Une autre."]
 */
export function prepareArticle(input: ImportArticleInput): PreparedArticle {
  const format = input.format ?? "text";
  if (input.title !== undefined) requireStorableText("title", input.title);
  const text = input.text?.normalize("NFC");
  if (format !== "docx") {
    // `reason` lets a page say the same in the reader's language.
    if (!text?.trim()) throw new AppError("VALIDATION", "The article text is empty", { reason: "emptyText" });
    requireStorableText("text", text);
    refuseStrayCodes(text);
  }
  const prepared = prepareImport({ title: input.title, format, text, file: input.file });
  const pieces = segmentBlocks(prepared.blocks, input.sourceLang);
  const tooLong = pieces.findIndex((p) => p.text.length > MAX_SEGMENT_CHARS);
  if (tooLong >= 0) {
    const piece = pieces[tooLong]!;
    throw new AppError("VALIDATION", `Segment ${tooLong + 1} ("${piece.text.slice(0, 40)}…") has ${piece.text.length} characters; a segment has at most ${MAX_SEGMENT_CHARS}. Break it into sentences or paragraphs.`);
  }
  const { structure, skeleton, original } = prepared;
  return { title: prepared.title, sourceLang: input.sourceLang, format, pieces, document: { structure, skeleton, original } };
}
