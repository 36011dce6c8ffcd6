import { describe, expect, it } from "vitest";
import { prepareArticle } from "../services/article-prepare";
import { packArticle, packedView } from "./article-import-wire";

describe("the import worker's wire format", () => {
  const prepared = prepareArticle({
    title: "\uFEFFTitre 😀",
    sourceLang: "fr",
    format: "markdown",
    text: "# Titre\n\nUne phrase. Une autre\u00A0! Et 𝒳 encore.\n\n## Sous-titre\n\nDernier\u200Bparagraphe.",
  });

  it("gives back every piece, whatever the ranges asked", () => {
    const view = packedView(packArticle(prepared));
    expect(view.count).toBe(prepared.pieces.length);
    expect([view.title, view.sourceLang]).toEqual([prepared.title, prepared.sourceLang]);
    expect(view.piecesBetween(0, view.count)).toEqual(prepared.pieces);
    for (const step of [1, 2, 3]) {
      const pieces = [];
      for (let from = 0; from < view.count; from += step) pieces.push(...view.piecesBetween(from, from + step));
      expect(pieces).toEqual(prepared.pieces);
    }
    expect(view.piecesBetween(view.count, view.count + 5)).toEqual([]);
  });

  it("keeps a byte-order mark, astral characters and empty separators as they are", () => {
    const pieces = [
      { kind: "title" as const, paragraph: 0, text: "\uFEFFTitre 😀", separator: "", codes: [] },
      { kind: "paragraph" as const, paragraph: 1, text: "\uFEFF𝒳.", separator: "\u00A0", codes: [{ kind: "standalone" as const, n: 0, type: "linebreak" as const }] },
      { kind: "paragraph" as const, paragraph: 1, text: "Fin\u200B.", separator: "", codes: [] },
    ];
    const view = packedView(packArticle({ title: "T", sourceLang: "fr", format: "text", document: { structure: { format: "text", nodes: [] } as never, skeleton: null, original: null }, pieces }));
    expect(view.piecesBetween(0, 3)).toEqual(pieces);
    expect(view.piecesBetween(1, 2)).toEqual([pieces[1]]);
  });
});
