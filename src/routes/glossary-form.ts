import type { z } from "zod";
import type { ConceptBody } from "./glossary";

type Form = Record<string, string | File | (string | File)[]>;
export type ConceptFormValues = z.input<typeof ConceptBody>;
/** Field errors keyed by the form field name they belong to (`lang.hu.terms.0.text`), "" for the form. */
export type FieldErrors = Record<string, string>;

const TERM_FIELDS = ["text", "status", "type", "partOfSpeech", "gender", "usageNote", "context", "note"] as const;
const value = (form: Form, key: string) => (typeof form[key] === "string" ? (form[key] as string).normalize("NFC").trim() : "");
const optional = (s: string) => (s === "" ? undefined : s);

/**
 * Reads the concept editor's fields (`lang.<code>.terms.<n>.<field>`) into the JSON shape of the
 * API. Term rows left empty or marked for removal are dropped; row numbers are kept in
 * `rowOf` so errors point back at the row the user typed in.
 *
 * @example
 * conceptFromForm({ "lang.fr.terms.0.text": "patrimoine", "lang.fr.terms.0.status": "preferred" })
 */
export function conceptFromForm(form: Form): { values: ConceptFormValues; rowOf: Map<string, number> } {
  const languages: ConceptFormValues["languages"] = {};
  const rowOf = new Map<string, number>();
  const langs = new Set<string>();
  for (const key of Object.keys(form)) {
    const m = /^lang\.([a-z]{2,3})\./.exec(key);
    if (m) langs.add(m[1]!);
  }
  for (const lang of langs) {
    const rows = new Set<number>();
    for (const key of Object.keys(form)) {
      const m = new RegExp(`^lang\\.${lang}\\.terms\\.(\\d+)\\.`).exec(key);
      if (m) rows.add(Number(m[1]));
    }
    const terms: ConceptFormValues["languages"][string]["terms"] = [];
    for (const row of [...rows].sort((a, b) => a - b)) {
      const field = (f: string) => value(form, `lang.${lang}.terms.${row}.${f}`);
      if (field("remove") === "1" || field("text") === "") continue;
      const term: Record<string, unknown> = { caseSensitive: field("caseSensitive") === "1" };
      for (const f of TERM_FIELDS) term[f] = f === "text" ? field(f) : optional(field(f));
      rowOf.set(`${lang}.${terms.length}`, row);
      terms.push(term as ConceptFormValues["languages"][string]["terms"][number]);
    }
    const definition = optional(value(form, `lang.${lang}.definition`));
    const note = optional(value(form, `lang.${lang}.note`));
    if (terms.length || definition || note) languages[lang] = { definition, note, terms };
  }
  return {
    values: {
      externalId: optional(value(form, "externalId")),
      subjectField: optional(value(form, "subjectField")),
      source: optional(value(form, "source")),
      note: optional(value(form, "note")),
      expectedModifiedAt: optional(value(form, "expectedModifiedAt")),
      languages,
    },
    rowOf,
  };
}

/** Maps zod issue paths (`languages.hu.terms.0.text`) to the editor's field names. */
export function fieldErrorsOf(issues: z.core.$ZodIssue[], rowOf: Map<string, number>): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const [first, lang, kind, index, field] = issue.path.map(String);
    let name = first ?? "";
    if (first === "languages" && lang && kind === "terms" && index !== undefined) name = `lang.${lang}.terms.${rowOf.get(`${lang}.${index}`) ?? index}.${field ?? "text"}`;
    else if (first === "languages" && lang) name = `lang.${lang}.${kind ?? ""}`;
    errors[name] ??= issue.message;
  }
  return errors;
}
