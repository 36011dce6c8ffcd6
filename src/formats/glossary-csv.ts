/**
 * Termbases as delimited text: comma, semicolon or tab separated (sniffed from the first line),
 * RFC 4180 quoting, CRLF or LF. The columns are those of ./glossary-table; other tools'
 * headerless `source, target, comment` glossaries are read too, given their languages.
 *
 * A quote that is never closed would swallow the rest of the file into one field: such a file
 * is refused, naming the line the quote opens on.
 */
import { glossaryTable, readGlossaryTable, type TableLanguages, type TableRead, type TableRow } from "./glossary-table";

export { TERM_SEPARATOR } from "./glossary-table";

export class CsvStructureError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

/** Splits CSV text into rows of fields, with the line each row starts on; throws CsvStructureError on broken quoting. */
export function parseCsvRows(text: string, delimiter: string): TableRow[] {
  const rows: TableRow[] = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let quoteLine = 0;
  let afterQuote = false;
  let line = 1;
  let rowLine = 1;
  const endField = () => {
    fields.push(field);
    field = "";
    afterQuote = false;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
        afterQuote = true;
      } else {
        if (ch === "\n") line++;
        field += ch;
      }
    } else if (ch === delimiter) endField();
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      endField();
      if (fields.some((f) => f !== "")) rows.push({ line: rowLine, fields });
      fields = [];
      line++;
      rowLine = line;
    } else if (afterQuote) {
      throw new CsvStructureError(line, `line ${line}: text after the closing quote of a field (a quote inside a quoted field is written "")`);
    } else if (ch === '"' && field.trim() === "") {
      quoted = true;
      quoteLine = line;
      field = "";
    } else field += ch;
  }
  if (quoted) throw new CsvStructureError(quoteLine, `line ${quoteLine}: a quoted field opens here and is never closed, so the rest of the file would become one term; nothing was imported`);
  endField();
  if (fields.some((f) => f !== "")) rows.push({ line: rowLine, fields });
  return rows;
}

/** The delimiter of the first line, counted outside quotes: tab, semicolon or comma. */
export function sniffDelimiter(text: string): string {
  const first = (text.split(/\r?\n/, 1)[0] ?? "").replace(/"(?:[^"]|"")*"/g, "");
  const count = (c: string) => first.split(c).length - 1;
  const [best] = ["\t", ";", ","].map((c) => [c, count(c)] as const).sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : ",";
}

/**
 * Reads a delimited termbase or glossary; `errors` refuse the file, `rowErrors` only their row.
 *
 * @example
 * readGlossaryCsv("id,fr,en\nc1,développement durable,sustainable development\n").doc.concepts.length // 1
 * readGlossaryCsv("kde\tkoo moo\n", { sourceLang: "en", targetLang: "fr" }).doc.concepts[0].languages.fr.terms[0].text // "koo moo"
 */
export function readGlossaryCsv(text: string, languages: TableLanguages = {}): TableRead {
  const clean = text.replace(/^\uFEFF/, "");
  try {
    return readGlossaryTable(parseCsvRows(clean, sniffDelimiter(clean)), languages);
  } catch (e) {
    if (e instanceof CsvStructureError) return { doc: { concepts: [] }, errors: [{ line: e.line, message: e.message }], rowErrors: [] };
    throw e;
  }
}

const quote = (v: string) => (/[",;\t\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** Writes a termbase as CSV (comma, UTF-8 with BOM so spreadsheets open it right). */
export function writeGlossaryCsv(doc: Parameters<typeof glossaryTable>[0]): string {
  return `\uFEFF${glossaryTable(doc).map((r) => r.map(quote).join(",")).join("\r\n")}\r\n`;
}
