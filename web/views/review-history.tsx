import type { Lang } from "../../src/domain/languages";
import type { HistoryEntry } from "../../src/services/translations";
import type { PageContext } from "./layout";
import { StatusBadge } from "./review-badges";

/** Revisions of a translation, newest first: author, time, status, origin and the change. */
export function HistoryList({ revisions, lang, ctx }: { revisions: HistoryEntry[]; lang: Lang; ctx: PageContext }) {
  const { t, ui } = ctx;
  if (revisions.length === 0) return <p class="muted">{t("review.historyEmpty")}</p>;
  const date = new Intl.DateTimeFormat(ui, { dateStyle: "medium", timeStyle: "short" });
  return (
    <ol class="history-list">
      {revisions.map((r) => (
        <li>
          <div class="history-head">
            <span class="muted">{`v${r.version}`}</span>
            {r.previousStatus ? (
              <span class="status-change">
                <StatusBadge status={r.previousStatus} t={t} />
                {" → "}
                <StatusBadge status={r.status} t={t} />
              </span>
            ) : (
              <StatusBadge status={r.status} t={t} />
            )}
            <span>{r.author ?? t(r.origin.startsWith("mt:") ? "origin.mt" : "origin.human")}</span>
            <time datetime={r.createdAt}>{date.format(new Date(r.createdAt))}</time>
          </div>
          <div class="diff" lang={lang}>
            {r.diff.map((p) => (p.op === "equal" ? p.text : p.op === "insert" ? <ins>{p.text}</ins> : <del>{p.text}</del>))}
          </div>
        </li>
      ))}
    </ol>
  );
}
