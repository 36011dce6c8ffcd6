import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { segments } from "../src/db/schema";
import { closeChar as c, openChar as o, type InlineCode } from "../src/domain/inline-codes";
import { defaultSpelling } from "../src/services/qa";
import { addArticle, addUser, call, makeTestApp, type TestContext } from "./support/app";

let ctx: TestContext;
let token: string;
let segmentId: number;
let articleId: number;
const link: InlineCode = { kind: "pair", n: 1, type: "link", open: "[", close: "](https://www.unesco.org)", attrs: { href: "https://www.unesco.org" } };
const source = `Le ${o(1)}Centre${c(1)} a ouvert ses portes.`;

beforeAll(async () => {
  ctx = makeTestApp({}, { spelling: await defaultSpelling() });
  token = (await addUser(ctx.db, ["publisher"])).token;
  const article = await addArticle(ctx, token, "Premier paragraphe du texte. Second.");
  articleId = article.id;
  segmentId = article.segments[1].id;
  // No reader writes codes yet on this branch: the segment gets them as a reader would store them.
  ctx.db.update(segments).set({ source, codes: [link] }).where(eq(segments.id, segmentId)).run();
});

describe("inline codes through the API", () => {
  it("come back with the segment, placeholders in the text and records beside it", async () => {
    const res = await call(ctx, "GET", `/api/articles/${articleId}`, { token });
    const seg = res.data.segments.find((s: any) => s.id === segmentId);
    expect(seg.source).toBe(source);
    expect(seg.codes).toEqual([link]);
  });

  it("are kept when a translation moves them", async () => {
    const res = await call(ctx, "PUT", `/api/segments/${segmentId}/translations/en`, { token, json: { text: `${o(1)}The Centre${c(1)} opened its doors.` } });
    expect(res.status).toBe(200);
  });

  it("refuse a translation that invents a code, keeping the saved text", async () => {
    const res = await call(ctx, "PUT", `/api/segments/${segmentId}/translations/en`, { token, json: { text: `The ${o(2)}Centre${c(2)} opened.` } });
    expect(res.status).toBe(400);
    expect(res.data.detail).toMatch(/inline code/);
    const article = await call(ctx, "GET", `/api/articles/${articleId}`, { token });
    expect(article.data.segments.find((s: any) => s.id === segmentId).translations.en.text).toBe(`${o(1)}The Centre${c(1)} opened its doors.`);
  });

  it("are flagged by QA when a translation drops them, and do not disturb the other checks", async () => {
    await call(ctx, "PUT", `/api/segments/${segmentId}/translations/en`, { token, json: { text: "The Centre opened its doors." } });
    const res = await call(ctx, "POST", `/api/articles/${articleId}/qa?lang=en`, { token });
    const codeFlags = res.data.flags.filter((f: any) => f.check === "inline-codes");
    expect(codeFlags.map((f: any) => [f.side, f.start, f.severity])).toEqual([
      ["source", 3, "major"],
      ["source", 10, "major"],
    ]);
    // "Centre" split by codes is still one French word to the spelling check.
    expect(res.data.flags.filter((f: any) => f.check === "spelling" && f.segmentId === segmentId && f.severity !== "neutral")).toEqual([]);
  });

  it("refuse a document that already holds our placeholder characters", async () => {
    const res = await call(ctx, "POST", "/api/articles", { token, json: { title: "T", sourceLang: "fr", text: `Un texte ${o(1)} collé.` } });
    expect(res.status).toBe(400);
    expect(res.data.detail).toMatch(/private-use character U\+E002/);
  });
});
