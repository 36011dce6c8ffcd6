import { eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { conceptLanguages, concepts, terms } from "../../db/schema";
import { bumpVersion, readVersion } from "../versions";
import { parseLang } from "../../domain/languages";
import type { TermStatus, TermType } from "../../domain/terms/types";
import type { ConceptDoc, LanguageSection } from "../../formats/tbx/model";

export const TERMBASE_VERSION_KEY = "termbase.version";

/** Every termbase write bumps this, so cached recognisers know to rebuild. */
export const bumpTermbaseVersion = (tx: DbOrTx): void => bumpVersion(tx, TERMBASE_VERSION_KEY);
export const termbaseVersion = (db: DbOrTx): string => readVersion(db, TERMBASE_VERSION_KEY);

/** File language tags to the codes we store: our four mapped (zh-CN -> zh), others by primary subtag. */
export function storedLang(tag: string): string {
  return parseLang(tag) ?? tag.toLowerCase().split(/[-_]/)[0]!;
}

export type TermView = {
  id: number;
  text: string;
  status: TermStatus;
  type: TermType | null;
  partOfSpeech: string | null;
  gender: string | null;
  caseSensitive: boolean;
  usageNote: string | null;
  context: string | null;
  note: string | null;
};
export type ConceptView = {
  id: number;
  externalId: string | null;
  subjectField: string | null;
  source: string | null;
  note: string | null;
  createdAt: string;
  modifiedAt: string;
  languages: Record<string, { definition: string | null; note: string | null; terms: TermView[] }>;
};

/** Loads concepts with their language sections and terms, in id order. */
export function loadConcepts(db: DbOrTx, ids: number[]): ConceptView[] {
  if (ids.length === 0) return [];
  const rows = db.select().from(concepts).where(inArray(concepts.id, ids)).all();
  const langs = db.select().from(conceptLanguages).where(inArray(conceptLanguages.conceptId, ids)).all();
  const termRows = db.select().from(terms).where(inArray(terms.conceptId, ids)).orderBy(terms.id).all();
  const byId = new Map<number, ConceptView>();
  for (const c of rows) {
    byId.set(c.id, { id: c.id, externalId: c.externalId, subjectField: c.subjectField, source: c.source, note: c.note, createdAt: c.createdAt, modifiedAt: c.modifiedAt, languages: {} });
  }
  const section = (conceptId: number, lang: string) => {
    const view = byId.get(conceptId)!;
    view.languages[lang] ??= { definition: null, note: null, terms: [] };
    return view.languages[lang]!;
  };
  for (const l of langs) Object.assign(section(l.conceptId, l.lang), { definition: l.definition, note: l.note });
  for (const t of termRows) {
    section(t.conceptId, t.lang).terms.push({
      id: t.id, text: t.text, status: t.status as TermStatus, type: (t.type as TermType | null) ?? null, partOfSpeech: t.partOfSpeech, gender: t.gender,
      caseSensitive: t.caseSensitive, usageNote: t.usageNote, context: t.context, note: t.note,
    });
  }
  return ids.map((id) => byId.get(id)).filter((c): c is ConceptView => c !== undefined);
}

/** Writes the language sections and terms of a concept (after deleting the old ones). */
export function writeConceptBody(tx: DbOrTx, conceptId: number, languages: Record<string, LanguageSection>): void {
  tx.delete(terms).where(eq(terms.conceptId, conceptId)).run();
  tx.delete(conceptLanguages).where(eq(conceptLanguages.conceptId, conceptId)).run();
  for (const [tag, section] of Object.entries(languages)) {
    const lang = storedLang(tag);
    if (section.definition || section.note) {
      tx.insert(conceptLanguages).values({ conceptId, lang, definition: section.definition ?? null, note: section.note ?? null }).onConflictDoNothing().run();
    }
    for (const t of section.terms) {
      tx.insert(terms)
        .values({
          conceptId, lang, text: t.text.normalize("NFC").trim(), status: t.status, type: t.type ?? null, partOfSpeech: t.partOfSpeech ?? null,
          gender: t.gender ?? null, caseSensitive: t.caseSensitive ?? false, usageNote: t.usageNote ?? null, context: t.context ?? null, note: t.note ?? null,
        })
        .run();
    }
  }
}

/** A concept as an interchange document (for export and change detection). */
export function toConceptDoc(view: ConceptView): ConceptDoc {
  const doc: ConceptDoc = { languages: {} };
  if (view.externalId) doc.externalId = view.externalId;
  if (view.subjectField) doc.subjectField = view.subjectField;
  if (view.source) doc.source = view.source;
  if (view.note) doc.note = view.note;
  for (const [lang, s] of Object.entries(view.languages)) {
    doc.languages[lang] = {
      terms: s.terms.map((t) => {
        const out: ConceptDoc["languages"][string]["terms"][number] = { text: t.text, status: t.status };
        if (t.type) out.type = t.type;
        if (t.partOfSpeech) out.partOfSpeech = t.partOfSpeech;
        if (t.gender) out.gender = t.gender;
        if (t.caseSensitive) out.caseSensitive = true;
        if (t.usageNote) out.usageNote = t.usageNote;
        if (t.context) out.context = t.context;
        if (t.note) out.note = t.note;
        return out;
      }),
      ...(s.definition ? { definition: s.definition } : {}),
      ...(s.note ? { note: s.note } : {}),
    };
  }
  return doc;
}
