/**
 * The TBX-Basic form of a termbase, shared by the v3 (tbx) and v2 (martif) writers: values
 * mapped to Basic's picklists, Glossa's extra properties as the conformant markers of
 * ./conventions, references moved to the nearest level Basic allows, ids made unique XML names.
 */
import type { TermStatus, TermType } from "../../domain/terms/types";
import { CASE_SENSITIVE_NOTE, FORBIDDEN_NOTE, PROPER_NOUN_NOTE, USAGE_NOTE_PREFIX } from "./conventions";
import type { ConceptDoc, Reference, TermbaseDoc, TermDoc, Transaction } from "./model";
import { PICKLISTS, TERM_LOCATIONS } from "./rules";

export const esc = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export const BASIC_STATUS: Record<TermStatus, string> = {
  preferred: "preferredTerm-admn-sts",
  admitted: "admittedTerm-admn-sts",
  deprecated: "deprecatedTerm-admn-sts",
  superseded: "supersededTerm-admn-sts",
  forbidden: "deprecatedTerm-admn-sts",
};
const BASIC_TERM_TYPE: Record<TermType, string | undefined> = {
  fullForm: "fullForm", acronym: "acronym", abbreviation: "abbreviation", shortForm: "shortForm", phrase: "phrase", properNoun: undefined,
};

/** A term note to write, with the note that qualifies it (grouped in a termNoteGrp) if any. */
export type TermNoteOut = { type: string; value: string; qualifier?: string };

/** The term notes of a term in Basic's order and values, plus notes for values Basic cannot hold. */
export function basicTermNotes(t: TermDoc): { termNotes: TermNoteOut[]; extraNotes: string[] } {
  const termNotes: TermNoteOut[] = [];
  const extraNotes: string[] = [];
  const termType = t.type ? BASIC_TERM_TYPE[t.type] : undefined;
  if (termType) termNotes.push({ type: "termType", value: termType });
  if (t.type === "properNoun") termNotes.push({ type: "partOfSpeech", value: "noun", qualifier: PROPER_NOUN_NOTE });
  else if (t.partOfSpeech && PICKLISTS.partOfSpeech!.includes(t.partOfSpeech)) termNotes.push({ type: "partOfSpeech", value: t.partOfSpeech });
  else if (t.partOfSpeech) extraNotes.push(`part of speech: ${t.partOfSpeech}`);
  if (t.gender && PICKLISTS.grammaticalGender!.includes(t.gender)) termNotes.push({ type: "grammaticalGender", value: t.gender });
  else if (t.gender) extraNotes.push(`grammatical gender: ${t.gender}`);
  termNotes.push({ type: "administrativeStatus", value: BASIC_STATUS[t.status], ...(t.status === "forbidden" ? { qualifier: FORBIDDEN_NOTE } : {}) });
  if (t.geographicalUsage) termNotes.push({ type: "geographicalUsage", value: t.geographicalUsage });
  if (t.termLocation && (TERM_LOCATIONS as readonly string[]).includes(t.termLocation)) termNotes.push({ type: "termLocation", value: t.termLocation });
  else if (t.termLocation) extraNotes.push(`term location: ${t.termLocation}`);
  return { termNotes, extraNotes };
}

/** A term's own notes, with its usage note and case sensitivity as Glossa's marker notes. */
export function termNotesText(t: TermDoc, extra: string[]): string[] {
  const notes = [...extra];
  if (t.caseSensitive) notes.push(CASE_SENSITIVE_NOTE);
  for (const line of t.usageNote?.split("\n") ?? []) notes.push(`${USAGE_NOTE_PREFIX}${line}`);
  for (const line of t.note?.split("\n") ?? []) notes.push(line);
  return notes;
}

/** Basic's two transaction types; other tools' values are kept as the nearer one. */
export const basicTransactionType = (type: string): string => (/^(origination|creat|input|new)/i.test(type) ? "origination" : "modification");
/** xsd:date, or nothing: "2010-04-17T12:00:00" and "20010507T10:57:25Z" give "2010-04-17", "2001-05-07". */
export function basicDate(date: string | undefined): string | undefined {
  const m = date ? /^(\d{4})-?(\d{2})-?(\d{2})(?:$|T)/.exec(date) : null;
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

/** Where Basic allows each reference type: the nearest allowed level to where it was found. */
export function placeReference(ref: Reference, level: "concept" | "lang" | "term"): "concept" | "lang" | "term" {
  const type = basicReferenceType(ref, level);
  if (type === "relatedConcept") return "concept";
  if (type === "relatedTerm") return "term";
  if (type === "xGraphic") return level === "term" ? "lang" : level;
  return level === "lang" ? "concept" : level; // externalCrossReference
}

/** Basic has no crossReference: a reference to another entry is a related concept, or term at term level. */
export function basicReferenceType(ref: Reference, level: "concept" | "lang" | "term"): Reference["type"] {
  if (ref.type === "crossReference") return level === "term" ? "relatedTerm" : "relatedConcept";
  return ref.type;
}

export const isHttpUri = (s: string | undefined): boolean => !!s && /^https?:\/\/.+/.test(s);
const NCNAME = /^[A-Za-z_][\w.-]*$/;

/**
 * Unique XML ids for the concepts (their own where possible) and a map from the ids the file
 * had to the ones written, so references keep pointing at the right entry.
 */
export function exportIds(doc: TermbaseDoc): { conceptIds: string[]; resolve: (target: string | undefined) => string | undefined } {
  const used = new Set<string>((doc.refObjects ?? []).map((r) => r.id));
  const byOriginal = new Map<string, string>();
  const conceptIds = doc.concepts.map((c: ConceptDoc, i) => {
    let id = c.externalId && NCNAME.test(c.externalId) && !used.has(c.externalId) ? c.externalId : `c${i + 1}`;
    while (used.has(id)) id = `${id}_${i + 1}`;
    used.add(id);
    if (c.externalId && !byOriginal.has(c.externalId)) byOriginal.set(c.externalId, id);
    return id;
  });
  const refIds = new Set((doc.refObjects ?? []).map((r) => r.id));
  return { conceptIds, resolve: (target) => (target === undefined ? undefined : refIds.has(target) ? target : byOriginal.get(target)) };
}

/** The refObjects worth writing: those with a valid id. */
export const writableRefObjects = (doc: TermbaseDoc) => (doc.refObjects ?? []).filter((r) => NCNAME.test(r.id) && r.items.length > 0);

export type TransactionOut = { type: string; responsibility?: string; target?: string; date?: string };
export function basicTransaction(t: Transaction, resolve: (target: string | undefined) => string | undefined): TransactionOut {
  return { type: basicTransactionType(t.type), responsibility: t.responsibility, target: resolve(t.responsibilityRef), date: basicDate(t.date) };
}
