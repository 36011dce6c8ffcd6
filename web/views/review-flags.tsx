import type { Lang } from "../../src/domain/languages";
import type { ReviewSegment } from "../../src/services/review";
import type { Translate } from "../i18n";
import { flagMessage } from "./flag-message";
import { SeverityBadge } from "./review-badges";
import type { ReviewPermissions } from "./review-segment";

type Flag = ReviewSegment["flags"][number];

/**
 * What a flag's suggestions do, by the side they belong to. A suggestion never changes a text
 * other than the one being edited:
 * - `apply`: replaces the flagged words of the translation (and resolves the flag with the save);
 * - `insert`: a termbase term the translation lacks (flagged on the source, stored with the
 *   target language) goes into the translation at the caret;
 * - `correct-source`: only a reviewer may change the source, through its own confirmed action.
 */
export function suggestionAction(flag: Flag, sourceLang: Lang, perms: ReviewPermissions): "apply" | "insert" | "correct-source" | null {
  if (flag.side === "target") return perms.edit ? "apply" : null;
  if (flag.lang !== sourceLang) return perms.edit ? "insert" : null;
  return perms.correctSource ? "correct-source" : null;
}

function Suggestion({ action, text, first, t }: { action: ReturnType<typeof suggestionAction>; text: string; first: boolean; t: Translate }) {
  if (action === "apply") return <button type="button" class="apply" data-suggestion={text} title={first ? `${t("review.apply")} (Alt+S)` : String(t("review.apply"))}>{`→ ${text}`}</button>;
  if (action === "insert") return <button type="button" class="insert-suggestion" data-suggestion={text} title={String(t("review.insertSuggestion"))}>{`+ ${text}`}</button>;
  if (action === "correct-source") return <button type="button" class="correct-source" data-suggestion={text}>{`${t("review.correctSource")}: → ${text}`}</button>;
  return <span class="suggestion">{`→ ${text}`}</span>;
}

/** One open flag: severity, category, side, the flagged words, the message and what can be done. */
export function FlagItem({ flag, sourceLang, t, perms }: { flag: Flag; sourceLang: Lang; t: Translate; perms: ReviewPermissions }) {
  const action = suggestionAction(flag, sourceLang, perms);
  return (
    <li class={`flag-item sev-${flag.severity}`} data-flag={String(flag.id)} data-side={flag.side} data-lang={flag.lang} data-check={flag.check} data-start={String(flag.start)} data-end={String(flag.end)}>
      <div class="flag-head">
        <SeverityBadge severity={flag.severity} t={t} />
        <span class="flag-cat">{t(`mqm.${flag.category}`)}</span>
        <span class="flag-side muted">{t(flag.side === "source" ? "review.source" : "review.target")}</span>
        <q class="flag-text">{flag.text}</q>
      </div>
      <div class="flag-msg" title={flag.message}>{flagMessage(flag, t)}</div>
      {flag.comment && flag.check !== "manual" ? <div class="flag-comment">{flag.comment}</div> : null}
      <div class="flag-actions">
        {flag.suggestions.slice(0, 5).map((s, i) => <Suggestion action={action} text={s} first={i === 0} t={t} />)}
        {perms.flag ? (
          <>
            <button type="button" class="resolve">{t("review.resolve")}</button>
            <button type="button" class="dismiss">{t("review.dismiss")}</button>
          </>
        ) : null}
      </div>
    </li>
  );
}

/** The flags panel of a row. */
export function FlagsTool({ seg, sourceLang, t, perms }: { seg: ReviewSegment; sourceLang: Lang; t: Translate; perms: ReviewPermissions }) {
  return (
    <section class="tool flags-tool">
      <h3>{t("review.flags")}</h3>
      {seg.flags.length ? <ul class="flag-list">{seg.flags.map((f) => <FlagItem flag={f} sourceLang={sourceLang} t={t} perms={perms} />)}</ul> : <p class="muted">{t("review.noFlags")}</p>}
    </section>
  );
}
