import type { Lang } from "../../src/domain/languages";
import type { ReviewSegment } from "../../src/services/review";
import type { Translate } from "../i18n";
import type { MarkedTerm } from "./marked-text";
import type { ReviewPermissions } from "./review-segment";

/** A term hit in the source as MarkedText draws it: what the popover and Enter need. */
export function termMarks(seg: ReviewSegment, t: Translate): MarkedTerm[] {
  return seg.terms.map((hit) => {
    const preferred = hit.targets[0];
    const status = preferred ? String(t(`termStatus.${preferred.status}`)) : "";
    return {
      start: hit.start,
      end: hit.end,
      attrs: {
        "data-concept": String(hit.conceptId),
        "data-term": hit.term,
        "data-target": preferred?.text ?? "",
        "data-target-status": status,
        "data-note": hit.note ?? "",
        "aria-describedby": "term-popover",
        title: preferred ? `${hit.term} → ${preferred.text} (${status})` : `${hit.term} — ${t("review.noTargetTerm")}`,
      },
    };
  });
}

/** The terms panel of a row: each source term with the concept's terms in the target language. */
export function TermsTool({ seg, sourceLang, lang, t, perms }: { seg: ReviewSegment; sourceLang: Lang; lang: Lang; t: Translate; perms: ReviewPermissions }) {
  return (
    <section class="tool terms-tool">
      <h3>{t("review.terms")}</h3>
      {seg.terms.length ? (
        <ol class="term-list">
          {seg.terms.map((h, i) => (
            <li data-term-index={String(i)}>
              <span lang={sourceLang}>{h.matched}</span>
              {h.termStatus !== "preferred" && h.termStatus !== "admitted" ? <span class={`source-term-status tstatus-${h.termStatus}`}>{` (${t(`termStatus.${h.termStatus}`)})`}</span> : null}
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
  );
}
