import type { Translate } from "../i18n";

/** The strings review-mt.js shows. */
export const MT_CLIENT_KEYS = [
  "mt.noMatches", "mt.loading", "mt.score", "mt.kindContext", "mt.kindExact", "mt.kindFuzzy", "mt.originSegment", "mt.originTmx", "mt.insert",
  "mt.inserted", "mt.machine", "mt.ask", "mt.asking", "mt.notConfigured", "mt.failed", "mt.glossaryGlossary", "mt.glossaryPrompt", "mt.glossaryNone",
  "mt.termMisses", "mt.termMiss", "mt.termsOk", "mt.concordanceNone", "mt.diffFromSegment",
] as const;

/** Shortcuts of the TM/MT panel, for the `?` help. */
export const MT_SHORTCUTS: [string, string][] = [
  ["Alt+I", "mt.keyInsertBest"],
  ["Alt+G", "mt.keyAskMt"],
];

/**
 * The TM/MT panel of a row (shown when the row is active): TM matches with score, origin and the
 * difference from this segment's source; a machine translation on demand; a concordance search.
 * review-mt.js fills it; every item has an Insert button, Alt+I inserts the best.
 */
export function TmMtTool({ t, canEdit }: { t: Translate; canEdit: boolean }) {
  return (
    <section class="tool tm-tool" data-can-edit={canEdit ? "true" : undefined}>
      <h3>{`${t("mt.tmMatches")} (Alt+I)`}</h3>
      <div class="tm-matches" aria-live="polite" />
      <h3>{`${t("mt.machine")} (Alt+G)`}</h3>
      <div class="mt-suggestion" aria-live="polite" />
      <form class="concordance-form" role="search">
        <input type="search" name="q" aria-label={t("mt.concordanceSearch")} placeholder={t("mt.concordanceSearch")} maxlength={500} />
        <button type="submit">{t("mt.concordanceGo")}</button>
      </form>
      <div class="concordance-results" aria-live="polite" />
    </section>
  );
}
