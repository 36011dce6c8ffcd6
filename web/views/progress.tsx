import type { Progress } from "../../src/services/articles";
import { STATUSES } from "../../src/domain/workflow";
import type { Translate } from "../i18n";

/**
 * A stacked bar by status, with counts in text so colour is not the only signal. The bars are
 * SVG rectangles sized by attributes: the Content-Security-Policy allows no `style=` attribute.
 */
export function ProgressBar({ progress, t, label }: { progress: Progress; t: Translate; label: string }) {
  const total = Math.max(progress.total, 1);
  const missing = Math.max(progress.total - STATUSES.reduce((n, s) => n + progress[s], 0), 0);
  const title = [...STATUSES.map((s) => `${t(`status.${s}`)}: ${progress[s]}`), `${t("status.missing")}: ${missing}`].join(" · ");
  let x = 0;
  return (
    <div class="progress" role="img" aria-label={`${label}: ${title}`} title={title}>
      <svg class="bars" viewBox="0 0 100 1" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        {STATUSES.map((s) => {
          if (!progress[s]) return null;
          const width = (progress[s] / total) * 100;
          const rect = <rect class={`bar status-${s}`} x={String(x)} y="0" width={String(width)} height="1" />;
          x += width;
          return rect;
        })}
      </svg>
      <span class="progress-text">{`${progress.final}/${progress.total}`}</span>
    </div>
  );
}
