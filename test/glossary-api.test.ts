import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, it } from "vitest";
import { concepts, terms } from "../src/db/schema";
import { addUser, call, makeTestApp, type TestContext } from "./support/app";
import { join } from "node:path";

const file = (p: string) => readFileSync(join(import.meta.dirname, "fixtures/tbx", p));

let ctx: TestContext;
let terminologist: string;
let translator: string;

beforeEach(async () => {
  ctx = makeTestApp({ maxBodyBytes: 5 * 1024 * 1024 });
  terminologist = (await addUser(ctx.db, ["terminologist"])).token;
  translator = (await addUser(ctx.db, ["translator"], ["hu"])).token;
});

const importFile = (body: BodyInit, type: string, token = terminologist) => call(ctx, "POST", "/api/glossary/import", { token, body, headers: { "content-type": type } });
const UNESCO_CONCEPT = {
  subjectField: "sustainable development",
  languages: {
    fr: { terms: [{ text: "développement durable", status: "preferred" }, { text: "développement soutenable", status: "deprecated" }] },
    en: { terms: [{ text: "sustainable development", status: "preferred" }] },
    hu: { terms: [{ text: "fenntartható fejlődés", status: "preferred" }], definition: "Olyan fejlődés, amely…" },
    zh: { terms: [{ text: "可持续发展", status: "preferred" }] },
  },
};

describe("glossary: happy paths", () => {
  it("imports a TBX file, exports it, and re-imports it without duplicates", async () => {
    const first = await importFile(file("ltac_test_files/basic_good.tbx"), "application/x-tbx");
    expect(first.status).toBe(200);
    expect(first.data).toMatchObject({ created: 45, updated: 0, skipped: 0, errors: [] });
    expect(ctx.db.select().from(terms).all()).toHaveLength(113);
    const exported = await call(ctx, "GET", "/api/glossary/export?format=tbx", { token: translator });
    expect(exported.status).toBe(200);
    const again = await importFile(exported.data, "application/xml");
    expect(again.data).toMatchObject({ created: 0, updated: 0, skipped: 45 });
    expect(ctx.db.select().from(concepts).all()).toHaveLength(45);
    const csv = await call(ctx, "GET", "/api/glossary/export?format=csv", { token: translator });
    expect(csv.headers.get("content-type")).toContain("text/csv");
    expect(String(csv.data)).toContain("open cluster");
  });

  it("updates a concept when the same id comes back changed", async () => {
    const v1 = `id,fr,fr_status\nc9,ville créative,preferred\n`;
    const v2 = `id,fr,fr_status\nc9,ville créative | cité créative,preferred | admitted\n`;
    expect((await importFile(v1, "text/csv")).data).toMatchObject({ created: 1 });
    expect((await importFile(v2, "text/csv")).data).toMatchObject({ created: 0, updated: 1 });
    expect(ctx.db.select().from(terms).all().map((t) => t.text).sort()).toEqual(["cité créative", "ville créative"]);
  });

  it("creates, searches, edits and deletes concepts and terms", async () => {
    const created = await call(ctx, "POST", "/api/glossary", { token: terminologist, json: UNESCO_CONCEPT });
    expect(created.status).toBe(201);
    const id = created.data.id;
    const found = await call(ctx, "GET", "/api/glossary?q=DURABLE&lang=fr", { token: translator });
    expect(found.data.concepts.map((c: any) => c.id)).toEqual([id]);
    expect(found.data.concepts[0].languages.hu.terms[0].text).toBe("fenntartható fejlődés");
    expect((await call(ctx, "GET", "/api/glossary?status=deprecated", { token: translator })).data.total).toBe(1);
    expect((await call(ctx, "GET", "/api/glossary?subject=culture", { token: translator })).data.total).toBe(0);
    const added = await call(ctx, "POST", `/api/glossary/${id}/terms`, { token: terminologist, json: { lang: "en", text: "SD", status: "admitted", type: "abbreviation" } });
    expect(added.data.languages.en.terms).toHaveLength(2);
    const termId = added.data.languages.en.terms[1].id;
    const patched = await call(ctx, "PATCH", `/api/glossary/terms/${termId}`, { token: terminologist, json: { status: "deprecated" } });
    expect(patched.data.languages.en.terms[1].status).toBe("deprecated");
    expect((await call(ctx, "DELETE", `/api/glossary/terms/${termId}`, { token: terminologist })).status).toBe(204);
    const edited = await call(ctx, "PATCH", `/api/glossary/${id}`, { token: terminologist, json: { ...UNESCO_CONCEPT, subjectField: "SDG" } });
    expect(edited.data.subjectField).toBe("SDG");
    expect((await call(ctx, "DELETE", `/api/glossary/${id}`, { token: terminologist })).status).toBe(204);
    expect((await call(ctx, "GET", `/api/glossary/${id}`, { token: terminologist })).status).toBe(404);
  });

  it("recognises terms with the current termbase, rebuilt after each change", async () => {
    await call(ctx, "POST", "/api/glossary", { token: terminologist, json: UNESCO_CONCEPT });
    const hu = await call(ctx, "POST", "/api/glossary/recognize", { token: translator, json: { lang: "hu-HU", text: "a fenntartható fejlődéshez" } });
    expect(hu.data.hits).toEqual([expect.objectContaining({ term: "fenntartható fejlődés", matched: "fenntartható fejlődéshez", start: 2, end: 26 })]);
    await call(ctx, "POST", "/api/glossary", { token: terminologist, json: { languages: { fr: { terms: [{ text: "jumeau numérique", status: "preferred" }] } } } });
    const fr = await call(ctx, "POST", "/api/glossary/recognize", { token: translator, json: { lang: "fr", text: "des jumeaux numériques pour le développement durable" } });
    expect(fr.data.hits.map((h: any) => h.matched)).toEqual(["jumeaux numériques", "développement durable"]);
  });
});

describe("glossary: errors", () => {
  it("rejects invalid files with their reasons and writes nothing", async () => {
    for (const [path, reason] of [
      ["ltac_test_files/basic_bad.tbx", /definition/],
      ["byutrg_tbx_basic_package/tbx_basic_sample_notwellformed.tbx", /not well-formed/],
    ] as const) {
      const res = await importFile(file(path), "application/x-tbx");
      expect(res.status).toBe(422);
      expect(res.data.code).toBe("INVALID_FILE");
      expect(res.data.errors.map((e: any) => e.message).join("\n")).toMatch(reason);
    }
    expect(ctx.db.select().from(concepts).all()).toHaveLength(0);
    // A CSV's bad rows are refused one by one, with their line; the good ones are imported.
    const csv = await importFile("id,fr,fr_status\nc1,ville,preferred\nc2,cité,wrong\n", "text/csv");
    expect(csv.status).toBe(200);
    expect(csv.data).toMatchObject({ created: 1, errors: [{ line: 3, message: expect.stringMatching(/unknown status "wrong"/) }] });
    expect(ctx.db.select().from(terms).all().map((t) => t.text)).toEqual(["ville"]);
  });

  it("refuses unknown content types, bad encodings and empty concepts", async () => {
    expect((await importFile("x", "application/pdf")).status).toBe(415);
    const latin1 = await importFile(new Uint8Array([0x69, 0x64, 0x2c, 0x66, 0x72, 0x0a, 0x31, 0x2c, 0xe9, 0x0a]), "text/csv");
    expect(latin1.data.code).toBe("INVALID_ENCODING");
    const empty = await call(ctx, "POST", "/api/glossary", { token: terminologist, json: { languages: { fr: { terms: [] } } } });
    expect(empty.status).toBe(400);
    const lang = await call(ctx, "POST", "/api/glossary/recognize", { token: translator, json: { lang: "xx", text: "a" } });
    expect(lang.data.code).toBe("UNKNOWN_LANGUAGE");
  });
});

describe("glossary: security", () => {
  it("refuses writes to non-terminologists and anything to anonymous callers", async () => {
    expect((await call(ctx, "POST", "/api/glossary", { token: translator, json: UNESCO_CONCEPT })).status).toBe(403);
    expect((await importFile(file("ltac_test_files/min_good.tbx"), "application/x-tbx", translator)).status).toBe(403);
    expect((await call(ctx, "GET", "/api/glossary")).status).toBe(401);
    expect(ctx.db.select().from(concepts).all()).toHaveLength(0);
  });

  it("refuses billion laughs and external entities without expanding or reading anything", async () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE tbx [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><tbx type="TBX-Core"><text><body><conceptEntry id="c1"><langSec xml:lang="en"><termSec><term>&xxe;</term></termSec></langSec></conceptEntry></body></text></tbx>`;
    const res = await importFile(xxe, "application/xml");
    expect(res.status).toBe(422);
    expect(res.data.detail).toMatch(/entity declarations are not allowed/);
    expect(JSON.stringify(res.data)).not.toContain("root:x:0");
    const lol = `<!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><tbx><text>&b;</text></tbx>`;
    expect((await importFile(lol, "application/xml")).status).toBe(422);
    expect(ctx.db.select().from(terms).all()).toHaveLength(0);
  });
});
