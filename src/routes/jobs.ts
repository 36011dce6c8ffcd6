import { Hono } from "hono";
import { z } from "zod";
import type { AppDeps, AppEnv } from "../app-types";
import { requireRole, requireUser } from "../auth/guards";
import { jobsFor } from "../services/jobs";
import { checkPretranslation, pretranslateArticle } from "../services/tm/pretranslate";
import { machineChoice, pretranslateWithMachine } from "../services/mt/pretranslate";
import { PROVIDER_NAMES } from "../mt/types";
import { idParam, langCode, readJson } from "./validation";
import { threshold } from "./tm";

const PretranslateBody = z.object({
  langs: z.array(langCode).min(1, "Choose at least one language").max(3),
  threshold: threshold.optional(),
  /** the MT provider for what the memory cannot fill; "none" for TM only; the default when absent */
  provider: z.enum([...PROVIDER_NAMES, "none"]).optional(),
});

/**
 * Long-running work as jobs: pre-translating an article (publishers and admins) answers 202 with
 * a job id at once; GET /api/jobs/:id tells its progress and, at the end, its report.
 */
export function jobRoutes({ db, config, qaScheduler }: AppDeps) {
  const app = new Hono<AppEnv>();
  const jobs = jobsFor(db);

  app.post("/api/articles/:id/pretranslate", async (c) => {
    const user = requireRole(c, "publisher");
    const articleId = idParam(c.req.param("id"), "Article");
    const body = await readJson(c, PretranslateBody);
    const input = { articleId, langs: body.langs, threshold: body.threshold ?? config.tmThreshold };
    checkPretranslation({ db, input, actor: user });
    machineChoice(config, body.provider);
    const run = (onProgress: Parameters<typeof pretranslateArticle>[0]["onProgress"]) =>
      pretranslateWithMachine({ db, config, input, provider: body.provider, actor: user, onProgress, qaScheduler });
    const job = jobs.start("pretranslate", user.id, run);
    return c.json({ jobId: job.id, status: job.status, href: `/api/jobs/${job.id}` }, 202);
  });

  app.get("/api/jobs/:id", (c) => {
    const user = requireUser(c);
    return c.json(jobs.get(c.req.param("id"), { id: user.id, isAdmin: user.roles.includes("admin") }));
  });

  return app;
}
