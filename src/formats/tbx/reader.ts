/**
 * Streaming TBX reader (saxes, one pass, bounded by the size of one concept entry): TBX v3
 * (Core, Basic, Min; DCA and DCT styles) and TBX v2 (martif). Structure and dialect rules are
 * checked as the file streams by; a file with errors is reported whole and imports nothing.
 */
import { SaxesParser, type SaxesTagNS } from "saxes";
import { assertSafeXml, MAX_DEPTH, UnsafeXmlError } from "./safety";
import {
  CORE_PARENTS, DCT_KIND, DESCRIP_GROUP_EXTRA, DIALECT_RULES, ELEMENT_ONLY, INLINE, isAbsoluteUri, PICKLISTS, V2_ELEMENTS, type Level,
} from "./rules";
import { statusFromTbx, termTypeFromTbx, type ConceptDoc, type InterchangeError, type ReadResult, type TermDoc } from "./model";

type Frame = { kind: string; datcat?: string; text: string; children: string[]; attrs: Record<string, string> };

const V2_KIND: Record<string, string> = { martif: "tbx", martifHeader: "tbxHeader", termEntry: "conceptEntry", langSet: "langSec", tig: "termSec", ntig: "termSec" };
const MAX_ERRORS = 50;
const FORBIDDEN_MARK = /^\[forbidden\]\s*/;

function attributesOf(node: SaxesTagNS): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, attr] of Object.entries(node.attributes)) out[name] = attr.value;
  return out;
}

const clean = (s: string) => s.replace(/\s+/g, " ").trim().normalize("NFC");
const appendLine = (a: string | undefined, b: string) => (a ? `${a}\n${b}` : b);

/**
 * Reads a TBX document.
 *
 * @example
 * const { doc, errors } = readTbx(xml);
 * if (errors.length === 0) doc.concepts.length;
 */
export function readTbx(xml: string, options: { maxBytes?: number } = {}): ReadResult {
  const errors: InterchangeError[] = [];
  const warnings: InterchangeError[] = [];
  const concepts: ConceptDoc[] = [];
  const result = (dialect: string): ReadResult => ({ doc: { concepts }, errors, warnings, dialect });
  try {
    assertSafeXml(xml, options.maxBytes);
  } catch (e) {
    errors.push({ message: (e as Error).message });
    return result("unknown");
  }

  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: Frame[] = [];
  const ids = new Set<string>();
  const targets: Array<{ line: number; target: string; element: string }> = [];
  let version: 2 | 3 | undefined;
  let dialect = "unknown";
  let rules = DIALECT_RULES[dialect];
  let defaultLang = "en";
  let concept: ConceptDoc | undefined;
  let lang: string | undefined;
  let term: TermDoc | undefined;

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
  const section = () => {
    const code = (lang ?? defaultLang).toLowerCase();
    concept!.languages[code] ??= { terms: [] };
    return concept!.languages[code]!;
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
      defaultLang = (attrs["xml:lang"] ?? "en").toLowerCase();
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

    if (kind === "conceptEntry") {
      if (!attrs.id && version === 3) fail("<conceptEntry> needs an id");
      concept = { externalId: attrs.id, languages: {} };
    } else if (kind === "langSec") {
      lang = attrs["xml:lang"];
      if (!lang) fail("<langSec> needs an xml:lang attribute");
      if (concept) section();
    } else if (kind === "termSec") {
      term = { text: "", status: "admitted" };
    }
    parent?.children.push(kind);
    stack.push({ kind, datcat, text: "", children: [], attrs });
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
    const value = clean(frame.text);
    const level = levelOf();
    const { kind, datcat } = frame;
    if (kind === "term" && term) term.text = value;
    else if (kind === "termNote" && term && datcat) applyTermNote(term, datcat, value);
    else if (kind === "descrip" && concept) {
      if (datcat === "subjectField") concept.subjectField = value;
      else if (datcat === "definition") section().definition = appendLine(level === "concept" ? undefined : section().definition, value);
      else if (datcat === "context" && term) term.context = value;
    } else if (kind === "admin" && concept) {
      // A source grouped with a definition describes the concept; one grouped with a context, only that example.
      if (datcat === "source" && (level === "concept" || (level === "lang" && stack[stack.length - 1]?.kind === "descripGrp"))) concept.source ??= value;
      else if (datcat === "usageNote" && term) term.usageNote = value;
    } else if (kind === "note" && concept) {
      if (level === "term" && term) {
        if (FORBIDDEN_MARK.test(value)) {
          term.status = "forbidden";
          const rest = value.replace(FORBIDDEN_MARK, "");
          if (rest) term.note = appendLine(term.note, rest);
        } else term.note = appendLine(term.note, value);
      } else if (level === "lang") section().note = appendLine(section().note, value);
      else if (level === "concept") concept.note = appendLine(concept.note, value);
    } else if (kind === "termSec" && term && concept) {
      if (term.text) section().terms.push(term);
      else warnings.push({ line: parser.line, message: "An empty <term> was skipped" });
      term = undefined;
    } else if (kind === "langSec") lang = undefined;
    else if (kind === "conceptEntry" && concept) {
      concepts.push(concept);
      concept = undefined;
    }

    function applyTermNote(t: TermDoc, category: string, v: string) {
      const picklist = rules ? PICKLISTS[category] : undefined;
      if (picklist && !picklist.includes(v)) fail(`"${v}" is not an allowed value of ${category} (${picklist.join(", ")})`);
      if (category === "administrativeStatus" || category === "usageStatus") {
        const status = statusFromTbx(v);
        if (status && t.status !== "forbidden") t.status = status;
      } else if (category === "termType") t.type = termTypeFromTbx(v) ?? t.type;
      else if (category === "partOfSpeech") {
        t.partOfSpeech = v;
        // Basic has no proper-noun term type: a full form that is a proper noun is one.
        if (v === "properNoun" && (!t.type || t.type === "fullForm")) t.type = "properNoun";
      } else if (category === "grammaticalGender") t.gender = v;
      else if (category === "usageNote") t.usageNote = v;
    }
  });

  try {
    parser.write(xml).close();
  } catch (e) {
    const message = e instanceof UnsafeXmlError ? e.message : `The file is not well-formed XML: ${(e as Error).message.replace(/^.*?:\d+:\d+: /, "")}`;
    errors.push({ line: parser.line, message });
    return result(dialect);
  }
  if (!version) errors.push({ message: "The file holds no TBX root element" });
  for (const t of targets) if (!ids.has(t.target)) fail(`<${t.element}> target "${t.target}" names no id in the file`);
  return result(dialect);
}
