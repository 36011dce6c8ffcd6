/**
 * What the review workspace relies on from the server: every open flag of a language on its
 * page, flags settled in the same transaction as the edit that applies their suggestion, source
 * corrections for reviewers only, and status changes in the history.
 */
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { flags, translations } from "../src/db/schema";
import { addArticle, addUser, call, loginCookie, makeTestApp, type TestContext } from "./support/app";

let ctx: TestContext;
let tokens: Record<"translator" | "reviewer" | "publisher", string>;
let article: any;
let segmentId: number;
const HU = "Október 21-én Soós Gábor látogatást tett.";

beforeEach(async () => {
  ctx = makeTestApp();
  tokens = {
    translator: (await addUser(ctx.db, ["translator"], ["fr", "hu"], "tr")).token,
    reviewer: (await addUser(ctx.db, ["reviewer"], ["fr", "hu"], "rev")).token,
    publisher: (await addUser(ctx.db, ["publisher"], ["fr", "hu"], "pub")).token,
  };
  article = await addArticle(ctx, tokens.publisher);
  segmentId = article.segments[1].id;
  await call(ctx, "PUT", `/api/segments/${segmentId}/translations/hu`, { token: tokens.translator, json: { text: HU } });
});

/** A flag as a QA run stores it (the automatic checks are not what is tested here). */
function storeFlag(values: Partial<typeof flags.$inferInsert> & { lang: string; side: string; text: string; start: number }) {
  return ctx.db
    .insert(flags)
    .values({ segmentId, end: values.start + values.text.length, contextText: "", category: "terminology", severity: "minor", check: "terminology", message: "m", suggestions: ["x"], ...values })
    .returning()
    .get();
}
const statusOf = (id: number) => ctx.db.select().from(flags).where(eq(flags.id, id)).get()?.status;

describe("the review page shows every open flag of its language", () => {
  it("lists a termbase term missing from the translation (stored with the target language, on the source side)", async () => {
    const source = article.segments[1].source as string;
    const missingTerm = storeFlag({ lang: "hu", side: "source", text: "Commission nationale hongroise", start: source.indexOf("Commission nationale hongroise") });
    const otherLanguage = storeFlag({ lang: "en", side: "source", text: "Commission nationale hongroise", start: source.indexOf("Commission nationale hongroise") });
    const sourceTypo = storeFlag({ lang: "fr", side: "source", text: "secrétaire", start: source.indexOf("secrétaire"), check: "spelling", category: "linguistic/spelling" });
    const { cookie } = await loginCookie(ctx, "rev");
    const html = await (await ctx.app.request(`/articles/${article.id}/hu`, { headers: { cookie } })).text();
    const listed = [...html.matchAll(/class="flag-item[^"]*"[^>]*data-flag="(\d+)"/g)].map((m) => Number(m[1]));
    expect(listed.sort()).toEqual([missingTerm.id, sourceTypo.id].sort());
    expect(listed).not.toContain(otherLanguage.id);
    expect(html).toMatch(new RegExp(`id="open-flag-count"[^>]*data-count="2"`));
    expect(html).toMatch(new RegExp(`data-flags="[^"]*\\b${missingTerm.id}\\b`));
  });
});

describe("a save that applies a suggestion", () => {
  it("resolves the suggestion's flag in the same transaction, and skips one a re-check already replaced", async () => {
    const typo = storeFlag({ lang: "hu", side: "target", text: "Soós", start: HU.indexOf("Soós"), check: "spelling" });
    const other = storeFlag({ lang: "hu", side: "target", text: "Gábor", start: HU.indexOf("Gábor"), check: "spelling" });
    const version = ctx.db.select().from(translations).where(eq(translations.segmentId, segmentId)).get()!.version;
    const res = await call(ctx, "PUT", `/api/segments/${segmentId}/translations/hu`, { token: tokens.translator, json: { text: HU.replace("Soós", "Sós"), version, resolveFlags: [typo.id, 999_999] } });
    expect(res.status).toBe(200);
    expect(res.data.resolvedFlags).toEqual([typo.id]);
    expect(statusOf(typo.id)).toBe("resolved");
    expect(statusOf(other.id)).toBe("open");
    const resolved = ctx.db.select().from(flags).where(eq(flags.id, typo.id)).get()!;
    expect(resolved.resolution).toBe("suggestion applied");
  });

  it("touches no flag of another language or segment, and resolves nothing when the save fails", async () => {
    const french = storeFlag({ lang: "fr", side: "source", text: "Le", start: 0 });
    const typo = storeFlag({ lang: "hu", side: "target", text: "Soós", start: HU.indexOf("Soós"), check: "spelling" });
    const ok = await call(ctx, "PUT", `/api/segments/${segmentId}/translations/hu`, { token: tokens.translator, json: { text: HU, resolveFlags: [french.id] } });
    expect(ok.data.resolvedFlags).toEqual([]);
    expect(statusOf(french.id)).toBe("open");
    const stale = await call(ctx, "PUT", `/api/segments/${segmentId}/translations/hu`, { token: tokens.translator, json: { text: "Más.", version: 1, resolveFlags: [typo.id] } });
    expect(stale.status).toBe(409);
    expect(statusOf(typo.id)).toBe("open");
    const bad = await call(ctx, "PUT", `/api/segments/${segmentId}/translations/hu`, { token: tokens.translator, json: { text: HU, resolveFlags: ["x"] } });
    expect(bad.status).toBe(400);
  });
});

describe("source corrections", () => {
  it("are for reviewers: a translator (even of the source language) and a publisher get 403", async () => {
    const text = `${article.segments[1].source} `.trim().replace("a effectué", "avait effectué");
    for (const role of ["translator", "publisher"] as const) {
      expect((await call(ctx, "PATCH", `/api/segments/${segmentId}/source`, { token: tokens[role], json: { text } })).status, role).toBe(403);
    }
    const typo = storeFlag({ lang: "fr", side: "source", text: "a effectué", start: article.segments[1].source.indexOf("a effectué"), check: "manual" });
    const res = await call(ctx, "PATCH", `/api/segments/${segmentId}/source`, { token: tokens.reviewer, json: { text, version: 1, resolveFlags: [typo.id] } });
    expect(res.status).toBe(200);
    expect(res.data).toMatchObject({ sourceVersion: 2, affectedTranslations: 1, resolvedFlags: [typo.id] });
    expect(statusOf(typo.id)).toBe("resolved");
  });
});

describe("history", () => {
  it("says when a revision changed the status, as an edit of an approved translation does", async () => {
    await call(ctx, "PUT", `/api/segments/${segmentId}/translations/hu`, { token: tokens.publisher, json: { text: HU, status: "final", version: 1 } });
    await call(ctx, "PUT", `/api/segments/${segmentId}/translations/hu`, { token: tokens.publisher, json: { text: `${HU} Igen.`, status: "translated", version: 2 } });
    await call(ctx, "PUT", `/api/segments/${segmentId}/translations/hu`, { token: tokens.translator, json: { text: `${HU} Nem.`, version: 3 } });
    const history = await call(ctx, "GET", `/api/segments/${segmentId}/translations/hu/history`, { token: tokens.reviewer });
    expect(history.data.revisions.map((r: any) => [r.version, r.previousStatus, r.status])).toEqual([
      [4, null, "translated"],
      [3, "final", "translated"],
      [2, "translated", "final"],
      [1, null, "translated"],
    ]);
  });
});
