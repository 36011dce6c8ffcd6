import { LANGUAGES, type Lang } from "../../src/domain/languages";
import { ARTICLE_FORMAT_FILES, ARTICLE_FORMATS } from "../../src/formats/article-import";
import type { ArticlePlan } from "../../src/services/articles";
import { Layout, type PageContext } from "./layout";
import { VisibleText } from "./marked-text";

/** What the form holds: as typed, or as the server read it (an uploaded file's text goes into `text`). */
export type ImportFormValues = { title: string; sourceLang?: Lang; format: string; text: string };
export type ImportPageProps = {
  ctx: PageContext;
  values: ImportFormValues;
  /** the segments the import would create, shown before anything is stored */
  plan?: ArticlePlan;
  /** ties the Create button to the previewed text (see routes/import-pages) */
  fingerprint?: string;
  error?: string;
  /** the text changed between the preview and Create: the new preview is shown instead */
  changed?: boolean;
};

const ACCEPT = Object.values(ARTICLE_FORMAT_FILES).flat().join(",");

function PlanPreview({ ctx, plan }: { ctx: PageContext; plan: ArticlePlan }) {
  const { t } = ctx;
  const paragraphs = new Set(plan.segments.map((s) => s.paragraph)).size;
  return (
    <section class="import-preview" aria-labelledby="preview-title">
      <h2 id="preview-title">{t("importPage.previewTitle", { count: plan.segments.length, paragraphs })}</h2>
      <table class="preview-segments">
        <thead>
          <tr>
            <th>#</th>
            <th>{t("importPage.kind")}</th>
            <th>{t("review.source")}</th>
          </tr>
        </thead>
        <tbody>
          {plan.segments.map((s, i) => (
            <tr class={`kind-${s.kind}${i > 0 && plan.segments[i - 1]!.paragraph !== s.paragraph ? " new-paragraph" : ""}`}>
              <td class="muted">{String(s.position + 1)}</td>
              <td>{t(`kind.${s.kind}`)}</td>
              <td lang={plan.sourceLang}>
                <VisibleText text={s.source} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/**
 * Importing an article (publishers): paste or upload, choose the source language and format,
 * preview the segments, then create. Works without scripts: each step is a form post.
 */
export function ImportPage({ ctx, values, plan, fingerprint, error, changed }: ImportPageProps) {
  const { t } = ctx;
  const sourceLang = values.sourceLang ?? ctx.user?.languages[0] ?? "fr";
  return (
    <Layout ctx={ctx} title={t("importPage.title")} styles={["account.css", "import.css"]}>
      <h1>{t("importPage.title")}</h1>
      <form id="import-form" class="card form import-form" method="post" action="/articles/new" enctype="multipart/form-data">
        <input type="hidden" name="_csrf" value={ctx.user?.csrfToken ?? ""} />
        {error ? <p class="error" role="alert" id="import-error">{error}</p> : null}
        {changed ? <p class="notice" role="status">{t("importPage.changed")}</p> : null}
        <label>
          {t("importPage.paste")}
          <textarea name="text" id="import-text" rows={10} spellcheck={false}>{values.text}</textarea>
        </label>
        <label>
          {t("importPage.file", { formats: ACCEPT.replaceAll(",", " ") })}
          <input type="file" name="file" id="import-file" accept={ACCEPT} />
        </label>
        <div class="import-options">
          <label>
            {t("importPage.sourceLang")}
            <select name="sourceLang" id="import-lang" required>
              {LANGUAGES.map((l) => <option value={l} selected={l === sourceLang}>{t(`lang.${l}`)}</option>)}
            </select>
          </label>
          <label>
            {t("importPage.format")}
            <select name="format" id="import-format">
              <option value="auto" selected={values.format === "auto"}>{t("importPage.formatAuto")}</option>
              {ARTICLE_FORMATS.map((f) => <option value={f} selected={values.format === f}>{t(`importPage.formats.${f}`, { defaultValue: f })}</option>)}
            </select>
          </label>
          <label>
            {t("importPage.titleField")}
            <input name="title" id="import-title" value={values.title} maxlength={500} placeholder={t("importPage.titleHint")} />
          </label>
        </div>
        {fingerprint ? <input type="hidden" name="previewed" value={fingerprint} /> : null}
        <div class="import-actions">
          <button type="submit" name="intent" value="preview" class={plan ? undefined : "primary"} id="import-preview">{t("importPage.preview")}</button>
          {plan ? <button type="submit" name="intent" value="create" class="primary" id="import-create">{t("importPage.create", { title: plan.title })}</button> : null}
        </div>
      </form>
      {plan ? <PlanPreview ctx={ctx} plan={plan} /> : null}
    </Layout>
  );
}
