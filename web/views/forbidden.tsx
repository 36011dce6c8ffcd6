import { Layout, type PageContext } from "./layout";

/** A no-entry sign drawn in SVG: an emoji would need a font that phones and servers may lack. */
function NoEntrySign() {
  return (
    <svg class="no-entry" viewBox="0 0 20 20" width="28" height="28" aria-hidden="true" focusable="false">
      <circle cx="10" cy="10" r="9" />
      <rect x="4" y="8.5" width="12" height="3" rx="0.5" />
    </svg>
  );
}

/** A page for signed-in users who lack the role for what they opened. */
export function ForbiddenPage({ ctx, message }: { ctx: PageContext; message?: string }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t("admin.forbiddenTitle")}>
      <div class="card forbidden">
        <h1>
          <NoEntrySign />
          {t("admin.forbiddenTitle")}
        </h1>
        <p>{message ?? t("admin.forbidden")}</p>
        <a href="/">{t("review.back")}</a>
      </div>
    </Layout>
  );
}
