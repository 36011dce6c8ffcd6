import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { auditLog, flags, segments } from "../src/db/schema";
import { addArticle, addUser, call, makeTestApp, type TestContext } from "./support/app";

let ctx: TestContext;
let tokens: Record<"reviewer" | "admin" | "translator" | "publisher", string>;
let articleId: number;

const TEXT = "Un. Deux, dit-il. Trois.\n\nQuatre. Cinq.";

beforeEach(async () => {
  ctx = makeTestApp();
  tokens = {
    reviewer: (await addUser(ctx.db, ["reviewer"], ["hu", "zh", "fr"])).token,
    admin: (await addUser(ctx.db, ["admin"])).token,
    translator: (await addUser(ctx.db, ["translator"], ["hu", "zh"])).token,
    publisher: (await addUser(ctx.db, ["publisher"], ["hu"])).token,
  };
  articleId = (await addArticle(ctx, tokens.publisher, TEXT)).id;
});

const article = async () => (await call(ctx, "GET", `/api/articles/${articleId}`, { token: tokens.reviewer })).data;
const bySource = async (source: string) => (await article()).segments.find((s: any) => s.source === source);
/** Each paragraph's segments joined with their separators, as the import cut them. */
const paragraphs = async () => {
  const out = new Map<number, string>();
  for (const s of (await article()).segments) out.set(s.paragraph, (out.get(s.paragraph) ?? "") + s.source + s.separator);
  return [...out.values()].map((p) => p.trimEnd());
};
const split = (id: number, json: unknown, token = tokens.reviewer) => call(ctx, "POST", `/api/segments/${id}/split`, { token, json });
const merge = (id: number, json: unknown, token = tokens.reviewer) => call(ctx, "POST", `/api/segments/${id}/merge-next`, { token, json });
const translate = (id: number, lang: string, text: string, token = tokens.translator) => call(ctx, "PUT", `/api/segments/${id}/translations/${lang}`, { token, json: { text } });

describe("split and merge: happy paths", () => {
  it("splits a segment in two, keeps positions unique and ordered and the paragraph's text whole", async () => {
    const before = await paragraphs();
    const seg = await bySource("Deux, dit-il.");
    const res = await split(seg.id, { at: 5, version: 1 });
    expect(res.status).toBe(201);
    expect(res.data.segments.map((s: any) => [s.source, s.separator, s.sourceVersion])).toEqual([["Deux,", " ", 2], ["dit-il.", " ", 1]]);
    const segs = (await article()).segments;
    expect(segs.map((s: any) => s.position)).toEqual(segs.map((_: unknown, i: number) => i));
    expect(segs.map((s: any) => s.source)).toEqual(["Visite", "Un.", "Deux,", "dit-il.", "Trois.", "Quatre.", "Cinq."]);
    expect(await paragraphs()).toEqual(before);
  });

  it("merges a segment with the next one of its paragraph, and a merge undoes a split", async () => {
    const before = await paragraphs();
    const seg = await bySource("Un.");
    const res = await merge(seg.id, { version: 1 });
    expect(res.status).toBe(200);
    expect(res.data.segment).toMatchObject({ source: "Un. Deux, dit-il.", sourceVersion: 2 });
    const segs = (await article()).segments;
    expect(segs.map((s: any) => [s.position, s.source])).toEqual([[0, "Visite"], [1, "Un. Deux, dit-il."], [2, "Trois."], [3, "Quatre."], [4, "Cinq."]]);
    expect(await paragraphs()).toEqual(before);
    // … and splitting it again where it was gives the import's segmentation back.
    await split(seg.id, { at: 4, version: 2 });
    expect((await article()).segments.map((s: any) => s.source)).toEqual(["Visite", "Un.", "Deux, dit-il.", "Trois.", "Quatre.", "Cinq."]);
  });

  it("split: the translation stays on the first part, marked for review and back to translated; the second has none", async () => {
    const seg = await bySource("Deux, dit-il.");
    await translate(seg.id, "hu", "Kettő, mondta.");
    await call(ctx, "PUT", `/api/segments/${seg.id}/translations/hu`, { token: tokens.reviewer, json: { text: "Kettő, mondta.", status: "reviewed", version: 1 } });
    const res = await split(seg.id, { at: 6, version: 1 });
    expect(res.data.needsReview).toEqual(["hu"]);
    const [first, second] = res.data.segments;
    const segs = (await article()).segments;
    expect(segs.find((s: any) => s.id === first.id).translations.hu).toMatchObject({ text: "Kettő, mondta.", status: "translated", needsReview: true });
    expect(segs.find((s: any) => s.id === second.id).translations).toEqual({});
  });

  it("merge: translations are joined (no space in Chinese) and marked for review; one only the next segment had moves over as a draft", async () => {
    const un = await bySource("Un.");
    const deux = await bySource("Deux, dit-il.");
    await translate(un.id, "hu", "Egy.");
    await translate(deux.id, "hu", "Kettő, mondta.");
    await translate(un.id, "zh", "一。");
    await translate(deux.id, "zh", "二，他说。");
    await call(ctx, "PUT", `/api/segments/${deux.id}/translations/en`, { token: tokens.admin, json: { text: "Two, he said." } });
    const res = await merge(un.id, { version: 1, nextId: deux.id, nextVersion: 1 });
    expect(res.status).toBe(200);
    expect(res.data.removed).toBe(deux.id);
    const merged = (await article()).segments.find((s: any) => s.id === un.id);
    expect(merged.translations.hu).toMatchObject({ text: "Egy. Kettő, mondta.", status: "translated", needsReview: true, version: 2 });
    expect(merged.translations.zh).toMatchObject({ text: "一。二，他说。", needsReview: true });
    expect(merged.translations.en).toMatchObject({ text: "Two, he said.", status: "initial", needsReview: true });
    const history = await call(ctx, "GET", `/api/segments/${un.id}/translations/hu/history`, { token: tokens.reviewer });
    expect(history.data.revisions.map((r: any) => r.text)).toEqual(["Egy. Kettő, mondta.", "Egy."]);
  });

  it("flags follow their text: moved with the second part, closed across the cut, shifted on a merge", async () => {
    const seg = await bySource("Deux, dit-il.");
    const flag = (start: number, end: number) => call(ctx, "POST", `/api/segments/${seg.id}/flags`, { token: tokens.reviewer, json: { lang: "fr", side: "source", start, end, category: "style", severity: "minor" } });
    const inFirst = (await flag(0, 4)).data;
    const inSecond = (await flag(6, 12)).data;
    const across = (await flag(3, 8)).data;
    const res = await split(seg.id, { at: 6, version: 1 });
    const second = res.data.segments[1];
    const row = (id: number) => ctx.db.select().from(flags).where(eq(flags.id, id)).get()!;
    expect(row(inFirst.id)).toMatchObject({ segmentId: seg.id, start: 0, end: 4, status: "open" });
    expect(row(inSecond.id)).toMatchObject({ segmentId: second.id, start: 0, end: 6, text: "dit-il", status: "open" });
    expect(row(across.id)).toMatchObject({ segmentId: seg.id, status: "resolved", resolution: "segment split" });
    await merge(seg.id, { version: 2 });
    expect(row(inSecond.id)).toMatchObject({ segmentId: seg.id, start: 6, end: 12 });
    const merged = (await article()).segments.find((s: any) => s.id === seg.id);
    expect(merged.source.slice(6, 12)).toBe("dit-il");
  });

  it("keeps the history: source revisions say split and merge, the audit log keeps the removed segment whole", async () => {
    const un = await bySource("Un.");
    const deux = await bySource("Deux, dit-il.");
    await translate(deux.id, "hu", "Kettő, mondta.");
    await translate(un.id, "hu", "Egy.");
    await merge(un.id, { version: 1 });
    await split(un.id, { at: 9, version: 2 });
    const history = await call(ctx, "GET", `/api/segments/${un.id}/source/history`, { token: tokens.translator });
    expect(history.data.revisions.map((r: any) => [r.version, r.change, r.text])).toEqual([
      [3, "split", "Un. Deux,"],
      [2, "merge", "Un. Deux, dit-il."],
      [1, "import", "Un."],
    ]);
    const audit = ctx.db.select().from(auditLog).where(and(eq(auditLog.entity, "segment"), eq(auditLog.entityId, String(deux.id)))).all();
    expect(audit.map((a) => a.action)).toEqual(["segment.merge"]);
    expect(audit[0]!.before).toMatchObject({ source: "Deux, dit-il.", translations: [{ lang: "hu", text: "Kettő, mondta." }] });
    expect(audit[0]!.after).toEqual({ mergedInto: un.id });
    expect(ctx.db.select().from(auditLog).where(eq(auditLog.action, "segment.split")).all()).toHaveLength(1);
    const fragment = await call(ctx, "GET", `/fragments/segments/${un.id}/source-history`, { token: tokens.translator });
    expect(fragment.status).toBe(200);
    expect(fragment.data).toContain('data-change="merge"');
  });

  it("an admin may split and merge too", async () => {
    const seg = await bySource("Un.");
    expect((await merge(seg.id, { version: 1 }, tokens.admin)).status).toBe(200);
  });
});

describe("split and merge: errors", () => {
  it("answers a stale version with 409 and changes nothing", async () => {
    const seg = await bySource("Un.");
    await call(ctx, "PATCH", `/api/segments/${seg.id}/source`, { token: tokens.reviewer, json: { text: "Un !", version: 1 } });
    const before = await article();
    const res = await split(seg.id, { at: 2, version: 1 });
    expect(res.status).toBe(409);
    expect(res.data.current).toMatchObject({ text: "Un !", version: 2 });
    expect((await merge(seg.id, { version: 1 })).status).toBe(409);
    const next = await bySource("Deux, dit-il.");
    expect((await merge(seg.id, { version: 2, nextVersion: 7 })).status).toBe(409);
    expect((await merge(seg.id, { version: 2, nextId: next.id + 100 })).status).toBe(409);
    expect(await article()).toEqual(before);
  });

  it("refuses a cut outside the text, inside a character or leaving a part empty, and a merge across paragraphs", async () => {
    const seg = await bySource("Trois.");
    for (const at of [0, 6, 99]) expect((await split(seg.id, { at, version: 1 })).status).toBe(400);
    expect((await split(seg.id, { at: "3", version: 1 })).status).toBe(400);
    const res = await merge(seg.id, { version: 1 });
    expect(res.status).toBe(400);
    expect(res.data.detail).toMatch(/last of its paragraph/);
    const emoji = (await addArticle(ctx, tokens.publisher, "Un 😀 deux.")).segments[1];
    expect((await split(emoji.id, { at: 4, version: 1 })).status).toBe(400);
    expect((await split(404_404, { at: 1, version: 1 })).status).toBe(404);
  });
});

describe("split and merge: security", () => {
  it("needs the reviewer role (or admin): 401 without credentials, 403 for translators and publishers", async () => {
    const seg = await bySource("Un.");
    expect((await call(ctx, "POST", `/api/segments/${seg.id}/split`, { json: { at: 2, version: 1 } })).status).toBe(401);
    for (const token of [tokens.translator, tokens.publisher]) {
      expect((await split(seg.id, { at: 2, version: 1 }, token)).status).toBe(403);
      expect((await merge(seg.id, { version: 1 }, token)).status).toBe(403);
    }
    expect(ctx.db.select().from(segments).all()).toHaveLength(6);
  });

  it("needs the CSRF token with a session cookie", async () => {
    const { loginCookie } = await import("./support/app");
    const { user } = await addUser(ctx.db, ["reviewer"], ["hu"], "cookie-reviewer");
    const { cookie } = await loginCookie(ctx, user.username);
    const seg = await bySource("Un.");
    const res = await ctx.app.request(`/api/segments/${seg.id}/merge-next`, { method: "POST", headers: { cookie, "content-type": "application/json" }, body: JSON.stringify({ version: 1 }) });
    expect(res.status).toBe(403);
    expect(ctx.db.select().from(segments).all()).toHaveLength(6);
  });
});

describe("split and merge keep inline codes with the text they belong to", () => {
  const md = async () => {
    const res = await call(ctx, "POST", "/api/articles", { token: tokens.publisher, json: { sourceLang: "fr", format: "markdown", text: "# Titre\n\nLe **musée** ouvre. Voir [le site](https://unesco.org) ici." } });
    expect(res.status).toBe(201);
    return res.data.segments as any[];
  };

  it("gives each part the codes it holds, merges them back, and refuses a cut inside a link", async () => {
    const segs = await md();
    const seg = segs.find((s) => s.source.startsWith("Le "))!;
    const merged = await merge(seg.id, { version: 1 });
    expect(merged.status).toBe(200);
    expect(merged.data.segment.codes.map((c: any) => c.type).sort()).toEqual(["bold", "link"].sort());
    const linkStart = merged.data.segment.source.indexOf("le site");
    const inside = await split(seg.id, { at: linkStart + 2, version: 2 });
    expect(inside.status).toBe(400);
    const at = merged.data.segment.source.indexOf("Voir");
    const res = await split(seg.id, { at, version: 2 });
    expect(res.status).toBe(201);
    const [first, second] = res.data.segments;
    expect(first.codes.map((c: any) => c.type)).toEqual(["bold"]);
    expect(second.codes.map((c: any) => c.type)).toEqual(["link"]);
  });
});
