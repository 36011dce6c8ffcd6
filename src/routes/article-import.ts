import { Hono } from "hono";
import { z } from "zod";
import type { AppDeps, AppEnv } from "../app-types";
import { requireRole } from "../auth/guards";
import { prepareArticle } from "../services/article-prepare";
import { stepwise, storeArticleInSteps } from "../services/article-store";
import { articleFileInput } from "../services/import-file";
import { articleJsonResponse } from "./article-stream";
import { readBodyChunks } from "./body-chunks";
import { langCode, nfcText, validate } from "./validation";

const Query = z.object({
  sourceLang: langCode,
  format: z.string().optional(),
  filename: z.string().max(500).optional(),
  title: nfcText.pipe(z.string().trim().min(1).max(500)).optional(),
});

/**
 * Article import from a raw file (DOCX, or Markdown/HTML/text bytes): the body is the file, the
 * query says its language and, optionally, format, file name and title. Publishers and admins
 * only; the body limit is the server's (GLOSSA_MAX_BODY_BYTES). Read and stored as JSON imports
 * are (routes/articles).
 */
export function articleImportRoutes({ db, articleImports }: AppDeps) {
  const app = new Hono<AppEnv>();
  app.post("/api/articles/import", async (c) => {
    const user = requireRole(c, "publisher");
    const query = validate(Query, c.req.query());
    // With the import worker (the server has one) the file is decoded or unzipped and
    // segmented off the main thread; either way it is stored in steps.
    const prepared = articleImports
      ? await articleImports.prepare(await readBodyChunks(c.req.raw.body), query)
      : stepwise(prepareArticle(articleFileInput({ bytes: new Uint8Array(await c.req.arrayBuffer()), ...query })));
    const id = await storeArticleInSteps({ db, prepared, actorId: user.id });
    return articleJsonResponse(c, db, id, 201);
  });
  return app;
}
