import type { Lang } from "../../src/domain/languages";
import type { PublicationContent } from "../../src/domain/publishing/content";
import { groupByParagraph, type ContentDiff, type SegmentChange } from "../../src/domain/publishing/diff";
import type { Translate } from "../i18n";
import { VisibleText } from "./marked-text";

const BLOCK_TAG: Record<string, "h2" | "h3" | "p" | "figcaption"> = { title: "h2", heading: "h3", paragraph: "p", caption: "figcaption" };

/** One segment's change: deleted and inserted words (characters in Chinese) marked. */
function SegmentParts({ change, t }: { change: SegmentChange; t: Translate }) {
  const label = change.op === "equal" ? null : <span class={`op op-${change.op}`}>{t(`publishing.op.${change.op}`)}</span>;
  return (
    <span class={`chg chg-${change.op}`} data-segment={String(change.segmentId)}>
      {label}
      {change.sourceChanged ? <span class="op op-source">{t("publishing.sourceChanged")}</span> : null}
      {change.parts.map((p) => (p.op === "equal" ? <VisibleText text={p.text} /> : p.op === "insert" ? <ins><VisibleText text={p.text} /></ins> : <del><VisibleText text={p.text} /></del>))}
      {change.separator}
    </span>
  );
}

/**
 * The changed paragraphs of a diff (unchanged ones are counted, not shown), each as its own
 * block so a heading stays a heading.
 */
export function DiffParagraphs({ diff, lang, t, showUnchanged = false }: { diff: ContentDiff; lang: Lang; t: Translate; showUnchanged?: boolean }) {
  const shown = diff.paragraphs.filter((p) => showUnchanged || p.changed);
  const hidden = diff.paragraphs.length - shown.length;
  return (
    <div class="pub-diff" lang={lang}>
      <p class="muted">{t("publishing.changeSummary", diff)}</p>
      {shown.map((p) => {
        const Tag = BLOCK_TAG[p.kind] ?? "p";
        return (
          <Tag class={`blk kind-${p.kind}${p.changed ? " changed" : ""}`}>
            {p.segments.map((s) => <SegmentParts change={s} t={t} />)}
          </Tag>
        );
      })}
      {hidden > 0 ? <p class="muted">{t("publishing.unchangedHidden", { count: hidden })}</p> : null}
    </div>
  );
}

/** The text as it would be published, paragraph by paragraph; segments not approved are marked. */
export function PreviewText({ content, statuses, t }: { content: PublicationContent; statuses: Record<number, string>; t: Translate }) {
  const paragraphs = groupByParagraph(content.segments);
  return (
    <article class="pub-preview" lang={content.targetLang}>
      {paragraphs.map((segs) => {
        const Tag = BLOCK_TAG[segs[0]!.kind] ?? "p";
        return (
          <Tag class={`blk kind-${segs[0]!.kind}`}>
            {segs.map((s) =>
              statuses[s.id] === "final" ? (
                <span data-segment={String(s.id)}>
                  <VisibleText text={s.target} />
                  {s.separator}
                </span>
              ) : (
                <span class="pending" data-segment={String(s.id)}>
                  <span class="op op-pending">{t("publishing.notApprovedYet")}</span>
                  {s.target ? <VisibleText text={s.target} /> : <span class="muted">{t("review.untranslated")}</span>}
                  {s.separator}
                </span>
              ),
            )}
          </Tag>
        );
      })}
    </article>
  );
}
