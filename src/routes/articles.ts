import { Hono } from "hono";
import { z } from "zod";
import type { AppDeps, AppEnv } from "../app-types";
import { requireRole, requireUser } from "../auth/guards";
import { EXPORT_FORMATS } from "../formats/article-export";
import { ARTICLE_FORMATS } from "../formats/article-import";
import { getArticle, importArticle, listArticles, planArticle } from "../services/articles";
import { exportArticle } from "../services/export";
import { idParam, langCode, nfcText, readJson, requireLangParam, validate } from "./validation";

/** A new article; without a title (or a blank one) the document's own headline is its title. */
export const NewArticle = z.object({
  title: nfcText.pipe(z.string().trim().max(500)).optional(),
  sourceLang: langCode,
  text: nfcText.pipe(z.string().refine((s) => s.trim().length > 0, "The text is empty")),
  format: z.enum(ARTICLE_FORMATS).default("text"),
});

/** Articles: import, list with progress, read with segments and translations. */
export function articleRoutes({ db }: AppDeps) {
  const app = new Hono<AppEnv>();

  app.get("/api/articles", (c) => {
    requireUser(c);
    return c.json({ articles: listArticles({ db }) });
  });

  app.post("/api/articles", async (c) => {
    const user = requireRole(c, "publisher", "reviewer", "translator");
    const input = await readJson(c, NewArticle);
    const article = importArticle({ db, input, actorId: user.id });
    return c.json(article, 201);
  });

  // What POST /api/articles would create from the same body, without storing anything.
  app.post("/api/articles/preview", async (c) => {
    requireRole(c, "publisher");
    return c.json(planArticle(await readJson(c, NewArticle)));
  });

  app.get("/api/articles/:id", (c) => {
    requireUser(c);
    return c.json(getArticle({ db, input: { id: idParam(c.req.param("id"), "Article") } }));
  });

  app.get("/api/articles/:id/export", (c) => {
    requireUser(c);
    const articleId = idParam(c.req.param("id"), "Article");
    const lang = requireLangParam(c.req.query("lang"));
    const format = validate(z.enum(EXPORT_FORMATS).default("md"), c.req.query("format"));
    const out = exportArticle({ db, input: { articleId, lang, format } });
    return c.body(out.body, 200, {
      "content-type": out.contentType,
      "content-disposition": `attachment; filename="${out.filename}.${out.extension}"`,
    });
  });

  return app;
}
