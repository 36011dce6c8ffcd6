import { and, asc, eq } from "drizzle-orm";
import type { Db, DbOrTx } from "../../db/client";
import { articles, segments, translations } from "../../db/schema";
import type { Lang } from "../../domain/languages";
import { checkSource, checkTarget } from "../../domain/qa/run";
import type { QaFlag, Side } from "../../domain/qa/types";
import { AppError } from "../../errors";
import { mapWithLimit } from "../concurrency";
import type { SpellingService } from "../spelling/service";
import { qaContext } from "./context";
import { storeSideFlags, type FlagRow } from "./store";

type Job = { segmentId: number; sourceLang: Lang; source: string; lang: Lang; side: Side; target?: string };

async function computeFlags(db: Db, spelling: SpellingService, job: Job): Promise<QaFlag[]> {
  const ctx = qaContext(db, spelling);
  if (job.side === "source") return checkSource(ctx, job.sourceLang, job.source);
  return checkTarget(ctx, { sourceLang: job.sourceLang, source: job.source, targetLang: job.lang, target: job.target ?? "" });
}

/** Runs the checks of one segment side and stores the result (async part first, then one transaction). */
export async function runSegmentQa({ db, spelling, input }: { db: Db; spelling: SpellingService; input: { segmentId: number; lang: Lang; side: Side } }): Promise<FlagRow[]> {
  const row = db.select({ s: segments, sourceLang: articles.sourceLang }).from(segments).innerJoin(articles, eq(articles.id, segments.articleId)).where(eq(segments.id, input.segmentId)).get();
  if (!row) throw new AppError("NOT_FOUND", `Segment ${input.segmentId} does not exist`);
  const sourceLang = row.sourceLang as Lang;
  const sourceNow = (tx: DbOrTx) => tx.select({ source: segments.source }).from(segments).where(eq(segments.id, input.segmentId)).get()?.source;
  if (input.side === "source") {
    const found = await computeFlags(db, spelling, { segmentId: row.s.id, sourceLang, source: row.s.source, lang: sourceLang, side: "source" });
    return db.transaction((tx) => (isStale(sourceNow(tx), row.s.source) ? [] : storeSideFlags(tx, { segmentId: row.s.id, lang: sourceLang, side: "source", text: row.s.source, found })));
  }
  const translationNow = (tx: DbOrTx) => tx.select().from(translations).where(and(eq(translations.segmentId, input.segmentId), eq(translations.lang, input.lang))).get();
  const t = translationNow(db);
  if (!t) return [];
  const found = await computeFlags(db, spelling, { segmentId: row.s.id, sourceLang, source: row.s.source, lang: input.lang, side: "target", target: t.text });
  // A term missing from the translation is shown on its source span, but it belongs to this
  // language's run: it is stored with the target language, on the source side.
  const onSource = found.filter((f) => f.side === "source").map((f) => ({ ...f, lang: input.lang }));
  return db.transaction((tx) => {
    if (isStale(sourceNow(tx), row.s.source) || isStale(translationNow(tx)?.text, t.text)) return [];
    return [
      ...storeSideFlags(tx, { segmentId: row.s.id, lang: input.lang, side: "target", text: t.text, found: found.filter((f) => f.side === "target") }),
      ...storeSideFlags(tx, { segmentId: row.s.id, lang: input.lang, side: "source", text: row.s.source, found: onSource }),
    ];
  });
}

/**
 * The texts were checked while a save could land (spelling is awaited): flags of a text that
 * has changed since are dropped, not stored; the save schedules a run of its own.
 */
const isStale = (now: string | undefined, checked: string) => now !== checked;

/**
 * Segment sides checked at once: enough that the spelling worker always has the next texts
 * queued while the main thread runs the other checks (8 left it idle between replies: article
 * QA of the NTREX pairs took ~850 ms with 8, ~720 ms with 32), few enough to stay light.
 */
export const ARTICLE_QA_CONCURRENCY = 32;

/**
 * Every check on an article's source and translations (or one language), stored. Each source
 * is checked once and each translation against it; segment sides run concurrently (spelling
 * goes to the worker pool meanwhile), each stored in its own transaction.
 */
export async function runArticleQa({ db, spelling, input }: { db: Db; spelling: SpellingService; input: { articleId: number; lang?: Lang } }): Promise<FlagRow[]> {
  const article = db.select().from(articles).where(eq(articles.id, input.articleId)).get();
  if (!article) throw new AppError("NOT_FOUND", `Article ${input.articleId} does not exist`);
  const segs = db.select().from(segments).where(eq(segments.articleId, input.articleId)).orderBy(asc(segments.position)).all();
  const jobs: Array<{ segmentId: number; lang: Lang; side: Side }> = [];
  for (const s of segs) {
    jobs.push({ segmentId: s.id, lang: article.sourceLang as Lang, side: "source" });
    const langs = db.select({ lang: translations.lang }).from(translations).where(eq(translations.segmentId, s.id)).all().map((r) => r.lang as Lang);
    for (const lang of langs) if (!input.lang || lang === input.lang) jobs.push({ segmentId: s.id, lang, side: "target" });
  }
  const results = await mapWithLimit(jobs, ARTICLE_QA_CONCURRENCY, (job) => runSegmentQa({ db, spelling, input: job }));
  return results.flat();
}
