import type { Child } from "hono/jsx";
import { MQM_CATEGORIES, SEVERITIES } from "../../src/domain/qa/types";
import type { PageContext } from "./layout";
import type { ReviewPermissions } from "./review-segment";
import { MT_SHORTCUTS } from "./review-mt";

/** The strings the review scripts show (status line, dialogs, conflict box, history). */
export const REVIEW_CLIENT_KEYS = [
  "review.saving", "review.saved", "review.saveFailed", "review.flagSaved", "review.selectFirst", "review.qaRunning", "review.qaDone",
  "review.conflictTitle", "review.conflictExplain", "review.theirs", "review.yours", "review.keepMine", "review.takeTheirs",
  "review.historyEmpty", "review.by", "review.noPermission", "review.approved", "review.copiedSource", "review.termInserted",
  "review.resolved", "review.dismissed", "review.endOfPage", "review.noTargetTerm", "review.nothingToSave", "review.flagGone",
  "review.noSuggestion", "review.suggestionStale", "review.sourceCorrected", "review.demoteExplain", "review.sourceAffects",
  "review.sourceAffectsNone", "review.leaveExplain",
  "status.initial", "status.translated", "status.reviewed", "status.final", "lang.fr", "lang.en", "lang.zh", "lang.hu",
] as const;

const SHORTCUTS: [string, string][] = [
  ["Ctrl+Enter", "review.keySave"],
  ["Ctrl+Shift+Enter", "review.keyApprove"],
  ["Alt+↓ / Alt+↑", "review.keyMove"],
  ["Enter", "review.keyEdit"],
  ["Esc", "review.keyCancel"],
  ["Alt+C", "review.keyCopySource"],
  ["Alt+1 … Alt+9", "review.keyInsertTerm"],
  ["← / →", "review.keyTerms"],
  ["Alt+M", "review.keyFlag"],
  ["Alt+S", "review.keyApplySuggestion"],
  ["Alt+D", "review.keyDiff"],
  ["Alt+H", "review.keyHistory"],
  ["Alt+K / Alt+J", "structure.keys"],
  ...MT_SHORTCUTS,
  ["/", "review.keySearch"],
  ["?", "review.keyHelp"],
];

/**
 * A question with two answers, as a modal <dialog>: review.js opens it and reads which button
 * closed it (`returnValue` "confirm" or "cancel"; Esc counts as cancel).
 */
function ConfirmDialog({ id, title, children, confirm, cancel, cancelFirst }: { id: string; title: string; children: Child; confirm: string; cancel: string; cancelFirst?: boolean }) {
  const buttons = [
    <button type="submit" value="confirm" class={cancelFirst ? "confirm" : "confirm primary"}>{confirm}</button>,
    <button type="submit" value="cancel" class={cancelFirst ? "cancel primary" : "cancel"} autofocus={cancelFirst}>{cancel}</button>,
  ];
  return (
    <dialog id={id} aria-labelledby={`${id}-title`}>
      <form method="dialog">
        <h2 id={`${id}-title`}>{title}</h2>
        {children}
        <div class="dialog-actions">{cancelFirst ? buttons.reverse() : buttons}</div>
      </form>
    </dialog>
  );
}

function FlagDialog({ ctx }: { ctx: PageContext }) {
  const { t } = ctx;
  return (
    <dialog id="flag-dialog" aria-labelledby="flag-title">
      <form id="flag-form" method="dialog">
        <h2 id="flag-title">{t("review.flagTitle")}</h2>
        <p class="flag-preview">
          <q id="flag-span" />
        </p>
        <label>
          {t("review.category")}
          <select name="category" id="flag-category">
            {MQM_CATEGORIES.map((c) => <option value={c} selected={c === "linguistic/spelling"}>{t(`mqm.${c}`)}</option>)}
          </select>
        </label>
        <label>
          {t("review.severity")}
          <select name="severity" id="flag-severity">
            {SEVERITIES.map((s) => <option value={s} selected={s === "minor"}>{t(`severity.${s}`)}</option>)}
          </select>
        </label>
        <label>
          {t("review.suggestion")}
          <input name="suggestion" id="flag-suggestion" autocomplete="off" />
        </label>
        <label>
          {t("review.comment")}
          <textarea name="comment" id="flag-comment" rows={2} />
        </label>
        <p class="error" id="flag-error" role="alert" hidden />
        <div class="dialog-actions">
          <button type="submit" value="save" id="flag-save" class="primary">{t("review.saveFlag")}</button>
          <button type="submit" value="cancel" formnovalidate>{t("review.cancel")}</button>
        </div>
      </form>
    </dialog>
  );
}

/** The help overlay, the dialogs, the term popover and the status line of the review page. */
export function ReviewDialogs({ ctx, perms }: { ctx: PageContext; perms: ReviewPermissions }) {
  const { t } = ctx;
  return (
    <>
      <div id="review-status" class="status-line" role="status" aria-live="polite" />
      <div id="term-popover" class="term-popover" role="tooltip" hidden>
        <div class="tp-term" />
        <div class="tp-target" />
        <div class="tp-note muted" />
        {perms.edit ? <div class="tp-hint muted">{t("review.termHint")}</div> : null}
      </div>
      <dialog id="help-dialog" aria-labelledby="help-title">
        <h2 id="help-title">{t("review.shortcuts")}</h2>
        <table class="shortcuts">
          <tbody>
            {SHORTCUTS.map(([keys, label]) => (
              <tr>
                <td>
                  <kbd>{keys}</kbd>
                </td>
                <td>{t(label)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <form method="dialog">
          <button type="submit" autofocus>{t("review.close")}</button>
        </form>
      </dialog>
      {perms.flag ? <FlagDialog ctx={ctx} /> : null}
      {perms.edit ? (
        <ConfirmDialog id="demote-dialog" title={t("review.demoteTitle")} confirm={t("review.demoteConfirm")} cancel={t("review.keepEditing")} cancelFirst>
          <p class="demote-text" />
        </ConfirmDialog>
      ) : null}
      {perms.correctSource ? (
        <ConfirmDialog id="source-dialog" title={t("review.sourceTitle")} confirm={t("review.sourceConfirm")} cancel={t("review.cancel")} cancelFirst>
          <p class="source-diff" />
          <p class="source-affected" />
        </ConfirmDialog>
      ) : null}
      <ConfirmDialog id="leave-dialog" title={t("review.leaveTitle")} confirm={t("review.leave")} cancel={t("review.stay")} cancelFirst>
        <p class="leave-text" />
      </ConfirmDialog>
    </>
  );
}
