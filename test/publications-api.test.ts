/**
 * Publications over HTTP: readiness, preview with the diff against the latest publication,
 * publish (frozen content, hash, every format), list, download the stored bytes, diffs; the
 * 21 → 22 source correction end to end; overrides; immutability.
 */
import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { auditLog, publicationFiles, publications } from "../src/db/schema";
import { addArticle, addUser, call, makeTestApp, type TestContext } from "./support/app";
import { EXPORT_FORMATS } from "../src/formats/article-export";
import { parseDocx } from "../src/formats/docx-read";

let ctx: TestContext;
let tokens: Record<"translator" | "reviewer" | "sourceReviewer" | "publisher" | "huPublisher", string>;
let article: any;

const FR = "Le 21 octobre, Gábor Soós a effectué une visite. Les deux parties ont échangé.\n\nRéunion en cours";
const EN: Record<string, string> = {
  Visite: "Visit",
  "Le 21 octobre, Gábor Soós a effectué une visite.": "On 21 October, Gábor Soós paid a visit.",
  "Les deux parties ont échangé.": "The two sides talked.",
  "Réunion en cours": "Meeting in progress",
};
const sha256 = (data: string | Uint8Array) => createHash("sha256").update(data).digest("hex");

beforeEach(async () => {
  ctx = makeTestApp();
  tokens = {
    translator: (await addUser(ctx.db, ["translator"], ["en", "zh"])).token,
    reviewer: (await addUser(ctx.db, ["reviewer"], ["en", "zh"])).token,
    // README's role table: the source is corrected by a reviewer of its language (French here).
    sourceReviewer: (await addUser(ctx.db, ["reviewer"], ["fr"])).token,
    publisher: (await addUser(ctx.db, ["publisher"], ["en", "zh"], "pub-en")).token,
    huPublisher: (await addUser(ctx.db, ["publisher"], ["hu"])).token,
  };
  article = await addArticle(ctx, tokens.publisher, FR);
});

const put = (segmentId: number, json: Record<string, unknown>, lang = "en", token = tokens.publisher) => call(ctx, "PUT", `/api/segments/${segmentId}/translations/${lang}`, { token, json });
const seg = (source: string) => article.segments.find((s: any) => s.source === source);
const dateSeg = () => seg("Le 21 octobre, Gábor Soós a effectué une visite.");
const publish = (json: Record<string, unknown>, token = tokens.publisher) => call(ctx, "POST", `/api/articles/${article.id}/publications`, { token, json });
const download = (id: number, format: string, token = tokens.publisher) => ctx.app.request(`/api/publications/${id}/download?format=${format}`, { headers: { authorization: `Bearer ${token}` } });
const readiness = async (lang: string) => (await call(ctx, "GET", `/api/articles/${article.id}/readiness`, { token: tokens.reviewer })).data.languages.find((l: any) => l.lang === lang);

async function approveAll(lang = "en", texts: Record<string, string> = EN) {
  for (const s of article.segments) expect((await put(s.id, { text: texts[s.source] ?? `${lang}:${s.source}`, status: "final" }, lang)).status).toBe(200);
}

describe("publishing: happy path", () => {
  it("shows readiness, publishes version 1 with its hash and every format, lists and serves it byte for byte", async () => {
    const before = await readiness("en");
    expect(before).toMatchObject({ ready: false, overridable: false, latest: null, changedSinceLatest: true });
    expect(before.counts).toMatchObject({ missing: 4, total: 4 });
    expect(before.blockers[0]).toMatchObject({ segmentId: article.segments[0].id, reasons: ["missing"], reviewUrl: `/articles/${article.id}/en#seg-${article.segments[0].id}` });
    await approveAll();
    const ready = await readiness("en");
    expect(ready).toMatchObject({ ready: true, blockers: [] });
    expect(ready.counts).toMatchObject({ final: 4 });

    const preview = await call(ctx, "GET", `/api/articles/${article.id}/publications/preview?lang=en`, { token: tokens.publisher });
    expect(preview.data).toMatchObject({ ready: true, latest: null, contentHash: ready.contentHash });
    expect(preview.data.diff).toMatchObject({ added: 4, changed: 0 });

    const res = await publish({ lang: "en", expectedHash: ready.contentHash, basedOnVersion: 0 });
    expect(res.status).toBe(201);
    const p = res.data;
    expect(p).toMatchObject({ articleId: article.id, lang: "en", version: 1, publishedBy: { name: "pub-en" }, contentHash: ready.contentHash, overrideReason: null });
    expect(p.formats.map((f: any) => f.format)).toEqual([...EXPORT_FORMATS]);
    expect(p.content.segments.map((s: any) => s.target)).toEqual(article.segments.map((s: any) => EN[s.source]));
    const row = ctx.db.select().from(publications).where(eq(publications.id, p.id)).get()!;
    expect(sha256(row.content)).toBe(p.contentHash);
    expect(ctx.db.select().from(auditLog).where(eq(auditLog.action, "publication.create")).all()).toHaveLength(1);

    // Each download is the stored rendering, identical to the export of that moment.
    for (const f of p.formats) {
      const file = await download(p.id, f.format);
      expect(file.status).toBe(200);
      const bytes = new Uint8Array(await file.arrayBuffer());
      expect(sha256(bytes)).toBe(f.sha256);
      expect(file.headers.get("content-disposition")).toBe(`attachment; filename="article-${article.id}.en.v1.${f.extension}"`);
      const exported = await ctx.app.request(`/api/articles/${article.id}/export?lang=en&format=${f.format}`, { headers: { authorization: `Bearer ${tokens.publisher}` } });
      // Every format, DOCX included, depends on the content only: the same bytes as an export now.
      expect(sha256(new Uint8Array(await exported.arrayBuffer()))).toBe(f.sha256);
      if (f.format === "docx") expect(parseDocx(bytes).blocks.map((b) => b.text).join("\n")).toContain(EN[article.segments[0].source]);
    }
    const list = await call(ctx, "GET", `/api/articles/${article.id}/publications?lang=en`, { token: tokens.reviewer });
    expect(list.data.publications.map((x: any) => x.version)).toEqual([1]);
    expect((await call(ctx, "GET", `/api/publications/${p.id}`, { token: tokens.reviewer })).data.contentHash).toBe(p.contentHash);
    expect((await readiness("en")).changedSinceLatest).toBe(false);
  });

  it("21 → 22: a corrected source blocks publication until the translation is edited; the old publication keeps saying 21", async () => {
    await approveAll();
    const v1 = (await publish({ lang: "en" })).data;
    const v1md = Buffer.from(await (await download(v1.id, "md")).arrayBuffer());
    expect(v1md.toString()).toContain("On 21 October");

    const s = dateSeg();
    await call(ctx, "PATCH", `/api/segments/${s.id}/source`, { token: tokens.sourceReviewer, json: { text: s.source.replace("21", "22") } });
    const blocked = await readiness("en");
    expect(blocked.ready).toBe(false);
    expect(blocked.blockers).toMatchObject([{ segmentId: s.id, status: "translated", reasons: ["not-final", "needs-review"], reviewUrl: `/articles/${article.id}/en#seg-${s.id}` }]);
    const refused = await publish({ lang: "en" });
    expect(refused.status).toBe(409);
    expect(refused.data.code).toBe("NOT_APPROVED");
    expect(refused.data.blockers.map((b: any) => b.segmentId)).toEqual([s.id]);

    // Re-approving it unchanged is refused; nothing saying 21 can be published.
    expect((await put(s.id, { text: EN[s.source], status: "final" })).status).toBe(409);
    expect((await publish({ lang: "en" })).status).toBe(409);

    expect((await put(s.id, { text: EN[s.source]!.replace("21", "22"), status: "final" })).status).toBe(200);
    const preview = (await call(ctx, "GET", `/api/articles/${article.id}/publications/preview?lang=en`, { token: tokens.publisher })).data;
    expect(preview.diff).toMatchObject({ changed: 1, unchanged: 3 });
    const changed = preview.diff.paragraphs.flatMap((p: any) => p.segments).find((x: any) => x.op === "changed");
    expect(changed).toMatchObject({ segmentId: s.id, sourceChanged: true, before: "On 21 October, Gábor Soós paid a visit." });
    expect(changed.parts.filter((x: any) => x.op !== "equal")).toEqual([{ op: "delete", text: "21" }, { op: "insert", text: "22" }]);

    const v2 = await publish({ lang: "en", expectedHash: preview.contentHash, basedOnVersion: 1 });
    expect(v2.status).toBe(201);
    expect(v2.data.version).toBe(2);
    const v2md = Buffer.from(await (await download(v2.data.id, "md")).arrayBuffer()).toString();
    expect(v2md).toContain("On 22 October");
    expect(v2md).not.toContain("21");
    const diff = (await call(ctx, "GET", `/api/publications/${v2.data.id}/diff?against=previous`, { token: tokens.reviewer })).data;
    expect(diff).toMatchObject({ from: { version: 1 }, to: { version: 2 }, diff: { changed: 1 } });

    // Later edits never change what was published.
    expect((await put(seg("Réunion en cours").id, { text: "Meeting under way", status: "final" })).status).toBe(200);
    const again = (await call(ctx, "GET", `/api/publications/${v1.id}`, { token: tokens.reviewer })).data;
    expect(again.contentHash).toBe(v1.contentHash);
    expect(again.content).toEqual(v1.content);
    expect(Buffer.from(await (await download(v1.id, "md")).arrayBuffer())).toEqual(v1md);
    expect(Buffer.from(await (await download(v2.data.id, "md")).arrayBuffer()).toString()).toBe(v2md);
    expect((await readiness("en")).changedSinceLatest).toBe(true);
  });

  it("diffs Chinese publications by character", async () => {
    const zh: Record<string, string> = { Visite: "访问", "Le 21 octobre, Gábor Soós a effectué une visite.": "10月21日，索什·加博尔进行了访问。", "Les deux parties ont échangé.": "双方进行了交流。", "Réunion en cours": "会议进行中" };
    await approveAll("zh", zh);
    await publish({ lang: "zh" });
    const s = dateSeg();
    expect((await put(s.id, { text: zh[s.source]!.replace("21", "22"), status: "final" }, "zh")).status).toBe(200);
    const v2 = (await publish({ lang: "zh" })).data;
    const diff = (await call(ctx, "GET", `/api/publications/${v2.id}/diff`, { token: tokens.reviewer })).data.diff;
    const parts = diff.paragraphs.flatMap((p: any) => p.segments).find((x: any) => x.op === "changed").parts;
    expect(parts).toEqual([
      { op: "equal", text: "10月2" },
      { op: "delete", text: "1" },
      { op: "insert", text: "2" },
      { op: "equal", text: "日，索什·加博尔进行了访问。" },
    ]);
  });
});

describe("publishing: flags and overrides", () => {
  async function majorFlagAfterApproval() {
    await approveAll();
    const s = dateSeg();
    const start = EN[s.source]!.indexOf("21");
    const flag = await call(ctx, "POST", `/api/segments/${s.id}/flags`, { token: tokens.reviewer, json: { lang: "en", side: "target", start, end: start + 2, category: "accuracy", severity: "major", comment: "check the date" } });
    expect(flag.status).toBe(201);
    return flag.data;
  }

  it("refuses to publish over an open major flag unless overridden with a reason, which is kept", async () => {
    const flag = await majorFlagAfterApproval();
    const r = await readiness("en");
    expect(r).toMatchObject({ ready: false, overridable: true });
    expect(r.blockers[0]).toMatchObject({ reasons: ["flags"], flags: [{ id: flag.id, severity: "major" }] });
    const refused = await publish({ lang: "en" });
    expect(refused.status).toBe(409);
    expect(refused.data.code).toBe("BLOCKING_FLAGS");
    expect((await publish({ lang: "en", override: { reason: "" } })).status).toBe(400);
    const res = await publish({ lang: "en", override: { reason: "Date confirmed by the desk" } });
    expect(res.status).toBe(201);
    expect(res.data).toMatchObject({ overrideReason: "Date confirmed by the desk", overriddenFlags: [{ flagId: flag.id, severity: "major" }] });
    const audit = ctx.db.select().from(auditLog).where(eq(auditLog.action, "publication.create")).get()!;
    expect(audit.after).toMatchObject({ override: { reason: "Date confirmed by the desk", flags: [flag.id] } });
  });

  it("does not block publication on flags a publisher overrode when approving that translation", async () => {
    await approveAll();
    const s = dateSeg();
    await put(s.id, { text: EN[s.source]!.replace("visit", "call"), status: "translated" }, "en", tokens.translator);
    const start = EN[s.source]!.indexOf("21");
    await call(ctx, "POST", `/api/segments/${s.id}/flags`, { token: tokens.reviewer, json: { lang: "en", side: "target", start, end: start + 2, category: "accuracy", severity: "critical" } });
    expect((await put(s.id, { text: EN[s.source]!.replace("visit", "call"), status: "final", override: { reason: "checked" } })).status).toBe(200);
    const r = await readiness("en");
    expect(r).toMatchObject({ ready: true });
    expect(r.overridden).toMatchObject([{ segmentId: s.id, flags: [{ severity: "critical" }] }]);
    expect((await publish({ lang: "en" })).status).toBe(201);
  });
});

describe("publishing: errors and permissions", () => {
  it("refuses what it must, with clear codes", async () => {
    await approveAll();
    expect((await publish({ lang: "en" }, tokens.reviewer)).status).toBe(403);
    expect((await publish({ lang: "en" }, tokens.huPublisher)).status).toBe(403);
    expect((await publish({ lang: "de" })).data.code).toBe("UNKNOWN_LANGUAGE");
    const admin = (await addUser(ctx.db, ["admin"], [])).token;
    expect((await publish({ lang: "fr" }, admin)).data.code).toBe("VALIDATION");
    expect((await call(ctx, "POST", `/api/articles/999999/publications`, { token: tokens.publisher, json: { lang: "en" } })).status).toBe(404);
    expect((await call(ctx, "GET", `/api/articles/${article.id}/readiness`)).status).toBe(401);
    expect((await publish({ lang: "en", expectedHash: "0".repeat(64) })).data.code).toBe("STALE_VERSION");
    expect((await publish({ lang: "en", basedOnVersion: 3 })).data.code).toBe("STALE_VERSION");
    expect((await publish({ lang: "en", expectedHash: "nope" })).status).toBe(400);
    expect(ctx.db.select().from(publications).all()).toHaveLength(0);

    const p = (await publish({ lang: "en" })).data;
    expect((await download(p.id, "md", tokens.reviewer)).status).toBe(403);
    const docx = await download(p.id, "pdf");
    expect(docx.status).toBe(404);
    expect((await docx.json()).formats).toEqual([...EXPORT_FORMATS]);
    expect((await download(p.id, "../etc")).status).toBe(400);
    expect((await download(999999, "md")).status).toBe(404);
    await approveAll("zh");
    const zh = (await publish({ lang: "zh" })).data;
    expect((await call(ctx, "GET", `/api/publications/${zh.id}/diff?against=${p.id}`, { token: tokens.reviewer })).status).toBe(400);
    expect((await call(ctx, "GET", `/api/publications/${zh.id}/diff?against=x`, { token: tokens.reviewer })).status).toBe(400);
  });

  it("cannot be changed or deleted, even by SQL", async () => {
    await approveAll();
    const p = (await publish({ lang: "en" })).data;
    expect(() => ctx.db.update(publications).set({ contentHash: "x" }).where(eq(publications.id, p.id)).run()).toThrow(/immutable/);
    expect(() => ctx.db.delete(publications).where(eq(publications.id, p.id)).run()).toThrow(/immutable/);
    expect(() => ctx.db.update(publicationFiles).set({ body: Buffer.from("x") }).run()).toThrow(/immutable/);
    expect(() => ctx.db.delete(publicationFiles).run()).toThrow(/immutable/);
    expect((await call(ctx, "GET", `/api/publications/${p.id}`, { token: tokens.reviewer })).data.contentHash).toBe(p.contentHash);
  });
});
