import type { ConceptOutcome } from "../../src/services/glossary";
import type { ImportReportData } from "../../src/routes/glossary-import-pages";
import type { PageContext } from "./layout";

/** Outcomes listed on the page; the API and CLI give them all. */
const SHOWN = 200;
const ACTIONS = ["create", "update", "merge", "skip"] as const;
const LANG_OPTIONS = ["fr", "en", "zh", "hu", "de", "es", "it", "pt", "ja", "ko", "ru", "ar"];

function Problems({ items, t }: { items: { line?: number; message: string }[]; t: PageContext["t"] }) {
  if (items.length === 0) return null;
  return (
    <ul class="import-problems">
      {items.slice(0, 50).map((p) => <li>{p.line ? `${t("glossaryPage.line", { line: p.line })}: ${p.message}` : p.message}</li>)}
      {items.length > 50 ? <li>{t("termbase.import.more", { count: items.length - 50 })}</li> : null}
    </ul>
  );
}

function Outcomes({ outcomes, t }: { outcomes: ConceptOutcome[]; t: PageContext["t"] }) {
  const shown = outcomes.filter((o) => o.action !== "create" || o.code !== "new").slice(0, SHOWN);
  if (shown.length === 0) return null;
  return (
    <div class="table-scroll">
      <table class="import-outcomes">
        <thead>
          <tr>
            <th>{t("termbase.import.entry")}</th>
            <th>{t("termbase.import.term")}</th>
            <th>{t("termbase.import.action")}</th>
            <th>{t("termbase.import.reason")}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((o) => (
            <tr class={`outcome-${o.action}`}>
              <td>{o.externalId ? `${o.entry} (${o.externalId})` : String(o.entry)}</td>
              <td>{o.label}</td>
              <td>{t(`termbase.import.actions.${o.action}`)}</td>
              <td>{t(`termbase.import.codes.${o.code}`, { ...o.params })}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {outcomes.length > shown.length && shown.length === SHOWN ? <p class="muted">{t("termbase.import.more", { count: outcomes.length - SHOWN })}</p> : null}
    </div>
  );
}

/** The preview of an import waiting for confirmation, the result of one, or why it was refused. */
export function ImportReport({ report, csrf, t }: { report: ImportReportData; csrf: string; t: PageContext["t"] }) {
  if (report.importError) {
    return (
      <div class="error" role="alert" id="import-report">
        <p>{`${t("glossaryPage.importFailed")}: ${report.importError === "no file" ? t("termbase.import.noFile") : report.importError}`}</p>
        <Problems items={report.importErrors ?? []} t={t} />
      </div>
    );
  }
  const result = report.importResult;
  if (!result) return null;
  const counts = Object.fromEntries(ACTIONS.map((a) => [a, result.concepts.filter((o) => o.action === a).length]));
  return (
    <section class={result.dryRun ? "notice import-preview" : "notice"} role="status" id="import-report" aria-labelledby="import-report-title">
      <h2 id="import-report-title">{result.dryRun ? t("termbase.import.previewTitle") : t("termbase.import.doneTitle")}</h2>
      <p>{t("termbase.import.origin", { origin: result.origin })}</p>
      <p class="import-counts">{t(result.dryRun ? "termbase.import.wouldDo" : "termbase.import.done", { created: counts.create, updated: counts.update, merged: counts.merge, skipped: counts.skip })}</p>
      <Outcomes outcomes={result.concepts} t={t} />
      {result.errors.length ? <h3>{t("termbase.import.refused", { count: result.errors.length })}</h3> : null}
      <Problems items={result.errors} t={t} />
      <Problems items={result.warnings} t={t} />
      {result.dryRun && report.previewToken ? (
        <form method="post" action="/glossary/import/confirm" class="import-confirm">
          <input type="hidden" name="_csrf" value={csrf} />
          <input type="hidden" name="token" value={report.previewToken} />
          <button type="submit" class="primary" id="import-confirm">{t("termbase.import.confirm")}</button>
          <a href="/glossary">{t("review.cancel")}</a>
        </form>
      ) : null}
    </section>
  );
}

/** The upload form: the file, the origin its ids belong to, the match rules, languages of headerless glossaries. */
export function ImportForm({ csrf, t }: { csrf: string; t: PageContext["t"] }) {
  const langSelect = (name: string, label: string) => (
    <label>
      {label}
      <select name={name}>
        <option value="">—</option>
        {LANG_OPTIONS.map((l) => <option value={l}>{l}</option>)}
      </select>
    </label>
  );
  return (
    <form class="import-form" method="post" action="/glossary/import" enctype="multipart/form-data">
      <input type="hidden" name="_csrf" value={csrf} />
      <label>
        {t("glossaryPage.importLabel")}
        <input type="file" name="file" id="glossary-import-file" accept=".tbx,.xml,.csv,.tsv,.tab,.txt,text/csv,text/tab-separated-values,text/plain,application/xml" required />
      </label>
      <label>
        {t("termbase.import.originLabel")}
        <input name="origin" id="glossary-import-origin" placeholder={t("termbase.import.originHint")} maxlength={200} />
      </label>
      <label class="check">
        <input type="checkbox" name="matchTerm" value="1" />
        {t("termbase.import.matchTerm")}
      </label>
      <fieldset class="import-langs">
        <legend>{t("termbase.import.headerless")}</legend>
        {langSelect("sourceLang", t("termbase.import.sourceLang"))}
        {langSelect("targetLang", t("termbase.import.targetLang"))}
      </fieldset>
      <button type="submit" id="glossary-import-preview">{t("termbase.import.preview")}</button>
    </form>
  );
}
