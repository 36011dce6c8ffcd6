import { LANGUAGES, type Lang } from "../../src/domain/languages";
import type { ArticleView } from "../../src/services/articles";
import { Layout, type PageContext } from "./layout";

/** Makes invisible spaces visible in review: NBSP, narrow NBSP and zero-width characters. */
export function VisibleText({ text }: { text: string }) {
  const parts = text.split(/([\u00a0\u202f\u200b\u200c\u200d\u2060\ufeff])/);
  return (
    <>
      {parts.map((p) =>
        p === "\u00a0" || p === "\u202f" ? (
          <span class="ws nbsp" title={p === "\u00a0" ? "U+00A0" : "U+202F"}>{p}</span>
        ) : /^[\u200b\u200c\u200d\u2060\ufeff]$/.test(p) ? (
          <span class="ws zw" title={`U+${p.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`}>{p}</span>
        ) : (
          p
        ),
      )}
    </>
  );
}

function originLabel(origin: string, t: PageContext["t"]): string {
  if (origin.startsWith("mt:")) return `${t("origin.mt")} (${origin.slice(3)})`;
  if (origin.startsWith("tm:")) return `${t("origin.tm")} ${origin.slice(3)}`;
  return t("origin.human");
}

/** The article side by side: source and target per segment, grouped by paragraph. */
export function ReviewPage({ ctx, article, lang }: { ctx: PageContext; article: ArticleView; lang: Lang }) {
  const { t } = ctx;
  const done = article.segments.filter((s) => s.translations[lang]?.status === "final").length;
  const paragraphs = new Map<number, ArticleView["segments"]>();
  for (const s of article.segments) paragraphs.set(s.paragraph, [...(paragraphs.get(s.paragraph) ?? []), s]);
  return (
    <Layout ctx={ctx} title={`${article.title} · ${lang.toUpperCase()}`}>
      <p>
        <a href="/">{`← ${t("review.back")}`}</a>
      </p>
      <h1>{article.title}</h1>
      <nav class="lang-tabs" aria-label={t("review.pickLanguage")}>
        {LANGUAGES.filter((l) => l !== article.sourceLang).map((l) => (
          <a href={`/articles/${article.id}/${l}`} aria-current={l === lang ? "page" : undefined}>
            {t(`lang.${l}`)}
          </a>
        ))}
      </nav>
      <p class="muted">{t("review.segmentsDone", { done, total: article.segments.length })}</p>
      <div class="review" data-article={article.id} data-lang={lang}>
        {[...paragraphs.values()].map((segs) => (
          <section class={`para kind-${segs[0]!.kind}`}>
            {segs.map((s) => {
              const tr = s.translations[lang];
              return (
                <div class="seg" id={`seg-${s.id}`} data-segment={s.id}>
                  <div class="seg-meta">
                    <span class="pos">{s.position + 1}</span>
                    {s.kind !== "paragraph" ? <span class="kind">{t(`kind.${s.kind}`)}</span> : null}
                  </div>
                  <div class="src" lang={article.sourceLang}>
                    <VisibleText text={s.source} />
                  </div>
                  <div class="tgt" lang={lang}>
                    {tr ? <VisibleText text={tr.text} /> : <em class="muted">{t("review.untranslated")}</em>}
                  </div>
                  <div class="seg-state">
                    <span class={`badge status-${tr?.status ?? "missing"}`}>{t(`status.${tr?.status ?? "missing"}`)}</span>
                    {tr?.needsReview ? <span class="badge needs-review">{t("status.needsReview")}</span> : null}
                    {tr ? <span class="origin">{originLabel(tr.origin, t)}</span> : null}
                  </div>
                </div>
              );
            })}
          </section>
        ))}
      </div>
    </Layout>
  );
}
