/**
 * TMX import and export through the API, over the real files in test/fixtures/tmx: the LISA kit
 * imports as it describes, broken files are refused with a reason and import nothing, round
 * trips keep every unit.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { tmUnits } from "../src/db/schema";
import { addUser, call, makeTestApp, type TestContext } from "./support/app";

const FIXTURES = join(import.meta.dirname, "fixtures/tmx");
const fixture = (path: string) => readFileSync(join(FIXTURES, path));

let ctx: TestContext;
let tokens: Record<"translator" | "terminologist" | "publisher" | "reviewer", string>;

beforeEach(async () => {
  ctx = makeTestApp({ maxBodyBytes: 2 * 1024 * 1024 });
  tokens = {
    translator: (await addUser(ctx.db, ["translator"])).token,
    terminologist: (await addUser(ctx.db, ["terminologist"])).token,
    publisher: (await addUser(ctx.db, ["publisher"])).token,
    reviewer: (await addUser(ctx.db, ["reviewer"])).token,
  };
});

const importFile = (bytes: Uint8Array | string, token = tokens.terminologist, type = "application/x-tmx+xml", on = ctx) =>
  call(on, "POST", "/api/tm/import", { token, body: bytes as BodyInit, headers: { "content-type": type } });
const pairs = (on = ctx) =>
  on.db
    .select()
    .from(tmUnits)
    .all()
    .map((u) => [u.sourceLang, u.sourceText, u.targetLang, u.targetText].join(" | "))
    .sort();

describe("TMX import", () => {
  it("imports every pair of our languages in a multi-language unit, counting what it leaves out (ImportTest1C)", async () => {
    const res = await importFile(fixture("lisa_tmx_compliance_kit/ImportTest1C.tmx"));
    expect(res.status).toBe(200);
    expect(res.data).toMatchObject({
      units: 3,
      created: 6,
      duplicates: 0,
      skippedVariants: { otherLanguage: 6, empty: 0 },
      sameLanguagePairs: 3,
      unitsWithoutPair: 0,
      otherLanguages: ["ja-jp", "es-es"],
    });
    expect(pairs()).toContain("en | First entry in US English | fr | First entry in French Canadian");
    expect(pairs()).toContain("en | Third entry in UK English | fr | Third entry in French Canadian");
  });

  it("keeps the kit's whitespace and characters (ImportTest1A, UTF-16 with a byte order mark)", async () => {
    await importFile(fixture("lisa_tmx_compliance_kit/ImportTest1A.tmx"));
    expect(pairs()).toEqual(["en | First segment with [\t\t   ] | fr | Premier segment avec [\t\t   ]", "en | Second segment with [  \t\t] | fr | Second segment avec [  \t\t]"]);
  });

  it("takes the source from the unit's srclang (ImportTest1K), and any order of variants", async () => {
    const res = await importFile(fixture("lisa_tmx_compliance_kit/ImportTest1K.tmx"));
    expect(res.data).toMatchObject({ units: 2, created: 1, unitsWithoutPair: 1, otherLanguages: ["de-de"] });
    expect(pairs()).toEqual(["fr | Second Entry - French Canadian | en | Second Entry - UK English"]);
  });

  it("reads srclang=\"*all*\" files with Chinese (XuanZang: 51 English–Chinese pairs)", async () => {
    const res = await importFile(fixture("disfr_samples/XuanZang.tmx"));
    expect(res.data).toMatchObject({ units: 51, created: 51 });
    const unit = ctx.db.select().from(tmUnits).all()[0]!;
    expect([unit.sourceLang, unit.targetLang]).toEqual(["en", "zh"]);
    expect(unit.sourceText).toBe("Xuan Zang, Possibly China's Greatest Translator");
  });

  it("imports nothing twice: the same pairs are duplicates, in either direction", async () => {
    await importFile(fixture("lisa_tmx_compliance_kit/ImportTest1C.tmx"));
    const again = await importFile(fixture("lisa_tmx_compliance_kit/ImportTest1C.tmx"));
    expect(again.data).toMatchObject({ created: 0, duplicates: 6 });
    expect(ctx.db.select().from(tmUnits).all()).toHaveLength(6);
  });

  it("keeps inline codes for export and leaves them out of the text (ImportTest2A)", async () => {
    await importFile(fixture("lisa_tmx_compliance_kit/ImportTest2A.tmx"));
    const unit = ctx.db.select().from(tmUnits).all()[0]!;
    expect(unit.sourceText).toBe("The big black cat sleeps.");
    expect(unit.sourceMarkup).toContain('<bpt i="1" x="1" type="bold">&lt;b&gt;</bpt>');
    const exported = await call(ctx, "GET", "/api/tm/export", { token: tokens.publisher });
    expect(exported.data).toContain('<seg>The big <bpt i="1" x="1" type="bold">&lt;b&gt;</bpt>black<ept i="1">&lt;/b&gt;</ept>');
  });

  it.each([
    ["omegat_tests/invalid.tmx", /line 12: <ept i="1"> closes no <bpt i="1">/],
    ["omegat_tests/test-omegat-invalid.tmx", /both lang and xml:lang/],
    ["omegat_tests/test-missingSource.tmx", /no <tuv> in its source language en/],
    ["omegat_tests/empty.tmx", /holds no translation units/],
    ["disfr_samples/empty-tmx.tmx", /holds no translation units/],
  ])("refuses %s with a reason and imports nothing", async (file, reason) => {
    await importFile(fixture("lisa_tmx_compliance_kit/ImportTest1B.tmx"));
    const before = pairs();
    const res = await importFile(fixture(file));
    expect(res.status).toBe(422);
    expect(res.type).toContain("application/problem+json");
    expect(res.data.detail).toMatch(reason);
    expect(pairs()).toEqual(before);
  });

  it("refuses a broken file half-way through without keeping its first units", async () => {
    const good = Array.from({ length: 30 }, (_, i) => `<tu><tuv xml:lang="fr"><seg>Phrase ${i}</seg></tuv><tuv xml:lang="hu"><seg>Mondat ${i}</seg></tuv></tu>`).join("");
    const res = await importFile(`<tmx version="1.4"><header srclang="fr"/><body>${good}<tu><tuv xml:lang="fr"><seg>x</tuv></tu></body></tmx>`);
    expect(res.status).toBe(422);
    expect(pairs()).toEqual([]);
  });

  it("refuses hostile XML", async () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>&xxe;</seg></tuv><tuv xml:lang="fr"><seg>x</seg></tuv></tu></body></tmx>`;
    const res = await importFile(xxe);
    expect(res.status).toBe(422);
    expect(res.data.detail).toMatch(/entity declarations are not allowed/);
    const big = await importFile(new Uint8Array(3 * 1024 * 1024));
    expect(big.status).toBe(413);
  });

  it("lets terminologists, publishers and admins import, nobody else", async () => {
    const file = fixture("lisa_tmx_compliance_kit/ImportTest1B.tmx");
    expect((await importFile(file, tokens.translator)).status).toBe(403);
    expect((await importFile(file, tokens.reviewer)).status).toBe(403);
    expect((await importFile(file, tokens.publisher)).status).toBe(200);
    expect((await call(ctx, "POST", "/api/tm/import", { body: file as BodyInit, headers: { "content-type": "application/xml" } })).status).toBe(401);
    expect((await importFile(file, tokens.terminologist, "text/csv")).status).toBe(415);
  });
});

describe("TMX export", () => {
  it("writes one language pair from its source, turning units stored the other way round", async () => {
    await importFile(`<tmx version="1.4"><header srclang="*all*"/><body>
      <tu srclang="hu"><tuv xml:lang="hu"><seg>Jó napot</seg></tuv><tuv xml:lang="fr"><seg>Bonjour</seg></tuv></tu>
      <tu srclang="fr"><tuv xml:lang="fr"><seg>Merci &amp; au revoir</seg></tuv><tuv xml:lang="hu"><seg>Köszönöm</seg></tuv></tu>
      <tu><tuv xml:lang="en"><seg>Thanks</seg></tuv><tuv xml:lang="zh-CN"><seg>谢谢</seg></tuv></tu>
    </body></tmx>`);
    const res = await call(ctx, "GET", "/api/tm/export?source=fr&target=hu", { token: tokens.terminologist });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("application/x-tmx+xml");
    expect(res.data).toContain('srclang="fr"');
    expect(res.data).not.toContain("Thanks");
    const tus = [...res.data.matchAll(/<tu [^>]*srclang="([^"]+)"[^>]*>\s*<tuv xml:lang="([^"]+)"><seg>([^<]*)<\/seg><\/tuv>\s*<tuv xml:lang="([^"]+)"><seg>([^<]*)<\/seg>/g)].map((m) => m.slice(1));
    expect(tus).toEqual([
      ["fr", "fr", "Bonjour", "hu", "Jó napot"],
      ["fr", "fr", "Merci &amp; au revoir", "hu", "Köszönöm"],
    ]);
  });

  it("round trips every unit of the real files through export and import", async () => {
    const files = ["lisa_tmx_compliance_kit", "omegat_tests", "disfr_samples"].flatMap((dir) => readdirSync(join(FIXTURES, dir)).filter((f) => f.endsWith(".tmx")).map((f) => `${dir}/${f}`));
    let imported = 0;
    for (const file of files) {
      const res = await importFile(fixture(file));
      if (res.status === 200) imported += res.data.created;
    }
    expect(imported).toBeGreaterThan(60);
    const exported = await call(ctx, "GET", "/api/tm/export", { token: tokens.publisher });
    expect(exported.data).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<tmx version="1.4">/);
    const fresh = makeTestApp({ maxBodyBytes: 2 * 1024 * 1024 });
    const admin = (await addUser(fresh.db, ["admin"])).token;
    const again = await importFile(exported.data, admin, "application/xml", fresh);
    expect(again.status).toBe(200);
    expect(again.data).toMatchObject({ created: imported, duplicates: 0 });
    expect(pairs(fresh)).toEqual(pairs());
    const markup = (on: TestContext) => on.db.select().from(tmUnits).all().map((u) => [u.sourceMarkup, u.targetMarkup, u.author, u.createdAt.slice(0, 19)].join("|")).sort();
    expect(markup(fresh)).toEqual(markup(ctx));
  });

  it("keeps the context of units from approved segments", async () => {
    const pub = (await addUser(ctx.db, ["publisher"], ["hu"])).token;
    const article = await call(ctx, "POST", "/api/articles", { token: pub, json: { title: "Titre", sourceLang: "fr", text: "Première phrase. Deuxième phrase. Troisième phrase." } });
    await call(ctx, "PUT", `/api/segments/${article.data.segments[2].id}/translations/hu`, { token: pub, json: { text: "Második mondat.", status: "final" } });
    const exported = await call(ctx, "GET", "/api/tm/export?source=fr&target=hu", { token: tokens.publisher });
    expect(exported.data).toContain('<prop type="x-glossa-prev">Première phrase.</prop>');
    const fresh = makeTestApp();
    const admin = (await addUser(fresh.db, ["admin"])).token;
    await importFile(exported.data, admin, "application/xml", fresh);
    expect(fresh.db.select().from(tmUnits).all()[0]).toMatchObject({ prevSource: "Première phrase.", nextSource: "Troisième phrase." });
  });

  it("refuses half a pair, one language twice, and users without the role", async () => {
    expect((await call(ctx, "GET", "/api/tm/export?source=fr", { token: tokens.publisher })).status).toBe(400);
    expect((await call(ctx, "GET", "/api/tm/export?source=fr&target=fr", { token: tokens.publisher })).status).toBe(400);
    expect((await call(ctx, "GET", "/api/tm/export?source=fr&target=de", { token: tokens.publisher })).status).toBe(400);
    expect((await call(ctx, "GET", "/api/tm/export", { token: tokens.translator })).status).toBe(403);
  });
});
