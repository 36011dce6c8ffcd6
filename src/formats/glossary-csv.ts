/**
 * Termbase as CSV: one row per concept; columns `id`, `subjectField`, `note`, then per language
 * `<lang>`, `<lang>_status`, `<lang>_note`, `<lang>_definition`. Several terms of one language
 * share a cell, separated by " | ", their statuses likewise in `<lang>_status`.
 * Comma or semicolon separated (sniffed from the header), RFC 4180 quoting, CRLF or LF.
 */
import { TERM_STATUSES, type TermStatus } from "../domain/terms/types";
import type { ConceptDoc, InterchangeError, TermbaseDoc } from "./tbx/model";

export const TERM_SEPARATOR = " | ";

/** Splits CSV text into rows of fields, with the line each row starts on. */
export function parseCsvRows(text: string, delimiter: string): Array<{ line: number; fields: string[] }> {
  const rows: Array<{ line: number; fields: string[] }> = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === "\n") line++;
        field += ch;
      }
    } else if (ch === '"' && field === "") quoted = true;
    else if (ch === delimiter) {
      fields.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      fields.push(field);
      if (fields.some((f) => f !== "")) rows.push({ line: rowLine, fields });
      fields = [];
      field = "";
      line++;
      rowLine = line;
    } else field += ch;
  }
  fields.push(field);
  if (fields.some((f) => f !== "")) rows.push({ line: rowLine, fields });
  return rows;
}

function sniffDelimiter(headerLine: string): string {
  const count = (c: string) => headerLine.split(c).length - 1;
  return count(";") > count(",") ? ";" : ",";
}

const LANG_COLUMN = /^([a-z]{2,3}(?:-[a-z0-9]+)*)(?:_(status|note|definition))?$/i;
const FIXED = new Set(["id", "subjectfield", "note", "source"]);

/**
 * Reads a glossary CSV; every problem is reported with its line.
 *
 * @example
 * readGlossaryCsv("id,fr,en\nc1,développement durable,sustainable development\n").doc.concepts.length // 1
 */
export function readGlossaryCsv(text: string): { doc: TermbaseDoc; errors: InterchangeError[] } {
  const errors: InterchangeError[] = [];
  const concepts: ConceptDoc[] = [];
  const clean = text.replace(/^\uFEFF/, "");
  const rows = parseCsvRows(clean, sniffDelimiter(clean.split(/\r?\n/, 1)[0] ?? ""));
  const header = rows[0];
  if (!header) return { doc: { concepts }, errors: [{ line: 1, message: "The file is empty" }] };
  const columns = header.fields.map((f) => f.trim());
  const langs = new Set<string>();
  columns.forEach((c) => {
    const m = LANG_COLUMN.exec(c);
    if (!FIXED.has(c.toLowerCase()) && m && !m[2]) langs.add(m[1]!.toLowerCase());
  });
  const unknown = columns.filter((c) => !FIXED.has(c.toLowerCase()) && !LANG_COLUMN.test(c));
  if (langs.size === 0 || unknown.length) {
    const what = unknown.length ? `unknown column(s) ${unknown.map((u) => `"${u}"`).join(", ")}` : "no language column";
    return { doc: { concepts }, errors: [{ line: 1, message: `The header has ${what}: expected id, subjectField, note and language columns such as fr, fr_status, fr_note` }] };
  }
  const col = (name: string) => columns.findIndex((c) => c.toLowerCase() === name.toLowerCase());
  for (const { line, fields } of rows.slice(1)) {
    if (fields.length > columns.length) errors.push({ line, message: `${fields.length} fields but the header has ${columns.length}` });
    const get = (name: string) => {
      const i = col(name);
      return i >= 0 ? (fields[i] ?? "").trim().normalize("NFC") : "";
    };
    const concept: ConceptDoc = { languages: {} };
    if (get("id")) concept.externalId = get("id");
    if (get("subjectField")) concept.subjectField = get("subjectField");
    if (get("note")) concept.note = get("note");
    if (get("source")) concept.source = get("source");
    for (const lang of langs) {
      const texts = get(lang).split("|").map((s) => s.trim());
      const statuses = get(`${lang}_status`).split("|").map((s) => s.trim());
      const terms = texts.flatMap((t, i) => {
        if (!t) return [];
        const status = statuses[i] || (i === 0 ? "preferred" : "admitted");
        if (!(TERM_STATUSES as readonly string[]).includes(status)) {
          errors.push({ line, message: `unknown status "${status}" for "${t}" (use ${TERM_STATUSES.join(", ")})` });
          return [];
        }
        return [{ text: t, status: status as TermStatus }];
      });
      const note = get(`${lang}_note`);
      const definition = get(`${lang}_definition`);
      if (terms.length || note || definition) concept.languages[lang] = { terms, ...(note ? { note } : {}), ...(definition ? { definition } : {}) };
    }
    if (Object.values(concept.languages).every((l) => l.terms.length === 0)) errors.push({ line, message: "the row has no term in any language" });
    else concepts.push(concept);
  }
  return { doc: { concepts }, errors };
}

const quote = (v: string) => (/[",;\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** Writes a termbase as CSV (comma, UTF-8 with BOM so spreadsheets open it right). */
export function writeGlossaryCsv(doc: TermbaseDoc): string {
  const langs = [...new Set(doc.concepts.flatMap((c) => Object.keys(c.languages)))].sort();
  const header = ["id", "subjectField", "note", ...langs.flatMap((l) => [l, `${l}_status`, `${l}_note`, `${l}_definition`])];
  const rows = doc.concepts.map((c, i) => [
    c.externalId ?? `c${i + 1}`,
    c.subjectField ?? "",
    c.note ?? "",
    ...langs.flatMap((l) => {
      const s = c.languages[l];
      return [s?.terms.map((t) => t.text).join(TERM_SEPARATOR) ?? "", s?.terms.map((t) => t.status).join(TERM_SEPARATOR) ?? "", s?.note ?? "", s?.definition ?? ""];
    }),
  ]);
  return `\uFEFF${[header, ...rows].map((r) => r.map(quote).join(",")).join("\r\n")}\r\n`;
}
