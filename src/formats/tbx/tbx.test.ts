import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TERM_STATUSES, TERM_TYPES } from "../../domain/terms/types";
import { basicDate, basicTransactionType } from "./basic-form";
import { countContents, type Annotations, type TermbaseDoc, type TermDoc } from "./model";
import { readTbx } from "./reader";
import { writeTbx, writeTbxV2 } from "./writer";
import { validateTbxBasic } from "../../../test/support/tbx-schema";

const CORPUS = join(import.meta.dirname, "../../../test/fixtures/tbx");
function tbxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    return statSync(path).isDirectory() ? tbxFiles(path) : f.endsWith(".tbx") ? [path] : [];
  });
}
const all = tbxFiles(CORPUS);
const name = (f: string) => relative(CORPUS, f);
const INVALID: Record<string, RegExp> = {
  "byutrg_tbx_basic_package/tbx_basic_sample_badattribute.tbx": /"origin" is not a TBX-Basic data category/,
  "byutrg_tbx_basic_package/tbx_basic_sample_badelement.tbx": /Unknown element <transaction>/,
  "byutrg_tbx_basic_package/tbx_basic_sample_badelementcontent.tbx": /"preposition" is not an allowed value of partOfSpeech/,
  "byutrg_tbx_basic_package/tbx_basic_sample_badelementorder.tbx": /<termNote> may not follow/,
  "byutrg_tbx_basic_package/tbx_basic_sample_badtargetattribute_value.tbx": /target "C:\/\/Path\/to\/wikipedia" is not an absolute URI/,
  "byutrg_tbx_basic_package/tbx_basic_sample_notwellformed.tbx": /not well-formed/,
  "ltac_test_files/basic_bad.tbx": /"source" is not allowed at concept level[\s\S]*"definition" is not allowed at term level|"definition" is not allowed at term level/,
  "ltac_test_files/core_structure_bad.tbx": /must be wrapped in <p>/,
  "ltac_test_files/min_bad.tbx": /<xref> is not allowed anywhere in TBX-Min/,
  "ltac_test_files/poorly_formed_xml.tbx": /not well-formed/,
  // Declares TBX-Basic but uses data categories from outside the dialect.
  "ltac_tbx_converter_tests/tbx3_converted/Unknown_Dialect2.tbx": /not a TBX-Basic data category/,
};
const termCount = (doc: TermbaseDoc) => doc.concepts.reduce((n, c) => n + Object.values(c.languages).reduce((m, l) => m + l.terms.length, 0), 0);
const nonEmptyTerms = (xml: string) => (xml.match(/<term\b[^>/]*>\s*[^<\s][^<]*<\/term>/g) ?? []).length;

describe("TBX corpus", () => {
  for (const file of all) {
    const key = name(file);
    const xml = readFileSync(file, "utf8");
    if (INVALID[key]) {
      it(`rejects ${key} with its reason`, () => {
        const { errors } = readTbx(xml);
        expect(errors.length).toBeGreaterThan(0);
        expect(errors.map((e) => e.message).join("\n")).toMatch(INVALID[key]!);
      });
    } else {
      it(`reads ${key} with all its terms`, () => {
        const { doc, errors } = readTbx(xml);
        expect(errors).toEqual([]);
        expect(termCount(doc)).toBe(nonEmptyTerms(xml));
        expect(termCount(doc)).toBeGreaterThan(0);
      });
    }
  }

  it("reads statuses, types, parts of speech and notes", () => {
    const { doc } = readTbx(readFileSync(join(CORPUS, "ltac_dialect_examples/TBX-Basic_Example_Astronomy_DCT_VALID.tbx"), "utf8"));
    const terms = doc.concepts.flatMap((c) => Object.values(c.languages).flatMap((l) => l.terms));
    expect(new Set(terms.map((t) => t.status))).toEqual(new Set(["preferred", "admitted", "deprecated", "superseded"]));
    expect(terms.some((t) => t.partOfSpeech === "noun")).toBe(true);
    expect(doc.concepts.filter((c) => c.subjectField).length).toBeGreaterThan(30);
  });

  it("reads Hungarian terms of the TBX v2 OmegaT sample", () => {
    const { doc } = readTbx(readFileSync(join(CORPUS, "omegat/sampleTBXfile.tbx"), "utf8"));
    expect(Object.keys(doc.concepts[0]!.languages).sort()).toEqual(["en", "hu"]);
  });
});

/** A model in canonical form, with the values TBX-Basic holds differently mapped as the writer maps them. */
function basicNormalised(doc: TermbaseDoc): unknown {
  const annotations = (a: Annotations) => {
    for (const t of a.transactions ?? []) {
      t.type = basicTransactionType(t.type);
      if (t.date !== undefined) t.date = basicDate(t.date);
      if (t.date === undefined) delete t.date;
    }
  };
  const copy: TermbaseDoc = JSON.parse(JSON.stringify(doc));
  for (const c of copy.concepts) {
    annotations(c);
    for (const s of Object.values(c.languages)) {
      annotations(s);
      for (const t of s.terms) annotations(t);
    }
  }
  return JSON.parse(JSON.stringify(copy.concepts, (_k, v) => (v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v)));
}

const ROUND_TRIP = [
  "ltac_dialect_examples/TBX-Basic_Example_Astronomy_DCA_VALID.tbx",
  "ltac_dialect_examples/TBX-Basic_Example_Astronomy_DCT_VALID.tbx",
  "ltac_dialect_examples/TBX-Min_Example_Astronomy_DCA_VALID.tbx",
  "ltac_test_files/basic_good.tbx",
  "ltac_test_files/core_structure_good.tbx",
  "byutrg_tbx_basic_package/TBX-basic-sample.tbx",
  "ltac_tbx_converter_tests/tbx2_input/Good-Basic1.tbx",
  "ltac_tbx_converter_tests/tbx2_input/Good-Basic2.tbx",
  "ltac_tbx_converter_tests/tbx3_converted/Good-Basic1.tbx",
  "ltac_tbx_converter_tests/tbx3_converted/Good-Basic2.tbx",
  "weblate_tests/fr-extended-metadata.tbx",
  "omegat/sampleTBXfile.tbx",
];

describe("round trip TBX -> model -> TBX-Basic (v3 and v2)", () => {
  for (const key of ROUND_TRIP) {
    it(`keeps everything of ${key} in place`, () => {
      const first = readTbx(readFileSync(join(CORPUS, key), "utf8")).doc;
      for (const write of [writeTbx, writeTbxV2]) {
        const second = readTbx(write(first));
        expect(second.errors).toEqual([]);
        expect(countContents(second.doc)).toEqual(countContents(first));
        expect(basicNormalised(second.doc)).toEqual(basicNormalised(first));
      }
    });
  }

  it("keeps the 178 sources of the Astronomy example with their definitions (74) and contexts (104)", () => {
    const doc = readTbx(readFileSync(join(CORPUS, "ltac_dialect_examples/TBX-Basic_Example_Astronomy_DCA_VALID.tbx"), "utf8")).doc;
    const sourced = (d: TermbaseDoc) =>
      d.concepts.flatMap((c) =>
        Object.entries(c.languages).flatMap(([lang, s]) => [
          ...(s.definitions ?? []).map((x) => `definition ${c.externalId} ${lang} ${x.text} <- ${x.sources?.join(" | ")}`),
          ...s.terms.flatMap((t) => (t.contexts ?? []).map((x) => `context ${t.text} ${x.text} <- ${x.sources?.join(" | ")}`)),
        ]),
      );
    expect(countContents(doc)).toMatchObject({ sources: 178, definitions: 74, contexts: 104, transactions: 316 });
    expect(sourced(readTbx(writeTbx(doc)).doc)).toEqual(sourced(doc));
  });

  it("keeps cross-references, subsets, transactions and the people they name (TBX-basic-sample)", () => {
    const doc = readTbx(readFileSync(join(CORPUS, "byutrg_tbx_basic_package/TBX-basic-sample.tbx"), "utf8")).doc;
    const c1 = doc.concepts.find((c) => c.externalId === "c1")!;
    expect(c1.references).toEqual([
      { type: "relatedConcept", text: "unscheduled operation", target: "c2" },
      { type: "externalCrossReference", text: "Wikipedia web site", target: "http://wikipedia.org" },
      { type: "xGraphic", text: "Wikipedia logo", target: "http://upload.wikimedia.org/wikipedia/commons/8/80/Wikipedia-logo-v2.svg" },
    ]);
    expect(c1.transactions![0]).toEqual({ type: "origination", responsibility: "Jane", responsibilityRef: "US5001", date: "2007-07-22" });
    expect(c1.languages.en!.terms[0]).toMatchObject({ customerSubsets: ["IBM"], projectSubsets: ["Tivoli Storage Manager"], sources: ["IBM"], geographicalUsage: "Canada", termLocation: "menuItem" });
    expect(doc.refObjects?.map((r) => r.id)).toEqual(["US5001", "US5002"]);
    const back = readTbx(writeTbx(doc)).doc;
    expect(back.refObjects).toEqual(doc.refObjects);
  });
});

describe("TBX-Basic conformance of exports", () => {
  for (const key of ["byutrg_tbx_basic_package/TBX-basic-sample.tbx", "ltac_test_files/basic_good.tbx", "ltac_tbx_converter_tests/tbx2_input/Good-Basic2.tbx", "weblate_tests/fr-extended-metadata.tbx"]) {
    it(`an export of ${key} passes the official RelaxNG grammar and Schematron`, async () => {
      const doc = readTbx(readFileSync(join(CORPUS, key), "utf8")).doc;
      expect(await validateTbxBasic(writeTbx(doc))).toEqual([]);
    });
  }

  it("writes forbidden terms, proper nouns, usage notes and case sensitivity in Basic's vocabulary and reads them back", async () => {
    const doc: TermbaseDoc = {
      concepts: [
        {
          externalId: "g1",
          languages: {
            hu: {
              terms: [
                { text: "Soós Gábor", status: "preferred", type: "properNoun", caseSensitive: true, usageNote: "Hungarian name order" },
                { text: "Gábor Soós", status: "forbidden", type: "properNoun", note: "Western order" },
              ],
            },
          },
        },
      ],
    };
    const xml = writeTbx(doc);
    expect(await validateTbxBasic(xml)).toEqual([]);
    expect(xml).not.toMatch(/properNoun|\[forbidden\]|type="usageNote"/);
    expect(xml).toContain('<termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>');
    expect(readTbx(xml).doc.concepts).toEqual(doc.concepts);
    expect(readTbx(writeTbxV2(doc)).doc.concepts).toEqual(doc.concepts);
  });

  it("still reads the forbidden notes and proper-noun parts of speech of Glossa's earlier exports", () => {
    const legacy = `<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader><text><body><conceptEntry id="c1"><langSec xml:lang="fr"><termSec><term>Unesco</term><termNote type="partOfSpeech">properNoun</termNote><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote><note>[forbidden] lower case</note></termSec></langSec></conceptEntry></body></text></tbx>`;
    const { doc, errors, warnings } = readTbx(legacy);
    expect(errors).toEqual([]);
    expect(warnings[0]!.message).toMatch(/properNoun/);
    expect(doc.concepts[0]!.languages.fr!.terms[0]).toEqual({ text: "Unesco", status: "forbidden", type: "properNoun", note: "lower case" });
  });
});

describe("generated termbases", () => {
  const text = fc.string({ minLength: 1, maxLength: 20 }).map((s) => s.replace(/\s+/g, " ").trim()).filter((s) => s.length > 0);
  /** Notes that read as one of Glossa's markers (./conventions) are markers, not notes. */
  const note = text.filter((s) => !/^(\[forbidden\]|forbidden|proper noun|case-sensitive|usage note:|part of speech:|grammatical gender:|term location:)/i.test(s));
  const described = fc.record({ text, sources: fc.option(fc.array(text, { minLength: 1, maxLength: 2 }), { nil: undefined }) }).map((d) => (d.sources ? d : { text: d.text }));
  const termDoc = fc
    .record({
      text,
      status: fc.constantFrom(...TERM_STATUSES),
      type: fc.option(fc.constantFrom(...TERM_TYPES), { nil: undefined }),
      caseSensitive: fc.option(fc.constant(true), { nil: undefined }),
      usageNote: fc.option(text, { nil: undefined }),
      note: fc.option(note, { nil: undefined }),
      contexts: fc.option(fc.array(described, { minLength: 1, maxLength: 2 }), { nil: undefined }),
      sources: fc.option(fc.array(text, { minLength: 1, maxLength: 2 }), { nil: undefined }),
    })
    .map((t) => Object.fromEntries(Object.entries(t).filter(([, v]) => v !== undefined)) as unknown as TermDoc);
  it("keeps generated termbases in v3 and v2 (fast-check)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            subjectField: fc.option(text, { nil: undefined }),
            languages: fc.record({
              fr: fc.record({ terms: fc.array(termDoc, { minLength: 1, maxLength: 3 }) }),
              hu: fc.record({ definitions: fc.array(described, { minLength: 1, maxLength: 2 }), terms: fc.array(termDoc, { minLength: 1, maxLength: 2 }) }),
            }),
          }),
          { maxLength: 5 },
        ),
        (concepts) => {
          const doc: TermbaseDoc = { concepts: concepts.map((c, i) => ({ ...(c.subjectField ? { subjectField: c.subjectField } : {}), languages: c.languages, externalId: `c${i + 1}` })) };
          for (const write of [writeTbx, writeTbxV2]) {
            const back = readTbx(write(doc));
            expect(back.errors).toEqual([]);
            expect(back.doc.concepts).toEqual(doc.concepts);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("hostile XML", () => {
  it("refuses the billion laughs without expanding anything", () => {
    const lol = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><tbx type="TBX-Core"><text><body><conceptEntry id="c1"><langSec xml:lang="en"><termSec><term>&lol3;</term></termSec></langSec></conceptEntry></body></text></tbx>`;
    const { errors, doc } = readTbx(lol);
    expect(errors[0]!.message).toMatch(/entity declarations are not allowed/);
    expect(doc.concepts).toEqual([]);
  });

  it("refuses external entities and never reads the file they name", () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE tbx [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><tbx type="TBX-Core"><text><body><conceptEntry id="c1"><langSec xml:lang="en"><termSec><term>&xxe;</term></termSec></langSec></conceptEntry></body></text></tbx>`;
    const result = readTbx(xxe);
    expect(result.errors[0]!.message).toMatch(/entity declarations are not allowed/);
    expect(JSON.stringify(result)).not.toContain("root:");
  });

  it("refuses undeclared entities, too-deep nesting, oversized input and non-TBX roots", () => {
    expect(readTbx(`<tbx type="TBX-Core"><text>&nope;</text></tbx>`).errors[0]!.message).toMatch(/not well-formed/);
    const deep = `<tbx type="TBX-Core"><text><body>${"<hi>".repeat(100)}</body></text></tbx>`;
    expect(readTbx(deep).errors[0]!.message).toMatch(/deeper than/);
    expect(readTbx("<tbx/>", { maxBytes: 3 }).errors[0]!.message).toMatch(/larger than/);
    expect(readTbx("<html><body/></html>").errors[0]!.message).toMatch(/not a TBX file/);
  });
});
