import type { Translate } from "../i18n";

type FlagLike = { check: string; side: string; severity: string; text: string; message: string; suggestions: string[]; comment?: string | null };

/**
 * The message of a flag in the UI language. Checks store an English message (the API's); the UI
 * shows the same fact from a per-check template, and falls back to the stored text for a check
 * it does not know.
 *
 * @example
 * flagMessage({ check: "spelling", side: "source", severity: "minor", text: "magaisn", message: "…", suggestions: [] }, t)
 * // "« magaisn » n’est pas dans le dictionnaire"
 */
export function flagMessage(flag: FlagLike, t: Translate): string {
  if (flag.check === "manual") return flag.comment ?? "";
  let variant = flag.check;
  if (flag.check === "spelling" && flag.severity === "neutral") variant = "spellingName";
  if (flag.check === "terminology") variant = flag.side === "source" ? "terminologyMissing" : "terminologyWrong";
  if (flag.check === "termStatus") variant = flag.severity === "minor" ? "termForbidden" : "termDeprecated";
  if (flag.check === "numbers") variant = flag.side === "source" ? "numbersMissing" : flag.severity === "major" ? "numbersChanged" : "numbersExtra";
  // A changed placeholder carries the source's as its suggestion.
  if (flag.check === "placeholders" && flag.suggestions[0]) variant = "placeholdersChanged";
  return String(t(`qaMessage.${variant}`, { text: flag.text, suggestion: flag.suggestions[0] ?? "", defaultValue: flag.message }));
}
