/**
 * From an uploaded document to what importArticle stores: the title segment's block first, then
 * the body blocks, and the structure (and skeleton) renumbered to the stored paragraphs. The
 * document's own headline is the title unless a title is given; then the headline stays in the
 * document as a level-1 heading. A document without a headline needs a title.
 */
import type { Block } from "../domain/segmentation";
import { AppError } from "../errors";
import { parseArticleText, type ArticleImportFormat, type ParsedArticle } from "../formats/article-import";
import { renumberParagraphs, structureFromKinds, type DocStructure } from "../formats/doc-structure";
import { parseDocx } from "../formats/docx-read";
import { renumberSkeleton, type HtmlSkeleton } from "../formats/html-blocks";
import { ImportRefused } from "../formats/import-refused";

export type PreparedImport = { title: string; blocks: Block[]; structure: DocStructure; skeleton: HtmlSkeleton | null; original: Uint8Array | null; format: ArticleImportFormat };

function parse(format: ArticleImportFormat, text: string | undefined, file: Uint8Array | undefined): ParsedArticle {
  try {
    if (format === "docx") {
      if (!file) throw new AppError("VALIDATION", "A DOCX article is sent as a file");
      return parseDocx(file);
    }
    if (text === undefined) throw new AppError("VALIDATION", "The article text is missing");
    return parseArticleText(text, format);
  } catch (e) {
    if (e instanceof ImportRefused) throw new AppError("VALIDATION", `The ${format === "text" ? "text" : format.toUpperCase()} file cannot be imported without losing content: ${e.message}`);
    throw e;
  }
}

/**
 * @example
 * prepareImport({ format: "markdown", text: "# Visite\n\nTexte." }).title // "Visite"
 */
export function prepareImport(input: { title?: string; format: ArticleImportFormat; text?: string; file?: Uint8Array }): PreparedImport {
  const parsed = parse(input.format, input.text, input.file);
  const given = input.title?.normalize("NFC").trim() || undefined;
  const headline = parsed.blocks.findIndex((b) => b.kind === "title");
  let titleBlock: Block;
  let title: string;
  if (given) {
    titleBlock = { kind: "title", text: given };
    title = given;
  } else if (headline >= 0) {
    titleBlock = parsed.blocks[headline]!;
    title = parsed.title ?? "";
  } else if (parsed.title) {
    titleBlock = { kind: "title", text: parsed.title };
    title = parsed.title;
  } else {
    throw new AppError("VALIDATION", "The article needs a title: give one, or start the document with a headline (a first-level heading or a short first line)", { reason: "noTitle" });
  }
  if (!title.trim()) throw new AppError("VALIDATION", "The article needs a title", { reason: "noTitle" });
  // Reader order -> stored paragraphs: the title segment is paragraph 0, the body follows in order.
  const paragraphOf = new Map<number, number>();
  const body: Block[] = [];
  parsed.blocks.forEach((block, i) => {
    if (!given && i === headline) return void paragraphOf.set(i, 0);
    paragraphOf.set(i, body.length + 1);
    body.push(block.kind === "title" ? { ...block, kind: "heading" } : block);
  });
  if (!body.some((b) => b.text.trim())) throw new AppError("VALIDATION", "The article has no text besides its title", { reason: "noBody" });
  const blocks = [titleBlock, ...body];
  const map = (p: number) => paragraphOf.get(p) ?? p;
  let structure: DocStructure;
  if (parsed.structure) {
    structure = renumberParagraphs(parsed.structure, map);
    if (given && headline >= 0) {
      structure = { ...structure, nodes: structure.nodes.map((n) => (n.leaf.type === "text" && n.leaf.role === "title" ? { ...n, leaf: { ...n.leaf, role: "heading" as const, level: 1 } } : n)) };
    }
  } else structure = structureFromKinds(blocks.map((b, paragraph) => ({ paragraph, kind: b.kind })));
  return {
    title,
    blocks,
    structure,
    skeleton: parsed.skeleton ? renumberSkeleton(parsed.skeleton, map) : null,
    original: input.format === "docx" ? (input.file ?? null) : null,
    format: input.format,
  };
}
