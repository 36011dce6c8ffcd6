/**
 * Issue #23: what a publisher exports is what was imported and approved. Markdown and HTML
 * articles holding every construct are imported, approved in full, exported, and compared with
 * their source structurally (Markdown through the parser's tokens, HTML through a DOM).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { addUser, call, makeTestApp, type TestContext } from "./support/app";
import { approveAll, exportOf } from "./support/approve";
import { htmlLang, htmlStructure, markdownStructure } from "./support/doc-structure";

const fixture = (name: string) => readFileSync(join(import.meta.dirname, "fixtures/interchange", name), "utf8");
const MD = fixture("article.md");
const HTML = fixture("article.html");
const noText = () => "…";

let ctx: TestContext;
let token: string;

async function importText(text: string, format: string, extra: Record<string, unknown> = {}) {
  const res = await call(ctx, "POST", "/api/articles", { token, json: { sourceLang: "fr", text, format, ...extra } });
  if (res.status !== 201) throw new Error(`import: ${res.status} ${JSON.stringify(res.data)}`);
  return res.data;
}

beforeAll(async () => {
  ctx = makeTestApp();
  token = (await addUser(ctx.db, ["publisher"])).token;
});

describe("Markdown round trip", () => {
  it("exports a fully approved article equal to its source: links, emphasis, list markers, nested lists, quotes, images, h3, table, code", async () => {
    const article = await importText(MD, "markdown");
    await approveAll(ctx, token, article.id, "en");
    const exported = await exportOf(ctx, token, article.id, "en", "md");
    expect(markdownStructure(exported)).toEqual(markdownStructure(MD));
  });

  it("puts the translation in the same structure", async () => {
    const article = await importText(MD, "markdown");
    await approveAll(ctx, token, article.id, "hu", (s) => s.toUpperCase());
    const exported = await exportOf(ctx, token, article.id, "hu", "md");
    expect(markdownStructure(exported, noText)).toEqual(markdownStructure(MD, noText));
    expect(exported).toContain("LE 21 OCTOBRE");
    expect(exported).toContain("UNE SOUS-ÉTAPE IMBRIQUÉE");
  });

  it("decodes entities once: a soft hyphen and © stay characters, never &amp;shy;", async () => {
    const article = await importText(MD, "markdown");
    await approveAll(ctx, token, article.id, "en");
    const md = await exportOf(ctx, token, article.id, "en", "md");
    const html = await exportOf(ctx, token, article.id, "en", "html");
    for (const out of [md, html]) {
      expect(out).not.toContain("&amp;shy;");
      expect(out).not.toContain("&amp;copy;");
      expect(out).toMatch(/équipe(\u00ad|&shy;):/);
      expect(out).toMatch(/(©|&copy;) UNESCO/);
    }
  });
});

describe("HTML round trip", () => {
  it("exports a fully approved article equal to its source as a DOM", async () => {
    const article = await importText(HTML, "html");
    await approveAll(ctx, token, article.id, "en");
    const exported = await exportOf(ctx, token, article.id, "en", "html");
    expect(htmlStructure(exported)).toEqual(htmlStructure(HTML));
    expect(htmlLang(exported)).toBe("en");
  });

  it("keeps the text of tables and divs", async () => {
    const article = await importText(HTML, "html");
    const sources = article.segments.map((s: any) => s.source.replace(/[\uE000-\uF8FF]/g, ""));
    expect(sources).toContain("Pékin");
    expect(sources).toContain("Hongrie");
    expect(sources).toContain("Un texte dans une div, sans paragraphe.");
    expect(sources).not.toContain('var a = "<p>pas du texte</p>";');
  });

  it("tags Chinese zh-Hans and puts the figcaption inside its figure, also from Markdown", async () => {
    for (const [text, format] of [[HTML, "html"], [MD, "markdown"]] as const) {
      const article = await importText(text, format);
      await approveAll(ctx, token, article.id, "zh");
      const html = await exportOf(ctx, token, article.id, "zh", "html");
      expect(htmlLang(html)).toBe("zh-Hans");
      expect(html).toMatch(/<figure>\s*<img[^>]*>\s*<figcaption>Photo de groupe des participants<\/figcaption>\s*<\/figure>/);
    }
  });
});

describe("the document's headline", () => {
  it("is the title when no title is given", async () => {
    const article = await importText(MD, "markdown");
    expect(article.title).toBe("Visite au Centre d'art numérique");
    expect(article.segments[0].kind).toBe("title");
  });

  it("stays in the document when another title is given", async () => {
    const article = await importText(MD, "markdown", { title: "Titre donné" });
    expect(article.title).toBe("Titre donné");
    const plain = article.segments.map((s: any) => s.source.replace(/[\uE000-\uF8FF]/g, ""));
    expect(plain).toContain("Visite au Centre d'art numérique");
    await approveAll(ctx, token, article.id, "en");
    const md = await exportOf(ctx, token, article.id, "en", "md");
    expect(markdownStructure(md)).toEqual(markdownStructure(MD));
  });

  it("is required from a document without one when no title is given", async () => {
    const res = await call(ctx, "POST", "/api/articles", { token, json: { sourceLang: "fr", text: "Un paragraphe sans titre.", format: "markdown" } });
    expect(res.status).toBe(400);
    expect(res.data.detail).toMatch(/headline|title/i);
  });
});

describe("other formats and bad input", () => {
  it("writes an HTML article as Markdown with the same structure (h3, nested lists, quotes, figure, table)", async () => {
    const article = await importText(HTML, "html");
    await approveAll(ctx, token, article.id, "en");
    const md = await exportOf(ctx, token, article.id, "en", "md");
    const types = markdownStructure(md).join("\n");
    expect(types).toContain("heading_open h3 ###");
    expect(types).toMatch(/bullet_list_open ul -\nlist_item_open li -[\s\S]*bullet_list_open ul -/);
    expect(types).toContain("ordered_list_open ol . start=3");
    expect(types).toMatch(/blockquote_open blockquote >\nparagraph_open p\n[^\n]*\nparagraph_close p\nblockquote_open blockquote >/);
    expect(types).toContain("link_open  href=https://www.unesco.hu/ title=CNH");
    expect(types).toContain("td_open td");
    expect(md).toContain("*Photo de groupe des participants*");
    const txt = await exportOf(ctx, token, article.id, "en", "txt");
    expect(txt).toContain("- Seconde étape\n\n  - Une sous-étape imbriquée");
    expect(txt).toContain("Pékin\tChine");
    const json = (await exportOf(ctx, token, article.id, "en", "json")) as unknown as { structure: { format: string }; skeleton?: unknown };
    expect(json.structure.format).toBe("html");
    expect(json.skeleton).toBeUndefined();
  });

  it("escapes a translation's own markup characters in the HTML skeleton and in Markdown", async () => {
    const article = await importText(HTML, "html");
    await approveAll(ctx, token, article.id, "en", (s) => (s.startsWith("Dernier") ? `<script>x</script> & *pas* [lien](x)` : s));
    const html = await exportOf(ctx, token, article.id, "en", "html");
    expect(html).toContain("<p>&lt;script&gt;x&lt;/script&gt; &amp; *pas* [lien](x)</p>");
    const md = await exportOf(ctx, token, article.id, "en", "md");
    expect(md).toContain("\\<script\\>x\\</script\\> & \\*pas\\* \\[lien\\](x)");
  });

  it("refuses, with the reason, HTML holding content it cannot keep and Markdown hiding text in HTML blocks", async () => {
    const iframe = await call(ctx, "POST", "/api/articles", { token, json: { sourceLang: "fr", format: "html", text: "<h1>T</h1><p>a</p><iframe src=x></iframe>" } });
    expect(iframe.status).toBe(400);
    expect(iframe.data.detail).toMatch(/cannot be imported without losing content: the HTML holds <iframe>/);
    const block = await call(ctx, "POST", "/api/articles", { token, json: { sourceLang: "fr", format: "markdown", text: "# T\n\n<div>\nTexte\n</div>\n" } });
    expect(block.status).toBe(400);
    expect(block.data.detail).toMatch(/HTML block at line 3 holds text/);
  });
});
