import { LANGUAGE_NAMES, LANGUAGES } from "../../src/domain/languages";
import type { TokenView } from "../../src/services/sessions";
import type { PublicUser } from "../../src/services/users";
import { Layout, type PageContext } from "./layout";

export type ProfileNotice = { saved?: string; passwordError?: "passwordShort" | "passwordMismatch" | "passwordWrong" | "passwordThrottled"; newToken?: { name: string; token: string } };

const SAVED_MESSAGE: Record<string, string> = { password: "profile.passwordSavedOthersEnded", tokenRevoked: "profile.tokenRevoked" };

/** The user's API tokens, each with a Revoke button (a form of its own, with the CSRF token). */
function TokenList({ ctx, tokens }: { ctx: PageContext; tokens: TokenView[] }) {
  const { t } = ctx;
  if (tokens.length === 0) return <p class="muted">{t("profile.noTokens")}</p>;
  return (
    <ul class="token-list" id="token-list">
      {tokens.map((token) => (
        <li class="token-row" data-token={String(token.id)}>
          <span class="token-name">{token.name}</span>
          <span class="muted">{`${t("profile.tokenCreated", { date: token.createdAt.slice(0, 10) })}${token.kind === "env" ? ` · ${t("profile.tokenEnv")}` : ""}`}</span>
          <form method="post" action={`/profile/tokens/${token.id}/revoke`}>
            <input type="hidden" name="_csrf" value={ctx.user?.csrfToken ?? ""} />
            <button type="submit" class="danger" aria-label={t("profile.revokeToken", { name: token.name })}>{t("profile.revoke")}</button>
          </form>
        </li>
      ))}
    </ul>
  );
}

/** The signed-in user's own settings: name, UI language, password and API tokens. */
export function ProfilePage({ ctx, user, tokens, notice }: { ctx: PageContext; user: PublicUser; tokens: TokenView[]; notice: ProfileNotice }) {
  const { t } = ctx;
  const csrf = <input type="hidden" name="_csrf" value={ctx.user?.csrfToken ?? ""} />;
  return (
    <Layout ctx={ctx} title={t("profile.title")} styles={["account.css"]}>
      <h1>{t("profile.title")}</h1>
      {notice.saved ? <p class="notice" role="status">{`✓ ${t(SAVED_MESSAGE[notice.saved] ?? "profile.saved")}`}</p> : null}
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
        <section class="card form" aria-labelledby="tokens-heading">
          <h2 id="tokens-heading">{t("profile.tokens")}</h2>
          <p class="muted">{t("profile.tokensHelp")}</p>
          {notice.newToken ? (
            <div class="notice" role="status">
              <p>{t("profile.tokenOnce", { name: notice.newToken.name })}</p>
              <code class="secret" id="new-token">{notice.newToken.token}</code>
            </div>
          ) : null}
          <TokenList ctx={ctx} tokens={tokens} />
          <form id="token-form" class="form" method="post" action="/profile/tokens">
            {csrf}
            <label>
              {t("profile.tokenName")}
              <input name="name" maxlength={100} required />
            </label>
            <button type="submit">{t("profile.createToken")}</button>
          </form>
        </section>
      </div>
    </Layout>
  );
}
