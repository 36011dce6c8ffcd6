/**
 * README's role table as rules. Routes and services ask these (and `whyCannotSetStatus` for
 * translation saves); the review page asks the same ones to decide what to offer, and
 * test/roles.test.ts checks every endpoint against them. Admins hold every role and every
 * language.
 *
 * Where the table leaves room, the decisions are:
 * - languages: writing, flagging a translation, resolving a flag, correcting a source and
 *   exporting need the language assigned; importing an article needs none (the source is not
 *   written by the importer), nor does flagging the source text translators work from;
 * - flags: translators and reviewers raise them; only reviewers resolve, dismiss or reopen them;
 * - the source is corrected by reviewers of its language (not translators or publishers);
 * - nobody overwrites a translation whose status is above what they may set (a translator does
 *   not rewrite reviewed or final text; a reviewer does not rewrite final text);
 * - articles are imported and exported by publishers; the termbase is exported by
 *   terminologists (like its import); everyone signed in reads both.
 */
import type { Lang } from "./languages";
import { hasAnyRole, type Actor } from "./workflow";

/** Whether the actor may write in `lang` (admins write every language). */
export function isAssigned(actor: Actor, lang: string): boolean {
  return actor.roles.includes("admin") || (actor.languages as readonly string[]).includes(lang);
}

/**
 * @example
 * may.correctSource({ roles: ["reviewer"], languages: ["hu"] }, "fr") // false: not assigned to French
 */
export const may = {
  importArticles: (actor: Actor) => hasAnyRole(actor, "publisher"),
  exportArticle: (actor: Actor, lang: Lang) => hasAnyRole(actor, "publisher") && isAssigned(actor, lang),
  correctSource: (actor: Actor, sourceLang: string) => hasAnyRole(actor, "reviewer") && isAssigned(actor, sourceLang),
  runArticleQa: (actor: Actor) => hasAnyRole(actor, "translator", "reviewer", "publisher"),
  /** a flag on the source needs no language; one on a translation needs its language */
  raiseFlag: (actor: Actor, side: "source" | "target", lang: string) => hasAnyRole(actor, "translator", "reviewer") && (side === "source" || isAssigned(actor, lang)),
  resolveFlag: (actor: Actor, flagLang: string) => hasAnyRole(actor, "reviewer") && isAssigned(actor, flagLang),
  editTermbase: (actor: Actor) => hasAnyRole(actor, "terminologist"),
  exportTermbase: (actor: Actor) => hasAnyRole(actor, "terminologist"),
  editWordList: (actor: Actor, lang: Lang) => hasAnyRole(actor, "terminologist") || (hasAnyRole(actor, "reviewer") && isAssigned(actor, lang)),
  manageUsers: (actor: Actor) => actor.roles.includes("admin"),
};
