import { Layout, type PageContext } from "./layout";

export function LoginPage({ ctx, csrf, next, error, retryMinutes }: { ctx: PageContext; csrf: string; next: string; error?: string; retryMinutes?: number }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t("login.title")}>
      <form class="card login" method="post" action="/login">
        <h1>{t("login.title")}</h1>
        {error === "credentials" ? <p class="error" role="alert">{t("login.errorCredentials")}</p> : null}
        {error === "csrf" ? <p class="error" role="alert">{t("login.errorCsrf")}</p> : null}
        {error === "throttled" ? <p class="error" role="alert">{t("login.errorThrottled", { count: retryMinutes ?? 15 })}</p> : null}
        <input type="hidden" name="_csrf" value={csrf} />
        <input type="hidden" name="next" value={next} />
        <label>
          {t("login.username")}
          <input name="username" autocomplete="username" required autofocus />
        </label>
        <label>
          {t("login.password")}
          <input name="password" type="password" autocomplete="current-password" required />
        </label>
        <button type="submit">{t("login.submit")}</button>
      </form>
    </Layout>
  );
}
