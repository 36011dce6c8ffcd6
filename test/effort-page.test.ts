/** The effort report page: renders in the four UI languages, with the chart and the tables. */
import { describe, expect, it } from "vitest";
import { LANGUAGES } from "../src/domain/languages";
import { addArticle, addUser, call, makeTestApp, visibleText } from "./support/app";

describe("post-editing effort page", () => {
  it.each(LANGUAGES)("shows the report in %s without raw keys", async (ui) => {
    const ctx = makeTestApp();
    const { token } = await addUser(ctx.db, ["publisher"], ["hu"]);
    const article = await addArticle(ctx, token);
    const seg = article.segments[1].id;
    await call(ctx, "PUT", `/api/segments/${seg}/translations/hu`, { token, json: { text: "Gépi szöveg.", origin: "mt:deepl", status: "initial" } });
    await call(ctx, "PUT", `/api/segments/${seg}/translations/hu`, { token, json: { text: "Emberi szöveg.", version: 1, timeSpentMs: 90_000 } });
    const res = await call(ctx, "GET", `/articles/${article.id}/effort?ui=${ui}`, { token });
    expect(res.status).toBe(200);
    const text = visibleText(res.data);
    expect(text).not.toMatch(/\beffort\.\w+|\bmt\.\w+/);
    expect(res.data).toContain('class="effort-fill"');
    expect(text).toContain("deepl");
    expect(text).toMatch(/1[.,]5\s?(min|分|p)/);
  });

  it("says so when nothing was machine translated, and sends anonymous readers to sign in", async () => {
    const ctx = makeTestApp();
    const { token } = await addUser(ctx.db, ["translator"], ["hu"]);
    const publisher = (await addUser(ctx.db, ["publisher"], ["hu"])).token;
    const article = await addArticle(ctx, publisher);
    const res = await call(ctx, "GET", `/articles/${article.id}/effort?ui=en`, { token });
    expect(visibleText(res.data)).toContain("No machine-translated segment in this article yet.");
    expect((await call(ctx, "GET", `/articles/${article.id}/effort`)).status).toBe(303);
  });
});
