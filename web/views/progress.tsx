import type { Progress } from "../../src/services/articles";
import { STATUSES } from "../../src/domain/workflow";
import type { Translate } from "../i18n";

/** A stacked bar by status, with counts in text so colour is not the only signal. */
export function ProgressBar({ progress, t, label }: { progress: Progress; t: Translate; label: string }) {
  const total = Math.max(progress.total, 1);
  const missing = Math.max(progress.total - STATUSES.reduce((n, s) => n + progress[s], 0), 0);
  const title = [...STATUSES.map((s) => `${t(`status.${s}`)}: ${progress[s]}`), `${t("status.missing")}: ${missing}`].join(" · ");
  return (
    <div class="progress" role="img" aria-label={`${label}: ${title}`} title={title}>
      {STATUSES.map((s) => (progress[s] ? <span class={`bar status-${s}`} style={`width:${(progress[s] / total) * 100}%`} /> : null))}
      <span class="progress-text">{`${progress.final}/${progress.total}`}</span>
    </div>
  );
}
