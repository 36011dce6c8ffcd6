/**
 * Validation against the OASIS XSD schemas with libxml2 compiled to WebAssembly (xmllint-wasm:
 * no native library, no network — every schema is handed over from ./schemas, and `--nonet`
 * forbids fetching anything). Each call runs in a worker thread, so batch files when validating
 * many.
 *
 * Which schemas: XLIFF 2.0/2.1 documents (namespace …:document:2.0) against the 2.1 core schema
 * with the Metadata module and ITS; XLIFF 2.2 (…:document:2.2) against the 2.2 core schema (which
 * imports Metadata); XLIFF 1.2 against the 1.2 strict schema with ITS (used for our own exports:
 * real 1.2 files from Trados or memoQ carry extensions the strict schema refuses, so the 1.2
 * reader checks structure itself).
 */
import { readFileSync } from "node:fs";
import { memoryPages, validateXML, type XMLFileInfo } from "xmllint-wasm";

export type SchemaSet = "xliff-2.0" | "xliff-2.2" | "xliff-1.2";

const DIR = new URL("./schemas/", import.meta.url);
const cache = new Map<string, string>();
const load = (name: string) => {
  let text = cache.get(name);
  if (text === undefined) cache.set(name, (text = readFileSync(new URL(name, DIR), "utf8")));
  return text;
};
const file = (fileName: string, name = fileName): XMLFileInfo => ({ fileName, contents: load(name) });
const XML_XSD = "informativeCopiesOf3rdPartySchemas/w3c/xml.xsd";

function schemasFor(set: SchemaSet): { schema: XMLFileInfo[]; preload: XMLFileInfo[] } {
  const version = set.slice("xliff-".length);
  const common = [file(XML_XSD), file("metadata.xsd"), file("its.xsd")];
  if (version === "2.2") return { schema: [file("glossa-xliff-2.2.xsd")], preload: [...common, file("xliff_core_2.2.xsd")] };
  if (version === "2.0") return { schema: [file("glossa-xliff-2.0.xsd")], preload: [...common, file("xliff_core_2.0.xsd")] };
  return { schema: [file("glossa-xliff-1.2.xsd")], preload: [...common, file("http://www.w3.org/2001/xml.xsd", XML_XSD), file("xliff-core-1.2-strict.xsd")] };
}

/**
 * Validates several documents against one schema set; returns each document's errors by name
 * (an empty list when it is valid).
 *
 * @example
 * const errors = await validateAgainstSchemas([{ name: "a.xlf", xml }], "xliff-2.0");
 * errors.get("a.xlf") // []
 */
export async function validateAgainstSchemas(docs: Array<{ name: string; xml: string }>, set: SchemaSet): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>(docs.map((d) => [d.name, []]));
  if (docs.length === 0) return out;
  const { schema, preload } = schemasFor(set);
  const biggest = Math.max(...docs.map((d) => d.xml.length));
  const result = await validateXML({
    xml: docs.map((d) => ({ fileName: d.name, contents: d.xml })),
    schema,
    preload,
    // Room for the largest document several times over (the tree, the schema, the strings).
    initialMemoryPages: memoryPages.defaultInitialMemoryPages,
    maxMemoryPages: Math.min(memoryPages.max, memoryPages.defaultMaxMemoryPages + Math.ceil((biggest * 12) / 65536)),
    modifyArguments: (args) => ["--nonet", ...args],
  });
  for (const e of result.errors) {
    const name = e.loc?.fileName;
    const line = e.loc?.lineNumber;
    const message = e.message.replace(/^.*?Schemas validity error : /, "").replace(/\{[^}]*\}/g, "").trim();
    const target = name && out.has(name) ? out.get(name)! : docs.length === 1 ? out.get(docs[0]!.name)! : undefined;
    target?.push(line ? `line ${line}: ${message}` : message);
  }
  if (!result.valid) {
    for (const [name, errors] of out) {
      if (errors.length === 0 && result.errors.some((e) => e.loc?.fileName === name)) errors.push("The document does not match the schema");
    }
  }
  return out;
}

/** Validates one document; returns its schema errors (empty when valid). */
export async function schemaErrors(xml: string, set: SchemaSet): Promise<string[]> {
  return (await validateAgainstSchemas([{ name: "document.xlf", xml }], set)).get("document.xlf")!;
}
