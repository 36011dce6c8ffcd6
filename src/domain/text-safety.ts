/**
 * Characters no stored text may hold. Glossa refuses them on every way in (API, forms, files,
 * CLI) rather than strip them, so nothing the user typed disappears without a word:
 *
 * - C0 control characters other than tab, line feed and carriage return (NUL among them):
 *   XML 1.0 cannot carry them, so an XLIFF, TBX or HTML export holding one is broken;
 * - lone surrogates (half of a UTF-16 pair): not text; SQLite stores them as invalid UTF-8 that
 *   comes back as three U+FFFD;
 * - the noncharacters U+FFFE and U+FFFF, which XML 1.0 excludes as well.
 */

const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const codePoint = (unit: number) => `U+${unit.toString(16).toUpperCase().padStart(4, "0")}`;

/**
 * The first character of `text` that cannot be stored: its offset (UTF-16) and what it is.
 *
 * @example
 * forbiddenCharacter("a\u0000b") // { offset: 1, what: "the control character U+0000" }
 */
export function forbiddenCharacter(text: string): { offset: number; what: string } | null {
  const found = FORBIDDEN.exec(text);
  if (!found) return null;
  const unit = found[0].charCodeAt(0);
  const kind = unit >= 0xd800 && unit <= 0xdfff ? "a lone surrogate (half of a character)" : unit >= 0xfffe ? "the noncharacter" : "the control character";
  return { offset: found.index, what: `${kind} ${codePoint(unit)}` };
}

/**
 * Why `text` cannot be stored, naming the character and its offset, or null.
 *
 * @example
 * textProblem("a\u0000b") // "contains the control character U+0000 at offset 1"
 * textProblem("tab\tand\nnew line") // null
 */
export function textProblem(text: string): string | null {
  const found = forbiddenCharacter(text);
  return found ? `contains ${found.what} at offset ${found.offset}` : null;
}

/**
 * The first string inside `value` (a parsed JSON body, a form, an imported document) that
 * cannot be stored, with its path (`languages.fr.terms.0.text`), or null.
 *
 * @example
 * findTextProblem({ text: "ok", notes: ["bad\u0007"] }) // { path: "notes.0", problem: "contains the control character U+0007 at offset 3" }
 */
export function findTextProblem(value: unknown, path: string[] = []): { path: string; problem: string } | null {
  if (typeof value === "string") {
    const problem = textProblem(value);
    return problem ? { path: path.join("."), problem } : null;
  }
  if (value === null || typeof value !== "object") return null;
  for (const [key, child] of Array.isArray(value) ? value.entries() : Object.entries(value)) {
    const keyProblem = typeof key === "string" ? textProblem(key) : null;
    if (keyProblem) return { path: [...path, "(key)"].join("."), problem: keyProblem };
    const found = findTextProblem(child, [...path, String(key)]);
    if (found) return found;
  }
  return null;
}
