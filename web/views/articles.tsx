import { LANGUAGES, type Lang } from "../../src/domain/languages";
import type { ArticleSummary } from "../../src/services/articles";
import { Layout, type PageContext } from "./layout";
import { ProgressBar } from "./progress";

/** Every article with per-language progress bars and open flags. */
export function ArticlesPage({ ctx, articles }: { ctx: PageContext; articles: ArticleSummary[] }) {
  const { t, ui } = ctx;
  const date = new Intl.DateTimeFormat(ui, { dateStyle: "medium", timeStyle: "short" });
  return (
    <Layout ctx={ctx} title={t("articles.title")}>
      <h1>{t("articles.title")}</h1>
      {articles.length === 0 ? <p class="empty">{t("articles.empty")}</p> : null}
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
                <strong>{a.title}</strong>
                <div class="muted">{t("articles.segments", { count: a.segmentCount })}</div>
              </td>
              <td>{t(`lang.${a.sourceLang}`)}</td>
              <td>
                {LANGUAGES.filter((l) => l !== a.sourceLang).map((lang: Lang) => (
                  <a class="lang-progress" href={`/articles/${a.id}/${lang}`}>
                    <span class="lang-code">{lang.toUpperCase()}</span>
                    {a.progress[lang] ? <ProgressBar progress={a.progress[lang]!} t={t} label={t(`lang.${lang}`)} /> : null}
                  </a>
                ))}
              </td>
              <td>
                {Object.keys(a.openFlags).length === 0
                  ? t("articles.noFlags")
                  : Object.entries(a.openFlags).map(([severity, n]) => <span class={`sev sev-${severity}`}>{`${t(`severity.${severity}`)} ${n}`}</span>)}
              </td>
              <td>{date.format(new Date(a.updatedAt))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Layout>
  );
}
