/**
 * The word tokens of a text (runs of letters, marks and digits, and every other non-space
 * character alone) with their lower-case forms, cut by a hand-written scanner. It gives exactly
 * what `text.match(/[\p{L}\p{M}\p{N}]+|\S/gu)` gives, about four times faster: a fuzzy lookup
 * cuts hundreds of candidate texts, and on long sentences cutting them was a third of its time
 * (bench/tm). ASCII is classified by range; other code points once each through the same
 * Unicode classes, then remembered.
 */

const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const SPACE = /^\s$/u;

const Kind = { Space: 0, Word: 1, Other: 2 } as const;
type Kind = (typeof Kind)[keyof typeof Kind];

const kinds = new Map<number, Kind>();
const MAX_REMEMBERED = 1 << 16;

function kindOfCodePoint(cp: number): Kind {
  if (cp < 128) {
    if ((cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57)) return Kind.Word;
    return cp === 32 || (cp >= 9 && cp <= 13) ? Kind.Space : Kind.Other;
  }
  let kind = kinds.get(cp);
  if (kind === undefined) {
    const char = String.fromCodePoint(cp);
    kind = WORD_CHAR.test(char) ? Kind.Word : SPACE.test(char) ? Kind.Space : Kind.Other;
    if (kinds.size >= MAX_REMEMBERED) kinds.clear();
    kinds.set(cp, kind);
  }
  return kind;
}

export type ScannedWords = { tokens: string[]; lower: string[] };

/**
 * @example
 * scanWords("L'UNESCO, à Pékin.") // { tokens: ["L", "'", "UNESCO", ",", "à", "Pékin", "."], lower: ["l", "'", "unesco", ",", "à", "pékin", "."] }
 */
export function scanWords(text: string): ScannedWords {
  const tokens: string[] = [];
  const lower: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    // A lone surrogate is a code point of its own here, as in the regular expression.
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const kind = kindOfCodePoint(cp);
    if (kind === Kind.Space) {
      i += width;
      continue;
    }
    if (kind === Kind.Other) {
      const token = text.slice(i, i + width);
      tokens.push(token);
      lower.push(cp < 128 ? token : token.toLowerCase());
      i += width;
      continue;
    }
    // A run of word characters; only one holding an upper-case ASCII letter or a non-ASCII
    // character can differ in lower case.
    let mayHaveCase = cp >= 128 || (cp >= 65 && cp <= 90);
    let j = i + width;
    while (j < n) {
      const next = text.codePointAt(j)!;
      if (kindOfCodePoint(next) !== Kind.Word) break;
      if (next >= 128 || (next >= 65 && next <= 90)) mayHaveCase = true;
      j += next > 0xffff ? 2 : 1;
    }
    const token = text.slice(i, j);
    tokens.push(token);
    lower.push(mayHaveCase ? token.toLowerCase() : token);
    i = j;
  }
  return { tokens, lower };
}
