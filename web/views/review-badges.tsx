import type { Translate } from "../i18n";

/** Symbols beside the words, so colour is never the only signal (all drawn by common fonts). */
export const SEVERITY_ICON: Record<string, string> = { neutral: "○", minor: "▲", major: "◆", critical: "✖" };
export const STATUS_ICON: Record<string, string> = { missing: "∅", initial: "✎", translated: "✓", reviewed: "✓✓", final: "★" };

export function SeverityBadge({ severity, t }: { severity: string; t: Translate }) {
  return <span class={`sev sev-${severity}`}>{`${SEVERITY_ICON[severity] ?? ""} ${t(`severity.${severity}`)}`}</span>;
}

export function StatusBadge({ status, t }: { status: string; t: Translate }) {
  return <span class={`badge status-${status}`}>{`${STATUS_ICON[status] ?? ""} ${t(`status.${status}`)}`}</span>;
}
