/**
 * TBX-Basic writers: TBX v3 (DCA style), valid against Basic's integrated RelaxNG grammar and
 * its Schematron, and TBX v2 (martif) with the same content under v2's element names. Every
 * datum goes to the level it was read from (a definition's sources in its descripGrp, a term's
 * sources in its termSec); Glossa's extra term properties become the markers of ./conventions.
 */
import type { Annotations, ConceptDoc, Described, LanguageSection, TermbaseDoc, TermDoc } from "./model";
import {
  basicReferenceType, basicTermNotes, basicTransaction, esc, exportIds, isHttpUri, placeReference, termNotesText, writableRefObjects, type TermNoteOut,
} from "./basic-form";

type Level = "concept" | "lang" | "term";
type Resolve = (target: string | undefined) => string | undefined;
/** Element names of the two TBX versions for the containers that differ. */
type Names = { entry: string; lang: string; term: string; groupedTerm: [string, string] | undefined; refSection: string };
const V3: Names = { entry: "conceptEntry", lang: "langSec", term: "termSec", groupedTerm: undefined, refSection: "refObjectSec" };
/** v2's tig takes no termNoteGrp: a term whose notes are grouped is an ntig with a termGrp. */
const V2: Names = { entry: "termEntry", lang: "langSet", term: "tig", groupedTerm: ["ntig", "termGrp"], refSection: "refObjectList" };

const tag = (pad: string, name: string, attrs: Record<string, string | undefined>, text: string) => {
  const a = Object.entries(attrs).filter(([, v]) => v !== undefined).map(([k, v]) => ` ${k}="${esc(v!)}"`).join("");
  return `${pad}<${name}${a}>${esc(text)}</${name}>`;
};

function described(pad: string, type: "definition" | "context", d: Described, lang?: string): string[] {
  const descrip = tag(pad, "descrip", { type, "xml:lang": lang }, d.text);
  if (!d.sources?.length && !d.notes?.length) return [descrip];
  return [
    `${pad}<descripGrp>`,
    tag(`${pad}\t`, "descrip", { type, "xml:lang": lang }, d.text),
    ...(d.sources ?? []).map((s) => tag(`${pad}\t`, "admin", { type: "source" }, s)),
    ...(d.notes ?? []).map((n) => tag(`${pad}\t`, "note", {}, n)),
    `${pad}</descripGrp>`,
  ];
}

function termNote(pad: string, n: TermNoteOut): string[] {
  if (!n.qualifier) return [tag(pad, "termNote", { type: n.type }, n.value)];
  return [`${pad}<termNoteGrp>`, tag(`${pad}\t`, "termNote", { type: n.type }, n.value), tag(`${pad}\t`, "note", {}, n.qualifier), `${pad}</termNoteGrp>`];
}

/** Sources, subsets, transactions, then the notes given, then references placed at this level. */
function annotations(pad: string, a: Annotations, level: Level, resolve: Resolve, notes: string[], references: Annotations["references"]): string[] {
  const lines: string[] = [];
  for (const s of a.sources ?? []) lines.push(tag(pad, "admin", { type: "source" }, s));
  if (level !== "lang") {
    for (const s of a.customerSubsets ?? []) lines.push(tag(pad, "admin", { type: "customerSubset" }, s));
    for (const s of a.projectSubsets ?? []) lines.push(tag(pad, "admin", { type: "projectSubset" }, s));
  }
  for (const t of a.transactions ?? []) {
    const out = basicTransaction(t, resolve);
    lines.push(`${pad}<transacGrp>`, tag(`${pad}\t`, "transac", { type: "transactionType" }, out.type));
    if (out.responsibility) lines.push(tag(`${pad}\t`, "transacNote", { type: "responsibility", target: out.target }, out.responsibility));
    if (out.date) lines.push(`${pad}\t<date>${out.date}</date>`);
    lines.push(`${pad}</transacGrp>`);
  }
  for (const n of notes) lines.push(tag(pad, "note", {}, n));
  for (const r of references ?? []) {
    const type = basicReferenceType(r, level);
    if (type === "externalCrossReference" || type === "xGraphic") {
      if (isHttpUri(r.target)) lines.push(tag(pad, "xref", { type, target: r.target }, r.text));
      else lines.push(tag(pad, "note", {}, `${r.text}${r.target ? ` <${r.target}>` : ""}`));
    } else lines.push(tag(pad, "ref", { type, target: resolve(r.target) }, r.text));
  }
  return lines;
}

/** References of one concept, each at the level Basic allows nearest to where it was found. */
function sortReferences(c: ConceptDoc) {
  const at = { concept: [] as NonNullable<Annotations["references"]>, lang: new Map<LanguageSection, NonNullable<Annotations["references"]>>(), term: new Map<TermDoc, NonNullable<Annotations["references"]>>() };
  const add = (level: Level, ref: NonNullable<Annotations["references"]>[number], section?: LanguageSection, term?: TermDoc) => {
    const place = placeReference(ref, level);
    if (place === "concept" || (place === "lang" && !section) || (place === "term" && !term)) at.concept.push(ref);
    else if (place === "lang") at.lang.set(section!, [...(at.lang.get(section!) ?? []), ref]);
    else at.term.set(term!, [...(at.term.get(term!) ?? []), ref]);
  };
  for (const r of c.references ?? []) add("concept", r);
  for (const section of Object.values(c.languages)) {
    for (const r of section.references ?? []) add("lang", r, section, section.terms[0]);
    for (const t of section.terms) for (const r of t.references ?? []) add("term", r, section, t);
  }
  return at;
}

function termSec(t: TermDoc, pad: string, resolve: Resolve, references: Annotations["references"], names: Names): string[] {
  const { termNotes, extraNotes } = basicTermNotes(t);
  const rest = [
    ...(t.contexts ?? []).flatMap((d) => described(`${pad}\t`, "context", d)),
    ...annotations(`${pad}\t`, t, "term", resolve, termNotesText(t, extraNotes), references),
  ];
  if (names.groupedTerm && termNotes.some((n) => n.qualifier)) {
    const [outer, inner] = names.groupedTerm;
    const head = [tag(`${pad}\t\t`, "term", {}, t.text), ...termNotes.flatMap((n) => termNote(`${pad}\t\t`, n))];
    return [`${pad}<${outer}>`, `${pad}\t<${inner}>`, ...head, `${pad}\t</${inner}>`, ...rest, `${pad}</${outer}>`];
  }
  return [`${pad}<${names.term}>`, tag(`${pad}\t`, "term", {}, t.text), ...termNotes.flatMap((n) => termNote(`${pad}\t`, n)), ...rest, `${pad}</${names.term}>`];
}

function conceptEntry(c: ConceptDoc, id: string, resolve: Resolve, names: Names): string {
  const pad = "\t\t\t";
  const refs = sortReferences(c);
  const lines = [`${pad}<${names.entry} id="${esc(id)}">`];
  for (const field of c.subjectField?.split("\n") ?? []) lines.push(tag(`${pad}\t`, "descrip", { type: "subjectField" }, field));
  for (const d of c.definitions ?? []) lines.push(...described(`${pad}\t`, "definition", d));
  // A language section without terms cannot be written as one: its definitions go to the concept, marked with their language.
  const empty = Object.entries(c.languages).filter(([, s]) => s.terms.length === 0);
  for (const [lang, s] of empty) for (const d of s.definitions ?? []) lines.push(...described(`${pad}\t`, "definition", d, lang));
  const emptyNotes = empty.flatMap(([lang, s]) => (s.note ? s.note.split("\n").map((n) => `${lang}: ${n}`) : []));
  lines.push(...annotations(`${pad}\t`, c, "concept", resolve, [...(c.note?.split("\n") ?? []), ...emptyNotes], refs.concept));
  for (const [lang, section] of Object.entries(c.languages)) {
    if (section.terms.length === 0) continue;
    lines.push(`${pad}\t<${names.lang} xml:lang="${esc(lang)}">`);
    for (const d of section.definitions ?? []) lines.push(...described(`${pad}\t\t`, "definition", d));
    lines.push(...annotations(`${pad}\t\t`, section, "lang", resolve, section.note?.split("\n") ?? [], refs.lang.get(section)));
    for (const t of section.terms) lines.push(...termSec(t, `${pad}\t\t`, resolve, refs.term.get(t), names));
    lines.push(`${pad}\t</${names.lang}>`);
  }
  lines.push(`${pad}</${names.entry}>`);
  return lines.join("\n");
}

function back(doc: TermbaseDoc, names: Names): string[] {
  const objects = writableRefObjects(doc);
  if (objects.length === 0) return [];
  const sections = [...new Set(objects.map((o) => o.section || "respPerson"))];
  return [
    `\t\t<back>`,
    ...sections.flatMap((section) => [
      `\t\t\t<${names.refSection} type="${esc(section)}">`,
      ...objects.filter((o) => (o.section || "respPerson") === section).flatMap((o) => [
        `\t\t\t\t<refObject id="${esc(o.id)}">`,
        ...o.items.map((item) => tag("\t\t\t\t\t", "item", { type: item.type }, item.text)),
        `\t\t\t\t</refObject>`,
      ]),
      `\t\t\t</${names.refSection}>`,
    ]),
    `\t\t</back>`,
  ];
}

function body(doc: TermbaseDoc, names: Names): string[] {
  const { conceptIds, resolve } = exportIds(doc);
  const entries = doc.concepts.flatMap((c, i) => (Object.values(c.languages).some((s) => s.terms.length > 0) ? [conceptEntry(c, conceptIds[i]!, resolve, names)] : []));
  return [`\t<text>`, `\t\t<body>`, ...entries, `\t\t</body>`, ...back(doc, names), `\t</text>`];
}

const fileDesc = (doc: TermbaseDoc, sourceDescription: string) => [
  `\t\t<fileDesc>`,
  ...(doc.title ? [`\t\t\t<titleStmt>`, tag("\t\t\t\t", "title", {}, doc.title), `\t\t\t</titleStmt>`] : []),
  `\t\t\t<sourceDesc>`,
  tag("\t\t\t\t", "p", {}, sourceDescription),
  `\t\t\t</sourceDesc>`,
  `\t\t</fileDesc>`,
];

/**
 * Writes a termbase as TBX v3 Basic (DCA).
 *
 * @example
 * writeTbx({ concepts: [{ languages: { fr: { terms: [{ text: "développement durable", status: "preferred" }] } } }] })
 */
export function writeTbx(doc: TermbaseDoc, sourceDescription = "Exported from Glossa"): string {
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">`,
    `\t<tbxHeader>`,
    ...fileDesc(doc, sourceDescription),
    `\t</tbxHeader>`,
    ...body(doc, V3),
    `</tbx>`,
    "",
  ].join("\n");
}

/**
 * Writes a termbase as TBX v2 (martif), TBX-Basic, for tools that read only TBX 2008.
 *
 * @example
 * writeTbxV2(doc).startsWith('<?xml') // true
 */
export function writeTbxV2(doc: TermbaseDoc, sourceDescription = "Exported from Glossa"): string {
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">`,
    `<martif type="TBX-Basic" xml:lang="en">`,
    `\t<martifHeader>`,
    ...fileDesc(doc, sourceDescription),
    `\t\t<encodingDesc>`,
    `\t\t\t<p type="XCSURI">TBXBasicXCSV02.xcs</p>`,
    `\t\t</encodingDesc>`,
    `\t</martifHeader>`,
    ...body(doc, V2),
    `</martif>`,
    "",
  ].join("\n");
}
