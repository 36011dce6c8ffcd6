/**
 * Turns the elements of a TBX entry into the model, each datum at the level it was found: a
 * source inside a definition's descripGrp stays with that definition, one inside a context's
 * with that context, one directly in a termSec with the term. Glossa's own conformant markers
 * (see ./conventions) are read back into statuses and term properties.
 */
import type { Annotations, ConceptDoc, Described, LanguageSection, RefObject, Reference, TermbaseDoc, TermDoc, Transaction } from "./model";
import { REFERENCE_TYPES, statusFromTbx, termTypeFromTbx } from "./model";
import { isCaseSensitiveNote, isForbiddenNote, isProperNounNote, LEGACY_FORBIDDEN, usageNoteOf } from "./conventions";

export type Frame = { kind: string; datcat?: string; text: string; children: string[]; attrs: Record<string, string> };

type Group = { descrip?: { datcat: string; text: string; lang?: string }; sources: string[]; notes: string[] };
type TransacDraft = Partial<Transaction>;
type NoteGroup = { termNote?: { datcat: string; value: string }; notes: string[] };

const clean = (s: string) => s.replace(/\s+/g, " ").trim().normalize("NFC");
const appendLine = (a: string | undefined, b: string) => (a ? `${a}\n${b}` : b);
const push = <K extends keyof Annotations>(holder: Annotations, key: K, value: NonNullable<Annotations[K]>[number]) => {
  ((holder[key] ??= []) as unknown[]).push(value);
};

export class EntryCollector {
  readonly doc: TermbaseDoc = { concepts: [] };
  defaultLang = "en";
  private concept?: ConceptDoc;
  private section?: LanguageSection;
  private term?: TermDoc;
  private group?: Group;
  private transaction?: TransacDraft;
  private noteGroup?: NoteGroup;
  private refObject?: RefObject;
  private refSection = "";

  /** The innermost entry level open: term, language section or concept. */
  private holder(): (Annotations & { note?: string }) | undefined {
    return this.term ?? this.section ?? this.concept;
  }

  open(frame: Frame, stack: Frame[]): void {
    switch (frame.kind) {
      case "conceptEntry":
        this.concept = { languages: {}, ...(frame.attrs.id ? { externalId: frame.attrs.id } : {}) };
        break;
      case "langSec": {
        if (!this.concept) break;
        const code = (frame.attrs["xml:lang"] ?? this.defaultLang).toLowerCase();
        this.section = this.concept.languages[code] ??= { terms: [] };
        break;
      }
      case "termSec":
        if (this.section) this.term = { text: "", status: "admitted" };
        break;
      case "descripGrp":
        this.group = { sources: [], notes: [] };
        break;
      case "transacGrp":
        this.transaction = {};
        break;
      case "termNoteGrp":
        this.noteGroup = { notes: [] };
        break;
      case "refObjectSec":
        this.refSection = frame.attrs.type ?? "";
        break;
      case "refObject":
        this.refObject = { id: frame.attrs.id ?? "", section: this.refSection, items: [] };
        break;
    }
    void stack;
  }

  /** Takes a closed element's value; returns a warning to report, if any. */
  close(frame: Frame, stack: Frame[]): string | undefined {
    const value = clean(frame.text);
    const parentKind = stack[stack.length - 1]?.kind;
    const { kind, datcat } = frame;
    const holder = this.holder();
    switch (kind) {
      case "title":
        if (stack.some((f) => f.kind === "tbxHeader")) this.doc.title ??= value;
        return;
      case "term":
        if (this.term) this.term.text = value;
        return;
      case "termNote":
        if (this.term && datcat) {
          this.applyTermNote(this.term, datcat, value);
          if (this.noteGroup && parentKind === "termNoteGrp") this.noteGroup.termNote = { datcat, value };
        }
        return;
      case "descrip":
        if (parentKind === "descripGrp" && this.group && datcat) this.group.descrip = { datcat, text: value, lang: frame.attrs["xml:lang"] };
        else if (datcat) this.placeDescribed(datcat, { text: value }, frame.attrs["xml:lang"]);
        return;
      case "admin":
        if (!holder || !datcat) return;
        if (datcat === "source") {
          if (parentKind === "descripGrp" && this.group) this.group.sources.push(value);
          else push(holder, "sources", value);
        } else if (datcat === "customerSubset") push(holder, "customerSubsets", value);
        else if (datcat === "projectSubset") push(holder, "projectSubsets", value);
        else if (datcat === "usageNote" && this.term) this.term.usageNote = appendLine(this.term.usageNote, value);
        return;
      case "transac":
        if (this.transaction) this.transaction.type = value;
        return;
      case "transacNote":
        if (this.transaction && datcat === "responsibility") {
          this.transaction.responsibility = value;
          if (frame.attrs.target) this.transaction.responsibilityRef = frame.attrs.target;
        }
        return;
      case "date":
        if (this.transaction) this.transaction.date = value;
        return;
      case "ref":
      case "xref":
        if (holder && datcat && (REFERENCE_TYPES as readonly string[]).includes(datcat)) {
          const ref: Reference = { type: datcat as Reference["type"], text: value };
          if (frame.attrs.target) ref.target = frame.attrs.target;
          push(holder, "references", ref);
        }
        return;
      case "note":
        return this.placeNote(value, parentKind);
      case "item":
        if (this.refObject) this.refObject.items.push({ ...(frame.attrs.type ? { type: frame.attrs.type } : {}), text: value });
        return;
      case "refObject":
        if (this.refObject?.id) (this.doc.refObjects ??= []).push(this.refObject);
        this.refObject = undefined;
        return;
      case "descripGrp":
        this.closeGroup();
        return;
      case "transacGrp":
        if (this.transaction?.type && holder) push(holder, "transactions", this.transaction as Transaction);
        this.transaction = undefined;
        return;
      case "termNoteGrp":
        this.closeNoteGroup();
        return;
      case "termSec": {
        const term = this.term;
        this.term = undefined;
        if (!term || !this.section) return;
        if (!term.text) return "An empty <term> was skipped";
        this.section.terms.push(term);
        return;
      }
      case "langSec":
        this.section = undefined;
        return;
      case "conceptEntry":
        if (this.concept) this.doc.concepts.push(this.concept);
        this.concept = undefined;
        return;
    }
    return undefined;
  }

  private applyTermNote(t: TermDoc, category: string, v: string) {
    if (category === "administrativeStatus" || category === "usageStatus" || category === "normativeAuthorization") {
      const status = statusFromTbx(v);
      if (status && t.status !== "forbidden") t.status = status;
    } else if (category === "termType") t.type = termTypeFromTbx(v) ?? t.type;
    else if (category === "partOfSpeech") {
      // Our legacy exports marked proper nouns with a part of speech Basic does not have.
      if (v === "properNoun") {
        if (!t.type || t.type === "fullForm") t.type = "properNoun";
      } else t.partOfSpeech = v;
    } else if (category === "grammaticalGender") t.gender = v;
    else if (category === "geographicalUsage") t.geographicalUsage = v;
    else if (category === "termLocation") t.termLocation = v;
    else if (category === "usageNote") t.usageNote = appendLine(t.usageNote, v);
  }

  /**
   * A definition goes to the language section it was given in, or to the concept (to a language
   * section when it names its language); a context goes to its term.
   */
  private placeDescribed(datcat: string, item: Described, lang?: string) {
    if (!this.concept) return;
    if (datcat === "subjectField") {
      this.concept.subjectField = this.concept.subjectField ? `${this.concept.subjectField}\n${item.text}` : item.text;
      for (const s of item.sources ?? []) push(this.concept, "sources", s);
    } else if (datcat === "definition") {
      const target = this.section ?? (lang ? (this.concept.languages[lang.toLowerCase()] ??= { terms: [] }) : this.concept);
      (target.definitions ??= []).push(item);
    } else if (datcat === "context" && this.term) (this.term.contexts ??= []).push(item);
  }

  private closeGroup() {
    const group = this.group;
    this.group = undefined;
    if (!group?.descrip) return;
    const item: Described = { text: group.descrip.text };
    if (group.sources.length) item.sources = group.sources;
    if (group.notes.length) item.notes = group.notes;
    this.placeDescribed(group.descrip.datcat, item, group.descrip.lang);
  }

  private closeNoteGroup() {
    const group = this.noteGroup;
    this.noteGroup = undefined;
    const term = this.term;
    if (!group || !term) return;
    for (const note of group.notes) {
      const qualifies = group.termNote;
      if (qualifies?.datcat === "administrativeStatus" && statusFromTbx(qualifies.value) === "deprecated" && isForbiddenNote(note)) term.status = "forbidden";
      else if (qualifies?.datcat === "partOfSpeech" && isProperNounNote(note)) {
        // A proper noun is a noun: the part of speech is implied by the type.
        if (!term.type || term.type === "fullForm") term.type = "properNoun";
        if (term.partOfSpeech === "noun") delete term.partOfSpeech;
      } else term.note = appendLine(term.note, note);
    }
  }

  private placeNote(value: string, parentKind: string | undefined): undefined {
    if (parentKind === "descripGrp" && this.group) {
      this.group.notes.push(value);
      return;
    }
    if (parentKind === "termNoteGrp" && this.noteGroup) {
      this.noteGroup.notes.push(value);
      return;
    }
    if (parentKind === "transacGrp" || parentKind === "titleStmt") return;
    const term = this.term;
    if (term) {
      if (LEGACY_FORBIDDEN.test(value)) {
        term.status = "forbidden";
        const rest = value.replace(LEGACY_FORBIDDEN, "");
        if (rest) term.note = appendLine(term.note, rest);
      } else if (isCaseSensitiveNote(value)) term.caseSensitive = true;
      else if (usageNoteOf(value) !== undefined) term.usageNote = appendLine(term.usageNote, usageNoteOf(value)!);
      else term.note = appendLine(term.note, value);
      return;
    }
    const holder = this.section ?? this.concept;
    if (holder) holder.note = appendLine(holder.note, value);
    return;
  }
}
