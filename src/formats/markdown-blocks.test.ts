import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stripCodes } from "../domain/inline-codes";
import { paragraphTexts } from "./export-paragraphs";
import { ImportRefused } from "./import-refused";
import { parseMarkdownBlocks } from "./markdown-blocks";
import { writeMarkdown } from "./write-markdown";

const plain = (md: string) => parseMarkdownBlocks(md).blocks.map((b) => stripCodes(b.text).plain);

/** Reads Markdown and writes it back from its own structure, every paragraph "approved" as is. */
function roundTrip(md: string): string {
  const parsed = parseMarkdownBlocks(md);
  const segments = parsed.blocks.map((b, paragraph) => ({ paragraph, target: b.text, separator: "", codes: b.codes ?? [] }));
  return writeMarkdown(parsed.structure!, paragraphTexts(segments), { sameFormat: true });
}

describe("Markdown reader", () => {
  it("keeps nested list items apart (not one merged word) with their markers and start numbers", () => {
    const { blocks, structure } = parseMarkdownBlocks("- un\n  - deux\n- trois\n\n7) sept\n8) huit\n");
    expect(blocks.map((b) => b.text)).toEqual(["un", "deux", "trois", "sept", "huit"]);
    const lists = structure!.nodes.map((n) => n.path.filter((c) => c.type === "list").map((c) => (c.type === "list" ? `${c.marker}${c.start ?? ""}` : "")));
    expect(lists).toEqual([["-"], ["-", "-"], ["-"], [")7"], [")7"]]);
  });

  it("decodes entities once", () => {
    expect(plain("mot&shy;coupé &copy; 2024 &amp;shy;")).toEqual(["mot\u00adcoupé © 2024 &shy;"]);
  });

  it("refuses an HTML block holding text, keeps one without", () => {
    expect(() => parseMarkdownBlocks("# T\n\n<div>\nTexte caché\n</div>\n")).toThrow(ImportRefused);
    expect(parseMarkdownBlocks("# T\n\n<!-- note -->\n\nTexte.").structure!.nodes.map((n) => n.leaf.type)).toEqual(["text", "html", "text"]);
  });

  it("refuses quotes nested past the parser's cap rather than dropping their text", () => {
    expect(() => parseMarkdownBlocks(`# T\n\n${"> ".repeat(80)}a`)).toThrow(/deeper than 32 levels \(line 3\)/);
    expect(plain(`${"> ".repeat(10)}a`)).toEqual(["a"]);
  });
});

describe("Markdown writer", () => {
  it("writes back what it read: quotes in lists, loose lists, tables, code", () => {
    const md = "# Titre\n\n1. Un\n\n   > cité\n\n2. Deux\n\n| a | b |\n| --- | ---: |\n| c | d |\n\n~~~py\nx = 1\n~~~\n";
    expect(roundTrip(md)).toBe("# Titre\n\n1. Un\n\n   > cité\n\n2. Deux\n\n| a | b |\n| --- | ---: |\n| c | d |\n\n~~~py\nx = 1\n~~~\n");
  });

  it("escapes text so that it reads back as the same text", () => {
    const text = fc.stringMatching(/^[a-zé*_`#>+\-.!&;|\\[\]()<~0-9 ]{1,30}$/).filter((s) => s.trim() === s && s.length > 0);
    fc.assert(
      fc.property(text, (s) => {
        const segments = [{ paragraph: 0, target: s, separator: "", codes: [] }];
        const md = writeMarkdown({ format: "text", nodes: [{ path: [], leaf: { type: "text", role: "paragraph", paragraph: 0 } }] }, paragraphTexts(segments), { sameFormat: false });
        expect(plain(md)).toEqual([s]);
      }),
      { numRuns: 300 },
    );
  });
});
