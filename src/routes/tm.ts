import { Hono } from "hono";
import { z } from "zod";
import type { AppDeps, AppEnv } from "../app-types";
import { requireRole, requireUser } from "../auth/guards";
import { MIN_THRESHOLD } from "../domain/tm/score";
import { AppError } from "../errors";
import { searchConcordance } from "../services/tm/concordance";
import { exportTmx } from "../services/tm/export";
import { bufferChunks, importTmx } from "../services/tm/import";
import { lookupSegment } from "../services/tm/lookup";
import { idParam, langCode, requireLangParam, validate } from "./validation";

const TMX_TYPES = ["application/x-tmx+xml", "application/x-tmx", "application/xml", "text/xml", "application/octet-stream"];

export const threshold = z.coerce.number().int().min(MIN_THRESHOLD, `The threshold is between ${MIN_THRESHOLD} and 100`).max(100, `The threshold is between ${MIN_THRESHOLD} and 100`);
const LookupQuery = z.object({ threshold: threshold.optional(), limit: z.coerce.number().int().min(1).max(100).default(10) });
const SearchQuery = z.object({
  q: z.string().trim().min(1, "Give a word or phrase to search for").max(500),
  lang: langCode.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
const ExportQuery = z.object({ source: langCode.optional(), target: langCode.optional() });

/**
 * Translation memory: matches for a segment, concordance search, TMX import and export. Import
 * and export are memory interchange, like the termbase's: publishers, terminologists and admins.
 */
export function tmRoutes({ db, config }: AppDeps) {
  const app = new Hono<AppEnv>();

  app.get("/api/segments/:id/tm", (c) => {
    requireUser(c);
    const segmentId = idParam(c.req.param("id"), "Segment");
    const lang = requireLangParam(c.req.query("lang"));
    const q = validate(LookupQuery, c.req.query());
    return c.json(lookupSegment({ db, input: { segmentId, lang, threshold: q.threshold ?? config.tmThreshold, limit: q.limit } }));
  });

  app.get("/api/tm/search", (c) => {
    requireUser(c);
    const q = validate(SearchQuery, c.req.query());
    return c.json(searchConcordance({ db, input: { q: q.q, lang: q.lang, limit: q.limit } }));
  });

  app.post("/api/tm/import", async (c) => {
    const user = requireRole(c, "publisher", "terminologist");
    const type = (c.req.header("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
    if (!TMX_TYPES.includes(type)) throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send a TMX file as application/x-tmx+xml or application/xml");
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    return c.json(importTmx({ db, input: { chunks: bufferChunks(bytes), maxBytes: config.maxBodyBytes }, actorId: user.id }));
  });

  app.get("/api/tm/export", (c) => {
    requireRole(c, "publisher", "terminologist");
    const { source, target } = validate(ExportQuery, c.req.query());
    const pieces = exportTmx({ db, input: { source, target } });
    // The first piece validates the request: an error becomes a problem response, not a broken download.
    const first = pieces.next();
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        if (!first.done) controller.enqueue(encoder.encode(first.value));
      },
      pull(controller) {
        const next = pieces.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      },
      cancel() {
        pieces.return(undefined);
      },
    });
    const name = source && target ? `glossa-tm-${source}-${target}.tmx` : "glossa-tm.tmx";
    return c.body(body, 200, { "content-type": "application/x-tmx+xml; charset=utf-8", "content-disposition": `attachment; filename="${name}"` });
  });

  return app;
}
