/**
 * Termbase exports read back: TBX v3 and v2, CSV and XLSX keep what their format can hold;
 * the editor keeps what it does not show; deprecated or forbidden source terms get a QA note.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeEach, describe, expect, it } from "vitest";
import { readGlossaryCsv } from "../src/formats/glossary-csv";
import { glossaryTable } from "../src/formats/glossary-table";
import { readTbx } from "../src/formats/tbx/reader";
import { exportTermbase, searchConcepts } from "../src/services/glossary";
import { addUser, call, loginCookie, makeTestApp, type TestContext } from "./support/app";

const fixture = (p: string) => readFileSync(join(import.meta.dirname, "fixtures", p));
let ctx: TestContext;
let token: string;

const RICH = {
  subjectField: "people",
  note: "checked 2024",
  languages: {
    hu: {
      note: "Hungarian order",
      terms: [
        { text: "Soós Gábor", status: "preferred", type: "properNoun", caseSensitive: true, usageNote: "family name first", note: "needs checking" },
        { text: "Gábor Soós", status: "forbidden", type: "properNoun" },
      ],
    },
    fr: { definition: "Secrétaire général de la commission", terms: [{ text: "commission | nationale", status: "preferred", partOfSpeech: "noun", gender: "feminine", type: "fullForm" }] },
  },
};

beforeEach(async () => {
  ctx = makeTestApp({ maxBodyBytes: 5 * 1024 * 1024 });
  token = (await addUser(ctx.db, ["terminologist"], [], "terms")).token;
  await call(ctx, "POST", "/api/glossary/import", { token, body: fixture("tbx/byutrg_tbx_basic_package/TBX-basic-sample.tbx"), headers: { "content-type": "application/x-tbx" } });
  expect((await call(ctx, "POST", "/api/glossary", { token, json: RICH })).status).toBe(201);
});

const exported = (format: string) => ctx.app.request(`/api/glossary/export?format=${format}`, { headers: { authorization: `Bearer ${token}` } });

describe("exports read back", () => {
  it("TBX v2 (martif) holds the same termbase as TBX v3", async () => {
    const v3 = await exported("tbx");
    const v2 = await exported("tbx2");
    expect(v2.headers.get("content-type")).toContain("application/x-tbx");
    const v2Text = await v2.text();
    expect(v2Text).toContain('<martif type="TBX-Basic"');
    const a = readTbx(await v3.text());
    const b = readTbx(v2Text);
    expect(b.errors).toEqual([]);
    expect(b.doc.concepts).toEqual(a.doc.concepts);
    expect(b.doc.refObjects).toEqual(a.doc.refObjects);
  });

  it("CSV carries part of speech, term type, gender, case sensitivity and every note, and imports back the same", async () => {
    const csv = await (await exported("csv")).text();
    const { doc, errors, rowErrors } = readGlossaryCsv(csv);
    expect([...errors, ...rowErrors]).toEqual([]);
    const rich = doc.concepts.find((c) => c.languages.hu?.terms[0]?.text === "Soós Gábor")!;
    expect(rich).toMatchObject({ subjectField: "people", note: "checked 2024" });
    expect(rich.languages.hu).toEqual({
      note: "Hungarian order",
      terms: [
        { text: "Soós Gábor", status: "preferred", type: "properNoun", caseSensitive: true, usageNote: "family name first", note: "needs checking" },
        { text: "Gábor Soós", status: "forbidden", type: "properNoun" },
      ],
    });
    expect(rich.languages.fr).toEqual({ definitions: [{ text: "Secrétaire général de la commission" }], terms: [{ text: "commission | nationale", status: "preferred", type: "fullForm", partOfSpeech: "noun", gender: "feminine" }] });
  });

  it("XLSX is a workbook whose sheet holds the same table as the CSV", async () => {
    const res = await exported("xlsx");
    expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const sheet = workbook.getWorksheet("Termbase")!;
    const rows: string[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => {
      const width = sheet.columnCount;
      rows.push(Array.from({ length: width }, (_, i) => String(row.getCell(i + 1).value ?? "")));
    });
    const expected = glossaryTable(exportTermbase({ db: ctx.db })).map((r) => [...r, ...Array(Math.max(0, sheet.columnCount - r.length)).fill("")]);
    expect(rows).toEqual(expected);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
  });

  it("refuses unknown formats", async () => {
    expect((await exported("docx")).status).toBe(400);
  });
});

describe("the editor keeps what it does not show", () => {
  it("saving a concept from the form keeps its transactions, references, subsets, sources and other languages", async () => {
    const [c1] = searchConcepts({ db: ctx.db, input: { q: "scheduled operation" } }).concepts.filter((c) => c.externalId === "c1");
    expect(c1!.transactions).toHaveLength(2);
    const term = c1!.languages.en!.terms[0]!;
    const session = await loginCookie(ctx, "terms");
    const body = new URLSearchParams({
      _csrf: session.csrf, expectedModifiedAt: c1!.modifiedAt, externalId: "c1", subjectField: "manufacturing",
      "lang.en.terms.0.id": String(term.id), "lang.en.terms.0.text": "scheduled operation", "lang.en.terms.0.status": "preferred", "lang.en.terms.0.partOfSpeech": "verb",
      "lang.en.terms.0.context": "One hour is required between scheduled operations, always.",
      "lang.fr.terms.0.text": "opération planifiée", "lang.fr.terms.0.status": "preferred",
    });
    const res = await ctx.app.request(`/glossary/${c1!.id}`, { method: "POST", body, headers: { cookie: session.cookie, "content-type": "application/x-www-form-urlencoded" } });
    expect(res.status).toBe(303);
    const after = searchConcepts({ db: ctx.db, input: { q: "scheduled operation" } }).concepts.find((c) => c.id === c1!.id)!;
    expect(after.transactions).toEqual(c1!.transactions);
    expect(after.references).toEqual(c1!.references);
    expect(after.definitions).toEqual(c1!.definitions);
    const en = after.languages.en!.terms[0]!;
    expect(en).toMatchObject({ customerSubsets: ["IBM"], projectSubsets: ["Tivoli Storage Manager"], sources: ["IBM"], geographicalUsage: "Canada", termLocation: "menuItem" });
    expect(en.contexts).toEqual([{ text: "One hour is required between scheduled operations, always.", sources: ["Tivoli Storage Manager Administrator's Guide"] }]);
    expect(after.languages.fr!.terms[0]!.text).toBe("opération planifiée");
  });
});

describe("deprecated and forbidden terms in a source", () => {
  it("get a terminology note naming the preferred term (minor when forbidden, neutral when deprecated)", async () => {
    await call(ctx, "POST", "/api/glossary", {
      token,
      json: { languages: { fr: { terms: [{ text: "développement durable", status: "preferred" }, { text: "développement soutenable", status: "forbidden" }, { text: "développement viable", status: "deprecated" }] } } },
    });
    const res = await call(ctx, "POST", "/api/qa/check", { token, json: { sourceLang: "fr", source: "Le développement soutenable, ou développement viable." } });
    const notes = res.data.flags.filter((f: { check: string }) => f.check === "termStatus");
    expect(notes).toEqual([
      expect.objectContaining({ side: "source", text: "développement soutenable", severity: "minor", category: "terminology", suggestions: ["développement durable"] }),
      expect.objectContaining({ side: "source", text: "développement viable", severity: "neutral", suggestions: ["développement durable"] }),
    ]);
  });
});
