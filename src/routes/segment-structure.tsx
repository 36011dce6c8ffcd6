import { Hono } from "hono";
import { z } from "zod";
import type { AppDeps, AppEnv } from "../app-types";
import { requireUser } from "../auth/guards";
import { mergeWithNext, sourceHistoryView, splitSegment, type RestructureResult } from "../services/segment-structure";
import { SourceHistoryList } from "../../web/views/segment-structure";
import { pageContext } from "./pages";
import { idParam, readJson } from "./validation";

const Version = z.number().int().min(1);
const SplitBody = z.object({ at: z.number().int().min(0), version: Version });
/** `nextId`, `nextVersion`: the next segment as the client saw it (a 409 when it is another one now). */
const MergeBody = z.object({ version: Version, nextVersion: Version.optional(), nextId: z.number().int().min(1).optional() });

const segmentJson = (s: RestructureResult["segments"][number]) => ({ id: s.id, position: s.position, paragraph: s.paragraph, kind: s.kind, source: s.source, separator: s.separator, sourceVersion: s.sourceVersion, codes: s.codes });

/**
 * Splitting a segment and merging it with the next one (reviewers), and a segment's source
 * history as an HTML fragment for the review page.
 */
export function segmentStructureRoutes({ db, config, qaScheduler }: AppDeps) {
  const app = new Hono<AppEnv>();

  /** The changed segments' sources and translations are checked again, off the request path. */
  const recheck = (result: RestructureResult) => {
    for (const s of result.segments) qaScheduler?.schedule({ segmentId: s.id, lang: result.sourceLang, side: "source" });
    for (const lang of result.langs) qaScheduler?.schedule({ segmentId: result.segments[0]!.id, lang, side: "target" });
  };

  app.post("/api/segments/:id/split", async (c) => {
    const user = requireUser(c);
    const segmentId = idParam(c.req.param("id"), "Segment");
    const body = await readJson(c, SplitBody);
    const result = splitSegment({ db, input: { segmentId, ...body }, actor: user });
    recheck(result);
    return c.json({ articleId: result.articleId, segments: result.segments.map(segmentJson), needsReview: result.langs }, 201);
  });

  app.post("/api/segments/:id/merge-next", async (c) => {
    const user = requireUser(c);
    const segmentId = idParam(c.req.param("id"), "Segment");
    const body = await readJson(c, MergeBody);
    const result = mergeWithNext({ db, input: { segmentId, ...body }, actor: user });
    recheck(result);
    return c.json({ articleId: result.articleId, segment: segmentJson(result.segments[0]!), removed: result.removed, needsReview: result.langs });
  });

  app.get("/fragments/segments/:id/source-history", (c) => {
    requireUser(c);
    const { sourceLang, entries } = sourceHistoryView({ db, input: { segmentId: idParam(c.req.param("id"), "Segment") } });
    return c.html(<SourceHistoryList entries={entries} lang={sourceLang} ctx={pageContext(c, config.secureCookies)} />);
  });

  return app;
}
