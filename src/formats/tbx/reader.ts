/**
 * Streaming TBX reader (saxes, one pass, bounded by the size of one concept entry): TBX v3
 * (Core, Basic, Min; DCA and DCT styles) and TBX v2 (martif). Structure and dialect rules are
 * checked as the file streams by; a file with errors is reported whole and imports nothing.
 * What the entries hold goes into the model at the level it was found (see ./collector).
 */
import { SaxesParser, type SaxesTagNS } from "saxes";
import { assertSafeXml, MAX_DEPTH, UnsafeXmlError } from "./safety";
import {
  CORE_PARENTS, DCT_KIND, DESCRIP_GROUP_EXTRA, DIALECT_RULES, ELEMENT_ONLY, INLINE, isAbsoluteUri, PICKLISTS, V2_ELEMENTS, type Level,
} from "./rules";
import { EntryCollector, type Frame } from "./collector";
import type { InterchangeError, ReadResult } from "./model";

const V2_KIND: Record<string, string> = {
  martif: "tbx", martifHeader: "tbxHeader", termEntry: "conceptEntry", langSet: "langSec", tig: "termSec", ntig: "termSec", refObjectList: "refObjectSec",
};
const MAX_ERRORS = 50;
/** Characters handed to the parser between two yields of the asynchronous reader. */
const CHUNK = 256 * 1024;
/** Our own legacy exports wrote proper nouns with this part of speech, which Basic does not have. */
const LEGACY_VALUES: Record<string, readonly string[]> = { partOfSpeech: ["properNoun"] };

function attributesOf(node: SaxesTagNS): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, attr] of Object.entries(node.attributes)) out[name] = attr.value;
  return out;
}

/** A reader fed in pieces: `write` as often as needed, then `close` for the result. */
function createReader(options: { maxBytes?: number }) {
  const errors: InterchangeError[] = [];
  const warnings: InterchangeError[] = [];
  const collector = new EntryCollector();
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: Frame[] = [];
  const ids = new Set<string>();
  const targets: Array<{ line: number; target: string; element: string }> = [];
  let version: 2 | 3 | undefined;
  let dialect = "unknown";
  let rules = DIALECT_RULES[dialect];
  let failedEarly = false;
  let bytes = 0;

  const result = (): ReadResult => ({ doc: collector.doc, errors, warnings, dialect });
  const fail = (message: string) => {
    if (errors.length < MAX_ERRORS) errors.push({ line: parser.line, message });
  };
  const levelOf = (): Level | undefined => {
    for (let i = stack.length - 1; i >= 0; i--) {
      const k = stack[i]!.kind;
      if (k === "termSec") return "term";
      if (k === "langSec") return "lang";
      if (k === "conceptEntry") return "concept";
    }
    return undefined;
  };

  function checkDataCategory(kind: string, datcat: string | undefined, parent: Frame | undefined) {
    if (!rules || !["descrip", "admin", "termNote", "xref", "ref", "transac", "transacNote"].includes(kind)) return;
    const level = levelOf();
    if (!level) return;
    const allowedHere = rules[level]?.[kind] ?? [];
    const inGroup = parent?.kind === "descripGrp" ? ((DESCRIP_GROUP_EXTRA as Record<string, readonly string[]>)[kind] ?? []) : [];
    if (!datcat) return fail(`<${kind}> needs a type attribute`);
    if (allowedHere.includes(datcat) || inGroup.includes(datcat)) return;
    const anywhere = Object.values(rules).some((l) => l?.[kind]?.includes(datcat));
    if (!anywhere && !Object.values(rules).some((l) => l?.[kind])) return fail(`<${kind}> is not allowed anywhere in ${dialect}`);
    if (!anywhere) return fail(`"${datcat}" is not a ${dialect} data category for <${kind}>`);
    fail(`"${datcat}" is not allowed at ${level} level in ${dialect}${datcat === "source" ? " (group it with a definition or context in a descripGrp)" : ""}`);
  }

  function checkPicklist(kind: string, datcat: string | undefined, value: string) {
    if (kind !== "termNote" || !datcat || !rules) return;
    const picklist = PICKLISTS[datcat];
    if (!picklist || picklist.includes(value)) return;
    if (LEGACY_VALUES[datcat]?.includes(value)) {
      warnings.push({ line: parser.line, message: `"${value}" is not a TBX-Basic value of ${datcat}: read as a proper noun` });
    } else fail(`"${value}" is not an allowed value of ${datcat} (${picklist.join(", ")})`);
  }

  parser.on("opentag", (node) => {
    const parent = stack[stack.length - 1];
    if (stack.length >= MAX_DEPTH) throw new UnsafeXmlError(`Elements nest deeper than ${MAX_DEPTH} levels`);
    const attrs = attributesOf(node);
    if (!version) {
      if (node.local === "tbx") version = 3;
      else if (node.local === "martif") version = 2;
      else throw new UnsafeXmlError(`This is not a TBX file: the root element is <${node.name}>, expected <tbx> or <martif>`);
      dialect = attrs.type ?? (version === 2 ? "TBX" : "unknown");
      rules = version === 3 ? DIALECT_RULES[dialect] : undefined;
      collector.defaultLang = (attrs["xml:lang"] ?? "en").toLowerCase();
      if (version === 3 && !["TBX-Core", "TBX-Basic", "TBX-Min"].includes(dialect)) warnings.push({ line: parser.line, message: `Unknown dialect "${dialect}": read by the core structure only` });
    }
    const dct = node.prefix && DCT_KIND[node.local] ? node.local : undefined;
    const kind = dct ? DCT_KIND[node.local]! : version === 2 ? (V2_KIND[node.local] ?? node.local) : node.local;
    const datcat = dct ?? attrs.type;
    const parentKind = parent?.kind ?? "";

    if (version === 3 && !dct) {
      const parents = CORE_PARENTS[kind];
      if (!parents && !INLINE.has(kind)) fail(`Unknown element <${node.name}>`);
      else if (parents && !parents.includes(parentKind)) fail(`<${kind}> may not be a child of <${parentKind || "document"}>`);
    } else if (version === 2 && !V2_ELEMENTS.has(node.local)) {
      fail(`Unknown element <${node.name}>`);
    }
    if (parent?.kind === "termSec" && version === 3) {
      const before = parent.children;
      if (kind === "term" && before.length > 0) fail("<term> must come first in <termSec>");
      if ((kind === "termNote" || kind === "termNoteGrp") && before.some((k) => !["term", "termNote", "termNoteGrp"].includes(k))) {
        fail(`<termNote> may not follow <${before.find((k) => !["term", "termNote", "termNoteGrp"].includes(k))}> in <termSec>`);
      }
    }
    checkDataCategory(kind, datcat, parent);
    if (attrs.id) ids.add(attrs.id);
    if (attrs.target && (kind === "ref" || kind === "transacNote")) targets.push({ line: parser.line, target: attrs.target, element: kind });
    if (attrs.target && kind === "xref" && !isAbsoluteUri(attrs.target)) fail(`<xref> target "${attrs.target}" is not an absolute URI`);
    if (kind === "conceptEntry" && !attrs.id && version === 3) fail("<conceptEntry> needs an id");
    if (kind === "langSec" && !attrs["xml:lang"]) fail("<langSec> needs an xml:lang attribute");

    parent?.children.push(kind);
    const frame: Frame = { kind, datcat, text: "", children: [], attrs };
    stack.push(frame);
    collector.open(frame, stack);
  });

  const onText = (text: string) => {
    const top = stack[stack.length - 1];
    if (!top) return;
    if (ELEMENT_ONLY.has(top.kind) && text.trim()) {
      const inHeader = stack.some((f) => f.kind === "tbxHeader");
      fail(inHeader ? `Text in <${top.kind}> must be wrapped in <p>` : `Unexpected text in <${top.kind}>`);
      return;
    }
    // Inline markup (<hi>, <ph> …) keeps its text in the enclosing element.
    for (let i = stack.length - 1; i >= 0; i--) {
      if (!INLINE.has(stack[i]!.kind)) {
        stack[i]!.text += text;
        break;
      }
    }
  };
  parser.on("text", onText);
  parser.on("cdata", onText);

  parser.on("closetag", () => {
    const frame = stack.pop();
    if (!frame) return;
    checkPicklist(frame.kind, frame.datcat, frame.text.replace(/\s+/g, " ").trim());
    const warning = collector.close(frame, stack);
    if (warning) warnings.push({ line: parser.line, message: warning });
  });

  const failWith = (e: unknown) => {
    const message = e instanceof UnsafeXmlError ? e.message : `The file is not well-formed XML: ${(e as Error).message.replace(/^.*?:\d+:\d+: /, "")}`;
    errors.push({ line: parser.line, message });
    failedEarly = true;
  };

  return {
    /** Feeds the next piece of the document; false once the document has failed. */
    write(chunk: string): boolean {
      if (failedEarly) return false;
      bytes += chunk.length;
      try {
        assertSafeXml(chunk, Math.max(0, (options.maxBytes ?? Infinity) - (bytes - chunk.length)));
        parser.write(chunk);
      } catch (e) {
        failWith(e);
      }
      return !failedEarly;
    },
    close(): ReadResult {
      if (!failedEarly) {
        try {
          parser.close();
        } catch (e) {
          failWith(e);
        }
      }
      if (failedEarly) return { ...result(), doc: { concepts: [] } };
      if (!version) errors.push({ message: "The file holds no TBX root element" });
      for (const t of targets) if (!ids.has(t.target)) fail(`<${t.element}> target "${t.target}" names no id in the file`);
      return result();
    },
  };
}

/**
 * Reads a TBX document.
 *
 * @example
 * const { doc, errors } = readTbx(xml);
 * if (errors.length === 0) doc.concepts.length;
 */
export function readTbx(xml: string, options: { maxBytes?: number } = {}): ReadResult {
  if (/<!ENTITY\b/i.test(xml) || xml.length > (options.maxBytes ?? Infinity)) {
    try {
      assertSafeXml(xml, options.maxBytes);
    } catch (e) {
      return { doc: { concepts: [] }, errors: [{ message: (e as Error).message }], warnings: [], dialect: "unknown" };
    }
  }
  const reader = createReader(options);
  reader.write(xml);
  return reader.close();
}

/**
 * Reads a TBX document in pieces, giving the event loop back between them, so a large file
 * does not hold up other requests while it is parsed.
 *
 * @example
 * const { doc } = await readTbxAsync(xml);
 */
export async function readTbxAsync(xml: string, options: { maxBytes?: number } = {}): Promise<ReadResult> {
  if (xml.length <= CHUNK) return readTbx(xml, options);
  if (/<!ENTITY\b/i.test(xml)) return readTbx(xml, options);
  const reader = createReader(options);
  for (let at = 0; at < xml.length; at += CHUNK) {
    // Never cut a surrogate pair in two.
    let end = Math.min(xml.length, at + CHUNK);
    if (end < xml.length && /[\uD800-\uDBFF]/.test(xml[end - 1]!)) end++;
    if (!reader.write(xml.slice(at, end))) break;
    at = end - CHUNK;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return reader.close();
}
