import { Hono } from "hono";
import { z } from "zod";
import type { AppDeps, AppEnv } from "../app-types";
import { requireRole, requireUser } from "../auth/guards";
import { may } from "../domain/access";
import { AppError } from "../errors";
import { EXPORT_FORMATS } from "../formats/article-export";
import { prepareArticle } from "../services/article-prepare";
import { stepwise, storeArticleInSteps, type StepwiseArticle } from "../services/article-store";
import { listArticles, planArticle } from "../services/articles";
import { exportArticle } from "../services/export";
import { NewArticle } from "./article-body";
import { articleJsonResponse } from "./article-stream";
import { readBodyChunks } from "./body-chunks";
import { idParam, readJson, requireJsonType, requireLangParam, validate } from "./validation";

/** Articles: import, list with progress, read with segments and translations. */
export function articleRoutes({ db, articleImports }: AppDeps) {
  const app = new Hono<AppEnv>();

  app.get("/api/articles", (c) => {
    requireUser(c);
    return c.json({ articles: listArticles({ db }) });
  });

  app.post("/api/articles", async (c) => {
    const user = requireRole(c, "publisher");
    // Reading and segmenting run on the import worker when there is one; storing goes in steps.
    let prepared: StepwiseArticle;
    if (articleImports) {
      requireJsonType(c.req.header("content-type"));
      prepared = await articleImports.prepare(await readBodyChunks(c.req.raw.body));
    } else prepared = stepwise(prepareArticle(await readJson(c, NewArticle)));
    const id = await storeArticleInSteps({ db, prepared, actorId: user.id });
    return articleJsonResponse(c, db, id, 201);
  });

  // What POST /api/articles would create from the same body, without storing anything.
  app.post("/api/articles/preview", async (c) => {
    requireRole(c, "publisher");
    return c.json(planArticle(await readJson(c, NewArticle)));
  });

  app.get("/api/articles/:id", (c) => {
    requireUser(c);
    return articleJsonResponse(c, db, idParam(c.req.param("id"), "Article"));
  });

  app.get("/api/articles/:id/export", async (c) => {
    const user = requireUser(c);
    const articleId = idParam(c.req.param("id"), "Article");
    const lang = requireLangParam(c.req.query("lang"));
    if (!may.exportArticle(user, lang)) throw new AppError("FORBIDDEN", `Exporting needs the role publisher in ${lang}`);
    const format = validate(z.enum(EXPORT_FORMATS).default("md"), c.req.query("format"));
    const out = await exportArticle({ db, input: { articleId, lang, format } });
    return c.body(typeof out.body === "string" ? out.body : new Uint8Array(out.body), 200, {
      "content-type": out.contentType,
      "content-disposition": `attachment; filename="${out.filename}.${out.extension}"`,
    });
  });

  return app;
}
