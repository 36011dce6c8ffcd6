import type { Lang } from "../../src/domain/languages";
import type { ContentDiff } from "../../src/domain/publishing/diff";
import type { Preview, PublicationSummary } from "../../src/services/publications";
import type { Translate } from "../i18n";
import { DiffParagraphs } from "./publisher-diff";

type DateFormat = Intl.DateTimeFormat;

/**
 * The Publish form: the version it will make, the preview hash and latest version it was shown
 * (the server refuses if either moved), and the override reason when flags alone block.
 */
export function PublishPanel({ preview, articleId, t, csrf, mayPublish }: { preview: Preview; articleId: number; t: Translate; csrf: string; mayPublish: boolean }) {
  const next = (preview.latest?.version ?? 0) + 1;
  if (!mayPublish) return <p class="muted">{t("publishing.notAssigned")}</p>;
  if (!preview.ready && !preview.overridable) {
    return (
      <p class="cannot">
        {`✕ ${t("publishing.cannotPublish", { count: preview.blockers.filter((b) => b.reasons.some((r) => r !== "flags")).length })}`}
      </p>
    );
  }
  return (
    <form method="post" action={`/articles/${articleId}/publish`} class="publish-form" id="publish-form">
      <input type="hidden" name="_csrf" value={csrf} />
      <input type="hidden" name="lang" value={preview.lang} />
      <input type="hidden" name="expectedHash" value={preview.contentHash} />
      <input type="hidden" name="basedOnVersion" value={String(preview.latest?.version ?? 0)} />
      <p>{t("publishing.willFreeze", { version: next })}</p>
      {preview.overridable ? (
        <div class="override">
          <p>{`◆ ${t("publishing.overrideExplain")}`}</p>
          <label>
            {t("publishing.overrideReason")}
            <textarea name="overrideReason" required maxlength={2000} rows={2} />
          </label>
        </div>
      ) : null}
      <button type="submit" class="primary" id="publish-button" aria-keyshortcuts="Alt+P">
        {preview.overridable ? t("publishing.publishOverrideButton", { version: next }) : t("publishing.publishButton", { version: next })}
      </button>
      <code class="hash" title={preview.contentHash}>{`SHA-256 ${preview.contentHash.slice(0, 16)}…`}</code>
    </form>
  );
}

/** Changes the preview would publish, against the latest publication (or all of it the first time). */
export function PreviewChanges({ preview, t }: { preview: Preview; t: Translate }) {
  if (!preview.latest) return <p class="muted">{t("publishing.firstPublication")}</p>;
  if (!preview.changedSinceLatest) return <p class="muted">{t("publishing.noChanges", preview.latest)}</p>;
  return <DiffParagraphs diff={preview.diff} lang={preview.lang} t={t} />;
}

/** Every publication of the language: version, who, when, hash, override, downloads, changes. */
export function PublicationList({ publications, articleId, lang, t, date, shown }: { publications: PublicationSummary[]; articleId: number; lang: Lang; t: Translate; date: DateFormat; shown?: number }) {
  if (publications.length === 0) return <p class="muted">{t("publishing.noPublications")}</p>;
  return (
    <table class="publications">
      <thead>
        <tr>
          <th scope="col">{t("publishing.version")}</th>
          <th scope="col">{t("publishing.publishedAt")}</th>
          <th scope="col">{t("publishing.publishedBy")}</th>
          <th scope="col">{t("publishing.hash")}</th>
          <th scope="col">{t("publishing.downloads")}</th>
          <th scope="col">{t("publishing.changes")}</th>
        </tr>
      </thead>
      <tbody>
        {publications.map((p) => (
          <tr id={`publication-${p.id}`} class={p.id === shown ? "current" : undefined}>
            <td><strong>{t("publishing.versionShort", p)}</strong></td>
            <td data-label={t("publishing.publishedAt")}><time datetime={p.publishedAt}>{date.format(new Date(p.publishedAt))}</time></td>
            <td data-label={t("publishing.publishedBy")}>
              {p.publishedBy.name}
              {p.overrideReason ? <div class="override-note">{`◆ ${t("publishing.overrideLabel")}: `}<q>{p.overrideReason}</q></div> : null}
            </td>
            <td data-label={t("publishing.hash")}><code class="hash" title={p.contentHash}>{`${p.contentHash.slice(0, 12)}…`}</code></td>
            <td class="downloads" data-label={t("publishing.downloads")}>
              {p.formats.map((f) => (
                <a href={`/api/publications/${p.id}/download?format=${f.format}`} download title={`${f.contentType} · ${f.bytes} B · SHA-256 ${f.sha256}`}>{`.${f.extension}`}</a>
              ))}
            </td>
            <td><a href={`/articles/${articleId}/publish?lang=${lang}&diff=${p.id}#diff`}>{t("publishing.changes")}</a></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** One publication against the one before it. */
export function PublicationDiff({ view, articleId, t }: { view: { from: PublicationSummary | null; to: PublicationSummary; diff: ContentDiff }; articleId: number; t: Translate }) {
  const title = view.from ? t("publishing.diffTitle", { version: view.to.version, previous: view.from.version }) : t("publishing.diffTitleFirst", { version: view.to.version });
  return (
    <section id="diff" class="card pub-section" aria-labelledby="diff-title">
      <div class="section-head">
        <h2 id="diff-title">{title}</h2>
        <a href={`/articles/${articleId}/publish?lang=${view.to.lang}#publications`}>{t("publishing.closeDiff")}</a>
      </div>
      <DiffParagraphs diff={view.diff} lang={view.to.lang} t={t} showUnchanged={!view.from} />
    </section>
  );
}
