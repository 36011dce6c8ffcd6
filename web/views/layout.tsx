import type { Child } from "hono/jsx";
import type { CurrentUser } from "../../src/app-types";
import { LANGUAGE_NAMES, LANGUAGES, type Lang } from "../../src/domain/languages";
import type { Translate } from "../i18n";

export type PageContext = { t: Translate; ui: Lang; user?: CurrentUser; path: string };

type LayoutProps = {
  ctx: PageContext;
  title: string;
  children: Child;
  /** extra stylesheets and deferred scripts under /static/ */
  styles?: string[];
  scripts?: string[];
  /** UI strings a client script needs, embedded as JSON (read with `JSON.parse(#ui-strings)`) */
  clientStrings?: Record<string, string>;
  wide?: boolean;
};

/** The page frame: header with navigation, UI language switcher and sign-out. */
export function Layout({ ctx, title, children, styles = [], scripts = [], clientStrings, wide }: LayoutProps) {
  const { t, ui, user } = ctx;
  return (
    <html lang={ui}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {user?.csrfToken ? <meta name="csrf-token" content={user.csrfToken} /> : null}
        <title>{`${title} · ${t("app.name")}`}</title>
        <link rel="stylesheet" href="/static/app.css" />
        {styles.map((href) => <link rel="stylesheet" href={`/static/${href}`} />)}
        {scripts.map((src) => <script src={`/static/${src}`} defer />)}
      </head>
      <body>
        <header class="topbar">
          <a class="brand" href="/">{t("app.name")}</a>
          {user ? (
            <nav aria-label="main">
              <a href="/">{t("nav.articles")}</a>
              <a href="/glossary">{t("nav.glossary")}</a>
              <a href="/profile">{t("nav.profile")}</a>
              {user.roles.includes("admin") ? <a href="/admin">{t("nav.admin")}</a> : null}
            </nav>
          ) : null}
          <span class="spacer" />
          <nav class="ui-lang" aria-label={t("nav.language")}>
            {LANGUAGES.map((lang) => (
              <a href={`?ui=${lang}`} lang={lang} aria-current={lang === ui ? "true" : undefined}>
                {LANGUAGE_NAMES[lang]}
              </a>
            ))}
          </nav>
          {user ? (
            <form method="post" action="/logout" class="logout">
              <input type="hidden" name="_csrf" value={user.csrfToken ?? ""} />
              <span class="who">{user.displayName}</span>
              <button type="submit">{t("nav.logout")}</button>
            </form>
          ) : null}
        </header>
        <main class={wide ? "wide" : undefined}>{children}</main>
        {clientStrings ? (
          // JSON inside <script> cannot be closed early: "<" is escaped as \u003c.
          <script type="application/json" id="ui-strings" dangerouslySetInnerHTML={{ __html: JSON.stringify(clientStrings).replace(/</g, "\\u003c") }} />
        ) : null}
      </body>
    </html>
  );
}
