import type { Lang } from "../../src/domain/languages";
import type { ArticleEffort, EffortGroup } from "../../src/services/mt/effort";
import { Layout, type PageContext } from "./layout";

const percent = (rate: number, ui: Lang) => new Intl.NumberFormat(ui, { style: "percent", maximumFractionDigits: 1 }).format(rate);
function duration(ms: number, ui: Lang): string {
  const minutes = ms / 60_000;
  const unit = minutes >= 1 ? "minute" : "second";
  return new Intl.NumberFormat(ui, { style: "unit", unit, unitDisplay: "short", maximumFractionDigits: 1 }).format(minutes >= 1 ? minutes : ms / 1000);
}

/**
 * Edit rate per language and provider as horizontal bars (SVG sized by attributes: the CSP allows
 * no `style=`), with the figure in text beside each bar so colour and length are not the only signal.
 */
function EffortChart({ groups, ctx }: { groups: EffortGroup[]; ctx: PageContext }) {
  const { t, ui } = ctx;
  const max = Math.max(0.01, ...groups.map((g) => Math.min(g.editRate, 1)));
  return (
    <figure class="effort-chart">
      <figcaption>{t("effort.chart")}</figcaption>
      <ul>
        {groups.map((g) => (
          <li>
            <span class="effort-label">{`${t(`lang.${g.lang}`)} · ${g.provider}`}</span>
            <svg class="effort-bar" viewBox="0 0 100 1" preserveAspectRatio="none" aria-hidden="true" focusable="false">
              <rect class="effort-track" x="0" y="0" width="100" height="1" />
              <rect class="effort-fill" x="0" y="0" width={String((Math.min(g.editRate, 1) / max) * 100)} height="1" />
            </svg>
            <span class="effort-value">{percent(g.editRate, ui)}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}

/** The post-editing effort report of one article: chart, totals per language and provider, segments. */
export function EffortPage({ ctx, effort, backLang }: { ctx: PageContext; effort: ArticleEffort; backLang: Lang }) {
  const { t, ui } = ctx;
  return (
    <Layout ctx={ctx} title={`${t("effort.title")} · ${effort.title}`} styles={["mt.css"]}>
      <p>
        <a href={`/articles/${effort.articleId}/${backLang}`}>{`← ${t("effort.back")}`}</a>
      </p>
      <h1>{`${t("effort.title")}: ${effort.title}`}</h1>
      <p class="muted">{t("effort.intro")}</p>
      {effort.segments.length === 0 ? (
        <p class="empty">{t("effort.none")}</p>
      ) : (
        <>
          <EffortChart groups={effort.groups} ctx={ctx} />
          <h2>{t("effort.byProvider")}</h2>
          <div class="table-wrap">
            <table class="effort-table">
              <thead>
                <tr>
                  <th scope="col">{t("effort.lang")}</th>
                  <th scope="col">{t("effort.provider")}</th>
                  <th scope="col">{t("effort.segments")}</th>
                  <th scope="col">{t("effort.untouched")}</th>
                  <th scope="col">{t("effort.editRate")}</th>
                  <th scope="col">{t("effort.time")}</th>
                </tr>
              </thead>
              <tbody>
                {effort.groups.map((g) => (
                  <tr>
                    <td>{t(`lang.${g.lang}`)}</td>
                    <td>{g.provider}</td>
                    <td class="num">{String(g.segments)}</td>
                    <td class="num">{String(g.untouched)}</td>
                    <td class="num">{percent(g.editRate, ui)}</td>
                    <td class="num">{g.timedSegments ? `${duration(g.timeSpentMs, ui)} ${t("effort.timed", { count: g.timedSegments })}` : t("effort.noTime")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h2>{t("effort.perSegment")}</h2>
          <div class="table-wrap">
            <table class="effort-table">
              <thead>
                <tr>
                  <th scope="col">{t("effort.segment")}</th>
                  <th scope="col">{t("effort.lang")}</th>
                  <th scope="col">{t("effort.provider")}</th>
                  <th scope="col">{t("effort.status")}</th>
                  <th scope="col">{t("effort.edits")}</th>
                  <th scope="col">{t("effort.editRate")}</th>
                  <th scope="col">{t("effort.time")}</th>
                </tr>
              </thead>
              <tbody>
                {effort.segments.map((s) => (
                  <tr>
                    <td>
                      <a href={`/articles/${effort.articleId}/${s.lang}#seg-${s.segmentId}`}>{String(s.position + 1)}</a>
                    </td>
                    <td>{t(`lang.${s.lang}`)}</td>
                    <td>{s.provider}</td>
                    <td>{t(`status.${s.status}`)}</td>
                    <td class="num">{String(s.edits)}</td>
                    <td class="num">{percent(s.editRate, ui)}</td>
                    <td class="num">{s.timeSpentMs === null ? t("effort.noTime") : duration(s.timeSpentMs, ui)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </Layout>
  );
}
