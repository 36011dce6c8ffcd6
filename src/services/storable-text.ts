import { findTextProblem, textProblem } from "../domain/text-safety";
import { AppError } from "../errors";

/**
 * Refuses text no stored field may hold (see domain/text-safety): services call it on what
 * they store, so the CLI and the demo are held to the same rule as the HTTP edge.
 *
 * @example
 * requireStorableText("text", input.text); // throws VALIDATION "text contains the control character U+0000 at offset 3"
 */
export function requireStorableText(field: string, text: string): void {
  const problem = textProblem(text);
  if (problem) throw new AppError("VALIDATION", `${field} ${problem}`, { errors: [{ path: field, message: problem }] });
}

/** The same for every string inside a parsed body or document. */
export function requireStorableValues(value: unknown): void {
  const found = findTextProblem(value);
  if (found) throw new AppError("VALIDATION", `${found.path || "the body"} ${found.problem}`, { errors: [{ path: found.path, message: found.problem }] });
}
