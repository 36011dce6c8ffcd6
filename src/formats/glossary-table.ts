/**
 * A termbase as a table, for CSV, TSV and XLSX: one row per concept. Columns: `id`,
 * `subjectField`, `note`, `source`, then per language `<lang>` (the terms), `<lang>_status`,
 * `<lang>_type`, `<lang>_partOfSpeech`, `<lang>_gender`, `<lang>_caseSensitive`,
 * `<lang>_usageNote`, `<lang>_termNote` (one value per term), and `<lang>_note`,
 * `<lang>_definition` for the language. Several terms of one language share a cell, separated
 * by " | ", and so do their per-term values (a "|" inside a value is written "\|").
 *
 * A table whose first row is not such a header is read as a glossary of other tools (OmegaT):
 * `source, target[, comment]` per row, in languages the caller names.
 */
import { TERM_STATUSES, TERM_TYPES, type TermStatus, type TermType } from "../domain/terms/types";
import type { ConceptDoc, InterchangeError, LanguageSection, TermbaseDoc, TermDoc } from "./tbx/model";

export const TERM_SEPARATOR = " | ";
export type TableRow = { line: number; fields: string[] };
export type TableLanguages = { sourceLang?: string; targetLang?: string };
/** `errors` refuse the whole file; `rowErrors` refuse single rows, the others are imported. */
export type TableRead = { doc: TermbaseDoc; errors: InterchangeError[]; rowErrors: InterchangeError[] };

const TERM_COLUMNS = ["status", "type", "partOfSpeech", "gender", "caseSensitive", "usageNote", "termNote"] as const;
const LANG_COLUMNS = [...TERM_COLUMNS, "note", "definition"] as const;
const LANG_COLUMN = new RegExp(`^([a-z]{2,3}(?:-[a-z0-9]{1,8})*)(?:_(${LANG_COLUMNS.join("|")}))?$`, "i");
const FIXED = ["id", "subjectfield", "note", "source"];
export const LANG_TAG = /^[a-z]{2,3}(?:[-_][a-z0-9]{1,8})*$/i;

const escapeValue = (v: string) => v.replace(/\\/g, "\\\\").replace(/\|/g, "\\|");
/** Splits a " | "-joined cell on unescaped bars. */
export function splitCell(cell: string): string[] {
  const out: string[] = [];
  let current = "";
  for (let i = 0; i < cell.length; i++) {
    const ch = cell[i]!;
    if (ch === "\\" && (cell[i + 1] === "|" || cell[i + 1] === "\\")) current += cell[++i];
    else if (ch === "|") {
      out.push(current.trim());
      current = "";
    } else current += ch;
  }
  out.push(current.trim());
  return out;
}

/** The language columns of a header, or undefined when the row is not our header. */
function headerLanguages(columns: string[]): { langs: string[] } | undefined {
  const langs = new Set<string>();
  for (const c of columns) {
    if (FIXED.includes(c.toLowerCase())) continue;
    const m = LANG_COLUMN.exec(c);
    if (!m) return undefined;
    if (!m[2]) langs.add(m[1]!.toLowerCase());
  }
  return langs.size ? { langs: [...langs] } : undefined;
}

function termsOf(cells: (name: string) => string, lang: string, line: number, rowErrors: InterchangeError[]): TermDoc[] | undefined {
  const texts = splitCell(cells(lang));
  const per = Object.fromEntries(TERM_COLUMNS.map((c) => [c, splitCell(cells(`${lang}_${c}`))])) as Record<(typeof TERM_COLUMNS)[number], string[]>;
  const terms: TermDoc[] = [];
  for (const [i, text] of texts.entries()) {
    if (!text) continue;
    const status = per.status[i] || (i === 0 ? "preferred" : "admitted");
    if (!(TERM_STATUSES as readonly string[]).includes(status)) {
      rowErrors.push({ line, message: `unknown status "${status}" for "${text}" (use ${TERM_STATUSES.join(", ")})` });
      return undefined;
    }
    const type = per.type[i];
    if (type && !(TERM_TYPES as readonly string[]).includes(type)) {
      rowErrors.push({ line, message: `unknown term type "${type}" for "${text}" (use ${TERM_TYPES.join(", ")})` });
      return undefined;
    }
    const term: TermDoc = { text, status: status as TermStatus };
    if (type) term.type = type as TermType;
    if (per.partOfSpeech[i]) term.partOfSpeech = per.partOfSpeech[i];
    if (per.gender[i]) term.gender = per.gender[i];
    if (/^(1|true|yes|x)$/i.test(per.caseSensitive[i] ?? "")) term.caseSensitive = true;
    if (per.usageNote[i]) term.usageNote = per.usageNote[i];
    if (per.termNote[i]) term.note = per.termNote[i];
    terms.push(term);
  }
  return terms;
}

function readWithHeader(rows: TableRow[], columns: string[], langs: string[]): TableRead {
  const rowErrors: InterchangeError[] = [];
  const concepts: ConceptDoc[] = [];
  const index = new Map(columns.map((c, i) => [c.toLowerCase(), i]));
  const seenIds = new Map<string, number>();
  for (const { line, fields } of rows) {
    if (fields.length > columns.length) {
      rowErrors.push({ line, message: `${fields.length} fields but the header has ${columns.length}` });
      continue;
    }
    const cell = (name: string) => (fields[index.get(name.toLowerCase()) ?? -1] ?? "").trim().normalize("NFC");
    const concept: ConceptDoc = { languages: {} };
    const id = cell("id");
    if (id && seenIds.has(id)) {
      rowErrors.push({ line, message: `the id ${id} is used on line ${seenIds.get(id)} already` });
      continue;
    }
    if (id) {
      concept.externalId = id;
      seenIds.set(id, line);
    }
    if (cell("subjectField")) concept.subjectField = cell("subjectField");
    if (cell("note")) concept.note = cell("note");
    if (cell("source")) concept.sources = cell("source").split("\n");
    let refused = false;
    for (const lang of langs) {
      const terms = termsOf(cell, lang, line, rowErrors);
      if (!terms) refused = true;
      const section: LanguageSection = { terms: terms ?? [] };
      if (cell(`${lang}_note`)) section.note = cell(`${lang}_note`);
      if (cell(`${lang}_definition`)) section.definitions = cell(`${lang}_definition`).split("\n").map((text) => ({ text }));
      if (section.terms.length || section.note || section.definitions) concept.languages[lang] = section;
    }
    if (refused) continue;
    if (Object.values(concept.languages).every((l) => l.terms.length === 0)) rowErrors.push({ line, message: "the row has no term in any language" });
    else concepts.push(concept);
  }
  return { doc: { concepts }, errors: [], rowErrors };
}

/** `source, target[, comment]` rows in the languages the caller names (OmegaT's glossaries). */
function readHeaderless(rows: TableRow[], languages: TableLanguages): TableRead {
  const { sourceLang, targetLang } = languages;
  if (!sourceLang || !targetLang) {
    return {
      doc: { concepts: [] },
      errors: [{ line: 1, message: "This is a glossary without a header (source, target, comment, as OmegaT writes it): say which languages its columns are in (sourceLang and targetLang)" }],
      rowErrors: [],
    };
  }
  const rowErrors: InterchangeError[] = [];
  const concepts: ConceptDoc[] = [];
  for (const { line, fields } of rows) {
    const [source, target, comment, ...rest] = fields.map((f) => f.trim().normalize("NFC"));
    if (rest.some((f) => f)) rowErrors.push({ line, message: `${fields.length} fields: expected source, target and an optional comment` });
    else if (!source || !target) rowErrors.push({ line, message: "a row needs a source and a target term" });
    else {
      const concept: ConceptDoc = { languages: { [sourceLang]: { terms: [{ text: source, status: "preferred" }] }, [targetLang]: { terms: [{ text: target, status: "preferred" }] } } };
      if (comment) concept.note = comment;
      concepts.push(concept);
    }
  }
  return { doc: { concepts }, errors: [], rowErrors };
}

/**
 * Reads a table of rows (the first may be our header).
 *
 * @example
 * readGlossaryTable([{ line: 1, fields: ["id", "fr"] }, { line: 2, fields: ["c1", "ville créative"] }]).doc.concepts.length // 1
 */
export function readGlossaryTable(rows: TableRow[], languages: TableLanguages = {}): TableRead {
  const header = rows[0];
  if (!header) return { doc: { concepts: [] }, errors: [{ line: 1, message: "The file is empty" }], rowErrors: [] };
  const columns = header.fields.map((f) => f.trim());
  const ours = headerLanguages(columns);
  const plain = columns.length <= 3 && !columns.some((c) => FIXED.includes(c.toLowerCase()) || c.includes("_"));
  // "fax, fax" is a glossary row, not a header of two languages: when the caller names the
  // languages, a header must name them too.
  const named = [languages.sourceLang, languages.targetLang].filter((l): l is string => !!l).map((l) => l.toLowerCase());
  const claimsHeader = ours && !(plain && named.length === 2 && !named.every((l) => ours.langs.includes(l)));
  if (ours && claimsHeader) return readWithHeader(rows.slice(1), columns, ours.langs);
  if (plain) return readHeaderless(rows, languages);
  return {
    doc: { concepts: [] },
    errors: [{ line: 1, message: `The header has unknown column(s) ${columns.filter((c) => !FIXED.includes(c.toLowerCase()) && !LANG_COLUMN.test(c)).map((u) => `"${u}"`).join(", ") || "and no language column"}: expected id, subjectField, note, source and language columns such as fr, fr_status, fr_note` }],
    rowErrors: [],
  };
}

/** The table of a termbase: header row first. */
export function glossaryTable(doc: TermbaseDoc): string[][] {
  const langs = [...new Set(doc.concepts.flatMap((c) => Object.keys(c.languages)))].sort();
  const header = ["id", "subjectField", "note", "source", ...langs.flatMap((l) => [l, ...LANG_COLUMNS.map((c) => `${l}_${c}`)])];
  const perTerm = (terms: TermDoc[], value: (t: TermDoc) => string | undefined) => (terms.some((t) => value(t)) ? terms.map((t) => escapeValue(value(t) ?? "")).join(TERM_SEPARATOR) : "");
  const rows = doc.concepts.map((c, i) => [
    c.externalId ?? `c${i + 1}`,
    c.subjectField ?? "",
    c.note ?? "",
    (c.sources ?? []).join("\n"),
    ...langs.flatMap((l) => {
      const s = c.languages[l];
      const terms = s?.terms ?? [];
      return [
        terms.map((t) => escapeValue(t.text)).join(TERM_SEPARATOR),
        perTerm(terms, (t) => t.status),
        perTerm(terms, (t) => t.type),
        perTerm(terms, (t) => t.partOfSpeech),
        perTerm(terms, (t) => t.gender),
        perTerm(terms, (t) => (t.caseSensitive ? "yes" : undefined)),
        perTerm(terms, (t) => t.usageNote),
        perTerm(terms, (t) => t.note),
        s?.note ?? "",
        (s?.definitions ?? []).map((d) => d.text).join("\n"),
      ];
    }),
  ]);
  return [header, ...rows];
}
