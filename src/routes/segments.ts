import { Hono } from "hono";
import { z } from "zod";
import type { AppDeps, AppEnv } from "../app-types";
import { requireUser } from "../auth/guards";
import { MAX_SEGMENT_CHARS } from "../domain/limits";
import { parseOrigin } from "../domain/origin";
import { STATUSES } from "../domain/workflow";
import { correctSource, sourceHistory } from "../services/segments";
import { saveTranslation, translationHistory } from "../services/translations";
import { idParam, nfcText, readJson, requireLangParam } from "./validation";

const SegmentText = nfcText.pipe(
  z.string().max(MAX_SEGMENT_CHARS, `A segment has at most ${MAX_SEGMENT_CHARS} characters`).refine((s) => s.trim().length > 0, "The text is empty"),
);

/** human | mt:<provider> | tm:<score> | xliff (domain/origin): imported machine output keeps its provider. */
const Origin = z.string().refine((o) => parseOrigin(o) !== undefined, "origin is human, mt:<provider> (lower-case letters, digits, . _ -), tm:<0…101> or xliff");

/** Flags a write settles (a suggestion applied): resolved in the write's own transaction. */
const ResolveFlags = z.array(z.number().int().positive()).max(100).optional();
const TranslationBody = z.object({
  text: SegmentText,
  status: z.enum(STATUSES).optional(),
  version: z.number().int().min(0).optional(),
  origin: Origin.optional(),
  /** editor time behind this save, in milliseconds (at most a day), for post-editing effort */
  timeSpentMs: z.number().int().min(0).max(86_400_000).optional(),
  resolveFlags: ResolveFlags,
  /** keep the text unchanged although the source was corrected since (recorded) */
  confirmUnchanged: z.boolean().optional(),
  /** approve despite open critical or major flags (publishers, admins); the reason is recorded */
  override: z.object({ reason: nfcText.pipe(z.string().trim().min(1, "An override needs a reason").max(2000)) }).optional(),
});
const SourceBody = z.object({ text: SegmentText, version: z.number().int().min(1).optional(), resolveFlags: ResolveFlags });

/** Translations of a segment (save with optimistic locking, history) and source corrections. */
export function segmentRoutes({ db, qaScheduler }: AppDeps) {
  const app = new Hono<AppEnv>();

  app.put("/api/segments/:id/translations/:lang", async (c) => {
    const user = requireUser(c);
    const segmentId = idParam(c.req.param("id"), "Segment");
    const lang = requireLangParam(c.req.param("lang"));
    const body = await readJson(c, TranslationBody);
    const saved = saveTranslation({ db, input: { segmentId, lang, ...body }, actor: user });
    qaScheduler?.schedule({ segmentId, lang, side: "target" });
    return c.json({
      id: saved.id,
      segmentId,
      lang,
      text: saved.text,
      status: saved.status,
      origin: saved.origin,
      version: saved.version,
      needsReview: saved.needsReview,
      updatedAt: saved.updatedAt,
      resolvedFlags: saved.resolvedFlags,
    });
  });

  app.get("/api/segments/:id/translations/:lang/history", (c) => {
    requireUser(c);
    const segmentId = idParam(c.req.param("id"), "Segment");
    const lang = requireLangParam(c.req.param("lang"));
    return c.json({ segmentId, lang, revisions: translationHistory({ db, input: { segmentId, lang } }) });
  });

  app.patch("/api/segments/:id/source", async (c) => {
    const user = requireUser(c);
    const segmentId = idParam(c.req.param("id"), "Segment");
    const body = await readJson(c, SourceBody);
    const { segment, sourceLang, affectedTranslations, translations, resolvedFlags } = correctSource({ db, input: { segmentId, ...body }, actor: user });
    qaScheduler?.schedule({ segmentId, lang: sourceLang, side: "source" });
    return c.json({ id: segment.id, source: segment.source, sourceVersion: segment.sourceVersion, affectedTranslations, translations, resolvedFlags });
  });

  app.get("/api/segments/:id/source/history", (c) => {
    requireUser(c);
    return c.json({ revisions: sourceHistory({ db, input: { segmentId: idParam(c.req.param("id"), "Segment") } }) });
  });

  return app;
}
