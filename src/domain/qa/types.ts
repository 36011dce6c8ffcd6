import type { Lang } from "../languages";

/** MQM-based categories used on flags (DESIGN.md, "flag"). */
export const MQM_CATEGORIES = [
  "terminology",
  "accuracy",
  "linguistic/spelling",
  "linguistic/grammar",
  "linguistic/punctuation",
  "style",
  "locale-convention",
  "design/markup",
] as const;
export type MqmCategory = (typeof MQM_CATEGORIES)[number];

export const SEVERITIES = ["neutral", "minor", "major", "critical"] as const;
export type Severity = (typeof SEVERITIES)[number];

/** MQM penalty weights per severity, for the per-1,000-words score. */
export const SEVERITY_WEIGHTS: Record<Severity, number> = { neutral: 0, minor: 1, major: 5, critical: 25 };

export const SIDES = ["source", "target"] as const;
export type Side = (typeof SIDES)[number];

/**
 * One problem found on a span of a segment's source or target. `start`/`end` are UTF-16
 * offsets into that text and `text === segmentText.slice(start, end)`.
 */
export type QaFlag = {
  lang: Lang;
  side: Side;
  start: number;
  end: number;
  text: string;
  category: MqmCategory;
  severity: Severity;
  /** the id of the check that raised it, or "manual" */
  check: string;
  message: string;
  suggestions: string[];
};
