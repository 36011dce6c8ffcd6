import { PRETRANSLATE_CLIENT_KEYS, PretranslateForm, type PretranslateFormProps } from "./pretranslate";
import { clientStrings } from "../i18n";
import type { Lang } from "../../src/domain/languages";
import type { ContentDiff } from "../../src/domain/publishing/diff";
import type { LanguageReadiness, Preview, PublicationSummary } from "../../src/services/publications";
import { Layout, type PageContext } from "./layout";
import { PreviewText } from "./publisher-diff";
import { PreviewChanges, PublicationDiff, PublicationList, PublishPanel } from "./publisher-publications";
import { BlockerList, OverriddenList, ReadinessBadge, ReadinessTable } from "./publisher-readiness";

export type PublisherNotice = { published?: number; approved?: number; error?: { code: string; detail: string } };
export type PublisherPageData = {
  article: { id: number; title: string; sourceLang: Lang };
  languages: LanguageReadiness[];
  lang: Lang;
  preview: Preview;
  publications: PublicationSummary[];
  diffView: { from: PublicationSummary | null; to: PublicationSummary; diff: ContentDiff } | null;
  /** publisher or admin assigned to `lang` */
  mayPublish: boolean;
  notice: PublisherNotice;
  /** the pre-translate action (publishers): languages they may fill, threshold, MT providers */
  pretranslate: Omit<PretranslateFormProps, "ctx" | "articleId" | "sourceLang">;
};

function Notice({ notice, ctx }: { notice: PublisherNotice; ctx: PageContext }) {
  const { t } = ctx;
  if (notice.error) {
    const known = ["NOT_APPROVED", "BLOCKING_FLAGS", "STALE_VERSION", "SOURCE_CHANGED", "FORM", "FORBIDDEN"].includes(notice.error.code);
    return (
      <p class="error" role="alert" title={notice.error.detail}>
        {known ? t(`publishing.error.${notice.error.code}`) : t("publishing.error.other", { detail: notice.error.detail })}
      </p>
    );
  }
  if (notice.published) return <p class="ok" role="status">{`✓ ${t("publishing.published", { version: notice.published })}`}</p>;
  if (notice.approved) return <p class="ok" role="status">{`✓ ${t("publishing.approved", { n: notice.approved })}`}</p>;
  return null;
}

/**
 * The publisher's page of one article: readiness of every target language, and for the chosen
 * one what blocks it, the changes since the latest publication, the Publish form, a preview of
 * the text, and the publications with their downloads and diffs.
 */
export function PublisherPage({ ctx, data }: { ctx: PageContext; data: PublisherPageData }) {
  const { t, ui } = ctx;
  const { article, lang, preview } = data;
  const date = new Intl.DateTimeFormat(ui, { dateStyle: "medium", timeStyle: "short" });
  const csrf = ctx.user?.csrfToken ?? "";
  const current = data.languages.find((l) => l.lang === lang)!;
  const base = `/articles/${article.id}/publish`;
  return (
    <Layout ctx={ctx} title={t("publishing.pageTitle", { title: article.title })} styles={["publisher.css", "mt.css"]} scripts={["publisher.js", "pretranslate.js"]} clientStrings={clientStrings(t, PRETRANSLATE_CLIENT_KEYS)}>
      <div class="pub-head">
        <a href="/">{`← ${t("publishing.back")}`}</a>
        <h1>
          <span class="muted">{`${t("publishing.heading")} · `}</span>
          <span lang={article.sourceLang}>{article.title}</span>
        </h1>
        <nav class="lang-tabs" aria-label={t("publishing.languages")}>
          {data.languages.map((l) => (
            <a href={`${base}?lang=${l.lang}`} aria-current={l.lang === lang ? "page" : undefined}>{t(`lang.${l.lang}`)}</a>
          ))}
        </nav>
        <p class="muted shortcuts">{t("publishing.shortcuts")}</p>
      </div>
      <Notice notice={data.notice} ctx={ctx} />
      <ReadinessTable articleId={article.id} languages={data.languages} current={lang} t={t} date={date} />

      {data.diffView ? <PublicationDiff view={data.diffView} articleId={article.id} t={t} /> : null}

      <div class="pub-grid">
        <section class="card pub-section" aria-labelledby="blockers-title">
          <div class="section-head">
            <h2 id="blockers-title">{`${t("publishing.blockersTitle")} · ${t(`lang.${lang}`)}`}</h2>
            <ReadinessBadge r={current} t={t} />
            <a href={`/articles/${article.id}/${lang}`}>{t("publishing.openReview", { lang: t(`lang.${lang}`) })}</a>
          </div>
          <BlockerList r={current} articleId={article.id} sourceLang={article.sourceLang} t={t} csrf={csrf} mayApprove={data.mayPublish} />
          <OverriddenList r={current} t={t} />
        </section>

        <section class="card pub-section" id="publish" aria-labelledby="publish-title">
          <h2 id="publish-title">{preview.latest ? t("publishing.changesTitle", preview.latest) : t("publishing.changesFirst")}</h2>
          <PreviewChanges preview={preview} t={t} />
          <h3>{t("publishing.publishTitle", { version: (preview.latest?.version ?? 0) + 1 })}</h3>
          <PublishPanel preview={preview} articleId={article.id} t={t} csrf={csrf} mayPublish={data.mayPublish} />
        </section>
      </div>

      <section class="card pub-section" id="publications" aria-labelledby="publications-title">
        <h2 id="publications-title">{`${t("publishing.publicationsTitle")} · ${t(`lang.${lang}`)}`}</h2>
        <PublicationList publications={data.publications} articleId={article.id} lang={lang} t={t} date={date} shown={data.diffView?.to.id} />
      </section>

      <section class="card pub-section" id="preview" aria-labelledby="preview-title">
        <h2 id="preview-title">{`${t("publishing.previewTitle")} · ${t(`lang.${lang}`)}`}</h2>
        {preview.ready || preview.overridable ? null : <p class="muted">{t("publishing.previewIncomplete")}</p>}
        <PreviewText content={preview.content} statuses={preview.statuses} t={t} />
      </section>

      <PretranslateForm ctx={ctx} articleId={article.id} sourceLang={article.sourceLang} {...data.pretranslate} />
    </Layout>
  );
}
