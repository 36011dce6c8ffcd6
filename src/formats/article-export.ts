/**
 * Writers for approved article versions: Markdown, HTML, plain text, JSON and XLIFF 2.1.
 * Pure functions over a neutral shape, so a frozen publication can be rendered the same way.
 */
import type { Lang } from "../domain/languages";
import type { SegmentKind } from "../domain/workflow";
import type { InlineCode } from "../domain/inline-codes";
import { writeXliff2 } from "./xliff/write-2";

export const EXPORT_FORMATS = ["md", "html", "txt", "json", "xliff"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** `codes` describe the inline codes whose placeholders occur in `source` and `target` (domain/inline-codes). */
export type ExportSegment = { id: number; paragraph: number; kind: SegmentKind; source: string; target: string; separator: string; codes: InlineCode[] };
export type ExportDoc = { articleId: number; title: string; sourceLang: Lang; targetLang: Lang; segments: ExportSegment[] };

type Block = { kind: SegmentKind; text: string };

/** Joins the segments of each paragraph back with their separators. */
export function toBlocks(segments: ExportSegment[]): Block[] {
  const blocks: Block[] = [];
  let current: { paragraph: number; block: Block } | undefined;
  for (const s of segments) {
    if (!current || current.paragraph !== s.paragraph) {
      current = { paragraph: s.paragraph, block: { kind: s.kind, text: "" } };
      blocks.push(current.block);
    }
    current.block.text += s.target + s.separator;
  }
  return blocks.map((b) => ({ ...b, text: b.text.trimEnd() }));
}

const escapeXml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");

function markdown(doc: ExportDoc): string {
  return toBlocks(doc.segments)
    .map((b) => (b.kind === "title" ? `# ${b.text}` : b.kind === "heading" ? `## ${b.text}` : b.kind === "caption" ? `*${b.text}*` : b.text))
    .join("\n\n")
    .concat("\n");
}

function html(doc: ExportDoc): string {
  const tag: Record<SegmentKind, string> = { title: "h1", heading: "h2", paragraph: "p", caption: "figcaption" };
  const body = toBlocks(doc.segments)
    .map((b) => `  <${tag[b.kind]}>${escapeXml(b.text)}</${tag[b.kind]}>`)
    .join("\n");
  return `<!doctype html>\n<html lang="${doc.targetLang}">\n<head><meta charset="utf-8"><title>${escapeXml(
    toBlocks(doc.segments).find((b) => b.kind === "title")?.text ?? doc.title,
  )}</title></head>\n<body>\n<article>\n${body}\n</article>\n</body>\n</html>\n`;
}

/** The approved version as XLIFF 2.1 (formats/xliff): every segment final, for publication. */
function xliff(doc: ExportDoc): string {
  return writeXliff2({
    articleId: doc.articleId,
    title: doc.title,
    sourceLang: doc.sourceLang,
    targetLang: doc.targetLang,
    purpose: "publication",
    segments: doc.segments.map((s) => ({ ...s, target: { text: s.target, status: "final", needsReview: false, version: undefined, origin: "human", updatedAt: "", updatedBy: null }, flags: [] })),
  });
}

/**
 * Renders an approved version.
 *
 * @example
 * renderExport(doc, "md") // "# Title\n\nFirst paragraph…\n"
 */
export function renderExport(doc: ExportDoc, format: ExportFormat): { body: string; contentType: string; extension: string } {
  switch (format) {
    case "md":
      return { body: markdown(doc), contentType: "text/markdown; charset=utf-8", extension: "md" };
    case "html":
      return { body: html(doc), contentType: "text/html; charset=utf-8", extension: "html" };
    case "txt":
      return { body: toBlocks(doc.segments).map((b) => b.text).join("\n\n") + "\n", contentType: "text/plain; charset=utf-8", extension: "txt" };
    case "json":
      return { body: JSON.stringify({ ...doc, blocks: toBlocks(doc.segments) }, null, 2), contentType: "application/json; charset=utf-8", extension: "json" };
    case "xliff":
      return { body: xliff(doc), contentType: "application/xliff+xml; charset=utf-8", extension: "xlf" };
  }
}
