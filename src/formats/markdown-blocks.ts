import type { Block } from "../domain/segmentation";
import type { ParsedArticle } from "./article-import";

/** Inline Markdown to plain text: links keep their text, emphasis and code lose their marks. */
export function stripInlineMarkdown(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/`([^`]*)`/g, "$1")
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/(^|[^\p{L}\p{N}*_])([*_])(?!\s)(.+?)(?<!\s)\2(?![\p{L}\p{N}])/gu, "$1$3")
    .replace(/\s+/g, " ")
    .trim();
}

const IMAGE_ALONE = /^!\[([^\]]*)\]\([^)]*\)$/;
const ITALIC_LINE = /^([*_])(?!\s)(.+?)(?<!\s)\1$/;

/**
 * A pragmatic Markdown block reader for news copy: headings, paragraphs (consecutive lines
 * joined), list items, images and the italic line under an image as captions; code blocks,
 * HTML comments and rules are skipped.
 */
export function parseMarkdownBlocks(input: string): ParsedArticle {
  const blocks: Block[] = [];
  let title: string | undefined;
  let paragraph: string[] = [];
  let lastWasImage = false;
  const flush = () => {
    const text = stripInlineMarkdown(paragraph.join(" "));
    if (text) blocks.push({ kind: "paragraph", text });
    paragraph = [];
  };
  const source = input.replace(/<!--[\s\S]*?-->/g, "");
  let inCode = false;
  for (const raw of source.split("\n")) {
    const line = raw.trim();
    if (/^(```|~~~)/.test(line)) {
      flush();
      inCode = !inCode;
      continue;
    }
    if (inCode) continue;
    if (!line) {
      flush();
      continue;
    }
    const heading = /^(#{1,6})\s+(.*?)\s*#*$/.exec(line);
    if (heading) {
      flush();
      const text = stripInlineMarkdown(heading[2] ?? "");
      if (heading[1] === "#" && title === undefined) title = text;
      else if (text) blocks.push({ kind: "heading", text });
      lastWasImage = false;
      continue;
    }
    if (/^([-*_])(\s*\1){2,}$/.test(line)) {
      flush();
      continue;
    }
    const image = IMAGE_ALONE.exec(line);
    if (image) {
      flush();
      const alt = stripInlineMarkdown(image[1] ?? "");
      if (alt) blocks.push({ kind: "caption", text: alt });
      lastWasImage = true;
      continue;
    }
    if (lastWasImage && paragraph.length === 0 && ITALIC_LINE.test(line)) {
      // The italic line under a picture is its caption; it replaces the alt text.
      const last = blocks[blocks.length - 1];
      const text = stripInlineMarkdown(line);
      if (last?.kind === "caption") last.text = text;
      else blocks.push({ kind: "caption", text });
      lastWasImage = false;
      continue;
    }
    lastWasImage = false;
    const item = /^(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (item) {
      flush();
      paragraph.push(item[1] ?? "");
      flush();
      continue;
    }
    paragraph.push(line.replace(/^>\s?/, ""));
  }
  flush();
  return { title, blocks };
}
