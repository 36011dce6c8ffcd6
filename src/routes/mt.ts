import { Hono } from "hono";
import { z } from "zod";
import type { AppDeps, AppEnv } from "../app-types";
import { requireUser } from "../auth/guards";
import { PROVIDER_NAMES } from "../mt/types";
import { publicInfo, registryFor } from "../mt/registry";
import { articleEffort } from "../services/mt/effort";
import { suggestMachineTranslation } from "../services/mt/suggest";
import { idParam, langCode, requireLangParam, validate } from "./validation";

const SuggestQuery = z.object({ provider: z.enum(PROVIDER_NAMES).optional() });
const EffortQuery = z.object({ lang: langCode.optional() });

/**
 * Machine translation: which providers are configured (names and labels only; keys and URLs
 * never leave the server), a suggestion for one segment, not saved, for translators and
 * above in the target language, and the post-editing effort of an article's MT.
 */
export function mtRoutes({ db, config }: AppDeps) {
  const app = new Hono<AppEnv>();
  const registry = registryFor(config.mt);

  app.get("/api/mt/providers", (c) => {
    requireUser(c);
    const providers = publicInfo(registry);
    return c.json({ configured: providers.length > 0, providers });
  });

  app.post("/api/segments/:id/mt", async (c) => {
    const user = requireUser(c);
    const segmentId = idParam(c.req.param("id"), "Segment");
    const lang = requireLangParam(c.req.query("lang"));
    const { provider } = validate(SuggestQuery, c.req.query());
    return c.json(await suggestMachineTranslation({ db, registry, input: { segmentId, lang, provider }, actor: user }));
  });

  app.get("/api/articles/:id/effort", (c) => {
    requireUser(c);
    const articleId = idParam(c.req.param("id"), "Article");
    const { lang } = validate(EffortQuery, c.req.query());
    return c.json(articleEffort({ db, input: { articleId, lang } }));
  });

  return app;
}
