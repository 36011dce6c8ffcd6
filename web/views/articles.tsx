import { LANGUAGES, type Lang } from "../../src/domain/languages";
import type { ArticleSummary } from "../../src/services/articles";
import { ARTICLE_SORTS, type ArticleListQuery } from "../../src/services/article-list";
import { Layout, type PageContext } from "./layout";
import { ProgressBar } from "./progress";
import { SEVERITIES } from "../../src/domain/qa/types";
import { SEVERITY_ICON } from "./review-segment";
import { CellLabel } from "./cell-label";
import { hasAnyRole } from "../../src/domain/workflow";

/** Every article with per-language progress bars and open flags. */
export function ArticlesPage({ ctx, articles, query, total }: { ctx: PageContext; articles: ArticleSummary[]; query: ArticleListQuery; total: number }) {
  const { t, ui } = ctx;
  const date = new Intl.DateTimeFormat(ui, { dateStyle: "medium", timeStyle: "short" });
  const sort = query.sort ?? "updated";
  return (
    <Layout ctx={ctx} title={t("articles.title")}>
      <h1>{t("articles.title")}</h1>
      <form class="filters article-filters" method="get" role="search">
        <label>
          {t("articles.search")}
          <input type="search" name="q" value={query.q ?? ""} />
        </label>
        <label>
          {t("articles.source")}
          <select name="sourceLang">
            <option value="">{t("review.any")}</option>
            {LANGUAGES.map((l) => <option value={l} selected={query.sourceLang === l}>{t(`lang.${l}`)}</option>)}
          </select>
        </label>
        <label>
          {t("articles.sortBy")}
          <select name="sort">
            {ARTICLE_SORTS.map((s) => <option value={s} selected={sort === s}>{t(`articles.sort.${s}`)}</option>)}
          </select>
        </label>
        <button type="submit">{t("review.applyFilters")}</button>
        <span class="muted">{t("articles.shown", { count: articles.length, total })}</span>
      </form>
      {articles.length === 0 ? (
        <p class="empty">
          {t(total === 0 ? "articles.empty" : "review.noMatch")}
          {total === 0 && ctx.user && hasAnyRole(ctx.user, "publisher") ? <> <a href="/articles/new">{t("importPage.title")}</a></> : null}
        </p>
      ) : null}
      <table class="articles">
        <thead>
          <tr>
            <th>{t("articles.title")}</th>
            <th>{t("articles.source")}</th>
            <th>{t("articles.progress")}</th>
            <th>{t("articles.openFlags")}</th>
            <th>{t("articles.updated")}</th>
          </tr>
        </thead>
        <tbody>
          {articles.map((a) => (
            <tr>
              <td>
                <a class="article-title" href={`/articles/${a.id}/${LANGUAGES.find((l) => l !== a.sourceLang)}`}>{a.title}</a>
                <div class="muted">{t("articles.segments", { count: a.segmentCount })}</div>
              </td>
              <td>
                <CellLabel text={t("articles.source")} />
                {t(`lang.${a.sourceLang}`)}
              </td>
              <td>
                <CellLabel text={t("articles.progress")} />
                {LANGUAGES.filter((l) => l !== a.sourceLang).map((lang: Lang) => (
                  <a class="lang-progress" href={`/articles/${a.id}/${lang}`}>
                    <span class="lang-code">{lang.toUpperCase()}</span>
                    {a.progress[lang] ? <ProgressBar progress={a.progress[lang]!} t={t} label={t(`lang.${lang}`)} /> : null}
                  </a>
                ))}
              </td>
              <td>
                <CellLabel text={t("articles.openFlags")} />
                {Object.keys(a.openFlags).length === 0
                  ? t("articles.noFlags")
                  : SEVERITIES.filter((s) => a.openFlags[s]).reverse().map((severity) => <span class={`sev sev-${severity}`}>{`${SEVERITY_ICON[severity]} ${t(`severity.${severity}`)} ${a.openFlags[severity]}`}</span>)}
              </td>
              <td>
                <CellLabel text={t("articles.updated")} />
                <time datetime={a.lastChange}>{date.format(new Date(a.lastChange))}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Layout>
  );
}
