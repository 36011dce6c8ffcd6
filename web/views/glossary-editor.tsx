import { LANGUAGES } from "../../src/domain/languages";
import { TERM_STATUSES, TERM_TYPES } from "../../src/domain/terms/types";
import type { ConceptFormValues, FieldErrors } from "../../src/routes/glossary-form";
import { Layout, type PageContext } from "./layout";

type TermValues = ConceptFormValues["languages"][string]["terms"][number];
const EMPTY_TERM: TermValues = { text: "", status: "admitted" };

function FieldError({ errors, name }: { errors: FieldErrors; name: string }) {
  return errors[name] ? <span class="field-error" role="alert">{errors[name]}</span> : null;
}

function TermRow({ lang, row, term, errors, t }: { lang: string; row: number | string; term: TermValues; errors: FieldErrors; t: PageContext["t"] }) {
  const n = (f: string) => `lang.${lang}.terms.${row}.${f}`;
  const input = (f: "partOfSpeech" | "gender" | "usageNote" | "context" | "note", wide = false) => (
    <label class={wide ? "wide" : undefined}>
      {t(`glossaryPage.field.${f}`)}
      <input name={n(f)} value={(term[f] as string | undefined) ?? ""} aria-invalid={errors[n(f)] ? "true" : undefined} />
      <FieldError errors={errors} name={n(f)} />
    </label>
  );
  return (
    <fieldset class="term-row" data-row={String(row)}>
      {term.id ? <input type="hidden" name={n("id")} value={String(term.id)} /> : null}
      <label class="term-text-field">
        {t("glossaryPage.field.text")}
        <input name={n("text")} value={term.text} lang={lang} aria-invalid={errors[n("text")] ? "true" : undefined} />
        <FieldError errors={errors} name={n("text")} />
      </label>
      <label>
        {t("glossaryPage.status")}
        <select name={n("status")}>
          {TERM_STATUSES.map((s) => <option value={s} selected={(term.status ?? "admitted") === s}>{t(`termStatus.${s}`)}</option>)}
        </select>
      </label>
      <label>
        {t("glossaryPage.field.type")}
        <select name={n("type")}>
          <option value="">—</option>
          {TERM_TYPES.map((x) => <option value={x} selected={term.type === x}>{t(`glossaryPage.type.${x}`)}</option>)}
        </select>
      </label>
      {input("partOfSpeech")}
      {input("gender")}
      <label class="check">
        <input type="checkbox" name={n("caseSensitive")} value="1" checked={term.caseSensitive === true} />
        {t("glossaryPage.field.caseSensitive")}
      </label>
      {input("usageNote", true)}
      {input("context", true)}
      {input("note", true)}
      <label class="check remove">
        <input type="checkbox" name={n("remove")} value="1" />
        {t("glossaryPage.removeTerm")}
      </label>
    </fieldset>
  );
}

/** Create or edit one concept: its fields and a section per language with repeatable terms. */
export function ConceptEditorPage({ ctx, conceptId, values, errors, stale }: { ctx: PageContext; conceptId?: number; values: ConceptFormValues; errors: FieldErrors; stale?: boolean }) {
  const { t } = ctx;
  const title = conceptId ? t("glossaryPage.editConcept", { id: values.externalId ?? `#${conceptId}` }) : t("glossaryPage.newConcept");
  const errorCount = Object.keys(errors).length;
  const field = (name: "externalId" | "subjectField" | "source" | "note", multiline = false) => (
    <label>
      {t(`glossaryPage.field.${name}`)}
      {multiline || name === "source" ? <textarea name={name} rows={2}>{values[name] ?? ""}</textarea> : <input name={name} value={values[name] ?? ""} aria-invalid={errors[name] ? "true" : undefined} />}
      <FieldError errors={errors} name={name} />
    </label>
  );
  return (
    <Layout ctx={ctx} title={title} styles={["account.css", "glossary.css"]} scripts={["glossary.js"]}>
      <p>
        <a href="/glossary">{`← ${t("glossaryPage.back")}`}</a>
      </p>
      <h1>{title}</h1>
      {stale ? (
        <div class="error" role="alert">
          {t("glossaryPage.stale")} <a href={`/glossary/${conceptId}/edit`}>{t("glossaryPage.reload")}</a>
        </div>
      ) : null}
      {errorCount && !stale ? <div class="error" role="alert" id="editor-errors">{errors[""] ?? t("glossaryPage.fixErrors", { count: errorCount })}</div> : null}
      <form id="concept-editor" class="form concept-form" method="post" action={conceptId ? `/glossary/${conceptId}` : "/glossary/new"}>
        <input type="hidden" name="_csrf" value={ctx.user?.csrfToken ?? ""} />
        {values.expectedModifiedAt ? <input type="hidden" name="expectedModifiedAt" value={values.expectedModifiedAt} /> : null}
        <div class="concept-fields">
          {field("externalId")}
          {field("subjectField")}
          {field("source")}
          {field("note", true)}
        </div>
        {LANGUAGES.map((lang) => {
          const section = values.languages[lang] ?? { terms: [] };
          const terms = [...section.terms, EMPTY_TERM];
          return (
            <section class="lang-section" lang={lang} data-lang={lang}>
              <h2>{t(`lang.${lang}`)}</h2>
              <FieldError errors={errors} name={`lang.${lang}.terms`} />
              <div class="section-fields">
                <label>
                  {t("glossaryPage.field.definition")}
                  <textarea name={`lang.${lang}.definition`} rows={2}>{section.definition ?? ""}</textarea>
                </label>
                <label>
                  {t("glossaryPage.field.note")}
                  <textarea name={`lang.${lang}.note`} rows={2}>{section.note ?? ""}</textarea>
                </label>
              </div>
              <div class="term-rows">{terms.map((term, i) => <TermRow lang={lang} row={i} term={term} errors={errors} t={t} />)}</div>
              <template class="term-template">
                <TermRow lang={lang} row="__ROW__" term={EMPTY_TERM} errors={{}} t={t} />
              </template>
              <button type="button" class="add-term">{`+ ${t("glossaryPage.addTerm")}`}</button>
            </section>
          );
        })}
        <div class="editor-actions">
          <button type="submit" id="concept-save" class="primary">{`${t("glossaryPage.save")} (Ctrl+Enter)`}</button>
          <a href="/glossary">{t("review.cancel")}</a>
        </div>
      </form>
      {conceptId ? (
        <form method="post" action={`/glossary/${conceptId}/delete`} class="delete-form" data-confirm={t("glossaryPage.confirmDelete")}>
          <input type="hidden" name="_csrf" value={ctx.user?.csrfToken ?? ""} />
          <button type="submit" class="danger">{t("glossaryPage.delete")}</button>
        </form>
      ) : null}
    </Layout>
  );
}
