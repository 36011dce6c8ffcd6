import { Layout, type PageContext } from "./layout";

/** A page for signed-in users who lack the role for what they opened. */
export function ForbiddenPage({ ctx }: { ctx: PageContext }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t("admin.forbiddenTitle")}>
      <div class="card">
        <h1>{`⛔ ${t("admin.forbiddenTitle")}`}</h1>
        <p>{t("admin.forbidden")}</p>
        <a href="/">{t("review.back")}</a>
      </div>
    </Layout>
  );
}
