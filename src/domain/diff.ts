import { diffChars, diffWordsWithSpace } from "diff";
import { isCharacterLanguage, type Lang } from "./languages";

export type DiffPart = { op: "equal" | "insert" | "delete"; text: string };

/**
 * The edit from `before` to `after`: by words for FR/EN/HU, by characters for Chinese (it has no
 * spaces, so a word diff would mark whole sentences as changed).
 *
 * @example
 * diffTexts("le chat noir", "le chien noir", "fr")
 * // [{op:"equal",text:"le "},{op:"delete",text:"chat"},{op:"insert",text:"chien"},{op:"equal",text:" noir"}]
 */
export function diffTexts(before: string, after: string, lang: Lang): DiffPart[] {
  const changes = isCharacterLanguage(lang) ? diffChars(before, after) : diffWordsWithSpace(before, after);
  return changes
    .filter((c) => c.value.length > 0)
    .map((c) => ({ op: c.added ? "insert" : c.removed ? "delete" : "equal", text: c.value }));
}

/** How many characters changed, for a quick post-editing effort figure. */
export function editDistanceOf(parts: DiffPart[]): number {
  return parts.reduce((n, p) => (p.op === "equal" ? n : n + p.text.length), 0);
}
