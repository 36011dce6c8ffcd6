import { Hono } from "hono";
import { z } from "zod";
import type { AppDeps, AppEnv } from "../app-types";
import { requireRole } from "../auth/guards";
import { importArticleFile } from "../services/import-file";
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
 * only; the body limit is the server's (GLOSSA_MAX_BODY_BYTES).
 */
export function articleImportRoutes({ db }: AppDeps) {
  const app = new Hono<AppEnv>();
  app.post("/api/articles/import", async (c) => {
    const user = requireRole(c, "publisher");
    const query = validate(Query, c.req.query());
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    const article = importArticleFile({ db, input: { bytes, ...query }, actorId: user.id });
    return c.json(article, 201);
  });
  return app;
}
