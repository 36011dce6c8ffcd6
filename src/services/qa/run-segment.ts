import { and, asc, eq } from "drizzle-orm";
import type { Db, DbOrTx } from "../../db/client";
import { articles, segments, translations } from "../../db/schema";
import type { Lang } from "../../domain/languages";
import { checkJobs, type QaJob } from "../../domain/qa/run";
import type { QaFlag, Side } from "../../domain/qa/types";
import { AppError } from "../../errors";
import { getArticleRow } from "../articles";
import type { SpellingService } from "../spelling/service";
import { checkInBatches } from "./batches";
import { qaContext } from "./context";
import { storeSideFlags, type FlagRow } from "./store";

/** A segment side as read for a check: the job the checks run, and the segment it belongs to. */
type ReadSide = { segmentId: number; job: QaJob };

/** The texts of one segment side; null for a translation that does not exist. */
function readSide(db: Db, input: { segmentId: number; lang: Lang; side: Side }): ReadSide | null {
  const row = db.select({ s: segments, sourceLang: articles.sourceLang }).from(segments).innerJoin(articles, eq(articles.id, segments.articleId)).where(eq(segments.id, input.segmentId)).get();
  if (!row) throw new AppError("NOT_FOUND", `Segment ${input.segmentId} does not exist`);
  const sourceLang = row.sourceLang as Lang;
  const segmentId = row.s.id;
  if (input.side === "source") return { segmentId, job: { side: "source", lang: sourceLang, text: row.s.source } };
  const t = translationNow(db, segmentId, input.lang);
  return t ? { segmentId, job: { side: "target", sourceLang, source: row.s.source, targetLang: input.lang, target: t.text } } : null;
}

const sourceNow = (tx: DbOrTx, segmentId: number) => tx.select({ source: segments.source }).from(segments).where(eq(segments.id, segmentId)).get()?.source;
const translationNow = (tx: DbOrTx, segmentId: number, lang: Lang) => tx.select().from(translations).where(and(eq(translations.segmentId, segmentId), eq(translations.lang, lang))).get();

/** Stores the flags found on the texts of `side`, in one transaction, unless a text changed since. */
function storeSide(db: Db, { segmentId, job }: ReadSide, found: QaFlag[]): FlagRow[] {
  if (job.side === "source") {
    return db.transaction((tx) => (isStale(sourceNow(tx, segmentId), job.text) ? [] : storeSideFlags(tx, { segmentId, lang: job.lang, side: "source", text: job.text, found })));
  }
  const lang = job.targetLang;
  // A term missing from the translation is shown on its source span, but it belongs to this
  // language's run: it is stored with the target language, on the source side.
  const onSource = found.filter((f) => f.side === "source").map((f) => ({ ...f, lang }));
  return db.transaction((tx) => {
    if (isStale(sourceNow(tx, segmentId), job.source) || isStale(translationNow(tx, segmentId, lang)?.text, job.target)) return [];
    return [
      ...storeSideFlags(tx, { segmentId, lang, side: "target", text: job.target, found: found.filter((f) => f.side === "target") }),
      ...storeSideFlags(tx, { segmentId, lang, side: "source", text: job.source, found: onSource }),
    ];
  });
}

/** Runs the checks of one segment side and stores the result (async part first, then one transaction). */
export async function runSegmentQa({ db, spelling, input }: { db: Db; spelling: SpellingService; input: { segmentId: number; lang: Lang; side: Side } }): Promise<FlagRow[]> {
  const side = readSide(db, input);
  if (!side) return [];
  const [found] = await checkJobs(qaContext(db, spelling), [side.job]);
  return storeSide(db, side, found!);
}

/**
 * The texts were checked while a save could land (spelling is awaited): flags of a text that
 * has changed since are dropped, not stored; the save schedules a run of its own.
 */
const isStale = (now: string | undefined, checked: string) => now !== checked;

/**
 * Every check on an article's source and translations (or one language), stored. Each source
 * is checked once and each translation against it, in batches (spelling goes to the worker
 * pool meanwhile); each side is stored in its own transaction.
 */
export async function runArticleQa({ db, spelling, input }: { db: Db; spelling: SpellingService; input: { articleId: number; lang?: Lang } }): Promise<FlagRow[]> {
  const article = getArticleRow(db, input.articleId);
  const segs = db.select().from(segments).where(eq(segments.articleId, input.articleId)).orderBy(asc(segments.position)).all();
  const jobs: Array<{ segmentId: number; lang: Lang; side: Side }> = [];
  for (const s of segs) {
    jobs.push({ segmentId: s.id, lang: article.sourceLang as Lang, side: "source" });
    const langs = db.select({ lang: translations.lang }).from(translations).where(eq(translations.segmentId, s.id)).all().map((r) => r.lang as Lang);
    for (const lang of langs) if (!input.lang || lang === input.lang) jobs.push({ segmentId: s.id, lang, side: "target" });
  }
  const sides = jobs.map((job) => readSide(db, job)).filter((side): side is ReadSide => side !== null);
  const stored = await checkInBatches(qaContext(db, spelling), sides, (side) => side.job, (side, found) => storeSide(db, side, found));
  return stored.flat();
}
