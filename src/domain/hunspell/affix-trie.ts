/**
 * Affix rules indexed for lookup from a word: a trie of the text each rule adds, walked from the
 * word's end (suffixes) or start (prefixes), with the rules grouped by the text they strip.
 */
import type { AffixRule } from "./parse";

export type Condition = AffixRule["condition"];
/** Rules that add the same text and strip the same text: one stem to look up for all of them. */
export type RuleGroup = { strip: string; rules: Array<{ flag: string; cross: boolean; cont: string; condition: Condition }>; /** every rule's continuation flags, together */ conts: string };

export function endMatches(condition: Condition, stem: string): boolean {
  const offset = stem.length - condition.length;
  if (offset < 0) return false;
  for (let i = 0; i < condition.length; i++) {
    const c = condition[i];
    if (c && hasCode(c.chars, stem.charCodeAt(offset + i)) === c.negated) return false;
  }
  return true;
}

export function startMatches(condition: Condition, stem: string): boolean {
  if (stem.length < condition.length) return false;
  for (let i = 0; i < condition.length; i++) {
    const c = condition[i];
    if (c && hasCode(c.chars, stem.charCodeAt(i)) === c.negated) return false;
  }
  return true;
}

/**
 * Is the code unit `code` one of `chars`? Compared as codes: `stem[i]` would make a new
 * one-letter string for every letter past U+00FF (Hungarian "ő", "ű"), and conditions are
 * tested at every suffix split.
 */
function hasCode(chars: string, code: number): boolean {
  for (let k = 0; k < chars.length; k++) if (chars.charCodeAt(k) === code) return true;
  return false;
}

/**
 * Rules by the text they add, as a trie walked from the word's end (suffixes) or start
 * (prefixes), one UTF-16 code unit per step. Keyed by code, not by one-letter string: reading
 * `text[i]` allocates a new string for every letter past U+00FF ("ő", "ű"), a code does not.
 * A node's children are two parallel arrays scanned in order: most nodes have one to three,
 * and a scan of small integers costs a fraction of a Map lookup (the walk is most of reading).
 */
export interface AffixNode extends CodeNode<AffixNode> {
  groups: RuleGroup[] | null;
}

/** A trie node whose children are found by code unit: `kids[i]` is reached by `codes[i]`. */
export interface CodeNode<N> {
  codes: number[];
  kids: N[];
  /**
   * A node with many children (the first letters a suffix ends with: dozens in Hungarian)
   * also has them indexed by code below DIRECT_LIMIT, so that the walk's first steps, taken
   * for every word, are one array read instead of a scan; null on the others.
   */
  direct: Array<N | undefined> | null;
}

/** Past this many children a node indexes them by code (see CodeNode.direct). */
const DIRECT_FROM = 6;
/** Codes indexed directly: Latin letters with their accents (Hungarian "ő" is U+0151). */
const DIRECT_LIMIT = 0x250;

/** The child of `node` reached by the code unit `code`, if any. */
export function childOf<N extends CodeNode<N>>(node: N, code: number): N | undefined {
  const direct = node.direct;
  if (direct !== null && code < DIRECT_LIMIT) return direct[code];
  const codes = node.codes;
  for (let i = 0; i < codes.length; i++) if (codes[i] === code) return node.kids[i];
  return undefined;
}

/** Adds `child` under `node`, reached by `code` (not there yet), and returns it. */
export function addChild<N extends CodeNode<N>>(node: N, code: number, child: N): N {
  node.codes.push(code);
  node.kids.push(child);
  if (node.direct !== null) {
    if (code < DIRECT_LIMIT) node.direct[code] = child;
  } else if (node.codes.length > DIRECT_FROM) {
    const direct = new Array<N | undefined>(DIRECT_LIMIT).fill(undefined);
    node.codes.forEach((c, i) => {
      if (c < DIRECT_LIMIT) direct[c] = node.kids[i];
    });
    node.direct = direct;
  }
  return child;
}

const newNode = (): AffixNode => ({ codes: [], kids: [], direct: null, groups: null });

/** Indexes rules by added text, then by stripped text; rules Hunspell treats specially are left out. */
export function affixTrie(index: Map<string, AffixRule[]>, fromEnd: boolean, excluded: string[], keep: (rule: AffixRule) => boolean = () => true): AffixNode {
  const root = newNode();
  for (const [add, rules] of index) {
    const groups = new Map<string, RuleGroup>();
    for (const r of rules) {
      if (excluded.some((f) => r.cont.includes(f)) || !keep(r)) continue;
      let g = groups.get(r.strip);
      if (!g) groups.set(r.strip, (g = { strip: r.strip, rules: [], conts: "" }));
      g.rules.push({ flag: r.flag, cross: r.cross, cont: r.cont, condition: r.condition });
      g.conts += r.cont;
    }
    if (groups.size === 0) continue;
    let node = root;
    const codes = Array.from({ length: add.length }, (_, i) => add.charCodeAt(i));
    for (const c of fromEnd ? codes.reverse() : codes) {
      node = childOf(node, c) ?? addChild(node, c, newNode());
    }
    node.groups = [...(node.groups ?? []), ...groups.values()];
  }
  return root;
}

/** Where a suffix walk may stop: the text left before the suffix, and the suffix itself. */
export type SplitBounds = { minBase: number; maxBase: number; minSuffix: number };

/**
 * Walks a suffix trie back from the end of `text` and calls `visit` at every split point some
 * rules add text to, from the shortest suffix on; stops at the first true. Splits outside
 * `bounds` (text before the suffix from minBase to maxBase characters, a suffix of at least
 * minSuffix) are not visited.
 *
 * @example
 * someSuffixSplit(trie, "cats", { minBase: 1, maxBase: 4, minSuffix: 0 }, (end) => end === 3) // true if "s" is a suffix
 */
export function someSuffixSplit(trie: AffixNode, text: string, bounds: SplitBounds, visit: (end: number, groups: RuleGroup[]) => boolean): boolean {
  let node: AffixNode | undefined = trie;
  let end = text.length;
  for (; node; node = end > bounds.minBase ? childOf(node, text.charCodeAt(--end)) : undefined) {
    if (node.groups && end <= bounds.maxBase && text.length - end >= bounds.minSuffix && visit(end, node.groups)) return true;
  }
  return false;
}

/**
 * Walks a prefix trie from the start of `text` and calls `visit` at every split point some rules
 * add text to, from the shortest prefix on (with `withEmpty`, first at the rules that add
 * nothing), leaving at least `minRest` characters after the prefix; stops at the first true.
 *
 * @example
 * somePrefixSplit(trie, "unkind", { withEmpty: false, minRest: 1 }, (start) => start === 2) // true if "un" is a prefix
 */
export function somePrefixSplit(trie: AffixNode, text: string, bounds: { withEmpty: boolean; minRest: number }, visit: (start: number, groups: RuleGroup[]) => boolean): boolean {
  if (bounds.withEmpty && trie.groups && visit(0, trie.groups)) return true;
  let node: AffixNode | undefined = trie;
  for (let start = 0; start < text.length - bounds.minRest; ) {
    node = childOf(node, text.charCodeAt(start++));
    if (!node) return false;
    if (node.groups && visit(start, node.groups)) return true;
  }
  return false;
}

/**
 * The roles of suffix rules in two chained suffixes: an outer rule is one some suffix allows
 * after it (its flag is in a suffix's continuation flags), an inner rule one that allows such.
 */
export function suffixChainRoles(suffixes: Map<string, AffixRule[]>): { isOuter(rule: AffixRule): boolean; isInner(rule: AffixRule): boolean } {
  const rules = [...suffixes.values()].flat();
  const suffixFlags = new Set(rules.map((r) => r.flag));
  const followers = new Set(rules.flatMap((r) => [...r.cont].filter((f) => suffixFlags.has(f))));
  return { isOuter: (r) => followers.has(r.flag), isInner: (r) => [...r.cont].some((f) => followers.has(f)) };
}
