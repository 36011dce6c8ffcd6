import type { Lang } from "../../src/domain/languages";
import { STATUSES } from "../../src/domain/workflow";
import type { LanguageReadiness } from "../../src/services/publications";
import type { Translate } from "../i18n";
import { flagMessage } from "./flag-message";
import { VisibleText } from "./marked-text";
import { DiffView, SeverityBadge, StatusBadge } from "./review-segment";

type DateFormat = Intl.DateTimeFormat;

export function stateOf(r: LanguageReadiness): "ready" | "blocked" | "flags" {
  return r.ready ? "ready" : r.overridable ? "flags" : "blocked";
}
const STATE_ICON = { ready: "✓", blocked: "✕", flags: "◆" } as const;

export function ReadinessBadge({ r, t }: { r: LanguageReadiness; t: Translate }) {
  const state = stateOf(r);
  return <span class={`rd rd-${state}`}>{`${STATE_ICON[state]} ${t(`publishing.state.${state}`)}`}</span>;
}

/** Counts by status, as text and as a native progress bar (no inline styles). */
function Counts({ r, t }: { r: LanguageReadiness; t: Translate }) {
  // The approved count is the headline; the rest says where the others stand.
  const parts = [...STATUSES.filter((s) => s !== "final"), "missing" as const].filter((s) => r.counts[s] > 0).map((s) => `${t(`status.${s}`)} ${r.counts[s]}`);
  if (r.counts.needsReview) parts.push(`${t("status.needsReview")} ${r.counts.needsReview}`);
  return (
    <div class="counts">
      <progress max={String(Math.max(r.counts.total, 1))} value={String(r.counts.final)} aria-label={t("publishing.approvedCount", r.counts)} />
      <span>{t("publishing.approvedCount", r.counts)}</span>
      {parts.length ? <span class="muted">{parts.join(" · ")}</span> : null}
    </div>
  );
}

/** Every target language: readiness, what blocks it, latest publication; each links to its detail. */
export function ReadinessTable({ articleId, languages, current, t, date }: { articleId: number; languages: LanguageReadiness[]; current: Lang; t: Translate; date: DateFormat }) {
  return (
    <table class="readiness">
      <caption>{t("publishing.readiness")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("publishing.language")}</th>
          <th scope="col">{t("publishing.progress")}</th>
          <th scope="col">{t("publishing.blocking")}</th>
          <th scope="col">{t("publishing.latest")}</th>
        </tr>
      </thead>
      <tbody>
        {languages.map((r) => (
          <tr class={r.lang === current ? "current" : undefined}>
            <th scope="row">
              <a href={`/articles/${articleId}/publish?lang=${r.lang}`} aria-current={r.lang === current ? "page" : undefined}>{t(`lang.${r.lang}`)}</a>
              <ReadinessBadge r={r} t={t} />
            </th>
            <td data-label={t("publishing.progress")}><Counts r={r} t={t} /></td>
            <td data-label={t("publishing.blocking")}>{r.blockers.length ? t("publishing.blockingCount", { count: r.blockers.length }) : "—"}</td>
            <td data-label={t("publishing.latest")}>
              {r.latest ? (
                <>
                  <strong>{t("publishing.versionShort", r.latest)}</strong>{" "}
                  <time datetime={r.latest.publishedAt}>{date.format(new Date(r.latest.publishedAt))}</time>
                  <div class="muted">{r.changedSinceLatest ? t("publishing.changedSince") : t("publishing.upToDate")}</div>
                </>
              ) : (
                <span class="muted">{t("publishing.neverPublished")}</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

type Blocker = LanguageReadiness["blockers"][number];

function FlagLine({ flag, t }: { flag: Blocker["flags"][number]; t: Translate }) {
  return (
    <li>
      <SeverityBadge severity={flag.severity} t={t} />
      <span class="muted">{`${t(`mqm.${flag.category}`)} · ${t(flag.side === "source" ? "review.source" : "review.target")}`}</span>{" "}
      <q>{flag.text}</q> {flagMessage(flag, t)}
    </li>
  );
}

/**
 * Approving from the publisher page what needs more than a click in the review: a translation
 * left unchanged after a source correction (an explicit confirmation) and one with open
 * critical or major flags (an override with a reason). Both are recorded in its history.
 */
function ApproveForm({ b, articleId, lang, csrf, t }: { b: Blocker; articleId: number; lang: Lang; csrf: string; t: Translate }) {
  const confirm = b.reasons.includes("needs-review");
  const override = b.reasons.includes("flags");
  return (
    <form method="post" action={`/articles/${articleId}/publish/approve`} class="confirm-form">
      <input type="hidden" name="_csrf" value={csrf} />
      <input type="hidden" name="lang" value={lang} />
      <input type="hidden" name="segmentId" value={String(b.segmentId)} />
      <input type="hidden" name="version" value={String(b.version ?? 0)} />
      {confirm ? (
        <>
          <p>{t("publishing.confirmTitle")}</p>
          <label class="check">
            <input type="checkbox" name="confirm" value="1" required />
            {t("publishing.confirmCheck")}
          </label>
        </>
      ) : null}
      {override ? (
        <label class="reason-field">
          {t("publishing.approveReason")}
          <textarea name="reason" required maxlength={2000} rows={2} />
        </label>
      ) : null}
      <button type="submit">{override ? t("publishing.approveOverButton") : t("publishing.confirmButton")}</button>
    </form>
  );
}

/**
 * What stops one language: each segment with its reasons, a link to it in the review page, the
 * source correction it waits on (before → now) and its open critical or major flags.
 */
export function BlockerList({ r, articleId, sourceLang, t, csrf, mayApprove }: { r: LanguageReadiness; articleId: number; sourceLang: Lang; t: Translate; csrf: string; mayApprove: boolean }) {
  if (r.blockers.length === 0) return <p class="all-clear">{`✓ ${t("publishing.nothingBlocks")}`}</p>;
  return (
    <ol class="blockers">
      {r.blockers.map((b) => (
        <li id={`blocker-${b.segmentId}`}>
          <div class="blocker-head">
            <a href={b.reviewUrl}>{t("publishing.segmentN", { n: b.position + 1 })}</a>
            <StatusBadge status={b.status} t={t} />
            {b.reasons.map((reason) => <span class={`reason reason-${reason}`}>{t(`publishing.reason.${reason}`)}</span>)}
          </div>
          <div class="blocker-texts">
            {b.sourceBefore !== null ? (
              <div lang={sourceLang}>
                <span class="muted">{`${t("publishing.sourceCorrected")}: `}</span>
                <DiffView before={b.sourceBefore} after={b.source} lang={sourceLang} />
              </div>
            ) : (
              <div lang={sourceLang}><VisibleText text={b.source} /></div>
            )}
            {b.target !== null ? (
              <div lang={r.lang}>
                <span class="muted">{`${t("publishing.translationNow")}: `}</span>
                <VisibleText text={b.target} />
              </div>
            ) : null}
          </div>
          {b.flags.length ? <ul class="blocker-flags">{b.flags.map((f) => <FlagLine flag={f} t={t} />)}</ul> : null}
          {mayApprove && b.version !== null && (b.reasons.includes("needs-review") || b.reasons.includes("flags")) ? <ApproveForm b={b} articleId={articleId} lang={r.lang} csrf={csrf} t={t} /> : null}
        </li>
      ))}
    </ol>
  );
}

/** Flags overridden when their segments were approved: shown, not blocking. */
export function OverriddenList({ r, t }: { r: LanguageReadiness; t: Translate }) {
  if (r.overridden.length === 0) return null;
  return (
    <details class="overridden">
      <summary>{`${t("publishing.overriddenTitle")} (${r.overridden.length})`}</summary>
      <p class="muted">{t("publishing.overriddenExplain")}</p>
      <ul>
        {r.overridden.map((o) => (
          <li>
            <strong>{t("publishing.segmentN", { n: o.position + 1 })}</strong>
            <ul class="blocker-flags">{o.flags.map((f) => <FlagLine flag={f} t={t} />)}</ul>
          </li>
        ))}
      </ul>
    </details>
  );
}
