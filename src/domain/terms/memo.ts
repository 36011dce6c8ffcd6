/**
 * Recognition with a small memory of recent texts. Article QA checks a source segment and then
 * each of its translations against it, recognising the same source once per language; with
 * this the source is walked once. The termbase index is immutable (a new one is built for every
 * termbase version), so a memory tied to one index never goes stale.
 */
import type { Lang } from "../languages";
import { recognizeTerms, type TermIndex } from "./index";
import type { TermHit } from "./types";

/**
 * @example
 * const recognize = memoizedRecognizer(index);
 * recognize("fr", "le développement durable") // walked once, then remembered
 */
export function memoizedRecognizer(index: TermIndex, capacity = 512): (lang: Lang, text: string) => TermHit[] {
  const recent = new Map<string, TermHit[]>();
  return (lang, text) => {
    const key = `${lang}\u0000${text}`;
    let hits = recent.get(key);
    if (hits) {
      recent.delete(key); // most recently used last
    } else {
      hits = recognizeTerms(index, lang, text);
      if (recent.size >= capacity) recent.delete(recent.keys().next().value!);
    }
    recent.set(key, hits);
    // A copy of the list: callers may sort or extend it without touching the memory.
    return [...hits];
  };
}
