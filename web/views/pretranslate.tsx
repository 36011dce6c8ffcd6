import { LANGUAGES, type Lang } from "../../src/domain/languages";
import { MIN_THRESHOLD } from "../../src/domain/tm/score";
import type { ProviderInfo } from "../../src/mt/registry";
import { clientStrings } from "../i18n";
import { Layout, type PageContext } from "./layout";

/** The strings pretranslate.js shows. */
export const PRETRANSLATE_CLIENT_KEYS = [
  "pretranslate.running", "pretranslate.done", "pretranslate.failed", "pretranslate.result", "pretranslate.mtError", "pretranslate.termMisses",
  "pretranslate.chooseLang", "pretranslate.open", "lang.fr", "lang.en", "lang.zh", "lang.hu",
] as const;

export type PretranslateFormProps = { ctx: PageContext; articleId: number; sourceLang: Lang; langs: readonly Lang[]; threshold: number; providers: ProviderInfo[] };

/**
 * The pre-translate action: languages, fuzzy threshold and provider (or TM only), a progress
 * bar while the job runs (pretranslate.js polls the job API) and the result per language.
 * Works without script as far as the form goes; the job needs the script to be followed.
 */
export function PretranslateForm({ ctx, articleId, sourceLang, langs, threshold, providers }: PretranslateFormProps) {
  const { t } = ctx;
  const fallback = providers.find((p) => p.isDefault);
  return (
    <section class="card pretranslate" aria-labelledby="pretranslate-title">
      <h2 id="pretranslate-title">{t("pretranslate.title")}</h2>
      <p class="muted">{t("pretranslate.intro")}</p>
      <form class="pretranslate-form" data-article={String(articleId)}>
        <fieldset>
          <legend>{t("pretranslate.langs")}</legend>
          {LANGUAGES.filter((l) => l !== sourceLang).map((l) => (
            <label class="check">
              <input type="checkbox" name="langs" value={l} disabled={!langs.includes(l)} />
              {t(`lang.${l}`)}
            </label>
          ))}
        </fieldset>
        <label>
          {t("pretranslate.threshold")}
          <input type="number" name="threshold" min={MIN_THRESHOLD} max={100} step={1} value={String(threshold)} required />
        </label>
        <label>
          {t("pretranslate.provider")}
          <select name="provider">
            {providers.map((p) => <option value={p.name} selected={p === fallback}>{p.label}</option>)}
            <option value="none" selected={!fallback}>{t("pretranslate.tmOnly")}</option>
          </select>
        </label>
        {providers.length === 0 ? <p class="tm-notice">{t("pretranslate.noProvider")}</p> : null}
        <button type="submit" class="primary">{t("pretranslate.start")}</button>
      </form>
      <div class="pretranslate-progress" hidden>
        <progress max={1} value={0} aria-labelledby="pretranslate-status" />
        <p id="pretranslate-status" role="status" />
      </div>
      <ul class="pretranslate-result" aria-live="polite" />
    </section>
  );
}

/** A page of its own for the action (the publisher's article page embeds the same form). */
export function PretranslatePage({ title, ...props }: PretranslateFormProps & { title: string }) {
  const { t } = props.ctx;
  return (
    <Layout ctx={props.ctx} title={t("pretranslate.pageTitle", { title })} styles={["mt.css"]} scripts={["pretranslate.js"]} clientStrings={clientStrings(t, PRETRANSLATE_CLIENT_KEYS)}>
      <p>
        <a href="/">{`← ${t("review.back")}`}</a>
      </p>
      <h1>{t("pretranslate.pageTitle", { title })}</h1>
      <PretranslateForm {...props} />
    </Layout>
  );
}
