/**
 * Reading articles from plain text, Markdown, HTML and DOCX into blocks (title, headings,
 * paragraphs, captions) with their inline codes, and the document structure export needs.
 * Segmentation into sentences happens later, per paragraph.
 */
import type { Block } from "../domain/segmentation";
import type { DocStructure } from "./doc-structure";
import { parseHtmlBlocks, type HtmlSkeleton } from "./html-blocks";
import { parseMarkdownBlocks } from "./markdown-blocks";

/**
 * A parsed document. A block of kind "title" is the document's own headline; `title` is its
 * plain text. The structure's paragraph numbers are indices into `blocks`.
 */
export type ParsedArticle = { title?: string; blocks: Block[]; structure?: DocStructure; skeleton?: HtmlSkeleton };

/**
 * The formats an article can be imported from, for clients and the import page: `id` is the
 * API's `format`, `extensions` the file names it is guessed from, `binary` whether the file is
 * sent as raw bytes (POST /api/articles/import) rather than as JSON text.
 */
export const ARTICLE_IMPORT_FORMATS = [
  { id: "text", extensions: [".txt", ".text"], mediaType: "text/plain", binary: false },
  { id: "markdown", extensions: [".md", ".markdown"], mediaType: "text/markdown", binary: false },
  { id: "html", extensions: [".html", ".htm"], mediaType: "text/html", binary: false },
  { id: "docx", extensions: [".docx"], mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", binary: true },
] as const;
export type ArticleImportFormat = (typeof ARTICLE_IMPORT_FORMATS)[number]["id"];
export type TextImportFormat = Exclude<ArticleImportFormat, "docx">;

/** The import format a file name suggests, if any. */
export function importFormatOfFile(name: string): ArticleImportFormat | undefined {
  const lower = name.toLowerCase();
  return ARTICLE_IMPORT_FORMATS.find((f) => f.extensions.some((e) => lower.endsWith(e)))?.id;
}

/**
 * The text formats (sent as JSON text; DOCX comes as raw bytes) with their file name endings:
 * the API's `format`, the import page's choices, the CLI's `--format` and file-name detection
 * all come from `ARTICLE_IMPORT_FORMATS` above.
 */
export type ArticleFormat = TextImportFormat;
export const ARTICLE_FORMAT_FILES = Object.fromEntries(
  ARTICLE_IMPORT_FORMATS.filter((f) => !f.binary).map((f) => [f.id, f.extensions]),
) as unknown as { [F in ArticleFormat]: readonly string[] };
export const ARTICLE_FORMATS = ARTICLE_IMPORT_FORMATS.filter((f) => !f.binary).map((f) => f.id as ArticleFormat) as [ArticleFormat, ...ArticleFormat[]];

/**
 * The text format a file name says, or undefined (DOCX included: it is no text format).
 *
 * @example
 * formatOfFileName("visite.MD") // "markdown"
 */
export function formatOfFileName(name: string): ArticleFormat | undefined {
  const format = importFormatOfFile(name);
  return format === "docx" ? undefined : format;
}

const FINAL_PUNCTUATION = /[.!?…:;。！？：；»”"')\]）」』]$/u;
const CAPTION_MAX_CHARS = 160;
const CAPTION_MAX_WORDS = 25;

/**
 * A caption is a short line without final punctuation standing between paragraphs or at the
 * end of the text, as photo captions are pasted from a news site ("Réunion en cours"). A line
 * with a sentence boundary inside it is a paragraph, whatever its length.
 */
export function looksLikeCaption(line: string): boolean {
  const text = line.trim();
  if (!text || FINAL_PUNCTUATION.test(text)) return false;
  if (/[.!?。！？]\s+\p{Lu}/u.test(text)) return false;
  return text.length <= CAPTION_MAX_CHARS && text.split(/\s+/).length <= CAPTION_MAX_WORDS;
}

/** Input as we store it: NFC, LF line ends, no BOM. */
export function normaliseInput(input: string): string {
  return input.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").normalize("NFC");
}

function parsePlainText(input: string): ParsedArticle {
  const lines = input.split("\n").map((l) => l.trim());
  const blocks: Block[] = [];
  let title: string | undefined;
  lines.forEach((line, i) => {
    if (!line) return;
    // A short unpunctuated first line followed by a blank line is the headline.
    if (blocks.length === 0 && title === undefined && looksLikeCaption(line) && lines[i + 1] === "" && lines.slice(i + 1).some(Boolean)) {
      title = line;
      return;
    }
    blocks.push({ kind: looksLikeCaption(line) && blocks.length > 0 ? "caption" : "paragraph", text: line.replace(/[ \t]+/g, " ") });
  });
  return { title, blocks };
}

/**
 * Parses an article. Every non-empty line of plain text is a block; Markdown and HTML follow
 * their structure (`#`/`<h1>` is the title, lower levels headings, figure captions captions).
 *
 * @example
 * parseArticleText("Un paragraphe. Deux phrases.\nRéunion en cours\nSuite.", "text").blocks.map((b) => b.kind)
 * // ["paragraph", "caption", "paragraph"]
 */
export function parseArticleText(input: string, format: TextImportFormat): ParsedArticle {
  const text = normaliseInput(input);
  if (format === "markdown") return parseMarkdownBlocks(text);
  if (format === "html") return parseHtmlBlocks(text);
  return parsePlainText(text);
}
