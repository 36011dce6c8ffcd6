import type { Lang } from "../../src/domain/languages";
import type { SourceHistoryEntry } from "../../src/services/segment-structure";
import type { Translate } from "../i18n";
import type { PageContext } from "./layout";

/**
 * Splitting and merging segments on the review page (review-structure.js drives them), and a
 * segment's source history. Kept apart from the review views: they only place these.
 */

/** The row's buttons: split and merge for reviewers, the source history for everyone. */
export function StructureTools({ t, restructure }: { t: Translate; restructure?: boolean }) {
  return (
    <section class="tool structure-tool">
      {restructure ? (
        <>
          <button type="button" class="split-segment" aria-haspopup="dialog">{`✂ ${t("structure.split")} (Alt+K)`}</button>
          <button type="button" class="merge-next" aria-haspopup="dialog">{`⤓ ${t("structure.mergeNext")} (Alt+J)`}</button>
        </>
      ) : null}
      <button type="button" class="load-source-history" aria-expanded="false">{t("structure.sourceHistory")}</button>
      <div class="source-history" hidden />
    </section>
  );
}

/**
 * The two confirmations: where to split (the caret in the source, with both parts shown), and
 * what a merge gives. Their texts for the script ride on data attributes.
 */
export function StructureDialogs({ ctx, restructure }: { ctx: PageContext; restructure?: boolean }) {
  const { t } = ctx;
  if (!restructure) return null;
  return (
    <>
      <dialog id="split-dialog" aria-labelledby="split-title" data-stale={t("structure.stale")} data-failed={t("structure.failed")} data-dirty={t("structure.saveFirst")}>
        <form method="dialog">
          <h2 id="split-title">{t("structure.splitTitle")}</h2>
          <p class="muted">{t("structure.splitHelp")}</p>
          <textarea id="split-text" rows={4} aria-label={t("structure.splitTitle")} />
          <div class="structure-preview">
            <div>
              <span class="muted">{t("structure.firstPart")}</span>
              <p id="split-first" />
            </div>
            <div>
              <span class="muted">{t("structure.secondPart")}</span>
              <p id="split-second" />
            </div>
          </div>
          <p class="muted">{t("structure.translationNote")}</p>
          <p class="error" id="split-error" role="alert" hidden />
          <div class="dialog-actions">
            <button type="submit" value="split" id="split-confirm" class="primary">{t("structure.splitConfirm")}</button>
            <button type="submit" value="cancel" formnovalidate>{t("review.cancel")}</button>
          </div>
        </form>
      </dialog>
      <dialog id="merge-dialog" aria-labelledby="merge-title" data-none={t("structure.noNext")}>
        <form method="dialog">
          <h2 id="merge-title">{t("structure.mergeTitle")}</h2>
          <p id="merge-preview" class="structure-merged" />
          <p class="muted">{t("structure.mergeNote")}</p>
          <p class="error" id="merge-error" role="alert" hidden />
          <div class="dialog-actions">
            <button type="submit" value="merge" id="merge-confirm" class="primary">{t("structure.mergeConfirm")}</button>
            <button type="submit" value="cancel" formnovalidate>{t("review.cancel")}</button>
          </div>
        </form>
      </dialog>
    </>
  );
}

/** A segment's source revisions, newest first: how each came about, who, when, and the change. */
export function SourceHistoryList({ entries, lang, ctx }: { entries: SourceHistoryEntry[]; lang: Lang; ctx: PageContext }) {
  const { t, ui } = ctx;
  const date = new Intl.DateTimeFormat(ui, { dateStyle: "medium", timeStyle: "short" });
  return (
    <ol class="history-list source-history-list">
      {entries.map((r) => (
        <li data-change={r.change}>
          <div class="history-head">
            <span class="muted">{`v${r.version}`}</span>
            <span class={`badge change-${r.change}`}>{t(`structure.change.${r.change}`, { defaultValue: r.change })}</span>
            {r.author ? <span>{r.author}</span> : null}
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
