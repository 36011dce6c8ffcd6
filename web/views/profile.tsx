import { LANGUAGE_NAMES, LANGUAGES } from "../../src/domain/languages";
import type { PublicUser } from "../../src/services/users";
import { Layout, type PageContext } from "./layout";

export type ProfileNotice = { saved?: string; passwordError?: "passwordShort" | "passwordMismatch" | "passwordWrong"; newToken?: { name: string; token: string } };

/** The signed-in user's own settings: name, UI language, password and API tokens. */
export function ProfilePage({ ctx, user, notice }: { ctx: PageContext; user: PublicUser; notice: ProfileNotice }) {
  const { t } = ctx;
  const csrf = <input type="hidden" name="_csrf" value={ctx.user?.csrfToken ?? ""} />;
  return (
    <Layout ctx={ctx} title={t("profile.title")} styles={["account.css"]}>
      <h1>{t("profile.title")}</h1>
      {notice.saved ? <p class="notice" role="status">{`✓ ${t(notice.saved === "password" ? "profile.passwordSaved" : "profile.saved")}`}</p> : null}
      <div class="account-grid">
        <form id="profile-form" class="card form" method="post" action="/profile">
          <h2>{t("profile.settings")}</h2>
          {csrf}
          <p class="muted">{`${t("profile.username")}: ${user.username}`}</p>
          <label>
            {t("profile.displayName")}
            <input name="displayName" value={user.displayName} maxlength={100} autocomplete="name" />
          </label>
          <label>
            {t("profile.uiLanguage")}
            <select name="uiLanguage" id="profile-ui-language">
              <option value="">{t("profile.uiLanguageAuto")}</option>
              {LANGUAGES.map((l) => <option value={l} lang={l} selected={user.uiLanguage === l}>{LANGUAGE_NAMES[l]}</option>)}
            </select>
          </label>
          <p class="muted">{`${t("profile.roles")}: ${user.roles.map((r) => t(`admin.role.${r}`)).join(", ")}`}</p>
          <p class="muted">{`${t("profile.languages")}: ${user.languages.map((l) => t(`lang.${l}`)).join(", ") || "—"}`}</p>
          <button type="submit" class="primary">{t("profile.save")}</button>
        </form>
        <form id="password-form" class="card form" method="post" action="/profile/password">
          <h2>{t("profile.password")}</h2>
          {csrf}
          {notice.passwordError ? <p class="error" role="alert">{t(`profile.${notice.passwordError}`)}</p> : null}
          <label>
            {t("profile.currentPassword")}
            <input type="password" name="current" autocomplete="current-password" required aria-invalid={notice.passwordError === "passwordWrong" ? "true" : undefined} />
          </label>
          <label>
            {t("profile.newPassword")}
            <input type="password" name="next" autocomplete="new-password" minlength={8} required aria-invalid={notice.passwordError === "passwordShort" ? "true" : undefined} />
          </label>
          <label>
            {t("profile.confirmPassword")}
            <input type="password" name="confirm" autocomplete="new-password" minlength={8} required aria-invalid={notice.passwordError === "passwordMismatch" ? "true" : undefined} />
          </label>
          <button type="submit" class="primary">{t("profile.changePassword")}</button>
        </form>
        <form id="token-form" class="card form" method="post" action="/profile/tokens">
          <h2>{t("profile.tokens")}</h2>
          {csrf}
          <p class="muted">{t("profile.tokensHelp")}</p>
          {notice.newToken ? (
            <div class="notice" role="status">
              <p>{t("profile.tokenOnce", { name: notice.newToken.name })}</p>
              <code class="secret" id="new-token">{notice.newToken.token}</code>
            </div>
          ) : null}
          <label>
            {t("profile.tokenName")}
            <input name="name" maxlength={100} required />
          </label>
          <button type="submit">{t("profile.createToken")}</button>
        </form>
      </div>
    </Layout>
  );
}
