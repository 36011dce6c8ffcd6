import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ARTICLE_FORMAT_FILES, ARTICLE_FORMATS, formatOfFileName, looksLikeCaption, parseArticleText } from "./article-import";

const SAMPLE = readFileSync(join(import.meta.dirname, "../db/demo/sample-article.fr.txt"), "utf8");

describe("plain text", () => {
  it("reads the sample article into paragraphs and its three captions", () => {
    const { title, blocks } = parseArticleText(SAMPLE, "text");
    expect(title).toBeUndefined();
    expect(blocks.filter((b) => b.kind === "caption").map((b) => b.text)).toEqual([
      "Réunion en cours",
      "Photo de groupe des participants",
      "Le secrétaire général Soós expérimentant l'art numérique interactif au centre d'art numérique BOE iGallery",
    ]);
    expect(blocks.map((b) => b.kind)).toEqual(["paragraph", "caption", "paragraph", "paragraph", "caption", "paragraph", "caption"]);
    expect(blocks[5]!.text).toContain("grand magaisn Wangfujing");
  });

  it("normalises CRLF, BOM and decomposed accents", () => {
    const { blocks } = parseArticleText("\uFEFFLe cafe\u0301 est pre\u0302t.\r\nLégende\r\n", "text");
    expect(blocks).toEqual([
      { kind: "paragraph", text: "Le café est prêt." },
      { kind: "caption", text: "Légende" },
    ]);
  });

  it("takes a short first line followed by a blank line as the title", () => {
    const { title, blocks } = parseArticleText("Visite au Centre\n\nLe texte commence ici.", "text");
    expect(title).toBe("Visite au Centre");
    expect(blocks).toEqual([{ kind: "paragraph", text: "Le texte commence ici." }]);
  });

  it("tells captions from sentences", () => {
    expect(looksLikeCaption("Réunion en cours")).toBe(true);
    expect(looksLikeCaption("La réunion est en cours.")).toBe(false);
    expect(looksLikeCaption("Il a dit « oui »")).toBe(false);
    expect(looksLikeCaption("x ".repeat(40))).toBe(false);
  });
});

describe("markdown", () => {
  it("reads title, headings, paragraphs, lists and image captions, stripping inline marks", () => {
    const md = [
      "# Visite au **Centre**",
      "",
      "Le 21 octobre, une *visite* a eu lieu.",
      "Elle a duré [deux heures](http://x).",
      "",
      "## Le programme",
      "",
      "- Première `étape`",
      "- Seconde étape",
      "",
      "![Photo de groupe](photo.jpg)",
      "*Photo de groupe des participants*",
      "",
      "```",
      "code ignored",
      "```",
      "<!-- comment -->",
    ].join("\n");
    const { title, blocks } = parseArticleText(md, "markdown");
    expect(title).toBe("Visite au Centre");
    expect(blocks).toEqual([
      { kind: "paragraph", text: "Le 21 octobre, une visite a eu lieu. Elle a duré deux heures." },
      { kind: "heading", text: "Le programme" },
      { kind: "paragraph", text: "Première étape" },
      { kind: "paragraph", text: "Seconde étape" },
      { kind: "caption", text: "Photo de groupe des participants" },
    ]);
  });
});

describe("html", () => {
  it("reads h1, h2, p, li and figcaption, decoding entities and dropping scripts", () => {
    const html = `<html><head><style>p{}</style><script>alert("x")</script></head><body>
      <h1>Visite &amp; &eacute;change</h1><p>Le <b>21</b>&nbsp;octobre.</p>
      <figure><img src="a.jpg"><figcaption>R&#233;union en cours</figcaption></figure>
      <h2>Suite</h2><ul><li>Un</li><li>Deux</li></ul></body></html>`;
    const { title, blocks } = parseArticleText(html, "html");
    expect(title).toBe("Visite & échange");
    expect(blocks).toEqual([
      { kind: "paragraph", text: "Le 21\u00a0octobre." },
      { kind: "caption", text: "Réunion en cours" },
      { kind: "heading", text: "Suite" },
      { kind: "paragraph", text: "Un" },
      { kind: "paragraph", text: "Deux" },
    ]);
  });
});

describe("formats", () => {
  it("knows a format by its file name, whatever the case, and no format for other names", () => {
    expect(formatOfFileName("visite.MD")).toBe("markdown");
    expect(formatOfFileName("page.htm")).toBe("html");
    expect(formatOfFileName("notes.txt")).toBe("text");
    expect(formatOfFileName("scan.pdf")).toBeUndefined();
    expect(ARTICLE_FORMATS).toEqual(Object.keys(ARTICLE_FORMAT_FILES));
  });
});
