/**
 * TBX v3, TBX-Basic dialect, DCA style. Forbidden terms have no Basic status value: they are
 * written as deprecated with a term note starting "[forbidden]", which the reader maps back.
 */
import type { TermStatus, TermType } from "../../domain/terms/types";
import type { ConceptDoc, TermbaseDoc, TermDoc } from "./model";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const STATUS: Record<TermStatus, string> = {
  preferred: "preferredTerm-admn-sts",
  admitted: "admittedTerm-admn-sts",
  deprecated: "deprecatedTerm-admn-sts",
  superseded: "supersededTerm-admn-sts",
  forbidden: "deprecatedTerm-admn-sts",
};
/** Basic has no properNoun term type: a proper noun is a full form with that part of speech. */
const TERM_TYPE: Record<TermType, string> = {
  fullForm: "fullForm", acronym: "acronym", abbreviation: "abbreviation", shortForm: "shortForm", phrase: "phrase", properNoun: "fullForm",
};
const POS = new Set(["noun", "verb", "adjective", "adverb", "properNoun", "other"]);
const GENDER = new Set(["masculine", "feminine", "neuter", "other"]);

function termSec(t: TermDoc, pad: string): string {
  const lines = [`${pad}<termSec>`, `${pad}\t<term>${esc(t.text)}</term>`];
  if (t.type) lines.push(`${pad}\t<termNote type="termType">${TERM_TYPE[t.type]}</termNote>`);
  const pos = t.type === "properNoun" ? "properNoun" : t.partOfSpeech;
  if (pos && POS.has(pos)) lines.push(`${pad}\t<termNote type="partOfSpeech">${pos}</termNote>`);
  if (t.gender && GENDER.has(t.gender)) lines.push(`${pad}\t<termNote type="grammaticalGender">${t.gender}</termNote>`);
  lines.push(`${pad}\t<termNote type="administrativeStatus">${STATUS[t.status]}</termNote>`);
  if (t.context) lines.push(`${pad}\t<descrip type="context">${esc(t.context)}</descrip>`);
  if (t.usageNote) lines.push(`${pad}\t<admin type="usageNote">${esc(t.usageNote)}</admin>`);
  const note = t.status === "forbidden" ? `[forbidden]${t.note ? ` ${t.note}` : ""}` : t.note;
  if (note) for (const line of note.split("\n")) lines.push(`${pad}\t<note>${esc(line)}</note>`);
  lines.push(`${pad}</termSec>`);
  return lines.join("\n");
}

function conceptEntry(c: ConceptDoc, index: number): string {
  const id = c.externalId && /^[A-Za-z_][\w.-]*$/.test(c.externalId) ? c.externalId : `c${index + 1}`;
  const lines = [`\t\t\t<conceptEntry id="${esc(id)}">`];
  if (c.subjectField) lines.push(`\t\t\t\t<descrip type="subjectField">${esc(c.subjectField)}</descrip>`);
  if (c.note) for (const line of c.note.split("\n")) lines.push(`\t\t\t\t<note>${esc(line)}</note>`);
  for (const [lang, section] of Object.entries(c.languages)) {
    lines.push(`\t\t\t\t<langSec xml:lang="${esc(lang)}">`);
    if (section.definition) {
      if (c.source) {
        lines.push(`\t\t\t\t\t<descripGrp>`, `\t\t\t\t\t\t<descrip type="definition">${esc(section.definition)}</descrip>`, `\t\t\t\t\t\t<admin type="source">${esc(c.source)}</admin>`, `\t\t\t\t\t</descripGrp>`);
      } else lines.push(`\t\t\t\t\t<descrip type="definition">${esc(section.definition)}</descrip>`);
    }
    if (section.note) for (const line of section.note.split("\n")) lines.push(`\t\t\t\t\t<note>${esc(line)}</note>`);
    for (const t of section.terms) lines.push(termSec(t, "\t\t\t\t\t"));
    lines.push(`\t\t\t\t</langSec>`);
  }
  lines.push(`\t\t\t</conceptEntry>`);
  return lines.join("\n");
}

/**
 * Writes a termbase as TBX v3 Basic.
 *
 * @example
 * writeTbx({ concepts: [{ languages: { fr: { terms: [{ text: "développement durable", status: "preferred" }] } } }] })
 */
export function writeTbx(doc: TermbaseDoc, sourceDescription = "Exported from Glossa"): string {
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">`,
    `\t<tbxHeader>`,
    `\t\t<fileDesc>`,
    ...(doc.title ? [`\t\t\t<titleStmt>`, `\t\t\t\t<title>${esc(doc.title)}</title>`, `\t\t\t</titleStmt>`] : []),
    `\t\t\t<sourceDesc>`,
    `\t\t\t\t<p>${esc(sourceDescription)}</p>`,
    `\t\t\t</sourceDesc>`,
    `\t\t</fileDesc>`,
    `\t</tbxHeader>`,
    `\t<text>`,
    `\t\t<body>`,
    ...doc.concepts.map(conceptEntry),
    `\t\t</body>`,
    `\t</text>`,
    `</tbx>`,
    "",
  ].join("\n");
}
