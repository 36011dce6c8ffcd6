import { describe, expect, it } from "vitest";
import { stripCodes } from "../domain/inline-codes";
import { parseHtmlBlocks } from "./html-blocks";
import { ImportRefused } from "./import-refused";

const plain = (html: string) => parseHtmlBlocks(html).blocks.map((b) => stripCodes(b.text).plain.trim());

describe("HTML reader", () => {
  it("keeps text directly inside divs, table cells, list items and quotes, and around nested blocks", () => {
    expect(plain("<h1>T</h1><div>Avant <p>dedans</p> après</div><table><tr><td>a</td><td><b>b</b></td></tr></table><blockquote>cité</blockquote><ul><li>un<ul><li>deux</li></ul></li></ul>")).toEqual([
      "T", "Avant", "dedans", "après", "a", "b", "cité", "un", "deux",
    ]);
  });

  it("decodes every HTML5 entity once (&shy; &copy; &hellip;), keeping no-break spaces", () => {
    expect(plain("<p>mot&shy;coupé &copy; 2024&hellip; 5&nbsp;€ &amp;shy;</p>")).toEqual(["mot\u00adcoupé © 2024… 5\u00a0€ &shy;"]);
  });

  it("keeps inline markup as codes with its attributes", () => {
    const [block] = parseHtmlBlocks('<p>Le <a href="https://x.org/?a=1&amp;b=2" class="ext">lien</a>, <b>gras</b><br>H<sub>2</sub>O <img src="i.png" alt="logo"></p>').blocks;
    expect(block!.codes!.map((c) => [c.kind, c.type])).toEqual([["pair", "link"], ["pair", "bold"], ["standalone", "linebreak"], ["pair", "subscript"], ["standalone", "image"]]);
    expect(block!.codes![0]).toMatchObject({ open: '<a href="https://x.org/?a=1&amp;b=2" class="ext">', close: "</a>", attrs: { href: "https://x.org/?a=1&b=2" } });
  });

  it("marks the ranges of translatable runs in the skeleton, implicit closes included", () => {
    const source = "<ul><li>un<li>deux</ul><p>trois<div>quatre</div>";
    const { skeleton } = parseHtmlBlocks(source);
    const ranges = skeleton.slots.filter((s) => "paragraph" in s).map((s) => source.slice(s.start, s.end));
    expect(ranges).toEqual(["un", "deux", "trois", "quatre"]);
  });

  it("keeps <head>, scripts, styles and comments out of the text", () => {
    expect(plain('<html><head><title>Titre</title><script>var p = "<p>x</p>"</script></head><body><!-- <p>non</p> --><p>oui</p><style>p{}</style></body></html>')).toEqual(["Titre", "oui"]);
  });
});

describe("the headline of an HTML document", () => {
  it("is its first <h1>, else its <title>", () => {
    expect(parseHtmlBlocks("<title>Titre de page</title><h1>Titre</h1><p>a</p>").title).toBe("Titre");
    const noH1 = parseHtmlBlocks("<html><head><title>Titre de page</title></head><body><p>a</p></body></html>");
    expect(noH1.title).toBe("Titre de page");
    expect(noH1.blocks.map((b) => b.kind)).toEqual(["title", "paragraph"]);
  });
});

describe("HTML reader refuses what it cannot keep", () => {
  for (const tag of ["iframe", "object", "embed", "form", "video", "svg"]) {
    it(`<${tag}>, with the reason`, () => {
      expect(() => parseHtmlBlocks(`<p>a</p>\n<${tag}>texte</${tag}>`)).toThrow(ImportRefused);
      expect(() => parseHtmlBlocks(`<p>a</p>\n<${tag}>texte</${tag}>`)).toThrow(new RegExp(`<${tag}> \\(line 2\\)`));
    });
  }

  it("nesting deeper than the cap", () => {
    expect(() => parseHtmlBlocks("<div>".repeat(300))).toThrow(/deeper than 256/);
  });
});
