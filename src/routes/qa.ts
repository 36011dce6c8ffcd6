import { Hono } from "hono";
import { z } from "zod";
import type { AppDeps, AppEnv } from "../app-types";
import { requireUser } from "../auth/guards";
import { may } from "../domain/access";
import { AppError } from "../errors";
import { runChecks } from "../domain/qa/run";
import { MQM_CATEGORIES, SEVERITIES, SIDES } from "../domain/qa/types";
import { getArticle } from "../services/articles";
import { createManualFlag, defaultSpelling, listFlags, qaContext, qaSummary, runArticleQa, updateFlag } from "../services/qa";
import { idParam, langCode, nfcText, readJson, requireLangParam, validate } from "./validation";

const CheckBody = z.object({
  sourceLang: langCode,
  source: nfcText.pipe(z.string().max(20_000)),
  targetLang: langCode.optional(),
  target: nfcText.pipe(z.string().max(20_000)).optional(),
});
const FlagBody = z.object({
  lang: langCode,
  side: z.enum(SIDES),
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  category: z.enum(MQM_CATEGORIES).default("linguistic/spelling"),
  severity: z.enum(SEVERITIES).default("minor"),
  comment: z.string().max(2000).optional(),
  suggestion: z.string().max(500).optional(),
});

/** QA: stateless checks, article runs, flags (manual and automatic) and the summary. */
export function qaRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = new Hono<AppEnv>();
  const spelling = () => (deps.spelling ? Promise.resolve(deps.spelling) : defaultSpelling());

  app.post("/api/qa/check", async (c) => {
    requireUser(c);
    const body = await readJson(c, CheckBody);
    const flags = await runChecks(qaContext(db, await spelling()), body);
    return c.json({ flags });
  });

  app.post("/api/articles/:id/qa", async (c) => {
    if (!may.runArticleQa(requireUser(c))) throw new AppError("FORBIDDEN", "Running the checks of an article needs the role translator, reviewer or publisher");
    const articleId = idParam(c.req.param("id"), "Article");
    const lang = c.req.query("lang") ? requireLangParam(c.req.query("lang")) : undefined;
    await runArticleQa({ db, spelling: await spelling(), input: { articleId, lang } });
    const sourceLang = getArticle({ db, input: { id: articleId } }).sourceLang;
    const open = listFlags({ db, input: { articleId, status: "open" } });
    return c.json({ flags: lang ? open.filter((f) => f.lang === lang || f.lang === sourceLang) : open });
  });

  app.get("/api/articles/:id/flags", (c) => {
    requireUser(c);
    const q = validate(z.object({ lang: langCode.optional(), status: z.enum(["open", "resolved", "dismissed"]).optional(), segment: z.coerce.number().int().optional() }), c.req.query());
    return c.json({ flags: listFlags({ db, input: { articleId: idParam(c.req.param("id"), "Article"), lang: q.lang, status: q.status, segmentId: q.segment } }) });
  });

  app.get("/api/articles/:id/qa/summary", (c) => {
    requireUser(c);
    return c.json(qaSummary({ db, input: { articleId: idParam(c.req.param("id"), "Article"), lang: requireLangParam(c.req.query("lang")) } }));
  });

  app.post("/api/segments/:id/flags", async (c) => {
    const user = requireUser(c);
    const body = await readJson(c, FlagBody);
    const flag = createManualFlag({ db, input: { segmentId: idParam(c.req.param("id"), "Segment"), ...body }, actor: user });
    return c.json(flag, 201);
  });

  app.patch("/api/flags/:id", async (c) => {
    const user = requireUser(c);
    const body = await readJson(c, z.object({ status: z.enum(["open", "resolved", "dismissed"]), note: z.string().max(500).optional() }));
    return c.json(updateFlag({ db, input: { id: idParam(c.req.param("id"), "Flag"), ...body }, actor: user }));
  });

  return app;
}
