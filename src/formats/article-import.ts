/**
 * Reading articles from plain text, Markdown and HTML into blocks (title, headings, paragraphs,
 * captions). Segmentation into sentences happens later, per paragraph.
 */
import type { Block } from "../domain/segmentation";
import { parseHtmlBlocks } from "./html-blocks";
import { parseMarkdownBlocks } from "./markdown-blocks";

export type ParsedArticle = { title?: string; blocks: Block[] };

/**
 * The article formats we read, each with the file name endings it goes by: the API's `format`,
 * the import page's choices, the CLI's `--format` and file-name detection all come from here.
 * A new format is one line here and one branch in `parseArticleText`.
 */
export const ARTICLE_FORMAT_FILES = {
  text: [".txt", ".text"],
  markdown: [".md", ".markdown"],
  html: [".html", ".htm"],
} as const satisfies Record<string, readonly string[]>;
export type ArticleFormat = keyof typeof ARTICLE_FORMAT_FILES;
export const ARTICLE_FORMATS = Object.keys(ARTICLE_FORMAT_FILES) as [ArticleFormat, ...ArticleFormat[]];

/**
 * The format a file name says, or undefined.
 *
 * @example
 * formatOfFileName("visite.MD") // "markdown"
 */
export function formatOfFileName(name: string): ArticleFormat | undefined {
  const lower = name.toLowerCase();
  return ARTICLE_FORMATS.find((format) => ARTICLE_FORMAT_FILES[format].some((ending) => lower.endsWith(ending)));
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
export function parseArticleText(input: string, format: ArticleFormat): ParsedArticle {
  const text = normaliseInput(input);
  if (format === "markdown") return parseMarkdownBlocks(text);
  if (format === "html") return parseHtmlBlocks(text);
  return parsePlainText(text);
}
