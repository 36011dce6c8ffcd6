/**
 * The termbase defects of issues #25 and #26, each reproduced through the HTTP API on the real
 * files that showed it (test/fixtures, copies of the shared corpus).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { concepts, terms } from "../src/db/schema";
import { readTbx } from "../src/formats/tbx/reader";
import { countContents } from "../src/formats/tbx/model";
import { addUser, call, makeTestApp, type TestContext } from "./support/app";
import { validateTbxBasic } from "./support/tbx-schema";

const FIXTURES = join(import.meta.dirname, "fixtures");
const fixture = (p: string) => readFileSync(join(FIXTURES, p));

let ctx: TestContext;
let token: string;

beforeEach(async () => {
  ctx = makeTestApp({ maxBodyBytes: 5 * 1024 * 1024 });
  token = (await addUser(ctx.db, ["terminologist"])).token;
});

const importFile = (body: BodyInit, type: string, query = "") => call(ctx, "POST", `/api/glossary/import${query}`, { token, body, headers: { "content-type": type } });
const termTexts = () => ctx.db.select().from(terms).all().map((t) => t.text);

describe("issue #25: concept ids are scoped to their file", () => {
  it("a second file with ids c1–c45 does not replace e-mail/courriel (c5 of the first)", async () => {
    expect((await importFile(fixture("tbx/byutrg_tbx_basic_package/TBX-basic-sample.tbx"), "application/x-tbx")).status).toBe(200);
    const second = await importFile(fixture("tbx/ltac_test_files/basic_good.tbx"), "application/x-tbx");
    expect(second.status).toBe(200);
    expect(second.data).toMatchObject({ created: 45, updated: 0 });
    expect(termTexts()).toEqual(expect.arrayContaining(["e-mail", "courriel", "globular cluster"]));
    expect(ctx.db.select().from(concepts).all()).toHaveLength(5 + 45);
  });

  it("never merges two entries of one file that share a preferred term (Happiness of Good-Basic1)", async () => {
    const xml = fixture("tbx/ltac_tbx_converter_tests/tbx3_converted/Good-Basic1.tbx");
    const inFile = readTbx(xml.toString("utf8")).doc;
    const res = await importFile(xml, "application/x-tbx");
    expect(res.status).toBe(200);
    expect(res.data.created).toBe(inFile.concepts.length);
    expect(ctx.db.select().from(concepts).all()).toHaveLength(inFile.concepts.length);
    expect(termTexts()).toContain("Happiness");
    const exported = readTbx((await call(ctx, "GET", "/api/glossary/export?format=tbx", { token })).data).doc;
    const happiness = exported.concepts.find((c) => c.languages.en?.terms.some((t) => t.text === "Happiness"));
    expect(JSON.stringify(happiness)).toMatch(/definition|text/);
    expect(countContents(exported).definitions).toBe(countContents(inFile).definitions);
  });
});

describe("issue #25: import and export keep what TBX carries, in place", () => {
  it("keeps all 178 sources of the Astronomy file, each with its definition or context", async () => {
    const xml = fixture("tbx/ltac_dialect_examples/TBX-Basic_Example_Astronomy_DCA_VALID.tbx").toString("utf8");
    const original = readTbx(xml).doc;
    expect(countContents(original).sources).toBe(178);
    expect((await importFile(xml, "application/x-tbx")).status).toBe(200);
    const exported = readTbx((await call(ctx, "GET", "/api/glossary/export?format=tbx", { token })).data).doc;
    const counts = countContents(exported);
    expect(counts).toEqual(countContents(original));
    const definitionSources = (d: typeof original) => d.concepts.flatMap((c) => Object.entries(c.languages).flatMap(([l, s]) => (s.definitions ?? []).map((x) => `${l}|${x.text}|${x.sources?.join(";")}`)));
    expect(definitionSources(exported).sort()).toEqual(definitionSources(original).sort());
  });

  it("exports TBX-Basic that the official RelaxNG schema and Schematron accept", async () => {
    await importFile(fixture("tbx/byutrg_tbx_basic_package/TBX-basic-sample.tbx"), "application/x-tbx");
    await call(ctx, "POST", "/api/glossary", {
      token,
      json: { languages: { en: { terms: [{ text: "Glossa", status: "preferred", type: "properNoun", usageNote: "Capitalised", caseSensitive: true }, { text: "glosa", status: "forbidden" }] } } },
    });
    const xml = (await call(ctx, "GET", "/api/glossary/export?format=tbx", { token })).data;
    expect(await validateTbxBasic(xml)).toEqual([]);
    expect(xml).not.toContain("properNoun");
    expect(xml).not.toContain("[forbidden]");
  });
});

describe("issue #25: other tools' glossaries", () => {
  it("imports OmegaT's comma, tab and UTF-16 glossaries with the languages given", async () => {
    for (const [file, type] of [["test.csv", "text/csv"], ["test.tab", "text/tab-separated-values"], ["testUTF16LE.txt", "text/plain"]] as const) {
      const res = await importFile(fixture(`glossary/omegat_tests/${file}`), type, "?sourceLang=en&targetLang=fr");
      expect(res.status, file).toBe(200);
      expect(res.data.created, file).toBeGreaterThan(0);
    }
    expect(termTexts()).toEqual(expect.arrayContaining(['"kde","q"', "kde, qu", "Unicode Transformation Format"]));
  });

  it("refuses a CSV with an unbalanced quote, naming its line, and imports nothing (issue #26)", async () => {
    const res = await importFile('id,en,fr\nc1,open cluster,amas ouvert\nc2,"globular cluster,amas globulaire\nc3,galaxy,galaxie\n', "text/csv");
    expect(res.status).toBe(422);
    expect(res.data.detail).toMatch(/line 3/);
    expect(ctx.db.select().from(concepts).all()).toHaveLength(0);
  });
});

describe("issue #25: recognition says when a term is deprecated or forbidden", () => {
  it("gives each hit the term's status", async () => {
    await call(ctx, "POST", "/api/glossary", {
      token,
      json: { languages: { fr: { terms: [{ text: "développement durable", status: "preferred" }, { text: "développement soutenable", status: "forbidden" }] } } },
    });
    const res = await call(ctx, "POST", "/api/glossary/recognize", { token, json: { lang: "fr", text: "le développement soutenable" } });
    expect(res.data.hits).toEqual([expect.objectContaining({ term: "développement soutenable", status: "forbidden" })]);
  });
});
