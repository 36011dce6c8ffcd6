import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TERM_STATUSES, TERM_TYPES } from "../../domain/terms/types";
import type { TermbaseDoc } from "./model";
import { readTbx } from "./reader";
import { writeTbx } from "./writer";

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

describe("round trip", () => {
  for (const key of ["ltac_test_files/basic_good.tbx", "byutrg_tbx_basic_package/TBX-basic-sample.tbx", "weblate_tests/fr-extended-metadata.tbx", "omegat/sampleTBXfile.tbx"]) {
    it(`keeps every concept, term, status and note of ${key}`, () => {
      const first = readTbx(readFileSync(join(CORPUS, key), "utf8")).doc;
      const second = readTbx(writeTbx(first));
      expect(second.errors).toEqual([]);
      expect(second.doc.concepts).toEqual(first.concepts);
    });
  }

  const text = fc.string({ minLength: 1, maxLength: 20 }).map((s) => s.replace(/\s+/g, " ").trim()).filter((s) => s.length > 0);
  const termDoc = fc.record({
    text,
    status: fc.constantFrom(...TERM_STATUSES),
    type: fc.option(fc.constantFrom(...TERM_TYPES.filter((t) => t !== "properNoun")), { nil: undefined }),
    note: fc.option(text.filter((s) => !s.startsWith("[forbidden]")), { nil: undefined }),
  });
  it("keeps generated termbases (fast-check)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            subjectField: fc.option(text, { nil: undefined }),
            languages: fc.record({ fr: fc.record({ terms: fc.array(termDoc, { minLength: 1, maxLength: 3 }) }), hu: fc.record({ terms: fc.array(termDoc, { minLength: 1, maxLength: 2 }) }) }),
          }),
          { maxLength: 5 },
        ),
        (concepts) => {
          const doc: TermbaseDoc = { concepts: concepts.map((c, i) => ({ ...c, externalId: `c${i + 1}` })) };
          const back = readTbx(writeTbx(doc));
          expect(back.errors).toEqual([]);
          const strip = (d: TermbaseDoc) => JSON.parse(JSON.stringify(d.concepts));
          expect(strip(back.doc)).toEqual(strip(doc));
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
