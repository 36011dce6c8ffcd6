/**
 * Validates a TBX document against the official TBX-Basic (DCA) schemas committed under
 * test/fixtures/tbx-schemas: the integrated RelaxNG grammar (with libxml2's xmllint compiled to
 * WebAssembly) and the Schematron co-constraints (node-schematron, an XPath 3.1 engine, since
 * the rules use XSLT 2 functions such as matches()).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import schematron from "node-schematron";
import { validateXML } from "xmllint-wasm";

const DIR = join(import.meta.dirname, "../fixtures/tbx-schemas");
const RNG = readFileSync(join(DIR, "TBXcoreStructV03_TBX-Basic_integrated.rng"), "utf8");
let sch: schematron.Schema | undefined;

/** The RelaxNG errors of a document ([] when valid). */
export async function relaxNgErrors(xml: string): Promise<string[]> {
  const result = await validateXML({ xml: [{ fileName: "export.tbx", contents: xml }], schema: [{ fileName: "basic.rng", contents: RNG }], extension: "relaxng" });
  return result.valid ? [] : result.errors.map((e) => e.rawMessage);
}

/** The failed Schematron assertions of a document ([] when none). */
export function schematronErrors(xml: string): string[] {
  sch ??= schematron.Schema.fromString(readFileSync(join(DIR, "TBX-Basic_DCA.sch"), "utf8"));
  return sch.validateString(xml).map((r) => `${(r.message ?? "").trim()} (${String(r.context).slice(0, 120)})`);
}

/**
 * Both validations; every problem as one line.
 *
 * @example
 * expect(await validateTbxBasic(writeTbx(doc))).toEqual([])
 */
export async function validateTbxBasic(xml: string): Promise<string[]> {
  return [...(await relaxNgErrors(xml)), ...schematronErrors(xml)];
}
