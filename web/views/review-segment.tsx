import { LANGUAGES, type Lang } from "../../src/domain/languages";
import { diffTexts } from "../../src/domain/diff";
import type { Status } from "../../src/domain/workflow";
import type { ReviewSegment } from "../../src/services/review";
import type { Translate } from "../i18n";
import { InlineCodeTools } from "./inline-code-chip";
import { MarkedText } from "./marked-text";
import { SEVERITY_ICON, StatusBadge } from "./review-badges";
import { FlagsTool } from "./review-flags";
import { termMarks, TermsTool } from "./review-terms";
import { TmMtTool } from "./review-mt";

import { StructureTools } from "./segment-structure";

export { SEVERITY_ICON, SeverityBadge, StatusBadge } from "./review-badges";

/**
 * What the signed-in user may do on this page (the server checks again on every write), and the
 * status their Save gives.
 */
export type ReviewPermissions = {
  edit: boolean;
  /** the statuses of translations this user may change (a translator does not rewrite reviewed text) */
  overwritable: readonly string[];
  approve: boolean;
  flag: boolean;
  /** the languages whose flags this user may resolve or dismiss */
  resolveLangs: readonly string[];
  correctSource: boolean;
  restructure?: boolean;
  saveStatus: Status;
};

/** Whether this user may edit this row's translation: their role, and the status it has now. */
export const mayEditRow = (perms: ReviewPermissions, status: string | undefined): boolean => perms.edit && (status === undefined || perms.overwritable.includes(status));
type RowProps = { seg: ReviewSegment; sourceLang: Lang; lang: Lang; t: Translate; perms: ReviewPermissions };

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

/** A button with its keyboard shortcut: announced to assistive tech, shown where there is room. */
function ActionButton({ name, label, keys }: { name: string; label: string; keys: string }) {
  return (
    <button type="button" class={name} aria-keyshortcuts={keys.replace("Ctrl", "Control")} title={keys}>
      {label}
      <kbd class="key-hint" aria-hidden="true">{keys}</kbd>
    </button>
  );
}

/** Save, approve and copy the source by mouse, touch or phone (the shortcuts are accelerators). */
function RowActions({ t, perms }: { t: Translate; perms: ReviewPermissions }) {
  if (!perms.edit && !perms.approve) return null;
  return (
    <div class="row-actions" role="group" aria-label={t("review.rowActions")}>
      {perms.edit ? <ActionButton name="save-row" label={t("review.saveAs", { status: t(`status.${perms.saveStatus}`) })} keys="Ctrl+Enter" /> : null}
      {perms.approve ? <ActionButton name="approve-row" label={`★ ${t("review.approve")}`} keys="Ctrl+Shift+Enter" /> : null}
      {perms.edit ? <ActionButton name="copy-source" label={t("review.copySource")} keys="Alt+C" /> : null}
    </div>
  );
}

/** The translation: its text, the editor (opened in place) and the row's actions. */
function TargetCell({ seg, lang, t, perms }: RowProps) {
  const tr = seg.translations[lang];
  const marks = seg.flags.filter((f) => f.side === "target");
  return (
    <div class="tgt">
      <div class="text" data-side="target" lang={lang} hidden={!tr}>
        {tr ? <MarkedText text={tr.text} flags={marks} terms={[]} codes={seg.codes} /> : null}
      </div>
      {tr ? null : <div class="placeholder muted">{t("review.untranslated")}</div>}
      {perms.edit ? <textarea class="editor" lang={lang} hidden aria-label={t("review.target")} spellcheck={false}>{tr?.text ?? ""}</textarea> : null}
      {perms.edit && tr?.status === "final" ? <p class="final-notice">{`★ ${t("review.finalNotice", { status: t(`status.${perms.saveStatus}`) })}`}</p> : null}
      {perms.edit ? <InlineCodeTools source={seg.source} codes={seg.codes} t={t} /> : null}
      <RowActions t={t} perms={perms} />
    </div>
  );
}

function StateCell({ seg, lang, t, qaPending }: RowProps & { qaPending: boolean }) {
  const tr = seg.translations[lang];
  const bySeverity = seg.flags.reduce<Record<string, number>>((acc, f) => ({ ...acc, [f.severity]: (acc[f.severity] ?? 0) + 1 }), {});
  return (
    <div class="seg-state">
      <StatusBadge status={tr?.status ?? "missing"} t={t} />
      {tr?.needsReview ? <span class="badge needs-review">{`⚑ ${t("status.needsReview")}`}</span> : null}
      {tr ? <span class="origin">{originLabel(tr.origin, t)}</span> : null}
      <span class="flag-counts">{Object.entries(bySeverity).map(([sev, n]) => <span class={`sev sev-${sev}`} title={String(t(`severity.${sev}`))}>{`${SEVERITY_ICON[sev]} ${n}`}</span>)}</span>
      <span class="unsaved">{`● ${t("review.unsaved")}`}</span>
      {qaPending ? <span class="qa-pending muted">{t("review.qaRunning")}</span> : null}
    </div>
  );
}

/** The tools shown when the row is active: flags, terms, machine-translation diff, history. */
function SegmentTools({ seg, sourceLang, lang, t, perms }: RowProps) {
  const tr = seg.translations[lang];
  const showDiff = tr?.mtText && tr.origin === "human" && tr.mtText !== tr.text;
  return (
    <div class="seg-tools">
      <FlagsTool seg={seg} sourceLang={sourceLang} t={t} perms={perms} />
      <TermsTool seg={seg} sourceLang={sourceLang} lang={lang} t={t} perms={perms} />
      <TmMtTool t={t} canEdit={perms.edit} />
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
      <StructureTools t={t} restructure={perms.restructure} />
    </div>
  );
}

/**
 * One segment row: source with term hits and flags, the target (editable in place) with its
 * actions, its state, and the tools shown when the row is active. The server renders it for the
 * page and again for the fragment the script swaps in after a change.
 */
export function SegmentRow({ seg, sourceLang, lang, t, perms: pagePerms, qaPending = false }: RowProps & { qaPending?: boolean }) {
  const tr = seg.translations[lang];
  const status = tr?.status ?? "missing";
  // What this row offers: a translator does not get an editor on reviewed or approved text.
  const perms = { ...pagePerms, edit: mayEditRow(pagePerms, tr?.status) };
  return (
    <article
      class={`seg kind-${seg.kind} state-${status}`}
      id={`seg-${seg.id}`}
      data-segment={String(seg.id)}
      data-version={String(tr?.version ?? 0)}
      data-source-version={String(seg.sourceVersion)}
      data-status={status}
      data-translated-langs={LANGUAGES.filter((l) => seg.translations[l]).join(" ")}
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
          <MarkedText text={seg.source} flags={seg.flags.filter((f) => f.side === "source")} terms={termMarks(seg, t)} codes={seg.codes} />
        </div>
      </div>
      <TargetCell seg={seg} sourceLang={sourceLang} lang={lang} t={t} perms={perms} />
      <StateCell seg={seg} sourceLang={sourceLang} lang={lang} t={t} perms={perms} qaPending={qaPending} />
      <SegmentTools seg={seg} sourceLang={sourceLang} lang={lang} t={t} perms={perms} />
    </article>
  );
}
