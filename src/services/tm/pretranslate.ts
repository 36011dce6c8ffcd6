/**
 * Pre-translation of an article into chosen languages: for every segment, the best TM match
 * (101% context, then 100% exact, then the best fuzzy match at or above the threshold), then
 * machine translation for what the memory could not fill, when a machine translation stage is
 * configured. Drafts are saved through saveTranslation (a revision and an audit entry each) with
 * status `initial` and origin `tm:<score>` or `mt:<provider>`.
 *
 * Human work is never overwritten. A translation is replaced only when it is an untouched
 * machine draft: status `initial` and origin `mt:…` (any TM match replaces it) or `tm:<score>`
 * (only a higher score replaces it). Anything else is kept: origin `human` (someone wrote or
 * edited it), any status past `initial` (someone accepted it), any other origin. A save that
 * races a human edit fails on its version and is counted as kept.
 */
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { articles, segments, translations } from "../../db/schema";
import type { Lang } from "../../domain/languages";
import { DEFAULT_THRESHOLD } from "../../domain/tm/score";
import { whyCannotSetStatus } from "../../domain/workflow";
import { AppError } from "../../errors";
import { saveTranslation, type TranslationActor } from "../translations";
import { findMatches } from "./lookup";

/** A segment the memory could not fill, as the machine translation stage receives it. */
export type MtRequest = { segmentId: number; source: string; sourceLang: Lang; targetLang: Lang };

/**
 * The extension point for machine translation (added by the MT work): a provider translates a
 * batch of segments and answers in the same order, null where it has no translation. Without
 * one, segments without a TM match stay untranslated and the report says so.
 */
export interface MachineTranslationStage {
  /** saved as the draft's origin `mt:<provider>` */
  readonly provider: string;
  translate(requests: readonly MtRequest[]): Promise<Array<{ text: string } | null>>;
}

export type Outcome = "context" | "exact" | "fuzzy" | "mt" | "kept" | "untranslated";
export type PretranslateProgress = { done: number; total: number };
export type LanguageReport = Record<Outcome, number>;
export type PretranslateReport = {
  articleId: number;
  threshold: number;
  /** the machine translation provider used, or null when none is configured */
  mt: string | null;
  total: number;
  byLanguage: Partial<Record<Lang, LanguageReport>>;
  segments: Array<{ segmentId: number; lang: Lang; outcome: Outcome; score?: number }>;
};

type Current = { text: string; status: string; origin: string; version: number } | undefined;

/** How good the draft already there is, for replacing it: null when it must be kept. */
export function replaceableScore(current: Current): number | null {
  if (!current) return -1;
  if (current.status !== "initial") return null;
  if (current.origin.startsWith("mt:")) return 0;
  const tm = current.origin.match(/^tm:(\d+)$/);
  return tm ? Number(tm[1]) : null;
}

const outcomeOf = (score: number): Outcome => (score === 101 ? "context" : score === 100 ? "exact" : "fuzzy");
const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

export type PretranslateInput = { articleId: number; langs: readonly Lang[]; threshold?: number };

/**
 * Everything that refuses a pre-translation before it starts (unknown article, the source
 * language, a language the actor may not write): routes call it before starting a job, so a
 * refusal is the request's answer rather than a failed job.
 */
export function checkPretranslation({ db, input, actor }: { db: Db; input: PretranslateInput; actor: TranslationActor }) {
  const article = db.select().from(articles).where(eq(articles.id, input.articleId)).get();
  if (!article) throw new AppError("NOT_FOUND", `Article ${input.articleId} does not exist`);
  const langs = [...new Set(input.langs)];
  if (langs.length === 0) throw new AppError("VALIDATION", "Choose at least one language");
  for (const lang of langs) {
    if (lang === article.sourceLang) throw new AppError("VALIDATION", `The source of this article is already in ${lang}`);
    const refusal = whyCannotSetStatus(actor, lang, "initial");
    if (refusal) throw new AppError("FORBIDDEN", refusal);
  }
  return { article, langs };
}

/**
 * @example
 * const report = await pretranslateArticle({ db, input: { articleId, langs: ["hu", "en"] }, actor, onProgress: (p) => bar(p) });
 */
export async function pretranslateArticle({ db, input, actor, mt, onProgress }: {
  db: Db;
  input: PretranslateInput;
  actor: TranslationActor;
  mt?: MachineTranslationStage;
  onProgress?: (progress: PretranslateProgress) => void;
}): Promise<PretranslateReport> {
  const { article, langs } = checkPretranslation({ db, input, actor });
  const threshold = input.threshold ?? DEFAULT_THRESHOLD;
  const sourceLang = article.sourceLang as Lang;
  const segs = db.select().from(segments).where(eq(segments.articleId, article.id)).orderBy(asc(segments.position)).all();
  const report: PretranslateReport = { articleId: article.id, threshold, mt: mt?.provider ?? null, total: segs.length * langs.length, byLanguage: {}, segments: [] };
  let done = 0;
  onProgress?.({ done, total: report.total });

  const record = (segmentId: number, lang: Lang, outcome: Outcome, score?: number) => {
    const counts = (report.byLanguage[lang] ??= { context: 0, exact: 0, fuzzy: 0, mt: 0, kept: 0, untranslated: 0 });
    counts[outcome]++;
    report.segments.push(score === undefined ? { segmentId, lang, outcome } : { segmentId, lang, outcome, score });
  };
  /** Saves a draft unless a human saved first; returns whether it was saved. */
  const save = (segmentId: number, lang: Lang, text: string, origin: string, current: Current) => {
    try {
      saveTranslation({ db, input: { segmentId, lang, text, status: "initial", origin, version: current?.version ?? 0 }, actor });
      return true;
    } catch (e) {
      if (e instanceof AppError && e.code === "STALE_VERSION") return false;
      throw e;
    }
  };

  for (const lang of langs) {
    const forMachine: Array<{ request: MtRequest; current: Current }> = [];
    for (const [i, segment] of segs.entries()) {
      const current = db.select().from(translations).where(and(eq(translations.segmentId, segment.id), eq(translations.lang, lang))).get();
      const floor = replaceableScore(current);
      if (floor === null) record(segment.id, lang, "kept");
      else {
        const best = findMatches(db, {
          text: segment.source,
          sourceLang,
          targetLang: lang,
          threshold,
          limit: 1,
          prevSource: segs[i - 1]?.source ?? "",
          nextSource: segs[i + 1]?.source ?? "",
        }).matches[0];
        if (best && best.score > floor) {
          const saved = save(segment.id, lang, best.target, `tm:${best.score}`, current);
          record(segment.id, lang, saved ? outcomeOf(best.score) : "kept", saved ? best.score : undefined);
        } else if (floor > 0) record(segment.id, lang, "kept");
        else if (mt && floor < 0) forMachine.push({ request: { segmentId: segment.id, source: segment.source, sourceLang, targetLang: lang }, current });
        else record(segment.id, lang, floor === 0 ? "kept" : "untranslated");
      }
      onProgress?.({ done: ++done, total: report.total });
      if (done % 8 === 0) await pause();
    }
    if (mt && forMachine.length) {
      const drafts = await mt.translate(forMachine.map((m) => m.request));
      forMachine.forEach(({ request, current }, k) => {
        const draft = drafts[k];
        if (!draft?.text.trim()) return record(request.segmentId, lang, "untranslated");
        record(request.segmentId, lang, save(request.segmentId, lang, draft.text, `mt:${mt.provider}`, current) ? "mt" : "kept");
      });
    }
  }
  return report;
}
