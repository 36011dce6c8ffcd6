import { raw } from "hono/html";
import type { Child } from "hono/jsx";
import type { CurrentUser } from "../../src/app-types";
import { LANGUAGE_NAMES, LANGUAGES, type Lang } from "../../src/domain/languages";
import { hasAnyRole } from "../../src/domain/workflow";
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

/** The main navigation: what this user may open. */
function MainNav({ t, user, path }: { t: Translate; user: CurrentUser; path: string }) {
  const link = (href: string, label: string) => <a href={href} aria-current={path === href ? "page" : undefined}>{label}</a>;
  return (
    <nav aria-label={t("nav.main")}>
      {link("/", t("nav.articles"))}
      {hasAnyRole(user, "publisher") ? link("/articles/new", t("nav.import")) : null}
      {link("/glossary", t("nav.glossary"))}
      {link("/profile", t("nav.profile"))}
      {user.roles.includes("admin") ? link("/admin", t("nav.admin")) : null}
    </nav>
  );
}

/**
 * The page frame: header with navigation, UI language switcher and sign-out. Pages are served
 * under a Content-Security-Policy without inline scripts or styles (see app.ts).
 */
export function Layout({ ctx, title, children, styles = [], scripts = [], clientStrings, wide }: LayoutProps) {
  const { t, ui, user } = ctx;
  return (
    <>
      {/* Without the doctype every page renders in quirks mode. */}
      {raw("<!DOCTYPE html>")}
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
            {user ? <MainNav t={t} user={user} path={ctx.path} /> : null}
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
    </>
  );
}
