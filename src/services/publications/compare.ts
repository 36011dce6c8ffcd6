import type { Db } from "../../db/client";
import type { Lang } from "../../domain/languages";
import type { PublicationContent } from "../../domain/publishing/content";
import { diffContents, type ContentDiff } from "../../domain/publishing/diff";
import { AppError } from "../../errors";
import { getArticle } from "../articles";
import { getPublication, latestPublication, previousPublication, type PublicationSummary } from "./queries";
import { languageState, targetLanguages, type LanguageState } from "./state";

const summaryOf = <T extends PublicationSummary>({ content: _content, ...summary }: T & { content?: unknown }): PublicationSummary => summary;

/**
 * What changed from one publication to another: `against` "previous" (the version before it;
 * none for the first, so everything reads as added) or another publication's id of the same
 * article and language.
 *
 * @example
 * diffPublication({ db, input: { id: 12, against: "previous" } }).diff.changed
 */
export function diffPublication({ db, input }: { db: Db; input: { id: number; against: "previous" | number } }): { from: PublicationSummary | null; to: PublicationSummary; diff: ContentDiff } {
  const to = getPublication({ db, input: { id: input.id } });
  const from = input.against === "previous" ? previousPublication(db, to) : getPublication({ db, input: { id: input.against } });
  if (from && (from.articleId !== to.articleId || from.lang !== to.lang)) {
    throw new AppError("VALIDATION", `Publication ${from.id} is not of the same article and language as ${to.id}`);
  }
  return { from: from && summaryOf(from), to: summaryOf(to), diff: diffContents(from?.content.segments ?? null, to.content.segments, to.lang) };
}

export type LanguageReadiness = {
  lang: Lang;
  ready: boolean;
  overridable: boolean;
  counts: LanguageState["readiness"]["counts"];
  blockers: LanguageState["readiness"]["blockers"];
  overridden: LanguageState["readiness"]["overridden"];
  /** the hash what would be published now would have */
  contentHash: string;
  latest: PublicationSummary | null;
  /** something differs from the latest publication (true when there is none) */
  changedSinceLatest: boolean;
};

function readinessEntry(db: Db, state: LanguageState): LanguageReadiness {
  const latest = latestPublication(db, state.article.id, state.lang);
  const { counts, blockers, overridden, ready, overridable } = state.readiness;
  return { lang: state.lang, ready, overridable, counts, blockers, overridden, contentHash: state.contentHash, latest: latest && summaryOf(latest), changedSinceLatest: latest?.contentHash !== state.contentHash };
}

/**
 * Per target language: counts by status, what blocks publication (with links to the segments
 * in the review page), and the latest publication.
 *
 * @example
 * articleReadiness({ db, input: { articleId: 1 } }).languages.find((l) => l.lang === "hu")?.ready
 */
export function articleReadiness({ db, input }: { db: Db; input: { articleId: number } }) {
  const article = getArticle({ db, input: { id: input.articleId } });
  const languages = targetLanguages(article.sourceLang).map((lang) => readinessEntry(db, languageState(db, article.id, lang, article)));
  return { articleId: article.id, title: article.title, sourceLang: article.sourceLang as Lang, languages };
}

export type Preview = LanguageReadiness & {
  articleId: number;
  title: string;
  /** what would be published now (targets of segments not yet approved included, see `statuses`) */
  content: PublicationContent;
  statuses: Record<number, string>;
  diff: ContentDiff;
};

/**
 * What publishing now would publish, and its diff against the latest publication: the page a
 * publisher reads before pressing Publish.
 *
 * @example
 * const p = previewPublication({ db, input: { articleId: 1, lang: "hu" } });
 * p.diff.changed; p.contentHash; // send contentHash back as expectedHash when publishing
 */
export function previewPublication({ db, input }: { db: Db; input: { articleId: number; lang: Lang } }): Preview {
  const state = languageState(db, input.articleId, input.lang);
  const entry = readinessEntry(db, state);
  const latest = latestPublication(db, input.articleId, input.lang);
  return {
    ...entry,
    articleId: state.article.id,
    title: state.article.title,
    content: state.content,
    statuses: Object.fromEntries(state.statuses),
    diff: diffContents(latest?.content.segments ?? null, state.content.segments, input.lang),
  };
}
