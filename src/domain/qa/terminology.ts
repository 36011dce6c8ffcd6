/**
 * Terminology compliance: every termbase concept found in the source should appear in the
 * translation with a preferred or admitted term; deprecated, superseded and forbidden terms
 * in the translation are flagged with the preferred one as suggestion. Person names must take
 * their termbase form in the target (Soós Gábor in Hungarian).
 */
import { containsWord, startsUppercase } from "../char-class";
import type { Lang } from "../languages";
import type { TermHit, TermStatus, TermType } from "../terms/types";
import type { QaFlag } from "./types";

export type ConceptTermInfo = { termId: number; conceptId: number; lang: string; text: string; status: TermStatus; type: TermType | null };

const OK: ReadonlySet<TermStatus> = new Set(["preferred", "admitted"]);
/** Shorter terms are found inside too many words by chance ("ár" in "járás"). */
const MIN_COMPOUND_PART = 5;

/** Is one of the one-word `terms` written inside a word of `target` (a solid compound)? */
function inCompound(target: string, terms: ConceptTermInfo[]): boolean {
  const lower = target.toLocaleLowerCase("hu");
  return terms.some((t) => t.text.length >= MIN_COMPOUND_PART && !/\s/.test(t.text) && lower.includes(t.text.toLocaleLowerCase("hu")));
}

/** A derivation's stem keeps this much of the term at least: "chin" of "Chine". */
const MIN_STEM = 4;
/** and adds this much at most: "-oise", "-iques", "-iens", "-elles". */
const MAX_DERIVATION = 6;
const FINAL_VOWELS = /[aeiouyàâäéèêëíîïóôöőúùûüű]+$/u;

/**
 * Is a one-word term of `terms` in `target` as a word derived from it, most often the adjective
 * a translation uses for a noun the source puts before another ("China's government" = "le
 * gouvernement chinois", "technology companies" = "entreprises technologiques", "Paris
 * fashion shows" = "défilés parisiens")? The word begins with the term less its final vowels
 * and adds a suffix's worth of letters.
 */
function derivedIn(target: string, terms: ConceptTermInfo[], lang: Lang): boolean {
  let words: string[] | undefined;
  return terms.some((t) => {
    if (/\s/.test(t.text)) return false;
    const term = t.text.toLocaleLowerCase(lang);
    const stem = term.replace(FINAL_VOWELS, "");
    if (stem.length < MIN_STEM) return false;
    words ??= target.toLocaleLowerCase(lang).match(/\p{L}+/gu) ?? [];
    return words.some((w) => w.length > stem.length && w.length - stem.length <= MAX_DERIVATION && w.startsWith(stem) && w !== term);
  });
}

const NAME_WORD_BEFORE = /(?:^|[\s\u00a0])(\p{Lu}[\p{L}\p{M}\p{N}'’.-]*)[\s\u00a0-]+$/u;
const NAME_WORD_AFTER = /^[\s\u00a0-]+\p{Lu}/u;
const SENTENCE_END = /[.!?…。！？:«“"]\s*$/u;

/**
 * Does the source span `start`..`end` sit inside a longer capitalised name: a capitalised word
 * right after it, or one right before it that does not merely open the sentence?
 *
 * @example
 * inLongerName("l’église Communauté Saint-Martin", 10, 20) // true
 * inLongerName("La Communauté a voté", 3, 13)              // false: "La" opens the sentence
 */
export function inLongerName(source: string, start: number, end: number): boolean {
  if (NAME_WORD_AFTER.test(source.slice(end))) return true;
  const before = source.slice(0, start).match(NAME_WORD_BEFORE);
  if (!before) return false;
  const wordStart = start - before[0].length + before[0].indexOf(before[1]!);
  const earlier = source.slice(0, wordStart);
  return earlier.trim() !== "" && !SENTENCE_END.test(earlier);
}

export function checkTerminology(input: {
  sourceLang: Lang;
  targetLang: Lang;
  source: string;
  target: string;
  sourceHits: TermHit[];
  targetHits: TermHit[];
  conceptTerms: (conceptId: number) => ConceptTermInfo[];
}): QaFlag[] {
  // Most segments hold no term: nothing to set up for them.
  if (input.sourceHits.length === 0 && input.targetHits.length === 0) return [];
  const { sourceLang, targetLang, target } = input;
  const flags: QaFlag[] = [];
  const statusOf = new Map<number, ConceptTermInfo>();
  const infoFor = (conceptId: number) => {
    const list = input.conceptTerms(conceptId);
    for (const t of list) statusOf.set(t.termId, t);
    return list;
  };
  /** The concept's preferred and admitted terms in the target language. */
  const approvedIn = (conceptId: number) => infoFor(conceptId).filter((t) => t.lang === targetLang && OK.has(t.status));
  const preferredIn = (conceptId: number) => {
    const approved = approvedIn(conceptId);
    return approved.find((t) => t.status === "preferred") ?? approved[0];
  };
  const flaggedTargetSpans = new Set<string>();

  // Bad terms in the translation, whatever the source says.
  for (const hit of input.targetHits) {
    const info = statusOf.get(hit.termId) ?? infoFor(hit.conceptId).find((t) => t.termId === hit.termId);
    if (!info || OK.has(info.status)) continue;
    const preferred = preferredIn(hit.conceptId);
    flaggedTargetSpans.add(`${hit.start}:${hit.end}`);
    flags.push({
      lang: targetLang, side: "target", start: hit.start, end: hit.end, text: hit.matched, category: "terminology",
      severity: info.status === "forbidden" ? "major" : "minor", check: info.type === "properNoun" ? "names" : "terminology",
      message: `“${hit.term}” is ${info.status} in the termbase${preferred ? `; use “${preferred.text}”` : ""}`,
      suggestions: preferred ? [preferred.text] : [],
    });
  }

  // Source concepts the translation does not render with an approved term.
  const seen = new Set<number>();
  for (const hit of input.sourceHits) {
    if (seen.has(hit.conceptId)) continue;
    seen.add(hit.conceptId);
    const preferred = preferredIn(hit.conceptId);
    if (!preferred) continue;
    const rendered = input.targetHits.some((t) => t.conceptId === hit.conceptId && OK.has((statusOf.get(t.termId) ?? { status: "preferred" as TermStatus }).status));
    if (rendered) continue;
    if (input.targetHits.some((t) => t.conceptId === hit.conceptId && flaggedTargetSpans.has(`${t.start}:${t.end}`))) continue;
    const isName = infoFor(hit.conceptId).some((t) => t.type === "properNoun");
    // A name left in its source form ("Gábor Soós" in Hungarian) is flagged where it stands.
    const asInSource = isName ? target.indexOf(hit.matched) : -1;
    if (asInSource >= 0 && hit.matched !== preferred.text) {
      flags.push({
        lang: targetLang, side: "target", start: asInSource, end: asInSource + hit.matched.length, text: hit.matched, category: "terminology",
        severity: "minor", check: "names", message: `The name is written “${preferred.text}” in ${targetLang}`, suggestions: [preferred.text],
      });
      continue;
    }
    // Part of a longer name the translation keeps as it is ("Communauté Saint-Martin" church).
    // A term that is the whole capitalised phrase ("Commission nationale") and comes back
    // unchanged was left untranslated, as MT often does: that is the miss this check is for.
    if (startsUppercase(hit.matched) && containsWord(target, hit.matched) && inLongerName(input.source, hit.start, hit.end)) continue;
    // Hungarian writes compounds solid: "miniszter" is in "külügyminisztere", "technológia" in
    // "technológiaértékelési", where the recogniser (word by word) does not look.
    if (targetLang === "hu" && inCompound(target, approvedIn(hit.conceptId))) continue;
    if (targetLang !== "zh" && derivedIn(target, approvedIn(hit.conceptId), targetLang)) continue;
    flags.push({
      lang: sourceLang, side: "source", start: hit.start, end: hit.end, text: hit.matched, category: "terminology",
      severity: "minor", check: "terminology", message: `The translation does not use the termbase term “${preferred.text}” for “${hit.matched}”`,
      suggestions: [preferred.text],
    });
  }
  return flags;
}

/**
 * A deprecated, superseded or forbidden term in a source is worth a note: the translator should
 * not carry it over, and the source may want the preferred term. Forbidden terms are minor,
 * the others neutral; the suggestion is the concept's preferred term in the source language.
 *
 * @example
 * checkSourceTermStatus({ lang: "fr", hits, conceptTerms })[0].message
 * // "“développement soutenable” is forbidden in the termbase; the preferred term is “développement durable”"
 */
export function checkSourceTermStatus(input: { lang: Lang; hits: TermHit[]; conceptTerms: (conceptId: number) => ConceptTermInfo[] }): QaFlag[] {
  const flags: QaFlag[] = [];
  for (const hit of input.hits) {
    if (OK.has(hit.status)) continue;
    const preferred = input.conceptTerms(hit.conceptId).find((t) => t.lang === input.lang && t.status === "preferred");
    flags.push({
      lang: input.lang, side: "source", start: hit.start, end: hit.end, text: hit.matched, category: "terminology",
      severity: hit.status === "forbidden" ? "minor" : "neutral", check: "termStatus",
      message: `“${hit.term}” is ${hit.status} in the termbase${preferred ? `; the preferred term is “${preferred.text}”` : ""}`,
      suggestions: preferred ? [preferred.text] : [],
    });
  }
  return flags;
}
