import type { z } from "zod";
import { LANGUAGES } from "../domain/languages";
import type { ConceptDoc, Described, TermDoc } from "../formats/tbx/model";
import type { ConceptView } from "../services/glossary";
import type { ConceptBody } from "./glossary-body";

type Form = Record<string, string | File | (string | File)[]>;
/** The editor's values: the API shape, each term with the id of the stored term it edits. */
export type ConceptFormValues = Omit<z.input<typeof ConceptBody>, "languages"> & {
  languages: Record<string, Omit<z.input<typeof ConceptBody>["languages"][string], "terms"> & { terms: Array<z.input<typeof ConceptBody>["languages"][string]["terms"][number] & { id?: number }> }>;
};
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
export function conceptFromForm(form: Form): { values: ConceptFormValues; rowOf: Map<string, number>; termIds: Map<string, number> } {
  const languages: ConceptFormValues["languages"] = {};
  const rowOf = new Map<string, number>();
  const termIds = new Map<string, number>();
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
      const id = Number(field("id"));
      if (Number.isSafeInteger(id) && id > 0) {
        termIds.set(`${lang}.${terms.length}`, id);
        term.id = id;
      }
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
    termIds,
  };
}

/** A stored concept as the editor's values: the first definition and context, sources one per line. */
export function formValuesOf(view: ConceptView): ConceptFormValues {
  const languages: ConceptFormValues["languages"] = {};
  for (const [lang, s] of Object.entries(view.languages)) {
    languages[lang] = {
      definition: s.definitions?.[0]?.text,
      note: s.note,
      terms: s.terms.map((t) => ({ id: t.id, text: t.text, status: t.status, type: t.type, partOfSpeech: t.partOfSpeech, gender: t.gender, caseSensitive: t.caseSensitive, usageNote: t.usageNote, context: t.contexts?.[0]?.text, note: t.note })),
    };
  }
  return { externalId: view.externalId ?? undefined, subjectField: view.subjectField ?? undefined, source: view.sources?.join("\n"), note: view.note ?? undefined, expectedModifiedAt: view.modifiedAt, languages };
}

/** The edited first item of a list, keeping the stored item's sources and notes and the items after it. */
function editFirst(stored: Described[] | undefined, edited: Described[] | undefined): Described[] | undefined {
  const first = edited?.[0];
  const rest = stored?.slice(1) ?? [];
  const out = first ? [{ ...stored?.[0], text: first.text }, ...rest] : rest;
  return out.length ? out : undefined;
}

const EDITOR_LANGS: readonly string[] = LANGUAGES;

/**
 * What to save when the editor posts a concept: the edited fields, and everything the editor
 * does not show kept from the stored concept — concept-level definitions, subsets,
 * transactions, references, the sources of definitions and contexts, later definitions and
 * contexts, term details, and whole language sections beyond the editor's four languages.
 *
 * @example
 * keepWhatTheFormDoesNotShow(stored, conceptFromBody(parsed), termIds)
 */
export function keepWhatTheFormDoesNotShow(stored: ConceptView, edited: ConceptDoc, termIds: Map<string, number>): ConceptDoc {
  const { definitions, customerSubsets, projectSubsets, transactions, references } = stored;
  const out: ConceptDoc = { ...edited, ...strip({ definitions, customerSubsets, projectSubsets, transactions, references }), languages: {} };
  for (const [lang, section] of Object.entries(stored.languages)) {
    if (!EDITOR_LANGS.includes(lang)) out.languages[lang] = { ...section, terms: section.terms.map(({ id: _id, ...t }) => t) };
  }
  for (const [lang, section] of Object.entries(edited.languages)) {
    const before = stored.languages[lang];
    const { sources, customerSubsets: cs, projectSubsets: ps, transactions: tr, references: rf } = before ?? {};
    const terms = section.terms.map((t, i): TermDoc => {
      const id = termIds.get(`${lang}.${i}`);
      const old = id === undefined ? undefined : before?.terms.find((x) => x.id === id);
      if (!old) return t;
      const { sources: s, customerSubsets: c, projectSubsets: p, transactions: x, references: r, geographicalUsage: g, termLocation: l } = old;
      return { ...t, ...strip({ sources: s, customerSubsets: c, projectSubsets: p, transactions: x, references: r, geographicalUsage: g, termLocation: l, contexts: editFirst(old.contexts, t.contexts) }) };
    });
    out.languages[lang] = { ...section, ...strip({ sources, customerSubsets: cs, projectSubsets: ps, transactions: tr, references: rf, definitions: editFirst(before?.definitions, section.definitions) }), terms };
    if (!out.languages[lang]!.definitions) delete out.languages[lang]!.definitions;
  }
  return out;
}

const strip = <T extends object>(o: T): Partial<T> => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

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
