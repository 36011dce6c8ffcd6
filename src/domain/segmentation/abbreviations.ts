import type { Lang } from "../languages";

/**
 * Abbreviations after which a period does not end a sentence, per language, written without
 * their final period. Matching is case-sensitive: "M." (Monsieur) is an abbreviation, "m." at
 * the end of "10 m." is not necessarily one.
 */
export const ABBREVIATIONS: Record<Lang, ReadonlySet<string>> = {
  fr: new Set([
    "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Dr", "Drs", "Pr", "Me", "Mgr", "St", "Ste", "Sts", "av", "apr", "J.-C",
    "p", "pp", "ex", "p. ex", "cf", "vol", "chap", "env", "hab", "art", "fig", "éd", "c.-à-d", "N.B", "boul", "bd",
    "janv", "févr", "avr", "juil", "sept", "oct", "nov", "déc", "etc", "n°", "No", "tél", "Cie", "Éts", "coll", "dir",
  ]),
  en: new Set([
    "Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "Sr", "Jr", "St", "Mt", "Ft", "Gen", "Gov", "Sen", "Rep", "Rev", "Lt", "Col",
    "Capt", "Sgt", "Cpl", "Maj", "Adm", "Inc", "Ltd", "Co", "Corp", "vs", "v", "etc", "e.g", "i.e", "cf", "Nos", "Vol", "pp",
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "a.m", "p.m", "approx", "est",
    "dept", "Dept", "fig", "Fig", "Ave", "Blvd", "Rd", "Mass", "Calif", "Fla", "Pa", "Wash", "Ariz", "Ill", "Mich", "Minn",
  ]),
  hu: new Set([
    "pl", "dr", "Dr", "stb", "ún", "ill", "kb", "id", "ifj", "özv", "Kft", "Zrt", "Bt", "Nyrt", "krt", "sz", "ld", "vö",
    "ny", "em", "hg", "prof", "Prof", "gr", "jan", "febr", "márc", "ápr", "jún", "júl", "aug", "szept", "okt", "nov", "dec",
    "évf", "tel", "ford", "szerk", "i. e", "i. sz", "Rt", "u", "út", "ker", "vm", "ny. r", "kft", "zrt", "mb", "h", "ti", "tkp",
  ]),
  zh: new Set(["Mr", "Mrs", "Dr", "St"]),
};

/** Abbreviations that precede a number ("No. 5", "n° 3", "p. 12"): only then no boundary. */
export const BEFORE_NUMBER: ReadonlySet<string> = new Set(["No", "Nos", "no", "n°", "p", "pp", "Art", "art", "Vol", "vol", "sz"]);

/** Words that usually open an English sentence: after "U.S." they mark a real boundary. */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  "The", "He", "She", "It", "They", "We", "I", "You", "In", "But", "And", "This", "That", "These", "Those", "There", "A", "An",
  "On", "At", "As", "For", "After", "Before", "If", "When", "While", "His", "Her", "Its", "Their", "Our", "My", "So", "Yet",
  "However", "Meanwhile", "Still", "Now", "Then", "What", "Why", "How", "Who", "Where", "Some", "Many", "Most", "All",
]);
