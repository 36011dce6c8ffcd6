/**
 * What the TBX core structure and the Basic and Min dialects allow, as far as import needs to
 * tell a valid file from a broken one: known elements, their parents, data categories per
 * level and the picklist values.
 */

/** Elements of the TBX v3 core structure and their allowed parents ("*" = anywhere in text). */
export const CORE_PARENTS: Record<string, readonly string[]> = {
  tbx: [""],
  tbxHeader: ["tbx"],
  fileDesc: ["tbxHeader"],
  encodingDesc: ["tbxHeader"],
  revisionDesc: ["tbxHeader"],
  titleStmt: ["fileDesc"],
  title: ["titleStmt"],
  publicationStmt: ["fileDesc"],
  sourceDesc: ["fileDesc"],
  change: ["revisionDesc"],
  p: ["sourceDesc", "publicationStmt", "encodingDesc", "change"],
  text: ["tbx"],
  body: ["text"],
  back: ["text"],
  refObjectSec: ["back"],
  refObject: ["refObjectSec"],
  item: ["refObject", "itemGrp", "itemSet"],
  itemGrp: ["refObject", "itemSet"],
  itemSet: ["refObject"],
  conceptEntry: ["body"],
  langSec: ["conceptEntry"],
  termSec: ["langSec"],
  term: ["termSec"],
  termNote: ["termSec", "termNoteGrp"],
  termNoteGrp: ["termSec"],
  descrip: ["conceptEntry", "langSec", "termSec", "descripGrp"],
  descripGrp: ["conceptEntry", "langSec", "termSec"],
  admin: ["conceptEntry", "langSec", "termSec", "descripGrp", "adminGrp", "termNoteGrp"],
  adminGrp: ["conceptEntry", "langSec", "termSec", "descripGrp", "termNoteGrp"],
  adminNote: ["adminGrp"],
  transacGrp: ["conceptEntry", "langSec", "termSec", "descripGrp", "adminGrp", "termNoteGrp"],
  transac: ["transacGrp"],
  transacNote: ["transacGrp"],
  date: ["transacGrp"],
  note: ["conceptEntry", "langSec", "termSec", "descripGrp", "adminGrp", "termNoteGrp", "transacGrp", "titleStmt"],
  ref: ["conceptEntry", "langSec", "termSec", "descripGrp", "adminGrp", "termNoteGrp"],
  xref: ["conceptEntry", "langSec", "termSec", "descripGrp", "adminGrp", "termNoteGrp"],
};

/** Inline elements allowed inside text content (term, note, descrip …). */
export const INLINE = new Set(["hi", "foreign", "bpt", "ept", "ph", "sc", "ec", "it", "ut"]);

/** Containers whose own text must be whitespace: text goes into their children (<p>, <term> …). */
export const ELEMENT_ONLY = new Set([
  "tbx", "tbxHeader", "fileDesc", "encodingDesc", "revisionDesc", "titleStmt", "publicationStmt", "sourceDesc", "text", "body", "back",
  "conceptEntry", "langSec", "termSec", "termNoteGrp", "descripGrp", "adminGrp", "transacGrp", "refObjectSec", "refObject",
  "martif", "martifHeader", "termEntry", "langSet", "tig", "ntig", "termGrp",
]);

/** TBX v2 (martif) elements; v2 files are read leniently, by structure only. */
export const V2_ELEMENTS = new Set([
  "martif", "martifHeader", "fileDesc", "titleStmt", "title", "publicationStmt", "sourceDesc", "encodingDesc", "revisionDesc", "change",
  "p", "text", "body", "back", "termEntry", "langSet", "tig", "ntig", "termGrp", "term", "termNote", "termNoteGrp", "descrip",
  "descripGrp", "admin", "adminGrp", "adminNote", "transacGrp", "transac", "transacNote", "date", "note", "ref", "xref", "refObjectList",
  "refObject", "item", "itemGrp", "itemSet", "termCompList", "termComp", "termCompGrp", "hi", "foreign", "bpt", "ept", "ph", "it", "ut", "sc", "ec",
]);

export type Level = "concept" | "lang" | "term";
/** element kind -> allowed data categories, per level */
type Allowed = Partial<Record<Level, Partial<Record<string, readonly string[]>>>>;

const BASIC: Allowed = {
  concept: {
    descrip: ["subjectField", "definition"],
    admin: ["customerSubset", "projectSubset", "source"],
    xref: ["xGraphic", "externalCrossReference"],
    ref: ["crossReference", "relatedConcept"],
    transac: ["transactionType"],
    transacNote: ["responsibility"],
  },
  lang: {
    descrip: ["definition"],
    admin: ["source"],
    xref: ["xGraphic", "externalCrossReference"],
    ref: ["crossReference", "relatedConcept"],
    transac: ["transactionType"],
    transacNote: ["responsibility"],
  },
  term: {
    termNote: ["termType", "partOfSpeech", "grammaticalGender", "administrativeStatus", "usageStatus", "geographicalUsage", "termLocation", "usageNote"],
    descrip: ["context"],
    admin: ["customerSubset", "projectSubset", "source", "usageNote"],
    xref: ["xGraphic", "externalCrossReference"],
    ref: ["crossReference", "relatedTerm", "relatedConcept"],
    transac: ["transactionType"],
    transacNote: ["responsibility"],
  },
};

const MIN: Allowed = {
  concept: { descrip: ["subjectField"], admin: ["customerSubset"] },
  lang: {},
  term: { termNote: ["partOfSpeech", "administrativeStatus", "usageStatus"], admin: ["customerSubset"] },
};

export const DIALECT_RULES: Record<string, Allowed | undefined> = { "TBX-Basic": BASIC, "TBX-Min": MIN };

/** Inside a descripGrp, the grouped source/definition/context also count. */
export const DESCRIP_GROUP_EXTRA = { descrip: ["definition", "context"], admin: ["source"] } as const;

/** Picklists as the TBX-Basic Schematron has them (usageStatus from earlier Basic drafts). */
export const PICKLISTS: Record<string, readonly string[]> = {
  partOfSpeech: ["noun", "verb", "adjective", "adverb", "other"],
  termType: ["fullForm", "acronym", "abbreviation", "shortForm", "variant", "phrase"],
  administrativeStatus: ["preferredTerm-admn-sts", "admittedTerm-admn-sts", "deprecatedTerm-admn-sts", "supersededTerm-admn-sts"],
  usageStatus: ["preferred", "admitted", "deprecated", "superseded", "notRecommended", "obsolete"],
  grammaticalGender: ["masculine", "feminine", "neuter", "other"],
};

export const TERM_LOCATIONS = [
  "checkBox", "comboBox", "comboBoxElement", "dialogBox", "groupBox", "informativeMessage", "interactiveMessage", "menuItem", "progressBar",
  "pushButton", "radioButton", "slider", "spinBox", "tab", "tableText", "textBox", "toolTip", "user-definedType",
] as const;

/** DCT-style element names map to the DCA element that carries the same data category. */
export const DCT_KIND: Record<string, string> = {
  termType: "termNote", partOfSpeech: "termNote", grammaticalGender: "termNote", administrativeStatus: "termNote",
  usageStatus: "termNote", geographicalUsage: "termNote", termLocation: "termNote",
  subjectField: "descrip", definition: "descrip", context: "descrip",
  source: "admin", customerSubset: "admin", projectSubset: "admin", usageNote: "admin",
  transactionType: "transac", responsibility: "transacNote",
  xGraphic: "xref", externalCrossReference: "xref",
  crossReference: "ref", relatedConcept: "ref", relatedTerm: "ref",
};

/** An xref target must be an absolute URI with a real scheme ("C://…" and "wikipedia.org" are not). */
export function isAbsoluteUri(value: string): boolean {
  return /^[a-zA-Z][a-zA-Z0-9+.-]+:\S+$/.test(value);
}
