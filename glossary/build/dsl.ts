/**
 * A compact notation for writing the UNESCO termbase by hand, turned into TBX by build.ts.
 *
 * A language cell lists terms separated by " | "; the first is preferred unless marked.
 * Markers after a term: `!dep` deprecated, `!sup` superseded, `!forb` forbidden, `!adm`
 * admitted, `?` admitted and needs checking; `#acr` acronym, `#abbr` abbreviation,
 * `#short` short form, `#pn` proper noun, `#phr` phrase, `@m`/`@f` grammatical gender.
 */
import type { ConceptDoc, TermDoc } from "../../src/formats/tbx/model";

export type Row = { subject: string; en?: string; fr?: string; zh?: string; hu?: string; def?: string; note?: string; notes?: Partial<Record<"en" | "fr" | "zh" | "hu", string>> };

const NEEDS_CHECKING = "needs checking: form not confirmed in an official source";

export function parseCell(cell: string): TermDoc[] {
  return cell.split(" | ").map((raw, i) => {
    let text = raw.trim();
    const term: TermDoc = { text: "", status: i === 0 ? "preferred" : "admitted" };
    const markers = [...text.matchAll(/\s*([!#@?])(\w*)/g)];
    for (const m of markers) {
      const [, kind, value] = m;
      if (kind === "?") {
        term.status = "admitted";
        term.note = NEEDS_CHECKING;
      } else if (kind === "!") {
        term.status = ({ dep: "deprecated", sup: "superseded", forb: "forbidden", adm: "admitted" } as const)[value as "dep"] ?? term.status;
      } else if (kind === "#") {
        term.type = ({ acr: "acronym", abbr: "abbreviation", short: "shortForm", pn: "properNoun", phr: "phrase" } as const)[value as "acr"];
      } else if (kind === "@") term.gender = value === "m" ? "masculine" : value === "f" ? "feminine" : undefined;
    }
    text = text.replace(/\s*[!#@?]\w*/g, "").trim();
    term.text = text;
    // A proper noun is a noun by its type (TBX-Basic writes it as one, see src/formats/tbx/conventions.ts).
    if (!term.partOfSpeech && term.type !== "properNoun") term.partOfSpeech = term.type === "phrase" ? "other" : "noun";
    return term;
  });
}

export function toConcept(row: Row, index: number): ConceptDoc {
  const concept: ConceptDoc = { externalId: `unesco-${String(index + 1).padStart(3, "0")}`, subjectField: row.subject, languages: {} };
  if (row.note) concept.note = row.note;
  for (const lang of ["fr", "en", "zh", "hu"] as const) {
    const cell = row[lang];
    if (!cell) continue;
    concept.languages[lang] = { terms: parseCell(cell) };
    if (lang === "en" && row.def) concept.languages[lang]!.definitions = [{ text: row.def }];
    const note = row.notes?.[lang];
    if (note) concept.languages[lang]!.note = note;
  }
  return concept;
}
