import { describe, expect, it } from "vitest";
import { addArticle, addUser, call, makeTestApp } from "./support/app";

describe("export of approved versions", () => {
  it("answers 409 listing unapproved segments, then exports every format once all are final", async () => {
    const ctx = makeTestApp();
    const { token } = await addUser(ctx.db, ["publisher"], ["en"]);
    const article = await addArticle(ctx, token, "Bonjour tout le monde. Au revoir.\n\nLégende courte");
    const early = await call(ctx, "GET", `/api/articles/${article.id}/export?lang=en&format=md`, { token });
    expect(early.status).toBe(409);
    expect(early.data.code).toBe("NOT_APPROVED");
    expect(early.data.unapproved).toHaveLength(article.segments.length);

    const english: Record<string, string> = { Visite: "Visit", "Bonjour tout le monde.": "Hello everyone.", "Au revoir.": "Goodbye.", "Légende courte": "Short caption" };
    for (const s of article.segments) {
      const res = await call(ctx, "PUT", `/api/segments/${s.id}/translations/en`, { token, json: { text: english[s.source] ?? `<${s.source}>`, status: "final" } });
      expect(res.status).toBe(200);
    }
    const md = await call(ctx, "GET", `/api/articles/${article.id}/export?lang=en&format=md`, { token });
    expect(md.status).toBe(200);
    expect(md.data).toBe("# Visit\n\nHello everyone. Goodbye.\n\n*Short caption*\n");
    const html = await call(ctx, "GET", `/api/articles/${article.id}/export?lang=en&format=html`, { token });
    expect(html.data).toContain("<p>Hello everyone. Goodbye.</p>");
    const xliff = await call(ctx, "GET", `/api/articles/${article.id}/export?lang=en&format=xliff`, { token });
    expect(xliff.data).toContain('trgLang="en"');
    expect(xliff.data).toContain("<target>Goodbye.</target>");
    const bad = await call(ctx, "GET", `/api/articles/${article.id}/export?lang=en&format=pdf`, { token });
    expect(bad.status).toBe(400);
  });

  it("escapes user text in HTML and XLIFF", async () => {
    const ctx = makeTestApp();
    const { token } = await addUser(ctx.db, ["publisher"], ["en"]);
    const article = await addArticle(ctx, token, "Texte.");
    for (const s of article.segments) {
      await call(ctx, "PUT", `/api/segments/${s.id}/translations/en`, { token, json: { text: `<script>alert(1)</script> & "x"`, status: "final" } });
    }
    const html = await call(ctx, "GET", `/api/articles/${article.id}/export?lang=en&format=html`, { token });
    expect(html.data).not.toContain("<script>");
    expect(html.data).toContain("&lt;script&gt;");
  });
});
