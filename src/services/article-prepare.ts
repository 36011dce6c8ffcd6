import type { Lang } from "../domain/languages";
import { MAX_SEGMENT_CHARS } from "../domain/limits";
import { segmentBlocks, type SegmentPiece } from "../domain/segmentation";
import { AppError } from "../errors";
import { parseArticleText } from "../formats/article-import";
import { requireStorableText } from "./storable-text";

export type ArticleFormat = "text" | "markdown" | "html";
export type ImportArticleInput = { title?: string; sourceLang: Lang; text: string; format?: ArticleFormat };
/** An article read and cut into segments, ready to store: the CPU-heavy half of an import. */
export type PreparedArticle = { title: string; sourceLang: Lang; pieces: SegmentPiece[] };

/**
 * Reads an article (text, Markdown or HTML) and cuts it into segments, with every check an
 * import makes: no control characters, a title, some text besides it, no segment longer than
 * an edit may be. No database: the server runs it on a worker thread for large bodies.
 *
 * @example
 * prepareArticle({ sourceLang: "fr", text: "Titre\n\nUne phrase. Une autre." }).pieces.map((p) => p.text)
 * // ["Titre", "Une phrase.", "Une autre."]
 */
export function prepareArticle(input: ImportArticleInput): PreparedArticle {
  requireStorableText("text", input.text);
  if (input.title !== undefined) requireStorableText("title", input.title);
  const text = input.text.normalize("NFC");
  if (!text.trim()) throw new AppError("VALIDATION", "The article text is empty");
  const parsed = parseArticleText(text, input.format ?? "text");
  const title = (input.title ?? parsed.title ?? "").normalize("NFC").trim();
  if (!title) throw new AppError("VALIDATION", "The article needs a title");
  // The headline is translated like any other text: it becomes segment 0, of kind "title".
  const body = parsed.blocks.filter((b) => b.kind !== "title");
  if (body.length === 0) throw new AppError("VALIDATION", "The article has no text besides its title");
  const pieces = segmentBlocks([{ kind: "title", text: title }, ...body], input.sourceLang);
  const tooLong = pieces.findIndex((p) => p.text.length > MAX_SEGMENT_CHARS);
  if (tooLong >= 0) {
    const piece = pieces[tooLong]!;
    throw new AppError("VALIDATION", `Segment ${tooLong + 1} ("${piece.text.slice(0, 40)}…") has ${piece.text.length} characters; a segment has at most ${MAX_SEGMENT_CHARS}. Break it into sentences or paragraphs.`);
  }
  return { title, sourceLang: input.sourceLang, pieces };
}
