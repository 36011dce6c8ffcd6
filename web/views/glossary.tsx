import { LANGUAGES } from "../../src/domain/languages";
import { TERM_STATUSES } from "../../src/domain/terms/types";
import type { ConceptView } from "../../src/services/glossary";
import type { ImportReportData } from "../../src/routes/glossary-import-pages";
import { ImportForm, ImportReport } from "./glossary-import";
import { CellLabel } from "./cell-label";
import { Layout, type PageContext } from "./layout";

export type GlossaryQuery = { q?: string; lang?: string; status?: string; subject?: string; page: number };
export type GlossaryListData = { concepts: ConceptView[]; total: number; pageSize: number; subjectFields: string[] };

const STATUS_ICON: Record<string, string> = { preferred: "★", admitted: "✓", deprecated: "↓", superseded: "↺", forbidden: "⊘" };

export function TermBadge({ status, t }: { status: string; t: PageContext["t"] }) {
  return <span class={`tstatus tstatus-${status}`}>{`${STATUS_ICON[status] ?? ""} ${t(`termStatus.${status}`)}`}</span>;
}

function pageLink(query: GlossaryQuery, page: number): string {
  const params = new URLSearchParams();
  for (const key of ["q", "lang", "status", "subject"] as const) if (query[key]) params.set(key, query[key]!);
  if (page > 1) params.set("page", String(page));
  return `/glossary?${params}`;
}

/** The termbase for everyone; terminologists also get create, edit, import. */
export function GlossaryPage({ ctx, query, data, canEdit, report }: { ctx: PageContext; query: GlossaryQuery; data: GlossaryListData; canEdit: boolean; report: ImportReportData }) {
  const { t } = ctx;
  const pages = Math.max(1, Math.ceil(data.total / data.pageSize));
  const csrf = ctx.user?.csrfToken ?? "";
  return (
    <Layout ctx={ctx} title={t("glossaryPage.title")} styles={["account.css", "glossary.css"]} scripts={["glossary.js"]}>
      <div class="glossary-head">
        <h1>{t("glossaryPage.title")}</h1>
        {canEdit ? <a class="button primary" href="/glossary/new" id="new-concept">{`+ ${t("glossaryPage.newConcept")}`}</a> : null}
        <a class="button" href="/api/glossary/export?format=tbx" download>{t("glossaryPage.exportTbx")}</a>
        <a class="button" href="/api/glossary/export?format=tbx2" download>{t("termbase.exportTbx2")}</a>
        <a class="button" href="/api/glossary/export?format=csv" download>{t("glossaryPage.exportCsv")}</a>
        <a class="button" href="/api/glossary/export?format=xlsx" download>{t("termbase.exportXlsx")}</a>
      </div>
      <ImportReport report={report} csrf={csrf} t={t} />
      <form class="filters" method="get" action="/glossary" role="search">
        <label>
          {t("glossaryPage.search")}
          <input type="search" name="q" id="glossary-search" value={query.q ?? ""} placeholder={t("glossaryPage.searchHint")} />
        </label>
        <label>
          {t("glossaryPage.language")}
          <select name="lang">
            <option value="">{t("review.any")}</option>
            {LANGUAGES.map((l) => <option value={l} selected={query.lang === l}>{t(`lang.${l}`)}</option>)}
          </select>
        </label>
        <label>
          {t("glossaryPage.status")}
          <select name="status">
            <option value="">{t("review.any")}</option>
            {TERM_STATUSES.map((s) => <option value={s} selected={query.status === s}>{t(`termStatus.${s}`)}</option>)}
          </select>
        </label>
        <label>
          {t("glossaryPage.subject")}
          <select name="subject">
            <option value="">{t("review.any")}</option>
            {data.subjectFields.map((s) => <option value={s} selected={query.subject === s}>{s}</option>)}
          </select>
        </label>
        <button type="submit">{t("review.applyFilters")}</button>
        <a href="/glossary">{t("review.clearFilters")}</a>
        <span class="muted">{t("glossaryPage.count", { count: data.total })}</span>
      </form>
      {canEdit ? <ImportForm csrf={csrf} t={t} /> : null}
      {data.concepts.length === 0 ? <p class="empty">{t("glossaryPage.empty")}</p> : null}
      <table class="concepts">
        <thead>
          <tr>
            <th>{t("glossaryPage.subject")}</th>
            {LANGUAGES.map((l) => <th>{t(`lang.${l}`)}</th>)}
          </tr>
        </thead>
        <tbody>
          {data.concepts.map((c) => (
            <tr id={`concept-${c.id}`}>
              <td>
                {canEdit ? <a href={`/glossary/${c.id}/edit`} class="edit-link">{c.externalId ?? `#${c.id}`}</a> : <span>{c.externalId ?? `#${c.id}`}</span>}
                <div class="muted">{c.subjectField ?? ""}</div>
              </td>
              {LANGUAGES.map((l) => (
                <td lang={l}>
                  <CellLabel text={t(`lang.${l}`)} lang={ctx.ui} />
                  {(c.languages[l]?.terms ?? []).map((term) => (
                    <div class="term-line">
                      <span class={`term-text tstatus-${term.status}`}>{term.text}</span> <TermBadge status={term.status} t={t} />
                    </div>
                  ))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {pages > 1 ? (
        <nav class="pager" aria-label={t("review.pages")}>
          {query.page > 1 ? <a rel="prev" href={pageLink(query, query.page - 1)}>{`← ${t("review.previousPage")}`}</a> : <span />}
          <span>{t("review.pageOf", { page: query.page, count: pages })}</span>
          {query.page < pages ? <a rel="next" href={pageLink(query, query.page + 1)}>{`${t("review.nextPage")} →`}</a> : <span />}
        </nav>
      ) : null}
    </Layout>
  );
}
