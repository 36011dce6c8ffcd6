/** The pre-translate page: publishers and admins, the four UI languages, no key or URL of a provider in the HTML. */
import { describe, expect, it } from "vitest";
import { LANGUAGES } from "../src/domain/languages";
import { addArticle, addUser, call, makeTestApp, visibleText } from "./support/app";

const KEY = "deepl-page-secret-9876";
const URL = "http://deepl.internal.example:9999";

describe("pre-translate page", () => {
  it.each(LANGUAGES)("renders in %s with the configured provider's label only", async (ui) => {
    const ctx = makeTestApp({ mt: { timeoutMs: 1000, deepl: { key: KEY, url: URL } } });
    const { token } = await addUser(ctx.db, ["publisher"], ["hu", "en"]);
    const article = await addArticle(ctx, token);
    const res = await call(ctx, "GET", `/articles/${article.id}/pretranslate?ui=${ui}`, { token });
    expect(res.status).toBe(200);
    expect(visibleText(res.data)).not.toMatch(/\bpretranslate\.\w+/);
    expect(res.data).toContain('<option value="deepl" selected="">DeepL</option>');
    expect(res.data).not.toContain(KEY);
    expect(res.data).not.toContain("deepl.internal");
    // Languages the publisher is not assigned to are offered disabled; the source language not at all.
    expect(res.data).toMatch(/value="zh" disabled/);
    expect(res.data).not.toContain('value="fr"');
    const providers = await call(ctx, "GET", "/api/mt/providers", { token });
    expect(JSON.stringify(providers.data)).not.toContain(KEY);
  });

  it("says plainly when no provider is configured, and refuses translators", async () => {
    const ctx = makeTestApp();
    const publisher = (await addUser(ctx.db, ["publisher"], ["hu"])).token;
    const translator = (await addUser(ctx.db, ["translator"], ["hu"])).token;
    const article = await addArticle(ctx, publisher);
    const page = await call(ctx, "GET", `/articles/${article.id}/pretranslate?ui=en`, { token: publisher });
    expect(visibleText(page.data)).toContain("No machine translation provider is configured: only the translation memory will be used.");
    expect((await call(ctx, "GET", `/articles/${article.id}/pretranslate`, { token: translator })).status).toBe(403);
    expect((await call(ctx, "GET", `/articles/999999/pretranslate`, { token: publisher })).status).toBe(404);
  });
});
