import { beforeAll, describe, expect, it } from "vitest";
import { articles } from "../src/db/schema";
import { addUser, call, makeTestApp, SAMPLE_FR, type TestContext } from "./support/app";

let ctx: TestContext;
const tokens: Record<string, string> = {};
const MARKDOWN = "# Visite au Centre\n\nLe 21 octobre, M. Dupont est venu. Il est reparti.\n\n## Réunion\n\nLes deux parties ont engagé des échanges.";

beforeAll(async () => {
  ctx = makeTestApp();
  for (const role of ["publisher", "admin", "translator", "reviewer", "terminologist"] as const) tokens[role] = (await addUser(ctx.db, [role])).token;
});

const articleCount = () => ctx.db.select().from(articles).all().length;

describe("POST /api/articles/preview", () => {
  it("returns the segments POST /api/articles creates from the same body, and stores nothing", async () => {
    const body = { title: "Visite", sourceLang: "fr-FR", text: SAMPLE_FR };
    const before = articleCount();
    const preview = await call(ctx, "POST", "/api/articles/preview", { token: tokens.publisher, json: body });
    expect(preview.status).toBe(200);
    expect(articleCount()).toBe(before);
    const created = await call(ctx, "POST", "/api/articles", { token: tokens.publisher, json: body });
    expect(preview.data).toMatchObject({ title: "Visite", sourceLang: "fr", format: "text" });
    expect(preview.data.segments.map((s: any) => [s.position, s.paragraph, s.kind, s.source])).toEqual(created.data.segments.map((s: any) => [s.position, s.paragraph, s.kind, s.source]));
    expect(preview.data.segments.some((s: any) => s.kind === "caption" && s.source === "Réunion en cours")).toBe(true);
  });

  it("takes the document's own headline as the title when none is given", async () => {
    const preview = await call(ctx, "POST", "/api/articles/preview", { token: tokens.admin, json: { sourceLang: "fr", text: MARKDOWN, format: "markdown" } });
    expect(preview.status).toBe(200);
    expect(preview.data.title).toBe("Visite au Centre");
    expect(preview.data.segments.map((s: any) => s.kind)).toEqual(["title", "paragraph", "paragraph", "heading", "paragraph"]);
    const created = await call(ctx, "POST", "/api/articles", { token: tokens.publisher, json: { sourceLang: "fr", text: MARKDOWN, format: "markdown", title: "  " } });
    expect(created.status).toBe(201);
    expect(created.data.title).toBe("Visite au Centre");
  });

  it("refuses bad input with a reason: no title anywhere, empty text, unknown format or language", async () => {
    const post = (json: unknown) => call(ctx, "POST", "/api/articles/preview", { token: tokens.publisher, json });
    const noTitle = await post({ sourceLang: "fr", text: "Une phrase. Une autre phrase." });
    expect(noTitle.status).toBe(400);
    expect(noTitle.data.detail).toMatch(/needs a title/);
    expect((await post({ sourceLang: "fr", text: "   " })).status).toBe(400);
    expect((await post({ sourceLang: "fr", text: "x", format: "docx" })).status).toBe(400);
    expect((await post({ sourceLang: "de", text: "x" })).data.code).toBe("UNKNOWN_LANGUAGE");
  });

  it("is for publishers and admins only", async () => {
    const json = { title: "T", sourceLang: "fr", text: "Une phrase." };
    for (const role of ["translator", "reviewer", "terminologist"]) {
      expect((await call(ctx, "POST", "/api/articles/preview", { token: tokens[role], json })).status, role).toBe(403);
    }
    expect((await call(ctx, "POST", "/api/articles/preview", { json })).status).toBe(401);
  });
});
