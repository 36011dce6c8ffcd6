import { Hono, type Context } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import { readFile } from "node:fs/promises";
import { extname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { AppDeps, AppEnv } from "../app-types";
import { LANGUAGES, parseLang } from "../domain/languages";
import { AppError } from "../errors";
import { listArticles } from "../services/articles";
import { ARTICLE_SORTS, filterArticles } from "../services/article-list";
import { z } from "zod";
import { validate } from "./validation";
import { pickUiLanguage, translatorFor } from "../../web/i18n";
import { ArticlesPage } from "../../web/views/articles";
import type { PageContext } from "../../web/views/layout";
import { LoginPage } from "../../web/views/login";
import { issueLoginCsrf, safeNextPath } from "./auth";

const blankToUndefined = (v: unknown) => (v === "" ? undefined : v);
const ArticleListQuerySchema = z.object({
  q: z.string().max(200).optional(),
  sourceLang: z.preprocess(blankToUndefined, z.enum(LANGUAGES).optional()),
  sort: z.preprocess(blankToUndefined, z.enum(ARTICLE_SORTS).optional()),
});
const PUBLIC_DIR = resolve(fileURLToPath(new URL(".", import.meta.url)), "../../web/public");
export const UI_COOKIE = "glossa_ui";
const TYPES: Record<string, string> = { ".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".svg": "image/svg+xml" };

/** Resolves the UI language for this request and remembers an explicit `?ui=` choice. */
export function pageContext(c: Context<AppEnv>, secure: boolean): PageContext {
  const user = c.get("user");
  const query = c.req.query("ui");
  const ui = pickUiLanguage({ query, cookie: getCookie(c, UI_COOKIE), profile: user?.uiLanguage, acceptLanguage: c.req.header("accept-language") });
  if (parseLang(query)) setCookie(c, UI_COOKIE, ui, { path: "/", sameSite: "Lax", secure, maxAge: 365 * 86400 });
  return { t: translatorFor(ui), ui, user, path: c.req.path };
}

/** Server-rendered pages: sign-in and articles (the review workspace is in review-pages). */
export function pageRoutes({ db, config }: AppDeps) {
  const app = new Hono<AppEnv>();

  // Pages send people to the sign-in form instead of answering 401.
  const signedIn = (c: Context<AppEnv>) => {
    if (c.get("user")) return undefined;
    return c.redirect(`/login?next=${encodeURIComponent(c.req.path)}`, 303);
  };

  app.get("/static/:file", async (c) => {
    const file = c.req.param("file");
    if (!/^[\w.-]+$/.test(file) || file.startsWith(".")) throw new AppError("NOT_FOUND", "No such file");
    const type = TYPES[extname(file)];
    if (!type) throw new AppError("NOT_FOUND", "No such file");
    const body = await readFile(join(PUBLIC_DIR, file)).catch(() => undefined);
    if (!body) return c.text("Not found", 404);
    return c.body(body, 200, { "content-type": type, "cache-control": "no-cache" });
  });

  app.get("/login", (c) => {
    const ctx = pageContext(c, config.secureCookies);
    const csrf = issueLoginCsrf(c, config.secureCookies);
    return c.html(<LoginPage ctx={ctx} csrf={csrf} next={safeNextPath(c.req.query("next"))} error={c.req.query("error")} />);
  });

  app.get("/", (c) => {
    const redirect = signedIn(c);
    if (redirect) return redirect;
    const all = listArticles({ db });
    const query = validate(ArticleListQuerySchema, c.req.query());
    return c.html(<ArticlesPage ctx={pageContext(c, config.secureCookies)} articles={filterArticles(all, query)} query={query} total={all.length} />);
  });

  return app;
}
