/**
 * Names a translation carries over from its source: "Thompson" as it is, and in Hungarian with
 * case endings, solid or after a hyphen ("Croydonban", "Gerrardot", "Capp-pel", "Bootsszal",
 * "Seattle-ben", "Victoriában"), first in a compound ("Argos-osztályokat"), or as the
 * lower-case adjective in -i ("birkenheadi").
 * Unknown to the dictionary, such a word would only get a neutral note; the source's own check
 * already notes the name there.
 */
import { containsWord } from "../char-class";
import { keepShape } from "../keep-shape";
import type { Lang } from "../languages";
import { isHungarianEndingChain, shortenFinalVowel } from "../terms/inflection";

const APOSTROPHES = /[’ʼ]/g;
/** More than Hungarian stacks after an adjective's -i ("-aiknak", "-akéval"). */
const LONGEST_ENDINGS = 12;
// -val/-vel and -vá/-vé take on the last sound of a name that ends in a consonant, written as
// it is heard ("Capp-pel", "Bootsszal", "Marxszá"): a consonant or three, then the vowel part.
const ASSIMILATED = /^[bcdfghjklmnpqrstvwxyz]{1,3}(?:al|el|á|é)/;

/**
 * Is `rest` what Hungarian adds to a name: case endings, the first perhaps assimilated?
 *
 * @example
 * isHungarianNameEnding("ban") // true
 * isHungarianNameEnding("szal") // true: Boots + -val
 * isHungarianNameEnding("ford") // false
 */
export function isHungarianNameEnding(rest: string): boolean {
  const lower = rest.toLowerCase();
  if (isHungarianEndingChain(lower)) return true;
  const assimilated = ASSIMILATED.exec(lower);
  return assimilated !== null && (assimilated[0].length === lower.length || isHungarianEndingChain(lower.slice(assimilated[0].length)));
}

/**
 * The names of one source text, asked about the words of its translation. Apostrophes are
 * compared folded: "Sainsbury’s" in the translation is "Sainsbury's" in the source.
 *
 * @example
 * const names = sourceNames("hu", "Talks in Croydon failed.");
 * names.copied("Croydon") // true
 * names.inflected("Croydonban", isWord) // true
 */
export function sourceNames(lang: Lang, source: string): SourceNames {
  return new SourceNames(lang, source);
}

/** (A class: its methods are made once, not as closures for every text checked.) */
class SourceNames {
  private folded: string | undefined;
  constructor(
    private readonly lang: Lang,
    private readonly source: string,
  ) {}

  /** The source has `word` as a whole word. */
  copied(word: string): boolean {
    return containsWord(this.foldedSource(), word.replace(APOSTROPHES, "'"));
  }

  /** The source has `text` anywhere, perhaps inside a word. */
  private hasText(text: string): boolean {
    return this.foldedSource().includes(text.replace(APOSTROPHES, "'"));
  }

  private foldedSource(): string {
    return (this.folded ??= this.source.replace(APOSTROPHES, "'"));
  }

  /**
   * `word` is the Hungarian adjective of a place or name of the source: written lower case with
   * -i ("Birkenhead" -> "birkenheadi", "Ibrox" -> "ibroxiak"), nothing added to a name that
   * ends in -i already ("Helsinki" -> "helsinkiek").
   */
  adjective(word: string): boolean {
    if (this.lang !== "hu") return false;
    // The -i is near the end: what follows it is a few endings ("-aknak"), however long the word.
    for (let at = word.indexOf("i", Math.max(2, word.length - 1 - LONGEST_ENDINGS)); at >= 0; at = word.indexOf("i", at + 1)) {
      const rest = word.slice(at + 1);
      if (rest !== "" && !isHungarianNameEnding(rest)) continue;
      const name = word[0]!.toUpperCase() + word.slice(1, at);
      if (this.copied(name) || this.copied(`${name}i`)) return true;
    }
    return false;
  }

  /** `word` is a name of the source with Hungarian endings (`isWord` spells the parts after a dash). */
  inflected(word: string, isWord: (part: string) => boolean): boolean {
    if (this.lang !== "hu") return false;
    // A compound with the name first: "Argos-osztályokat", "Erdoğan-ellenes".
    const dash = word.search(/[-‐]/);
    if (dash > 0 && this.copied(word.slice(0, dash)) && word.slice(dash + 1).split(/[-‐]/).every((part) => part !== "" && isWord(part))) return true;
    // A name of three letters or more begins with the word's first two, shortened or not: a
    // source without them has no such name (most capitalised words are no name of the source).
    const headInSource = this.hasText(word.slice(0, 2));
    for (let cut = word.length - 1; cut >= 2; cut--) {
      if (cut > 2 && !headInSource) continue;
      const name = word.slice(0, cut);
      if (name.endsWith("-") || name.endsWith("‐")) continue;
      const rest = word.slice(cut).replace(/^[-‐]/, "");
      if (!isHungarianNameEnding(rest)) continue;
      // A final a or e is written long before an ending ("Zorglubvillében").
      const short = shortenFinalVowel(name);
      if (this.copied(name) || (short !== undefined && this.copied(short))) return true;
    }
    return false;
  }
}

// A SourceNames is made for every translation checked: one lives on so that its shape does
// (see keep-shape.ts).
keepShape(new SourceNames("en", ""));
