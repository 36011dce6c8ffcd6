import { Hono } from "hono";
import type { AppDeps, AppEnv } from "../app-types";
import { LANGUAGES, parseLang, type Lang } from "../domain/languages";
import { hasAnyRole } from "../domain/workflow";
import { publicInfo, registryFor } from "../mt/registry";
import { getArticle } from "../services/articles";
import { articleEffort } from "../services/mt/effort";
import { EffortPage } from "../../web/views/effort";
import { ForbiddenPage } from "../../web/views/forbidden";
import { PretranslatePage } from "../../web/views/pretranslate";
import { pageContext } from "./pages";
import { idParam } from "./validation";

/** Pages of machine translation: the post-editing effort report and the pre-translate action. */
export function mtPageRoutes({ db, config }: AppDeps) {
  const app = new Hono<AppEnv>();

  app.get("/articles/:id/effort", (c) => {
    const user = c.get("user");
    if (!user) return c.redirect(`/login?next=${encodeURIComponent(c.req.path)}`, 303);
    const lang = parseLang(c.req.query("lang"));
    const effort = articleEffort({ db, input: { articleId: idParam(c.req.param("id"), "Article"), lang } });
    const backLang: Lang = lang ?? effort.segments[0]?.lang ?? user.languages[0] ?? "en";
    return c.html(<EffortPage ctx={pageContext(c, config.secureCookies)} effort={effort} backLang={backLang} />);
  });

  app.get("/articles/:id/pretranslate", (c) => {
    const user = c.get("user");
    if (!user) return c.redirect(`/login?next=${encodeURIComponent(c.req.path)}`, 303);
    const ctx = pageContext(c, config.secureCookies);
    if (!hasAnyRole(user, "publisher")) return c.html(<ForbiddenPage ctx={ctx} message={ctx.t("pretranslate.forbidden")} />, 403);
    const article = getArticle({ db, input: { id: idParam(c.req.param("id"), "Article") } });
    const langs = user.roles.includes("admin") ? [...LANGUAGES] : user.languages;
    return c.html(
      <PretranslatePage
        ctx={ctx}
        title={article.title}
        articleId={article.id}
        sourceLang={article.sourceLang as Lang}
        langs={langs}
        threshold={config.tmThreshold}
        providers={publicInfo(registryFor(config.mt))}
      />,
    );
  });

  return app;
}
