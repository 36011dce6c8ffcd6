/**
 * QA flags as W3C ITS 2.0 Localization Quality Issue annotations: Glossa's MQM categories and
 * severities mapped to ITS `locQualityIssueType` values and 0–100 severities.
 */
import type { XliffFlag } from "./model";

export const ITS_NS = "http://www.w3.org/2005/11/its";

const ISSUE_TYPES: Record<string, string> = {
  terminology: "terminology",
  accuracy: "mistranslation",
  "linguistic/spelling": "misspelling",
  "linguistic/grammar": "grammar",
  "linguistic/punctuation": "typographical",
  style: "style",
  "locale-convention": "locale-violation",
  "design/markup": "markup",
};

const SEVERITIES: Record<string, number> = { neutral: 0, minor: 30, major: 70, critical: 100 };

/** The ITS issue type of an MQM category ("other" for one ITS has no name for). */
export const itsIssueType = (category: string): string => ISSUE_TYPES[category] ?? "other";

/** The ITS severity (0–100) of a Glossa severity. */
export const itsSeverity = (severity: string): number => SEVERITIES[severity] ?? 50;

/**
 * The human-readable text of a flag: its message, the flagger's comment and the suggestions.
 *
 * @example
 * flagComment({ message: "Unknown word", comment: null, suggestions: ["magasin"], ... }) // "Unknown word — suggestions: magasin"
 */
export function flagComment(flag: Pick<XliffFlag, "message" | "comment" | "suggestions">): string {
  const parts = [...new Set([flag.message, flag.comment].filter((p): p is string => Boolean(p && p.trim())))];
  const text = parts.join(" — ");
  return flag.suggestions.length ? `${text}${text ? " — " : ""}suggestions: ${flag.suggestions.join(", ")}` : text;
}

/** The ITS attributes of a flag, for an `<sm>` (XLIFF 2) or `<mrk>` (XLIFF 1.2). */
export function itsAttributes(flag: XliffFlag): Record<string, string | number> {
  return {
    "its:locQualityIssueType": itsIssueType(flag.category),
    "its:locQualityIssueComment": flagComment(flag),
    "its:locQualityIssueSeverity": itsSeverity(flag.severity),
  };
}
