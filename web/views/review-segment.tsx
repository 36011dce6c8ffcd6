import type { Lang } from "../../src/domain/languages";
import { diffTexts } from "../../src/domain/diff";
import type { ReviewSegment } from "../../src/services/review";
import type { Translate } from "../i18n";
import { flagMessage } from "./flag-message";
import { MarkedText, type MarkedTerm } from "./marked-text";

/** What the signed-in user may do on this page (the server checks again on every write). */
export type ReviewPermissions = {
  edit: boolean;
  /** the statuses of translations this user may change (a translator does not rewrite reviewed text) */
  overwritable: readonly string[];
  approve: boolean;
  flag: boolean;
  /** the languages whose flags this user may resolve or dismiss */
  resolveLangs: readonly string[];
  correctSource: boolean;
};

export const SEVERITY_ICON: Record<string, string> = { neutral: "○", minor: "▲", major: "◆", critical: "⛔" };
const STATUS_ICON: Record<string, string> = { missing: "∅", initial: "✎", translated: "✓", reviewed: "✓✓", final: "★" };

export function SeverityBadge({ severity, t }: { severity: string; t: Translate }) {
  return <span class={`sev sev-${severity}`}>{`${SEVERITY_ICON[severity] ?? ""} ${t(`severity.${severity}`)}`}</span>;
}

export function StatusBadge({ status, t }: { status: string; t: Translate }) {
  return <span class={`badge status-${status}`}>{`${STATUS_ICON[status] ?? ""} ${t(`status.${status}`)}`}</span>;
}

function originLabel(origin: string, t: Translate): string {
  if (origin.startsWith("mt:")) return `${t("origin.mt")} (${origin.slice(3)})`;
  if (origin.startsWith("tm:")) return `${t("origin.tm")} ${origin.slice(3)}`;
  return t("origin.human");
}

/** Word diff (character diff for Chinese) between the machine output and the current text. */
export function DiffView({ before, after, lang }: { before: string; after: string; lang: Lang }) {
  return (
    <span class="diff" lang={lang}>
      {diffTexts(before, after, lang).map((p) => (p.op === "equal" ? p.text : p.op === "insert" ? <ins>{p.text}</ins> : <del>{p.text}</del>))}
    </span>
  );
}

function termAttrs(seg: ReviewSegment, index: number, t: Translate): MarkedTerm["attrs"] {
  const hit = seg.terms[index]!;
  const preferred = hit.targets[0];
  return {
    "data-concept": String(hit.conceptId),
    "data-term": hit.term,
    "data-target": preferred?.text ?? "",
    "data-target-status": preferred ? String(t(`termStatus.${preferred.status}`)) : "",
    "data-note": hit.note ?? "",
    "aria-describedby": "term-popover",
    title: preferred ? `${hit.term} → ${preferred.text} (${t(`termStatus.${preferred.status}`)})` : `${hit.term} — ${t("review.noTargetTerm")}`,
  };
}

function FlagItem({ flag, t, perms, editable }: { flag: ReviewSegment["flags"][number]; t: Translate; perms: ReviewPermissions; editable: boolean }) {
  const mayApply = flag.side === "target" ? editable : perms.correctSource;
  return (
    <li class={`flag-item sev-${flag.severity}`} data-flag={String(flag.id)} data-side={flag.side} data-start={String(flag.start)} data-end={String(flag.end)}>
      <div class="flag-head">
        <SeverityBadge severity={flag.severity} t={t} />
        <span class="flag-cat">{t(`mqm.${flag.category}`)}</span>
        <span class="flag-side muted">{t(flag.side === "source" ? "review.source" : "review.target")}</span>
        <q class="flag-text">{flag.text}</q>
      </div>
      <div class="flag-msg" title={flag.message}>{flagMessage(flag, t)}</div>
      {flag.comment && flag.check !== "manual" ? <div class="flag-comment">{flag.comment}</div> : null}
      <div class="flag-actions">
        {flag.suggestions.slice(0, 5).map((s, i) =>
          mayApply ? (
            <button type="button" class="apply" data-suggestion={s} title={i === 0 ? `${t("review.apply")} (Alt+S)` : String(t("review.apply"))}>
              {`→ ${s}`}
            </button>
          ) : (
            <span class="suggestion">{`→ ${s}`}</span>
          ),
        )}
        {perms.resolveLangs.includes(flag.lang) ? (
          <>
            <button type="button" class="resolve">{t("review.resolve")}</button>
            <button type="button" class="dismiss">{t("review.dismiss")}</button>
          </>
        ) : null}
      </div>
    </li>
  );
}

/**
 * One segment row: source with term hits and flags, the target (editable in place), its state,
 * and the tools (flags, terms, MT diff, history) shown when the row is active.
 */
export function SegmentRow({ seg, sourceLang, lang, t, perms, qaPending = false }: { seg: ReviewSegment; sourceLang: Lang; lang: Lang; t: Translate; perms: ReviewPermissions; qaPending?: boolean }) {
  const tr = seg.translations[lang];
  const status = tr?.status ?? "missing";
  const editable = perms.edit && (!tr || perms.overwritable.includes(tr.status));
  const marks = (side: "source" | "target") => seg.flags.filter((f) => f.side === side);
  const terms: MarkedTerm[] = seg.terms.map((h, i) => ({ start: h.start, end: h.end, attrs: termAttrs(seg, i, t) }));
  const showDiff = tr?.mtText && tr.origin === "human" && tr.mtText !== tr.text;
  const bySeverity = seg.flags.reduce<Record<string, number>>((acc, f) => ({ ...acc, [f.severity]: (acc[f.severity] ?? 0) + 1 }), {});
  return (
    <article
      class={`seg kind-${seg.kind} state-${status}`}
      id={`seg-${seg.id}`}
      data-segment={String(seg.id)}
      data-version={String(tr?.version ?? 0)}
      data-source-version={String(seg.sourceVersion)}
      data-status={status}
      data-qa-pending={qaPending ? "true" : undefined}
      tabindex={-1}
      aria-label={`${t("review.segment")} ${seg.position + 1}`}
    >
      <div class="seg-meta">
        <span class="pos">{String(seg.position + 1)}</span>
        {seg.kind !== "paragraph" ? <span class="kind">{t(`kind.${seg.kind}`)}</span> : null}
      </div>
      <div class="src" lang={sourceLang}>
        <div class="text" data-side="source">
          <MarkedText text={seg.source} flags={marks("source")} terms={terms} />
        </div>
      </div>
      <div class="tgt" lang={lang}>
        <div class="text" data-side="target" hidden={!tr}>
          {tr ? <MarkedText text={tr.text} flags={marks("target")} terms={[]} /> : null}
        </div>
        {tr ? null : <div class="placeholder muted">{t("review.untranslated")}</div>}
        {editable ? <textarea class="editor" hidden aria-label={t("review.target")} spellcheck={false}>{tr?.text ?? ""}</textarea> : null}
      </div>
      <div class="seg-state">
        <StatusBadge status={status} t={t} />
        {tr?.needsReview ? <span class="badge needs-review">{`⚑ ${t("status.needsReview")}`}</span> : null}
        {tr ? <span class="origin">{originLabel(tr.origin, t)}</span> : null}
        <span class="flag-counts">{Object.entries(bySeverity).map(([sev, n]) => <span class={`sev sev-${sev}`} title={String(t(`severity.${sev}`))}>{`${SEVERITY_ICON[sev]} ${n}`}</span>)}</span>
        <span class="unsaved">{`● ${t("review.unsaved")}`}</span>
        {qaPending ? <span class="qa-pending muted">{t("review.qaRunning")}</span> : null}
      </div>
      <div class="seg-tools">
        <section class="tool flags-tool">
          <h3>{t("review.flags")}</h3>
          {seg.flags.length ? <ul class="flag-list">{seg.flags.map((f) => <FlagItem flag={f} t={t} perms={perms} editable={editable} />)}</ul> : <p class="muted">{t("review.noFlags")}</p>}
        </section>
        <section class="tool terms-tool">
          <h3>{t("review.terms")}</h3>
          {seg.terms.length ? (
            <ol class="term-list">
              {seg.terms.map((h, i) => (
                <li data-term-index={String(i)}>
                  <span lang={sourceLang}>{h.matched}</span>
                  {" → "}
                  {h.targets.length ? (
                    h.targets.map((x, j) => (
                      <span class={`target-term tstatus-${x.status}`} lang={lang}>
                        {j > 0 ? ", " : ""}
                        <strong>{x.text}</strong>
                        <span class="muted">{` (${t(`termStatus.${x.status}`)})`}</span>
                      </span>
                    ))
                  ) : (
                    <span class="muted">{t("review.noTargetTerm")}</span>
                  )}
                  {h.targets.length && perms.edit && i < 9 ? (
                    <button type="button" class="insert-term" data-text={h.targets[0]!.text}>{`${t("review.insertTerm")} (Alt+${i + 1})`}</button>
                  ) : null}
                  {h.note ? <div class="muted">{h.note}</div> : null}
                </li>
              ))}
            </ol>
          ) : (
            <p class="muted">{t("review.noTerms")}</p>
          )}
        </section>
        {showDiff ? (
          <section class="tool mt-tool">
            <button type="button" class="toggle-diff" aria-expanded="false">{`${t("review.mtDiff")} (Alt+D)`}</button>
            <div class="mt-diff" hidden>
              <DiffView before={tr!.mtText!} after={tr!.text} lang={lang} />
            </div>
          </section>
        ) : null}
        <section class="tool history-tool">
          <button type="button" class="load-history" aria-expanded="false">{`${t("review.history")} (Alt+H)`}</button>
          <div class="history" hidden />
        </section>
      </div>
    </article>
  );
}
