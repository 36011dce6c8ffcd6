/**
 * The XLIFF reader against real files (copied into test/fixtures/xliff with their provenance):
 * the OASIS XLIFF 2.0 and 2.2 test suites — every valid file that uses core and the modules Glossa
 * reads loads, every invalid file is refused for the reason its name gives — and the 1.2 files of
 * Symfony, Trados, memoQ, Angular and SAP load.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { XliffDocument } from "./model";
import { readParsedXliff, xliffKind } from "./read";
import { validateAgainstSchemas, type SchemaSet } from "./schema";
import { parseXmlTree } from "./xml-tree";

const FIXTURES = join(import.meta.dirname, "../../../test/fixtures/xliff");

type Outcome = { name: string; doc?: XliffDocument; error?: string };

/** Reads every file of a folder, validating the XLIFF 2 ones against their schema in one batch. */
async function readFolder(folder: string): Promise<Outcome[]> {
  const dir = join(FIXTURES, folder);
  const files = readdirSync(dir).filter((f) => /\.(xlf|xliff|sdlxliff|mqxliff)$/.test(f)).sort();
  const parsed = files.map((name) => {
    const xml = readFileSync(join(dir, name), "utf8").replace(/^\uFEFF/, "");
    try {
      const root = parseXmlTree(xml);
      return { name, xml, root, kind: xliffKind(root) };
    } catch (e) {
      return { name, xml, error: (e as Error).message };
    }
  });
  const bySet = new Map<SchemaSet, Array<{ name: string; xml: string }>>();
  for (const p of parsed) if (p.kind?.version === "2.x") (bySet.get(p.kind.schema) ?? bySet.set(p.kind.schema, []).get(p.kind.schema)!).push(p);
  const schemaErrors = new Map<string, string[]>();
  for (const [set, docs] of bySet) for (const [name, errors] of await validateAgainstSchemas(docs, set)) schemaErrors.set(name, errors);
  return parsed.map((p) => {
    if (p.error !== undefined) return { name: p.name, error: p.error };
    try {
      return { name: p.name, doc: readParsedXliff(p.root!, schemaErrors.get(p.name) ?? []) };
    } catch (e) {
      return { name: p.name, error: (e as Error).message };
    }
  });
}

/** Valid files of the 2.2 suite that are themselves broken: <meta> outside the Metadata namespace, an unbound `pgs:` prefix. */
const BROKEN_VALID = ["Good-mda_top-level.xlf", "Good-pgs_plural.xlf"];

describe("OASIS test suites", () => {
  for (const folder of ["oasis_test_suite/xliff-22/core/valid", "xliff20_oasis_test_files_msOM/core/valid", "xliff20_oasis_test_files_msOM/modules/valid", "oasis_test_suite/xliff-22/modules/valid", "oasis_test_suite/xliff-21/core/in-out", "xliff20_oasis_test_files_msOM/core/in-out"]) {
    it(`loads every valid file of ${folder}`, async () => {
      const outcomes = await readFolder(folder);
      expect(outcomes.length).toBeGreaterThan(15);
      const refused = outcomes.filter((o) => o.error !== undefined).map((o) => `${o.name}: ${o.error}`);
      expect(refused.filter((r) => !BROKEN_VALID.some((b) => r.startsWith(b)))).toEqual([]);
    }, 60_000);
  }

  it("refuses the two broken 'valid' files of the 2.2 modules suite, saying why", async () => {
    const outcomes = await readFolder("oasis_test_suite/xliff-22/modules/valid");
    expect(outcomes.find((o) => o.name === "Good-mda_top-level.xlf")?.error).toMatch(/Element 'meta': This element is not expected/);
    expect(outcomes.find((o) => o.name === "Good-pgs_plural.xlf")?.error).toMatch(/unbound namespace prefix/);
  }, 60_000);

  /** What each invalid file of the core suites must be refused for (its name says what it tests). */
  const REASONS: Array<[RegExp, RegExp]> = [
    [/FragId/, /fragment identifier/],
    [/NotUnique|Duplicate/, /used twice|take order/],
    [/CommentWithValueAndRef|RefAndValueInComment/, /either value or ref/],
    [/InvalidCommentAnnotation|InvalidNoteRefInUnit/, /comment annotation|fragment/i],
    [/DataRef/, /dataRef|originalData/],
    [/Isolated|EcBeforeSc|NonIsolatedEc/, /isolated|<ec|<sc/],
    [/Different(Can\w+|CopyOf|Dir|SubType|Type)InScAndEc|YesCanReorderInEc/, /differ in/],
    [/CopyOf/, /copyOf|copy/],
    [/XmlLang|WrongLangOnTarget|WrongSourceLang|WrongTargetLang/, /xml:lang|lang/],
    [/NoTrgLang/, /no trgLang/],
    [/Skeleton/, /skeleton/],
    [/MissingNonRemovable/, /may not be deleted/],
    [/Reorder|canReorder/, /canReorder|reordered|differ in canReorder/],
    [/FSAttribute/, /fs:/],
    [/SubFlow/, /subFlows|NMTOKEN/],
    [/SubStateWithoutState/, /subState needs state/],
    [/SubTypeWithoutType|TypeSubType/, /subType/],
    [/LoneEm|LoneSm|EmBeforeSm/, /<em|<sm/],
    [/HexRange/, /XML allows/],
    [/LangNotWellFormed/, /BCP 47|lang/],
    [/UnitWithoutSegment/, /no <segment>/],
    [/InvalidValidation/, /not an element of its module/],
    [/ExtensionAttributeOnPc/, /not allowed on <pc>/],
  ];

  for (const folder of ["oasis_test_suite/xliff-22/core/invalid", "xliff20_oasis_test_files_msOM/core/invalid"]) {
    it(`refuses every invalid file of ${folder} for the reason it tests`, async () => {
      const outcomes = await readFolder(folder);
      expect(outcomes.length).toBeGreaterThan(100);
      expect(outcomes.filter((o) => o.doc).map((o) => o.name)).toEqual([]);
      const wrongReason = outcomes.filter((o) => {
        const rule = REASONS.find(([name]) => name.test(o.name));
        return rule ? !rule[1].test(o.error!) : false;
      });
      expect(wrongReason.map((o) => `${o.name}: ${o.error}`)).toEqual([]);
    }, 60_000);
  }

  /**
   * Known gap: sizeInfo="25.5" is refused only when the document declares the xliff:codepoints
   * profile — the core suite's valid withModulesAttributesInEc.xlf carries sizeInfo="some info"
   * without a profile, and both cannot hold under one reading.
   */
  const MODULE_GAPS = ["Bad-slr_sizeInfo-not-integer.xlf"];
  for (const folder of ["oasis_test_suite/xliff-22/modules/invalid", "xliff20_oasis_test_files_msOM/modules/invalid"]) {
    it(`refuses the invalid files of ${folder} (module constraints)`, async () => {
      const outcomes = await readFolder(folder);
      expect(outcomes.length).toBe(43);
      expect(outcomes.filter((o) => o.doc).map((o) => o.name)).toEqual(MODULE_GAPS);
      const prefix: Record<string, RegExp> = { ctr: /revisions|property/, fs: /fs:/, gls: /glossary|<mda:/, mda: /meta|appliesTo/, mtc: /candidate/, res: /res:|resource/, slr: /slr:/, val: /rule|existsInSource|caseSensitive|normalization|occurs/ };
      const wrong = outcomes.filter((o) => o.error && !prefix[/^Bad-(\w+?)[_-]/.exec(o.name)![1]!]!.test(o.error));
      expect(wrong.map((o) => `${o.name}: ${o.error}`)).toEqual([]);
    }, 60_000);
  }
});

describe("real XLIFF 1.2 files", () => {
  it("loads the Symfony en/fr/hu/zh_CN files with their states", async () => {
    const outcomes = await readFolder("xliff12_symfony");
    expect(outcomes.map((o) => o.error)).toEqual(outcomes.map(() => undefined));
    const zh = outcomes.find((o) => o.name === "Validator_validators.zh_CN.xlf")!.doc!;
    expect(zh.trgLang).toBe("zh-CN");
    const segments = zh.files[0]!.units.flatMap((u) => u.segments);
    expect(segments).toHaveLength(116);
    expect(segments.some((s) => s.needsReview)).toBe(true);
  });

  it("loads the Trados, memoQ, Angular and SAP files, reading text and states and skipping their extensions", async () => {
    const disfr = await readFolder("disfr_samples");
    expect(disfr.map((o) => [o.name, o.error])).toEqual(disfr.map((o) => [o.name, undefined]));
    const trados = disfr.find((o) => o.name === "Language_Support.doc.sdlxliff")!.doc!;
    expect(trados.flavour).toBe("sdlxliff");
    const tradosSegments = trados.files[0]!.units.flatMap((u) => u.segments);
    expect(tradosSegments.every((s) => s.target && s.status === "translated")).toBe(true);
    const memoq = disfr.find((o) => o.name === "ChangeTracking_memoQ_1.mqxliff")!.doc!;
    expect(memoq.flavour).toBe("mqxliff");
    // The tracked deletion ("PARAGRAPH ") is accepted: the target is what memoQ shows after the changes.
    expect(memoq.files[0]!.units[1]!.segments[0]!.target).toBe("#1.");
    for (const folder of ["angular_i18n_example", "xliff12_sap"]) {
      const outcomes = await readFolder(folder);
      expect(outcomes.map((o) => [o.name, o.error])).toEqual(outcomes.map((o) => [o.name, undefined]));
    }
  });
});
