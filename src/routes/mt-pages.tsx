import { Hono } from "hono";
import type { AppDeps, AppEnv } from "../app-types";
import { parseLang, type Lang } from "../domain/languages";
import { articleEffort } from "../services/mt/effort";
import { EffortPage } from "../../web/views/effort";
import { pageContext } from "./pages";
import { idParam } from "./validation";

/** The post-editing effort report page of an article (any signed-in user, like the review page). */
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

  return app;
}
