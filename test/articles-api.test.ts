import { beforeEach, describe, expect, it } from "vitest";
import { addArticle, addUser, call, makeTestApp, type TestContext } from "./support/app";

let ctx: TestContext;
let publisher: string;
let translator: string;
let terminologist: string;

beforeEach(async () => {
  ctx = makeTestApp();
  publisher = (await addUser(ctx.db, ["publisher"])).token;
  translator = (await addUser(ctx.db, ["translator"], ["hu"])).token;
  terminologist = (await addUser(ctx.db, ["terminologist"])).token;
});

describe("articles: happy paths", () => {
  it("answers health without auth", async () => {
    const res = await call(ctx, "GET", "/api/health");
    expect(res.status).toBe(200);
    expect(res.data).toEqual({ status: "ok" });
  });

  it("imports plain text into title, paragraphs and captions, segmented into sentences", async () => {
    const article = await addArticle(ctx, publisher);
    expect(article.sourceLang).toBe("fr");
    const kinds = article.segments.map((s: any) => s.kind);
    expect(kinds[0]).toBe("title");
    expect(kinds).toContain("caption");
    const caption = article.segments.find((s: any) => s.kind === "caption");
    expect(caption.source).toBe("Réunion en cours");
    const sources = article.segments.map((s: any) => s.source);
    expect(sources).toContain("Les deux parties ont engagé des échanges.");
    expect(article.segments.every((s: any, i: number) => s.position === i)).toBe(true);
  });

  it("maps language variants such as fr-FR", async () => {
    const res = await call(ctx, "POST", "/api/articles", { token: publisher, json: { title: "T", sourceLang: "fr-FR", text: "Bonjour. Au revoir." } });
    expect(res.status).toBe(201);
    expect(res.data.sourceLang).toBe("fr");
  });

  it("lists articles with per-language progress counts", async () => {
    const article = await addArticle(ctx, publisher);
    const seg = article.segments[1];
    await call(ctx, "PUT", `/api/segments/${seg.id}/translations/hu`, { token: translator, json: { text: "Október 21-én." } });
    const res = await call(ctx, "GET", "/api/articles", { token: translator });
    expect(res.status).toBe(200);
    const summary = res.data.articles.find((a: any) => a.id === article.id);
    expect(summary.progress.hu.translated).toBe(1);
    expect(summary.progress.hu.total).toBe(article.segments.length);
    expect(summary.progress.fr).toBeUndefined();
  });

  it("normalises input to NFC", async () => {
    const res = await call(ctx, "POST", "/api/articles", { token: publisher, json: { title: "Cafe\u0301", sourceLang: "fr", text: "Le cafe\u0301 est servi." } });
    expect(res.data.title).toBe("Café");
    expect(res.data.segments[1].source).toBe("Le café est servi.");
  });
});

describe("articles: errors", () => {
  it("refuses malformed JSON, unknown languages, empty text", async () => {
    const bad = await call(ctx, "POST", "/api/articles", { token: publisher, body: "{not json", headers: { "content-type": "application/json" } });
    expect(bad.status).toBe(400);
    expect(bad.type).toContain("application/problem+json");
    expect(bad.data.code).toBe("BAD_REQUEST");
    const lang = await call(ctx, "POST", "/api/articles", { token: publisher, json: { title: "T", sourceLang: "de", text: "Hallo." } });
    expect(lang.status).toBe(400);
    expect(lang.data.code).toBe("UNKNOWN_LANGUAGE");
    const empty = await call(ctx, "POST", "/api/articles", { token: publisher, json: { title: "T", sourceLang: "fr", text: "   " } });
    expect(empty.status).toBe(400);
    expect(empty.data.code).toBe("VALIDATION");
    const list = await call(ctx, "GET", "/api/articles", { token: publisher });
    expect(list.data.articles).toHaveLength(0);
  });

  it("answers 404 problem+json for unknown ids and routes", async () => {
    expect((await call(ctx, "GET", "/api/articles/999", { token: publisher })).status).toBe(404);
    expect((await call(ctx, "GET", "/api/articles/abc", { token: publisher })).status).toBe(404);
    const route = await call(ctx, "GET", "/api/nothing-here", { token: publisher });
    expect(route.status).toBe(404);
    expect(route.data.code).toBe("NOT_FOUND");
  });

  it("refuses invalid UTF-8 bodies", async () => {
    const bytes = new Uint8Array([0x7b, 0x22, 0x74, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]);
    const res = await call(ctx, "POST", "/api/articles", { token: publisher, body: bytes, headers: { "content-type": "application/json" } });
    expect(res.status).toBe(400);
    expect(res.data.code).toBe("INVALID_ENCODING");
  });

  it("refuses a wrong content type", async () => {
    const res = await call(ctx, "POST", "/api/articles", { token: publisher, body: "title=x", headers: { "content-type": "text/plain" } });
    expect(res.status).toBe(415);
  });
});

describe("articles: security", () => {
  it("answers 401 without credentials and with a wrong token", async () => {
    expect((await call(ctx, "GET", "/api/articles")).status).toBe(401);
    const wrong = await call(ctx, "GET", "/api/articles", { token: "nope" });
    expect(wrong.status).toBe(401);
    expect(wrong.data.code).toBe("UNAUTHORIZED");
  });

  it("answers 403 to a role that may not import", async () => {
    const res = await call(ctx, "POST", "/api/articles", { token: terminologist, json: { title: "T", sourceLang: "fr", text: "Bonjour." } });
    expect(res.status).toBe(403);
    expect(res.data.code).toBe("FORBIDDEN");
  });

  it("refuses a 50 MB body with 413 and stores nothing", async () => {
    const big = "a".repeat(50 * 1024 * 1024);
    const res = await call(ctx, "POST", "/api/articles", { token: publisher, json: { title: "Big", sourceLang: "fr", text: big } });
    expect(res.status).toBe(413);
    expect(res.data.code).toBe("PAYLOAD_TOO_LARGE");
    expect((await call(ctx, "GET", "/api/articles", { token: publisher })).data.articles).toHaveLength(0);
  });

  it("renders user text as data, never as markup, in JSON", async () => {
    const res = await call(ctx, "POST", "/api/articles", { token: publisher, json: { title: "<script>x</script>", sourceLang: "fr", text: "Texte <b>gras</b>." } });
    expect(res.data.title).toBe("<script>x</script>");
  });
});
