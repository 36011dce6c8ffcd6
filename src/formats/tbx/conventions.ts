/**
 * How Glossa writes, within TBX-Basic, what TBX-Basic has no data category for — and reads it
 * back. Basic's closed picklists (checked by its RelaxNG grammar and Schematron) have no
 * forbidden status, no proper-noun part of speech, no usage note and no case sensitivity, so:
 *
 * - a forbidden term is `administrativeStatus` = `deprecatedTerm-admn-sts` (ISO 1087's "term
 *   rated as undesired", the strongest status the standard has), grouped in a `termNoteGrp`
 *   with a note "forbidden" that qualifies that very status;
 * - a proper noun is `partOfSpeech` = `noun`, grouped likewise with the note "proper noun";
 * - a usage note is a term-level `<note>` starting "Usage note: ";
 * - a case-sensitive term has the term-level note "case-sensitive".
 *
 * Every file stays valid TBX-Basic; another tool shows these as plain notes.
 */

export const FORBIDDEN_NOTE = "forbidden: never use this term";
export const PROPER_NOUN_NOTE = "proper noun";
export const CASE_SENSITIVE_NOTE = "case-sensitive";
export const USAGE_NOTE_PREFIX = "Usage note: ";

/** Glossa's first exports wrote forbidden terms as a term note starting "[forbidden]". */
export const LEGACY_FORBIDDEN = /^\[forbidden\]\s*/;

export const isForbiddenNote = (note: string): boolean => /^forbidden\b/i.test(note.trim());
export const isProperNounNote = (note: string): boolean => /^proper noun\b/i.test(note.trim());
export const isCaseSensitiveNote = (note: string): boolean => /^case-sensitive\.?$/i.test(note.trim());

/** The usage note a term note carries, or undefined when it is an ordinary note. */
export function usageNoteOf(note: string): string | undefined {
  const m = /^usage note:\s*/i.exec(note);
  return m ? note.slice(m[0].length) : undefined;
}
