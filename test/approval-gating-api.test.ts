/**
 * Approval gates: a source correction after approval (the demotion is in the history, and an
 * unchanged translation is not re-approved without an explicit confirmation), and open critical
 * or major flags (refused unless a publisher overrides them with a recorded reason).
 */
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { auditLog, flagOverrides } from "../src/db/schema";
import { addArticle, addUser, call, makeTestApp, type TestContext } from "./support/app";

let ctx: TestContext;
let tokens: Record<"translator" | "reviewer" | "publisher" | "admin", string>;
let article: any;

const DATE_FR = "Le 21 octobre, Gábor Soós a effectué une visite.";
const DATE_EN = "On 21 October, Gábor Soós paid a visit.";

beforeEach(async () => {
  ctx = makeTestApp();
  tokens = {
    translator: (await addUser(ctx.db, ["translator"], ["en"])).token,
    reviewer: (await addUser(ctx.db, ["reviewer"], ["en", "fr"])).token,
    publisher: (await addUser(ctx.db, ["publisher"], ["en"])).token,
    admin: (await addUser(ctx.db, ["admin"], [])).token,
  };
  article = await addArticle(ctx, tokens.publisher, `${DATE_FR}\n\nLégende.`);
});

const put = (token: string, segmentId: number, json: Record<string, unknown>) => call(ctx, "PUT", `/api/segments/${segmentId}/translations/en`, { token, json });
const history = async (segmentId: number) => (await call(ctx, "GET", `/api/segments/${segmentId}/translations/en/history`, { token: tokens.reviewer })).data.revisions;
const dateSegment = () => article.segments.find((s: any) => s.source === DATE_FR);

/** Approves every segment of the article in English (the date segment with `dateText`). */
async function approveAll(dateText = DATE_EN) {
  for (const s of article.segments) {
    const text = s.source === DATE_FR ? dateText : `EN ${s.source}`;
    const res = await put(tokens.publisher, s.id, { text, status: "final" });
    expect(res.status).toBe(200);
  }
}

describe("a source correction after approval", () => {
  it("puts the demotion from final in the translation's history, with who and why", async () => {
    await approveAll();
    const seg = dateSegment();
    const corrected = await call(ctx, "PATCH", `/api/segments/${seg.id}/source`, { token: tokens.reviewer, json: { text: DATE_FR.replace("21", "22") } });
    expect(corrected.status).toBe(200);
    const [newest, before] = await history(seg.id);
    expect(before).toMatchObject({ status: "final", text: DATE_EN });
    expect(newest).toMatchObject({ status: "translated", text: DATE_EN, events: ["source-corrected"], author: expect.stringMatching(/^reviewer/) });
    expect(newest.version).toBe(before.version + 1);
    const translation = (await call(ctx, "GET", `/api/articles/${article.id}`, { token: tokens.reviewer })).data.segments.find((s: any) => s.id === seg.id).translations.en;
    expect(translation).toMatchObject({ status: "translated", needsReview: true, version: newest.version });
  });

  it("refuses to re-approve (or review) the unchanged translation until it is edited or confirmed", async () => {
    await approveAll();
    const seg = dateSegment();
    await call(ctx, "PATCH", `/api/segments/${seg.id}/source`, { token: tokens.reviewer, json: { text: DATE_FR.replace("21", "22") } });
    let version = (await history(seg.id))[0].version;

    const again = await put(tokens.publisher, seg.id, { text: DATE_EN, status: "final", version });
    expect(again.status).toBe(409);
    expect(again.data.code).toBe("SOURCE_CHANGED");
    expect(again.data.source).toMatchObject({ before: DATE_FR, after: DATE_FR.replace("21", "22") });
    expect(again.data.current).toBeUndefined(); // not a stale-version conflict: the review page must not offer "keep mine"
    const reviewed = await put(tokens.reviewer, seg.id, { text: DATE_EN, status: "reviewed", version });
    expect(reviewed.status).toBe(409);

    // Saving it unchanged as translated is allowed, but it still needs review.
    const kept = await put(tokens.translator, seg.id, { text: DATE_EN, status: "translated", version });
    expect(kept.status).toBe(200);
    expect(kept.data.needsReview).toBe(true);
    version = kept.data.version;
    expect((await put(tokens.publisher, seg.id, { text: DATE_EN, status: "final", version })).status).toBe(409);

    // The export still refuses: the corrected segment is not approved.
    const exported = await call(ctx, "GET", `/api/articles/${article.id}/export?lang=en&format=txt`, { token: tokens.publisher });
    expect(exported.status).toBe(409);
    expect(exported.data.unapproved.map((u: any) => u.id)).toEqual([seg.id]);

    // Editing it is enough; the export then says 22, not 21.
    const edited = await put(tokens.publisher, seg.id, { text: DATE_EN.replace("21", "22"), status: "final", version });
    expect(edited.status).toBe(200);
    expect(edited.data.needsReview).toBe(false);
    const text = (await call(ctx, "GET", `/api/articles/${article.id}/export?lang=en&format=txt`, { token: tokens.publisher })).data;
    expect(text).toContain("On 22 October");
    expect(text).not.toContain("21");
  });

  it("re-approves an unchanged translation when explicitly confirmed, and records the confirmation", async () => {
    await approveAll("Gábor Soós paid a visit.");
    const seg = dateSegment();
    await call(ctx, "PATCH", `/api/segments/${seg.id}/source`, { token: tokens.reviewer, json: { text: DATE_FR.replace("a effectué", "avait effectué") } });
    const version = (await history(seg.id))[0].version;
    const confirmed = await put(tokens.publisher, seg.id, { text: "Gábor Soós paid a visit.", status: "final", version, confirmUnchanged: true });
    expect(confirmed.status).toBe(200);
    expect(confirmed.data).toMatchObject({ status: "final", needsReview: false });
    expect((await history(seg.id))[0]).toMatchObject({ status: "final", events: ["confirmed-unchanged"] });
    const audit = ctx.db.select().from(auditLog).where(eq(auditLog.action, "translation.save")).all().at(-1)!;
    expect(audit.after).toMatchObject({ status: "final", events: ["confirmed-unchanged"] });
  });
});

describe("open critical or major flags", () => {
  async function flagTarget(segmentId: number, severity: string, text = DATE_EN) {
    const start = text.indexOf("21");
    const res = await call(ctx, "POST", `/api/segments/${segmentId}/flags`, { token: tokens.reviewer, json: { lang: "en", side: "target", start, end: start + 2, category: "accuracy", severity, comment: "date?" } });
    expect(res.status).toBe(201);
    return res.data;
  }

  it("refuse approval with 409 listing the flags", async () => {
    const seg = dateSegment();
    await put(tokens.translator, seg.id, { text: DATE_EN });
    const flag = await flagTarget(seg.id, "major");
    const res = await put(tokens.publisher, seg.id, { text: DATE_EN, status: "final" });
    expect(res.status).toBe(409);
    expect(res.data.code).toBe("BLOCKING_FLAGS");
    expect(res.data.blockingFlags).toMatchObject([{ id: flag.id, severity: "major", side: "target", text: "21" }]);
    // Reviewing is not approval: a reviewer may still mark it reviewed.
    expect((await put(tokens.reviewer, seg.id, { text: DATE_EN, status: "reviewed" })).status).toBe(200);
  });

  it("refuse approval for a critical flag on the source too, but not for minor ones", async () => {
    const seg = dateSegment();
    await put(tokens.translator, seg.id, { text: DATE_EN });
    await call(ctx, "POST", `/api/segments/${seg.id}/flags`, { token: tokens.reviewer, json: { lang: "fr", side: "source", start: 0, end: 2, category: "accuracy", severity: "minor" } });
    await flagTarget(seg.id, "minor");
    expect((await put(tokens.publisher, seg.id, { text: DATE_EN, status: "final" })).status).toBe(200);
    const critical = await call(ctx, "POST", `/api/segments/${seg.id}/flags`, { token: tokens.reviewer, json: { lang: "fr", side: "source", start: 3, end: 5, category: "accuracy", severity: "critical" } });
    const res = await put(tokens.publisher, seg.id, { text: DATE_EN, status: "final" });
    expect(res.status).toBe(409);
    expect(res.data.blockingFlags.map((f: any) => f.id)).toEqual([critical.data.id]);
  });

  it("are overridden by a publisher with a reason, recorded in the history, the audit and the overrides", async () => {
    const seg = dateSegment();
    await put(tokens.translator, seg.id, { text: DATE_EN });
    const flag = await flagTarget(seg.id, "critical");
    const noReason = await put(tokens.publisher, seg.id, { text: DATE_EN, status: "final", override: { reason: "  " } });
    expect(noReason.status).toBe(400);
    const res = await put(tokens.publisher, seg.id, { text: DATE_EN, status: "final", override: { reason: "The date was checked with the author" } });
    expect(res.status).toBe(200);
    expect((await history(seg.id))[0]).toMatchObject({ status: "final", events: ["flags-overridden"], note: "The date was checked with the author" });
    const overrides = ctx.db.select().from(flagOverrides).all();
    expect(overrides).toMatchObject([{ flagId: flag.id, scope: "approval", reason: "The date was checked with the author", severity: "critical", translationVersion: res.data.version }]);
    const audit = ctx.db.select().from(auditLog).where(eq(auditLog.action, "translation.save")).all().at(-1)!;
    expect(audit.after).toMatchObject({ status: "final", override: { reason: "The date was checked with the author", flags: [flag.id] } });
  });

  it("may only be overridden by those who approve", async () => {
    const seg = dateSegment();
    await put(tokens.translator, seg.id, { text: DATE_EN });
    await flagTarget(seg.id, "major");
    const reviewer = await put(tokens.reviewer, seg.id, { text: DATE_EN, status: "final", override: { reason: "fine" } });
    expect(reviewer.status).toBe(403);
    const asTranslated = await put(tokens.translator, seg.id, { text: DATE_EN, override: { reason: "fine" } });
    expect(asTranslated.status).toBe(403);
    expect((await put(tokens.admin, seg.id, { text: DATE_EN, status: "final", override: { reason: "checked" } })).status).toBe(200);
  });
});
