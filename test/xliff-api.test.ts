import { readFileSync } from "node:fs";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { articles, segments, translations } from "../src/db/schema";
import { closeChar, openChar, type InlineCode } from "../src/domain/inline-codes";
import { schemaErrors } from "../src/formats/xliff/schema";
import { addArticle, addUser, call, loginCookie, makeTestApp, type TestContext } from "./support/app";

const FIXTURES = join(import.meta.dirname, "fixtures/xliff");
const fixture = (path: string) => readFileSync(join(FIXTURES, path), "utf8");
const xliffPost = (ctx: TestContext, token: string, xml: string, query = "") =>
  call(ctx, "POST", `/api/xliff/import${query}`, { token, body: xml, headers: { "content-type": "application/xliff+xml" } });

let ctx: TestContext;
let publisher: string;
let translator: string;
let reviewer: string;
let article: any;

beforeEach(async () => {
  ctx = makeTestApp();
  publisher = (await addUser(ctx.db, ["publisher"])).token;
  translator = (await addUser(ctx.db, ["translator"], ["zh", "hu"])).token;
  reviewer = (await addUser(ctx.db, ["reviewer"], ["zh", "hu"])).token;
  article = await addArticle(ctx, publisher, "Le Centre a ouvert ses portes. Les visiteurs sont venus.\n\nRéunion en cours\nLa visite continue.");
});

const save = (token: string, segmentId: number, lang: string, text: string, status?: string) =>
  call(ctx, "PUT", `/api/segments/${segmentId}/translations/${lang}`, { token, json: { text, ...(status ? { status } : {}) } });

describe("the publication export (GET /api/articles/:id/export?format=xliff)", () => {
  it("is XLIFF 2.1 in the 2.0 namespace that the OASIS schema accepts, approved only, Chinese tagged zh-Hans", async () => {
    const early = await call(ctx, "GET", `/api/articles/${article.id}/export?lang=zh&format=xliff`, { token: publisher });
    expect(early.status).toBe(409);
    for (const s of article.segments) expect((await save(publisher, s.id, "zh", `译文${s.position}`, "final")).status).toBe(200);
    const res = await call(ctx, "GET", `/api/articles/${article.id}/export?lang=zh&format=xliff`, { token: publisher });
    expect(res.status).toBe(200);
    expect(res.data).toContain('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0"');
    expect(res.data).toContain('version="2.1" srcLang="fr" trgLang="zh-Hans"');
    expect(res.data).not.toContain("document:2.1");
    expect(await schemaErrors(res.data, "xliff-2.0")).toEqual([]);
    // Issue #26: a NUL in an approved translation never reaches the file.
    ctx.db.update(translations).set({ text: "译\u0000文" }).where(eq(translations.segmentId, article.segments[1].id)).run();
    const withNul = await call(ctx, "GET", `/api/articles/${article.id}/export?lang=zh&format=xliff`, { token: publisher });
    expect(withNul.data).not.toContain("\u0000");
    expect(withNul.data).toContain('译<cp hex="0000"/>文');
    expect(await schemaErrors(withNul.data, "xliff-2.0")).toEqual([]);
  });
});

describe("the for-translation export (GET /api/articles/:id/xliff)", () => {
  it("carries untranslated segments, the current states, notes and flags, and validates in 2.1, 2.0 and 1.2", async () => {
    const [title, first, second] = article.segments;
    await save(translator, first.id, "hu", "A Központ kinyitotta kapuit.");
    await save(reviewer, second.id, "hu", "A látogatók megjöttek.", "reviewed");
    const flag = await call(ctx, "POST", `/api/segments/${first.id}/flags`, { token: reviewer, json: { lang: "hu", side: "target", start: 2, end: 10, category: "terminology", severity: "major", comment: "Use the termbase name" } });
    expect(flag.status).toBe(201);
    const res = await call(ctx, "GET", `/api/articles/${article.id}/xliff?lang=hu`, { token: translator });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("application/xliff+xml");
    expect(res.data).toMatch(new RegExp(`<segment id="s${title.id}">\\s*<source>`));
    expect(res.data).toContain(`<segment id="s${first.id}" state="translated">`);
    expect(res.data).toContain(`<segment id="s${second.id}" state="reviewed">`);
    expect(res.data).toContain('its:locQualityIssueType="terminology" its:locQualityIssueComment="Use the termbase name"');
    expect(res.data).toMatch(/<note [^>]*category="glossa:history"[^>]*>translated; last saved by translator-\d+ at /);
    expect(await schemaErrors(res.data, "xliff-2.0")).toEqual([]);
    const v20 = await call(ctx, "GET", `/api/articles/${article.id}/xliff?lang=hu&version=2.0`, { token: reviewer });
    expect(v20.data).toContain('version="2.0"');
    expect(await schemaErrors(v20.data, "xliff-2.0")).toEqual([]);
    const v12 = await call(ctx, "GET", `/api/articles/${article.id}/xliff?lang=hu&version=1.2`, { token: publisher });
    expect(v12.data).toContain('<xliff version="1.2"');
    expect(v12.data).toContain('state="signed-off"');
    expect(await schemaErrors(v12.data, "xliff-1.2")).toEqual([]);
  });

  it("is offered on the review page to those who may download it", async () => {
    await addUser(ctx.db, ["translator"], ["hu"], "xliff-page-translator");
    await addUser(ctx.db, ["terminologist"], ["hu"], "xliff-page-terminologist");
    const pageAs = async (username: string) => {
      const { cookie } = await loginCookie(ctx, username);
      return (await ctx.app.request(`/articles/${article.id}/hu?ui=fr`, { headers: { cookie } })).text();
    };
    const html = await pageAs("xliff-page-translator");
    expect(html).toContain(`href="/api/articles/${article.id}/xliff?lang=hu"`);
    expect(html).toContain("XLIFF pour traduction");
    expect(await pageAs("xliff-page-terminologist")).not.toContain("xliff-download");
  });

  it("is for translators, reviewers and publishers of that language", async () => {
    expect((await call(ctx, "GET", `/api/articles/${article.id}/xliff?lang=hu`)).status).toBe(401);
    const terminologist = (await addUser(ctx.db, ["terminologist"])).token;
    expect((await call(ctx, "GET", `/api/articles/${article.id}/xliff?lang=hu`, { token: terminologist })).status).toBe(403);
    expect((await call(ctx, "GET", `/api/articles/${article.id}/xliff?lang=en`, { token: translator })).status).toBe(403);
    expect((await call(ctx, "GET", `/api/articles/${article.id}/xliff?lang=hu&version=3.0`, { token: translator })).status).toBe(400);
    expect((await call(ctx, "GET", `/api/articles/${article.id}/xliff?lang=fr`, { token: publisher })).status).toBe(400);
  });

  it("never emits a NUL: XLIFF 2 writes <cp>, XLIFF 1.2 refuses with the segment named", async () => {
    const first = article.segments[1];
    await save(translator, first.id, "hu", "Szöveg.");
    // A legacy row holding a NUL, as issue #26 found them.
    ctx.db.update(translations).set({ text: "Szö\u0000veg." }).where(eq(translations.segmentId, first.id)).run();
    const v21 = await call(ctx, "GET", `/api/articles/${article.id}/xliff?lang=hu`, { token: translator });
    expect(v21.data).toContain('Szö<cp hex="0000"/>veg.');
    expect(v21.data).not.toContain("\u0000");
    expect(await schemaErrors(v21.data, "xliff-2.0")).toEqual([]);
    const v12 = await call(ctx, "GET", `/api/articles/${article.id}/xliff?lang=hu&version=1.2`, { token: translator });
    expect(v12.status).toBe(409);
    expect(v12.data.detail).toMatch(new RegExp(`segment ${first.id} holds U\\+0000`));
  });
});

describe("XLIFF import (POST /api/xliff/import)", () => {
  it("updates translations by segment id after a round trip, reporting the one changed in Glossa as a conflict", async () => {
    const [, first, second, caption] = article.segments;
    await save(translator, first.id, "hu", "A Központ kinyitott.");
    await save(translator, second.id, "hu", "A látogatók jöttek.");
    for (const version of ["2.1", "1.2"]) {
      const exported = (await call(ctx, "GET", `/api/articles/${article.id}/xliff?lang=hu&version=${version}`, { token: translator })).data as string;
      // Meanwhile a reviewer corrects the second segment in Glossa.
      const current = (await call(ctx, "GET", `/api/articles/${article.id}`, { token: reviewer })).data.segments;
      await save(reviewer, second.id, "hu", `A látogatók megérkeztek (${version}).`);
      // The translator's file: the first and second edited, the caption translated for the first time.
      const currentFirst = current.find((s: any) => s.id === first.id).translations.hu.text;
      const currentSecond = current.find((s: any) => s.id === second.id).translations.hu.text;
      let edited = exported.replace(`>${currentFirst}<`, `>A Központ kinyitotta kapuit (${version}).<`).replace(`>${currentSecond}<`, ">A látogatók a fájlban.<");
      if (version === "2.1") {
        // The caption, untranslated so far, gets its first translation.
        edited = edited.replace(new RegExp(`<segment id="s${caption.id}">(\\s*<source>Réunion en cours</source>)`), `<segment id="s${caption.id}" state="translated">$1<target>Folyamatban lévő ülés</target>`);
      }
      const res = await xliffPost(ctx, translator, edited, `?articleId=${article.id}`);
      expect(res.status).toBe(200);
      expect(res.data).toMatchObject({ articleId: article.id, createdArticle: false, updated: 1, created: version === "2.1" ? 1 : 0, conflicts: [{ segmentId: second.id, yours: "A látogatók a fájlban.", current: `A látogatók megérkeztek (${version}).` }] });
      const after = (await call(ctx, "GET", `/api/articles/${article.id}`, { token: translator })).data.segments;
      const hu = (id: number) => after.find((s: any) => s.id === id).translations.hu;
      expect(hu(first.id)).toMatchObject({ text: `A Központ kinyitotta kapuit (${version}).`, status: "translated", origin: "xliff" });
      expect(hu(second.id).text).toBe(`A látogatók megérkeztek (${version}).`);
      expect(hu(caption.id)).toMatchObject({ text: "Folyamatban lévő ülés", status: "translated" });
      // Importing the same file again changes nothing: it is all skipped or still in conflict.
      const again = await xliffPost(ctx, translator, edited, `?articleId=${article.id}`);
      expect(again.data).toMatchObject({ updated: 0, created: 0 });
    }
  });

  it("refuses statuses beyond the importer's role and a broken file, changing nothing", async () => {
    const first = article.segments[1];
    const exported = (await call(ctx, "GET", `/api/articles/${article.id}/xliff?lang=hu`, { token: translator })).data as string;
    const final = exported.replace(new RegExp(`<segment id="s${first.id}">(\\s*<source>[^<]*</source>)`), `<segment id="s${first.id}" state="final">$1<target>Végleges.</target>`);
    const res = await xliffPost(ctx, translator, final, `?articleId=${article.id}`);
    expect(res.status).toBe(403);
    expect(res.data.detail).toMatch(/translator may set the status up to translated; the file sets 1 final/);
    const broken = final.replace("</unit>", "</unitt>");
    const bad = await xliffPost(ctx, publisher, broken, `?articleId=${article.id}`);
    expect(bad.status).toBe(422);
    expect(bad.data.reasons[0]).toMatch(/not well-formed/);
    const invalid = await xliffPost(ctx, publisher, final.replace('state="final"', 'state="approved"'), `?articleId=${article.id}`);
    expect(invalid.status).toBe(422);
    expect(invalid.data.detail).toMatch(/'state': \[facet 'enumeration'\] The value 'approved'/);
    expect(ctx.db.select().from(translations).all()).toEqual([]);
    // Publishers may set final.
    expect((await xliffPost(ctx, publisher, final, `?articleId=${article.id}`)).data).toMatchObject({ created: 1 });
  });

  it("keeps inline codes through export and import", async () => {
    const html = await call(ctx, "POST", "/api/articles", { token: publisher, json: { title: "Codes", sourceLang: "fr", text: "Le Centre a ouvert. Voir le site." } });
    expect(html.status).toBe(201);
    const seg = html.data.segments.find((s: any) => s.source.includes("Centre"));
    // The segment gets its codes as the HTML reader stores them (<b>Centre</b>).
    const bold: InlineCode = { kind: "pair", n: 1, type: "bold", open: "<b>", close: "</b>" };
    ctx.db.update(segments).set({ source: `Le ${openChar(1)}Centre${closeChar(1)} a ouvert.`, codes: [bold] }).where(eq(segments.id, seg.id)).run();
    const exported = (await call(ctx, "GET", `/api/articles/${html.data.id}/xliff?lang=hu`, { token: translator })).data as string;
    expect(exported).toContain('<data id="dc1s">&lt;b&gt;</data>');
    expect(await schemaErrors(exported, "xliff-2.0")).toEqual([]);
    const edited = exported.replace(new RegExp(`(<segment id="s${seg.id}">\\s*<source>.*?</source>)`), `$1<target>A <sc id="c1" dataRef="dc1s" type="fmt" subType="xlf:b"/>Központ<ec startRef="c1" dataRef="dc1e" type="fmt" subType="xlf:b"/> kinyitott.</target>`);
    const res = await xliffPost(ctx, translator, edited, `?articleId=${html.data.id}`);
    expect(res.data).toMatchObject({ created: 1, conflicts: [], unmatched: [] });
    const after = (await call(ctx, "GET", `/api/articles/${html.data.id}`, { token: translator })).data.segments.find((s: any) => s.id === seg.id);
    expect(after.translations.hu.text).toBe(`A ${openChar(1)}Központ${closeChar(1)} kinyitott.`);
  });

  it("creates an article from the Symfony, Trados, memoQ and Angular files (publishers only)", async () => {
    const hu = fixture("xliff12_symfony/Security_security.hu.xlf");
    expect((await xliffPost(ctx, translator, hu)).status).toBe(403);
    const created = await xliffPost(ctx, publisher, hu, "?title=Security");
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({ createdArticle: true, sourceLang: "en", targetLang: "hu", segments: 19, created: 19 });
    const read = (await call(ctx, "GET", `/api/articles/${created.data.articleId}`, { token: publisher })).data;
    expect(read.title).toBe("Security");
    expect(read.segments[0].source).toBe("An authentication exception occurred.");
    expect(read.segments[0].translations.hu).toMatchObject({ status: "translated", origin: "xliff" });
    // The same file again, as an update by the file's own ids: nothing to do; one change: one update.
    expect((await xliffPost(ctx, translator, hu, `?articleId=${created.data.articleId}`)).data).toMatchObject({ updated: 0, skipped: 19, conflicts: [] });
    const changed = hu.replace("<target>Hitelesítési hiba lépett fel.</target>", "<target>Hitelesítési hiba történt.</target>");
    expect(changed).not.toBe(hu);
    expect((await xliffPost(ctx, translator, changed, `?articleId=${created.data.articleId}`)).data).toMatchObject({ updated: 0, conflicts: [expect.objectContaining({ reason: expect.stringMatching(/does not say which version/) })] });

    const trados = await xliffPost(ctx, publisher, fixture("disfr_samples/Language_Support.doc.sdlxliff"));
    expect(trados.data).toMatchObject({ sourceLang: "en", targetLang: "fr" });
    expect(trados.data.created).toBeGreaterThan(0);
    const memoq = await xliffPost(ctx, publisher, fixture("disfr_samples/ChangeTracking_memoQ_1.mqxliff"));
    expect(memoq.status).toBe(201);
    expect(memoq.data.warnings).toContain("The targets are in ja, which Glossa does not work in; only the sources were imported");
    const angular = await xliffPost(ctx, publisher, fixture("angular_i18n_example/messages.fr.xlf"), "?targetLang=fr");
    expect(angular.status).toBe(201);
    expect(angular.data.targetLang).toBe("fr");
    for (const id of [trados.data.articleId, memoq.data.articleId, angular.data.articleId]) {
      const a = (await call(ctx, "GET", `/api/articles/${id}`, { token: publisher })).data;
      expect(a.segments.length).toBeGreaterThan(0);
      expect(a.segments.every((s: any) => !s.source.includes("<trans-unit") && !s.source.includes("<?xml"))).toBe(true);
    }
  });

  it("sends the translations it wrote to the background QA", async () => {
    const scheduled: Array<{ segmentId: number; lang: string; side: string }> = [];
    const withQa = makeTestApp({}, { qaScheduler: { schedule: (r) => void scheduled.push(r), pending: () => false, idle: async () => {} } });
    const token = (await addUser(withQa.db, ["publisher"])).token;
    const res = await xliffPost(withQa, token, fixture("xliff12_symfony/Security_security.hu.xlf"));
    expect(res.data.savedSegmentIds).toHaveLength(19);
    expect(scheduled).toEqual(res.data.savedSegmentIds.map((segmentId: number) => ({ segmentId, lang: "hu", side: "target" })));
  });

  it("refuses hostile, oversized and mislabelled bodies", async () => {
    const entity = `<?xml version="1.0"?><!DOCTYPE xliff [<!ENTITY x SYSTEM "file:///etc/passwd">]><xliff version="1.2"><file original="a" source-language="en" datatype="plaintext"><body><trans-unit id="1"><source>&x;</source></trans-unit></body></file></xliff>`;
    const res = await xliffPost(ctx, publisher, entity);
    expect(res.status).toBe(422);
    expect(res.data.detail).toMatch(/entity declarations are not allowed/);
    expect((await call(ctx, "POST", "/api/xliff/import", { token: publisher, body: "<xliff/>", headers: { "content-type": "text/plain" } })).status).toBe(415);
    // 100 MB announced: refused from the header, before a byte of the body is read.
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 65536;
        if (pulled > 100 * 1024 * 1024) controller.close();
        else controller.enqueue(new Uint8Array(65536));
      },
    });
    const big = await ctx.app.request("/api/xliff/import", { method: "POST", body, headers: { authorization: `Bearer ${publisher}`, "content-type": "application/xliff+xml", "content-length": String(100 * 1024 * 1024) }, duplex: "half" } as RequestInit);
    expect(big.status).toBe(413);
    expect(pulled).toBeLessThanOrEqual(65536 * 2);
    expect(ctx.db.select().from(articles).all()).toHaveLength(1);
    expect(ctx.db.select().from(segments).all()).toHaveLength(article.segments.length);
  });
});
