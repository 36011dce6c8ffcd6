/**
 * Post-editing effort of an article's machine translations: per segment, the character edit
 * rate from the machine output (translations.mtText) to the current text and the editor time
 * saved since that output; per language and provider, the totals. The provider is the origin
 * of the last machine revision.
 */
import { and, asc, eq, inArray, isNotNull } from "drizzle-orm";
import type { Db } from "../../db/client";
import { articles, segments, translationRevisions, translations } from "../../db/schema";
import { postEditEffort } from "../../domain/effort";
import type { Lang } from "../../domain/languages";
import { isMachineOrigin, providerOf } from "../../domain/origin";
import { AppError } from "../../errors";

export type SegmentEffortRow = {
  segmentId: number;
  position: number;
  lang: Lang;
  provider: string;
  status: string;
  /** the text is still the machine output, untouched */
  untouched: boolean;
  edits: number;
  finalChars: number;
  editRate: number;
  /** editor time saved with the revisions after the machine output; null when none was measured */
  timeSpentMs: number | null;
};
export type EffortGroup = {
  lang: Lang;
  provider: string;
  segments: number;
  untouched: number;
  edits: number;
  finalChars: number;
  /** all edits over all final characters (longer segments weigh more, as in HTER) */
  editRate: number;
  timeSpentMs: number;
  /** segments whose time was measured */
  timedSegments: number;
};
export type ArticleEffort = { articleId: number; title: string; groups: EffortGroup[]; segments: SegmentEffortRow[] };

/**
 * @example
 * const effort = articleEffort({ db, input: { articleId, lang: "hu" } });
 * effort.groups // [{ lang: "hu", provider: "deepl", editRate: 0.12, … }]
 */
export function articleEffort({ db, input }: { db: Db; input: { articleId: number; lang?: Lang } }): ArticleEffort {
  const article = db.select().from(articles).where(eq(articles.id, input.articleId)).get();
  if (!article) throw new AppError("NOT_FOUND", `Article ${input.articleId} does not exist`);
  const rows = db
    .select({ t: translations, position: segments.position })
    .from(translations)
    .innerJoin(segments, eq(segments.id, translations.segmentId))
    .where(and(eq(segments.articleId, article.id), isNotNull(translations.mtText), input.lang ? eq(translations.lang, input.lang) : undefined))
    .orderBy(asc(translations.lang), asc(segments.position))
    .all();
  const revisions = rows.length
    ? db.select().from(translationRevisions).where(inArray(translationRevisions.translationId, rows.map((r) => r.t.id))).orderBy(asc(translationRevisions.version), asc(translationRevisions.id)).all()
    : [];
  const byTranslation = new Map<number, typeof revisions>();
  for (const r of revisions) byTranslation.set(r.translationId, [...(byTranslation.get(r.translationId) ?? []), r]);

  const out: SegmentEffortRow[] = rows.map(({ t, position }) => {
    const history = byTranslation.get(t.id) ?? [];
    const lastMachine = history.map((r) => isMachineOrigin(r.origin)).lastIndexOf(true);
    const after = lastMachine >= 0 ? history.slice(lastMachine + 1) : history;
    const timed = after.filter((r) => r.timeSpentMs !== null);
    const effort = postEditEffort(t.mtText!, t.text);
    return {
      segmentId: t.segmentId,
      position,
      lang: t.lang as Lang,
      provider: providerOf(history[lastMachine]?.origin ?? t.origin) ?? "unknown",
      status: t.status,
      untouched: t.text === t.mtText,
      edits: effort.edits,
      finalChars: effort.finalChars,
      editRate: effort.editRate,
      timeSpentMs: timed.length ? timed.reduce((n, r) => n + r.timeSpentMs!, 0) : null,
    };
  });
  return { articleId: article.id, title: article.title, groups: groupEffort(out), segments: out };
}

function groupEffort(rows: readonly SegmentEffortRow[]): EffortGroup[] {
  const groups = new Map<string, EffortGroup>();
  for (const r of rows) {
    const key = `${r.lang}|${r.provider}`;
    const g = groups.get(key) ?? { lang: r.lang, provider: r.provider, segments: 0, untouched: 0, edits: 0, finalChars: 0, editRate: 0, timeSpentMs: 0, timedSegments: 0 };
    g.segments++;
    if (r.untouched) g.untouched++;
    g.edits += r.edits;
    g.finalChars += r.finalChars;
    if (r.timeSpentMs !== null) {
      g.timeSpentMs += r.timeSpentMs;
      g.timedSegments++;
    }
    g.editRate = g.edits / Math.max(1, g.finalChars);
    groups.set(key, g);
  }
  return [...groups.values()];
}
