import { LANGUAGES, type Lang } from "../../src/domain/languages";
import { MQM_CATEGORIES, SEVERITIES } from "../../src/domain/qa/types";
import { hasAnyRole, STATUSES } from "../../src/domain/workflow";
import type { ReviewFilters, ReviewPageData } from "../../src/services/review";
import { clientStrings } from "../i18n";
import { Layout, type PageContext } from "./layout";
import { ProgressBar } from "./progress";
import { ReviewDialogs, REVIEW_CLIENT_KEYS } from "./review-dialogs";
import { MT_CLIENT_KEYS } from "./review-mt";
import { SegmentRow, type ReviewPermissions } from "./review-segment";
import { StructureDialogs } from "./segment-structure";

export { VisibleText } from "./marked-text";

/** The review page's scripts, by concern, in the order they build on each other. */
const REVIEW_SCRIPTS = ["review-text.js", "review.js", "review-flags.js", "review-terms.js", "review-guard.js", "review-keys.js", "review-codes.js", "review-structure.js", "review-mt.js"];

/** The query string of the current filters with another page number. */
export function filterQuery(filters: ReviewFilters, page: number): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) if (v !== undefined && v !== false && v !== "") params.set(k, v === true ? "1" : String(v));
  if (page > 1) params.set("page", String(page));
  const s = params.toString();
  return s ? `?${s}` : "?";
}

function FilterBar({ ctx, filters, data }: { ctx: PageContext; filters: ReviewFilters; data: ReviewPageData }) {
  const { t } = ctx;
  const option = (value: string, label: string, current?: string) => <option value={value} selected={current === value}>{label}</option>;
  return (
    <form class="filters" method="get" role="search">
      <label>
        {t("review.filterStatus")}
        <select name="status">
          {option("", t("review.any"))}
          {[...STATUSES, "missing"].map((s) => option(s, t(`status.${s}`), filters.status))}
        </select>
      </label>
      <label>
        {t("review.filterCategory")}
        <select name="category">
          {option("", t("review.any"))}
          {MQM_CATEGORIES.map((c) => option(c, t(`mqm.${c}`), filters.category))}
        </select>
      </label>
      <label>
        {t("review.filterSeverity")}
        <select name="severity">
          {option("", t("review.any"))}
          {SEVERITIES.map((s) => option(s, t(`severity.${s}`), filters.severity))}
        </select>
      </label>
      <label class="check">
        <input type="checkbox" name="needsReview" value="1" checked={filters.needsReview === true} />
        {t("status.needsReview")}
      </label>
      <label class="search">
        {t("review.search")}
        <input type="search" name="q" id="review-search" value={filters.q ?? ""} placeholder={t("review.searchPlaceholder")} />
      </label>
      <button type="submit">{t("review.applyFilters")}</button>
      <a href="?">{t("review.clearFilters")}</a>
      <span class="muted matching">{t("review.matching", { count: data.matching, total: data.total })}</span>
    </form>
  );
}

function Pager({ ctx, filters, data }: { ctx: PageContext; filters: ReviewFilters; data: ReviewPageData }) {
  const { t } = ctx;
  if (data.pageCount <= 1) return null;
  return (
    <nav class="pager" aria-label={t("review.pages")}>
      {data.page > 1 ? <a rel="prev" href={filterQuery(filters, data.page - 1)}>{`← ${t("review.previousPage")}`}</a> : <span />}
      <span>{t("review.pageOf", { page: data.page, count: data.pageCount })}</span>
      {data.page < data.pageCount ? <a rel="next" href={filterQuery(filters, data.page + 1)}>{`${t("review.nextPage")} →`}</a> : <span />}
    </nav>
  );
}

/**
 * The review workspace: segments side by side, grouped by paragraph, with flags, term hits,
 * in-place editing and the keyboard shortcuts of review.js.
 */
export function ReviewPage({ ctx, data, filters, perms }: { ctx: PageContext; data: ReviewPageData; filters: ReviewFilters; perms: ReviewPermissions }) {
  const { t } = ctx;
  const { article, lang } = data;
  const paragraphs: ReviewPageData["segments"][] = [];
  for (const s of data.segments) {
    const last = paragraphs.at(-1);
    if (last && last[0]!.paragraph === s.paragraph) last.push(s);
    else paragraphs.push([s]);
  }
  return (
    <Layout ctx={ctx} title={`${article.title} · ${lang.toUpperCase()}`} styles={["review.css", "review-codes.css", "segment-structure.css", "mt.css"]} scripts={REVIEW_SCRIPTS} clientStrings={clientStrings(t, [...REVIEW_CLIENT_KEYS, ...MT_CLIENT_KEYS])} wide>
      <div class="review-head">
        <a href="/">{`← ${t("review.back")}`}</a>
        <h1>{article.title}</h1>
        <nav class="lang-tabs" aria-label={t("review.pickLanguage")}>
          {LANGUAGES.filter((l) => l !== article.sourceLang).map((l) => (
            <a href={`/articles/${article.id}/${l}`} aria-current={l === lang ? "page" : undefined}>
              {t(`lang.${l}`)}
            </a>
          ))}
        </nav>
        <div class="review-progress">
          <ProgressBar progress={data.progress} t={t} label={t(`lang.${lang}`)} />
          <span class="muted">{t("review.segmentsDone", { done: data.approved, total: data.total })}</span>
          <span id="open-flag-count" class="muted" data-count={String(data.openFlags)}>{`⚑ ${t("review.openFlags", { count: data.openFlags })}`}</span>
          {perms.flag ? <button type="button" id="flag-button" aria-haspopup="dialog">{`⚑ ${t("review.flagSelection")} (Alt+M)`}</button> : null}
          <button type="button" id="help-button" aria-haspopup="dialog">{`${t("review.shortcuts")} (?)`}</button>
          {perms.edit || perms.approve ? <a class="button" id="xliff-download" href={`/api/articles/${article.id}/xliff?lang=${lang}`} title={t("xliff.downloadTitle")} download>{t("xliff.download")}</a> : null}
          <a class="effort-link" href={`/articles/${article.id}/effort?lang=${lang}`}>{t("mt.effortLink")}</a>
          {ctx.user && hasAnyRole(ctx.user, "publisher") ? <a class="effort-link" href={`/articles/${article.id}/pretranslate`}>{t("pretranslate.title")}</a> : null}
        </div>
        <FilterBar ctx={ctx} filters={filters} data={data} />
      </div>
      <div
        class="review"
        data-article={String(article.id)}
        data-lang={lang}
        data-source-lang={article.sourceLang}
        data-page={String(data.page)}
        data-page-count={String(data.pageCount)}
        data-next-page={data.page < data.pageCount ? filterQuery(filters, data.page + 1) : undefined}
        data-prev-page={data.page > 1 ? filterQuery(filters, data.page - 1) : undefined}
        data-can-edit={perms.edit ? "true" : undefined}
        data-can-approve={perms.approve ? "true" : undefined}
        data-can-flag={perms.flag ? "true" : undefined}
        data-save-status={perms.saveStatus}
      >
        <div class="review-cols" aria-hidden="true">
          <span />
          <span>{`${t("review.source")} · ${t(`lang.${article.sourceLang}`)}`}</span>
          <span>{`${t("review.target")} · ${t(`lang.${lang}`)}`}</span>
          <span>{t("review.status")}</span>
        </div>
        {data.segments.length === 0 ? <p class="empty">{t("review.noMatch")}</p> : null}
        {paragraphs.map((segs) => (
          <section class={`para kind-${segs[0]!.kind}`}>
            {segs.map((s) => <SegmentRow seg={s} sourceLang={article.sourceLang as Lang} lang={lang} t={t} perms={perms} />)}
          </section>
        ))}
      </div>
      <Pager ctx={ctx} filters={filters} data={data} />
      <ReviewDialogs ctx={ctx} perms={perms} />
      <StructureDialogs ctx={ctx} restructure={perms.restructure} />
    </Layout>
  );
}
