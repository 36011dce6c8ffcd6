/**
 * DOCX import and export (issue #23): an article from Word keeps its headings, runs, link, list,
 * table and picture with caption through a fully approved round trip, compared on the structure
 * of word/document.xml; the raw-file import endpoint is for publishers, refuses what is not a
 * DOCX, and Chinese leaves tagged as Word expects.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { addUser, call, makeTestApp, type TestContext } from "./support/app";
import { approveAll } from "./support/approve";
import { docxLanguages, docxStructure, markdownStructure } from "./support/doc-structure";
import { makeArticleDocx } from "./support/make-docx";
import { parseDocx } from "../src/formats/docx-read";
import { stripCodes } from "../src/domain/inline-codes";

let ctx: TestContext;
let token: string;
let docx: Uint8Array;

async function importDocx(bytes: Uint8Array, query = "sourceLang=fr&format=docx", as = token) {
  return call(ctx, "POST", `/api/articles/import?${query}`, { token: as, body: bytes as Uint8Array<ArrayBuffer>, headers: { "content-type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document" } });
}

async function exportBytes(articleId: number, lang: string, format = "docx"): Promise<Uint8Array> {
  const res = await ctx.app.request(`/api/articles/${articleId}/export?lang=${lang}&format=${format}`, { headers: { authorization: `Bearer ${token}` } });
  expect(res.status).toBe(200);
  return new Uint8Array(await res.arrayBuffer());
}

beforeAll(async () => {
  ctx = makeTestApp({ maxBodyBytes: 2 * 1024 * 1024 });
  token = (await addUser(ctx.db, ["publisher"])).token;
  docx = await makeArticleDocx();
});

describe("DOCX import", () => {
  it("reads headings, runs as codes, the link, the list, the table and the caption; the headline is the title", async () => {
    const res = await importDocx(docx);
    expect(res.status).toBe(201);
    expect(res.data.title).toBe("Visite au Centre d'art numérique");
    const plain = res.data.segments.map((s: any) => [s.kind, stripCodes(s.source).plain]);
    expect(plain).toContainEqual(["heading", "Un intertitre de niveau trois"]);
    expect(plain).toContainEqual(["paragraph", "Une sous-étape imbriquée"]);
    expect(plain).toContainEqual(["paragraph", "Pékin"]);
    expect(plain).toContainEqual(["caption", "Photo de groupe des participants"]);
    const lead = res.data.segments.find((s: any) => s.source.includes("Soós"));
    // bold and italic runs, the hyperlink and the run inside it in the Hyperlink character style
    expect(lead.codes.map((c: any) => c.type)).toEqual(["bold", "link", "span", "italic"]);
    expect(lead.codes.find((c: any) => c.type === "link").attrs.href).toBe("https://www.unesco.hu/");
  });

  it("exports a fully approved article with the structure of the original document", async () => {
    const res = await importDocx(docx);
    await approveAll(ctx, token, res.data.id, "en");
    const exported = await exportBytes(res.data.id, "en");
    expect(docxStructure(exported)).toEqual(docxStructure(docx));
  });

  it("puts a translation in the same runs and tags Chinese zh-CN", async () => {
    const res = await importDocx(docx);
    await approveAll(ctx, token, res.data.id, "zh", (s) => s.toUpperCase());
    const exported = await exportBytes(res.data.id, "zh");
    expect(docxStructure(exported, () => "…")).toEqual(docxStructure(docx, () => "…"));
    expect(docxStructure(exported).join("\n")).toContain("GÁBOR SOÓS");
    expect(docxLanguages(exported, "word/styles.xml").join(" ")).toMatch(/w:val="zh-CN"/);
  });

  it("writes DOCX from a Markdown article that a reader takes back with the same paragraphs", async () => {
    const md = readFileSync(join(import.meta.dirname, "fixtures/interchange/article.md"), "utf8");
    const imported = await call(ctx, "POST", "/api/articles", { token, json: { sourceLang: "fr", text: md, format: "markdown" } });
    await approveAll(ctx, token, imported.data.id, "hu");
    const exported = await exportBytes(imported.data.id, "hu");
    const back = parseDocx(exported);
    const texts = back.blocks.map((b) => [b.kind, stripCodes(b.text).plain]);
    expect(texts[0]).toEqual(["title", "Visite au Centre d'art numérique"]);
    expect(texts).toContainEqual(["heading", "Un intertitre de niveau trois"]);
    expect(texts).toContainEqual(["paragraph", "Une sous-étape imbriquée"]);
    expect(texts).toContainEqual(["paragraph", "Budapest"]);
    expect(texts).toContainEqual(["caption", "Photo de groupe des participants"]);
    expect(back.blocks[1]!.codes!.map((c) => c.type)).toContain("link");
    expect(docxLanguages(exported, "word/styles.xml").join(" ")).toMatch(/hu-HU/);
    // and the Markdown of the same article still equals its source
    const mdOut = await call(ctx, "GET", `/api/articles/${imported.data.id}/export?lang=hu&format=md`, { token });
    expect(markdownStructure(mdOut.data)).toEqual(markdownStructure(md));
  });
});

describe("DOCX to other formats", () => {
  it("writes Markdown and HTML with the document's headings, runs, link, nested list, table and caption", async () => {
    const res = await importDocx(docx);
    await approveAll(ctx, token, res.data.id, "hu");
    const md = await call(ctx, "GET", `/api/articles/${res.data.id}/export?lang=hu&format=md`, { token });
    const types = markdownStructure(md.data).join("\n");
    expect(types).toContain("heading_open h3 ###");
    expect(types).toContain("strong_open **");
    expect(types).toContain("link_open  href=https://www.unesco.hu/");
    expect(types).toMatch(/bullet_list_open ul -\nlist_item_open li -[\s\S]*bullet_list_open ul -/);
    expect(types).toContain("th_open th");
    expect(md.data).toContain("*Photo de groupe des participants*");
    const html = await call(ctx, "GET", `/api/articles/${res.data.id}/export?lang=hu&format=html`, { token });
    expect(html.data).toContain('<html lang="hu">');
    expect(html.data).toContain("<sup>3</sup>");
    expect(html.data).toMatch(/<figure>\n<figcaption>Photo de groupe des participants<\/figcaption>\n<\/figure>/);
  });
});

describe("DOCX import errors and permissions", () => {
  it("refuses a file that is not a DOCX package, with the reason", async () => {
    const res = await importDocx(new TextEncoder().encode("not a zip"));
    expect(res.status).toBe(400);
    expect(res.data.detail).toMatch(/not a DOCX/);
  });

  it("is for publishers and admins only", async () => {
    const translator = (await addUser(ctx.db, ["translator"])).token;
    expect((await importDocx(docx, "sourceLang=fr&format=docx", translator)).status).toBe(403);
  });

  it("refuses an unknown language and an oversized body", async () => {
    expect((await importDocx(docx, "sourceLang=de&format=docx")).status).toBe(400);
    expect((await importDocx(new Uint8Array(3 * 1024 * 1024), "sourceLang=fr&format=docx")).status).toBe(413);
  });

  it("imports Markdown bytes too, guessing the format from the file name", async () => {
    const res = await call(ctx, "POST", "/api/articles/import?sourceLang=fr&filename=a.md", { token, body: new TextEncoder().encode("# Titre\n\nUn **texte**.") });
    expect(res.status).toBe(201);
    expect(res.data.title).toBe("Titre");
  });
});
