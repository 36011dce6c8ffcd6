import type { Block } from "../domain/segmentation";
import type { SegmentKind } from "../domain/workflow";
import type { ParsedArticle } from "./article-import";

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0", laquo: "«", raquo: "»", hellip: "…", ndash: "–", mdash: "—", rsquo: "’", lsquo: "‘", ldquo: "“", rdquo: "”", bdquo: "„", eacute: "é", egrave: "è", agrave: "à", ccedil: "ç", ouml: "ö", uuml: "ü", oacute: "ó", aacute: "á", iacute: "í", uacute: "ú", ecirc: "ê" };

/** Decodes character references; unknown named ones are left as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === "#") {
      const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

const KIND_OF: Record<string, SegmentKind> = { h1: "title", h2: "heading", h3: "heading", h4: "heading", h5: "heading", h6: "heading", p: "paragraph", li: "paragraph", blockquote: "paragraph", figcaption: "caption" };

/**
 * Reads the text blocks of an HTML article: h1 is the title, h2-h6 headings, p/li paragraphs,
 * figcaption captions. Scripts, styles and comments are dropped; inline tags are removed with
 * their text kept. No external resource is ever fetched.
 */
export function parseHtmlBlocks(input: string): ParsedArticle {
  const cleaned = input
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<(script|style|template|noscript)\b[\s\S]*?<\/\1\s*>/gi, "")
    .replace(/<br\s*\/?>/gi, " ");
  const blocks: Block[] = [];
  let title: string | undefined;
  const pattern = /<(h[1-6]|p|li|blockquote|figcaption)\b[^>]*>([\s\S]*?)<\/\1\s*>/gi;
  for (const match of cleaned.matchAll(pattern)) {
    const tag = (match[1] ?? "").toLowerCase();
    const text = decodeEntities((match[2] ?? "").replace(/<[^>]*>/g, "")).replace(/[ \t\n\r]+/g, " ").trim();
    if (!text) continue;
    const kind = KIND_OF[tag] ?? "paragraph";
    if (kind === "title" && title === undefined) title = text;
    else blocks.push({ kind: kind === "title" ? "heading" : kind, text });
  }
  return { title, blocks };
}
