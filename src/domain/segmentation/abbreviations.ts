import type { Lang } from "../languages";

/**
 * What a period after a word means, per language. Words are written without their final period
 * and matched case-sensitively: "M." (Monsieur) is an abbreviation, "m." at the end of "10 m."
 * is not necessarily one.
 *
 * - `before`: titles and words that announce what follows ("M. Dupont", "Sen. Flake", "pl.
 *   Budapesten"): never the end of a sentence.
 * - `mayEnd`: abbreviations a sentence may end with ("… Inc.", "… stb.", "Main St."): a
 *   boundary only when a usual sentence opener follows ("Inc. The company…", not "St. Martin").
 * - `openers`: words that usually open a sentence, for `mayEnd` words, initials and dotted
 *   acronyms ("He moved to the U.S. The move…").
 */
export type PeriodRules = { before: ReadonlySet<string>; mayEnd: ReadonlySet<string>; openers: ReadonlySet<string> };

/** English titles and Latin abbreviations met in news of every language ("Mr. Bean", "St. Martin", "Dr. Ford"). */
const FOREIGN_BEFORE = ["Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "Rev", "Sen", "Rep", "Gov", "Gen"];
const FOREIGN_MAY_END = ["St", "Jr", "Sr", "Inc", "Ltd", "Co", "Corp", "Bros"];

const EN_OPENERS = [
  "The", "He", "She", "It", "They", "We", "I", "You", "In", "But", "And", "This", "That", "These", "Those", "There", "A", "An",
  "On", "At", "As", "For", "After", "Before", "If", "When", "While", "His", "Her", "Its", "Their", "Our", "My", "So", "Yet",
  "However", "Meanwhile", "Still", "Now", "Then", "What", "Why", "How", "Who", "Where", "Some", "Many", "Most", "All",
  "According", "Since", "During", "Although", "Last", "Earlier", "Later", "One", "Two", "No", "Not", "Officials", "Police",
];
const FR_OPENERS = [
  "Le", "La", "Les", "Il", "Elle", "Ils", "Elles", "On", "Nous", "Vous", "Je", "Tu", "Un", "Une", "Des", "Ce", "Cet", "Cette",
  "Ces", "Mais", "Et", "Or", "En", "Dans", "Pour", "Selon", "Après", "Avant", "Depuis", "Pendant", "Lors", "Sur", "Au", "Aux",
  "Du", "De", "Son", "Sa", "Ses", "Leur", "Leurs", "Cela", "Ceci", "Ainsi", "Puis", "Alors", "Enfin", "Par", "Si", "Quand",
  "Lorsque", "Comme", "Toutefois", "Cependant", "Pourtant", "Néanmoins", "Aujourd’hui", "Aujourd'hui", "Plusieurs", "Tous",
];
const HU_OPENERS = [
  "A", "Az", "Ez", "Ezt", "Ezzel", "Ezért", "Egy", "De", "És", "Ha", "Mert", "Hogy", "Azonban", "Akkor", "Majd", "Most", "Ma",
  "Ő", "Ők", "Mi", "Én", "Nem", "Így", "Ugyanakkor", "Emellett", "Eközben", "Szerinte", "Ahogy", "Amikor", "Miután", "Mivel",
  "Bár", "Sőt", "Tehát", "Végül", "Ekkor", "Azóta", "Ennek", "Ebben", "Ebből", "Erre", "Arra", "Azt", "Annak", "Aki", "Ami",
];

const rules = (before: string[], mayEnd: string[], openers: string[]): PeriodRules => ({
  before: new Set([...FOREIGN_BEFORE, ...before]),
  mayEnd: new Set([...FOREIGN_MAY_END, ...mayEnd]),
  openers: new Set(openers),
});

export const PERIOD_RULES: Record<Lang, PeriodRules> = {
  fr: rules(
    [
      "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Dr", "Drs", "Pr", "Me", "Mgr", "av", "apr", "ex", "p. ex", "cf", "chap",
      "env", "fig", "éd", "c.-à-d", "N.B", "boul", "bd", "tél", "dir", "Sts",
    ],
    ["Ste", "etc", "Cie", "Éts", "coll", "hab", "J.-C", "janv", "févr", "avr", "juil", "sept", "oct", "nov", "déc"],
    FR_OPENERS,
  ),
  en: rules(
    [
      "Messrs", "Sens", "Reps", "Govs", "Lt", "Col", "Capt", "Cmdr", "Sgt", "Cpl", "Maj", "Adm", "Det", "Insp", "Supt", "Hon",
      "Amb", "Atty", "Pres", "Mt", "Ft", "vs", "v", "e.g", "i.e", "cf", "Fig", "fig", "approx",
    ],
    [
      "etc", "a.m", "p.m", "est", "dept", "Dept", "Ave", "Blvd", "Rd", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
      "Sept", "Oct", "Nov", "Dec", "Mass", "Calif", "Fla", "Pa", "Wash", "Ariz", "Ill", "Mich", "Minn", "Conn", "Colo", "Tenn",
    ],
    EN_OPENERS,
  ),
  hu: rules(
    [
      "pl", "dr", "ún", "ill", "kb", "id", "ifj", "özv", "ld", "vö", "ny", "hg", "prof", "gr", "tel", "ford", "szerk",
      "i. e", "i. sz", "vm", "ny. r", "mb", "h", "ti", "tkp",
    ],
    [
      "stb", "Kft", "Zrt", "Bt", "Nyrt", "Rt", "kft", "zrt", "krt", "u", "út", "ker", "em", "évf", "jan", "febr", "márc", "ápr",
      "jún", "júl", "aug", "szept", "okt", "nov", "dec",
    ],
    HU_OPENERS,
  ),
  zh: rules([], [], []),
};

/** Abbreviations that precede a number ("No. 5", "n° 3", "p. 12"), in every language: only then no boundary. */
export const BEFORE_NUMBER: ReadonlySet<string> = new Set(["No", "Nos", "no", "n°", "p", "pp", "Art", "art", "Vol", "vol", "sz"]);
