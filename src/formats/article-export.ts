/**
 * Writers for approved article versions: Markdown, HTML, DOCX, plain text, JSON and XLIFF 2.1.
 * Pure functions over a neutral shape, so a frozen publication can be rendered the same way.
 * An article leaves in the format it came in from its skeleton (HTML, DOCX) or structure
 * (Markdown) so that it equals its source in structure; other formats are written from the
 * structure and the codes' meaning.
 */
import type { Lang } from "../domain/languages";
import type { SegmentKind } from "../domain/workflow";
import type { InlineCode } from "../domain/inline-codes";
import type { DocStructure } from "./doc-structure";
import { fillDocx } from "./docx-fill";
import { writeDocx } from "./docx-write";
import { paragraphTexts, structureOf } from "./export-paragraphs";
import type { HtmlSkeleton } from "./html-blocks";
import { writeJson, writeText } from "./write-text";
import { fillHtmlSkeleton, writeHtml } from "./write-html";
import { writeMarkdown } from "./write-markdown";
import { writeXliff2 } from "./xliff/write-2";

export const EXPORT_FORMATS = ["md", "html", "txt", "json", "xliff", "docx"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** `codes` describe the inline codes whose placeholders occur in `source` and `target` (domain/inline-codes). */
export type ExportSegment = { id: number; paragraph: number; kind: SegmentKind; source: string; target: string; separator: string; codes: InlineCode[] };
/**
 * `structure` places the paragraphs (absent: one paragraph per block, from the kinds);
 * `skeleton`/`original` are the HTML and DOCX documents the article was imported from.
 */
export type ExportDoc = {
  articleId: number;
  title: string;
  sourceLang: Lang;
  targetLang: Lang;
  segments: ExportSegment[];
  structure?: DocStructure | null;
  skeleton?: HtmlSkeleton | null;
  original?: Uint8Array | null;
};

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
  const structure = structureOf(doc.structure, doc.segments);
  return writeMarkdown(structure, paragraphTexts(doc.segments), { sameFormat: structure.format === "markdown" });
}

function html(doc: ExportDoc): string {
  const paragraphs = paragraphTexts(doc.segments);
  if (doc.skeleton) return fillHtmlSkeleton(doc.skeleton, paragraphs, doc.targetLang);
  return writeHtml(structureOf(doc.structure, doc.segments), paragraphs, { lang: doc.targetLang, original: false });
}

/**
 * The DOCX export: the original package filled, or a new document written from the structure.
 *
 * @example
 * await renderDocx(doc) // { body: Uint8Array, contentType: "application/vnd…", extension: "docx" }
 */
export async function renderDocx(doc: ExportDoc): Promise<{ body: Uint8Array; contentType: string; extension: string }> {
  return { body: await docx(doc), contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extension: "docx" };
}

async function docx(doc: ExportDoc): Promise<Uint8Array> {
  const paragraphs = paragraphTexts(doc.segments);
  const structure = structureOf(doc.structure, doc.segments);
  if (doc.original) return fillDocx(doc.original, paragraphs, doc.targetLang, structure);
  return await writeDocx(structure, paragraphs, doc.targetLang);
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
export function renderExport(doc: ExportDoc, format: Exclude<ExportFormat, "docx">): { body: string; contentType: string; extension: string } {
  switch (format) {
    case "md":
      return { body: markdown(doc), contentType: "text/markdown; charset=utf-8", extension: "md" };
    case "html":
      return { body: html(doc), contentType: "text/html; charset=utf-8", extension: "html" };
    case "txt":
      return { body: writeText(structureOf(doc.structure, doc.segments), paragraphTexts(doc.segments)), contentType: "text/plain; charset=utf-8", extension: "txt" };
    case "json":
      return { body: writeJson(doc, toBlocks(doc.segments), structureOf(doc.structure, doc.segments)), contentType: "application/json; charset=utf-8", extension: "json" };

    case "xliff":
      return { body: xliff(doc), contentType: "application/xliff+xml; charset=utf-8", extension: "xlf" };
  }
}
