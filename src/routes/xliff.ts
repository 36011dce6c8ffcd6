import { Hono } from "hono";
import { z } from "zod";
import type { AppDeps, AppEnv } from "../app-types";
import { requireRole } from "../auth/guards";
import { AppError } from "../errors";
import { XLIFF_VERSIONS } from "../formats/xliff/model";
import { exportXliffForTranslation } from "../services/xliff-export";
import { importXliff } from "../services/xliff-import";
import { idParam, langCode, readUtf8Body, requireLangParam, validate } from "./validation";

const XLIFF_TYPES = ["application/xliff+xml", "application/x-xliff+xml", "application/xml", "text/xml"];

const ImportQuery = z.object({
  articleId: z.coerce.number().int().positive().optional(),
  title: z.string().trim().min(1).max(500).optional(),
  targetLang: langCode.optional(),
});

/**
 * XLIFF for translators and agencies: the for-translation export of an article in one language
 * (any state; the approved-only publication export stays `GET /api/articles/:id/export?format=xliff`)
 * and the import that creates an article or updates its translations.
 */
export function xliffRoutes({ db, config, qaScheduler }: AppDeps) {
  const app = new Hono<AppEnv>();

  app.get("/api/articles/:id/xliff", (c) => {
    const user = requireRole(c, "translator", "reviewer", "publisher");
    const articleId = idParam(c.req.param("id"), "Article");
    const lang = requireLangParam(c.req.query("lang"));
    if (!user.roles.includes("admin") && !user.languages.includes(lang)) throw new AppError("FORBIDDEN", `You are not assigned to ${lang}`);
    const version = validate(z.enum(XLIFF_VERSIONS).default("2.1"), c.req.query("version"));
    const out = exportXliffForTranslation({ db, input: { articleId, lang, version } });
    return c.body(out.body, 200, { "content-type": out.contentType, "content-disposition": `attachment; filename="${out.filename}"` });
  });

  app.post("/api/xliff/import", async (c) => {
    const query = validate(ImportQuery, c.req.query());
    // Creating an article is a publisher's work; updating translations is anyone's who writes them (role-checked per status).
    const user = query.articleId === undefined ? requireRole(c, "publisher") : requireRole(c, "translator", "reviewer", "publisher");
    const type = (c.req.header("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
    if (!XLIFF_TYPES.includes(type)) throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the XLIFF file as application/xliff+xml or application/xml");
    const xml = await readUtf8Body(c);
    const report = await importXliff({
      db,
      input: { xml, articleId: query.articleId, title: query.title, targetLang: query.targetLang, maxBytes: config.maxBodyBytes },
      actor: { id: user.id, roles: user.roles, languages: user.languages },
    });
    // Imported translations are checked like saved ones, in the background.
    if (report.targetLang) for (const segmentId of report.savedSegmentIds) qaScheduler?.schedule({ segmentId, lang: report.targetLang, side: "target" });
    return c.json(report, report.createdArticle ? 201 : 200);
  });

  return app;
}
