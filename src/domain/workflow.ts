/**
 * Roles, translation statuses and who may move a translation where. Pure rules; the services
 * apply them and the routes turn a refusal into 403.
 */
import type { Lang } from "./languages";

export const ROLES = ["translator", "reviewer", "terminologist", "publisher", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** XLIFF 2 segment states, in workflow order. */
export const STATUSES = ["initial", "translated", "reviewed", "final"] as const;
export type Status = (typeof STATUSES)[number];

export const SEGMENT_KINDS = ["title", "heading", "paragraph", "caption"] as const;
export type SegmentKind = (typeof SEGMENT_KINDS)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}
export function isStatus(value: unknown): value is Status {
  return typeof value === "string" && (STATUSES as readonly string[]).includes(value);
}

/** The highest status each role may set. */
const CEILING: Record<Role, number> = {
  translator: STATUSES.indexOf("translated"),
  reviewer: STATUSES.indexOf("reviewed"),
  terminologist: -1,
  publisher: STATUSES.indexOf("final"),
  admin: STATUSES.indexOf("final"),
};

export type Actor = { roles: readonly Role[]; languages: readonly Lang[] };

/** The highest status this actor may set, or undefined when they may not write translations. */
export function maxStatusFor(actor: Actor): Status | undefined {
  const best = Math.max(...actor.roles.map((r) => CEILING[r]), -1);
  return best < 0 ? undefined : STATUSES[best];
}

/**
 * Why an actor may not save a translation in `lang` with `status`, or `null` when they may.
 * Translators write only their assigned languages; reviewers and publishers likewise unless
 * they are admins (a reviewer revises the languages they know).
 *
 * @example
 * whyCannotSetStatus({ roles: ["translator"], languages: ["hu"] }, "hu", "reviewed")
 * // "A translator may set the status up to translated"
 */
export function whyCannotSetStatus(actor: Actor, lang: Lang, status: Status): string | null {
  const ceiling = maxStatusFor(actor);
  if (ceiling === undefined) return "Your roles do not allow writing translations";
  if (!actor.roles.includes("admin") && !actor.languages.includes(lang)) {
    return `You are not assigned to ${lang}`;
  }
  if (STATUSES.indexOf(status) > STATUSES.indexOf(ceiling)) {
    const role = actor.roles.includes("reviewer") ? "reviewer" : "translator";
    return `A ${role} may set the status up to ${ceiling}`;
  }
  return null;
}

/**
 * Why an actor may not change a translation whose status is now `current`, or null: nobody
 * rewrites what was signed off above their own ceiling (a translator does not overwrite
 * reviewed or final text, a reviewer does not overwrite final text).
 *
 * @example
 * whyCannotOverwrite({ roles: ["translator"], languages: ["hu"] }, "final")
 * // "This translation is final: a translator may change translations up to translated"
 */
export function whyCannotOverwrite(actor: Actor, current: Status): string | null {
  const ceiling = maxStatusFor(actor);
  if (ceiling === undefined) return "Your roles do not allow writing translations";
  if (STATUSES.indexOf(current) <= STATUSES.indexOf(ceiling)) return null;
  const role = actor.roles.includes("reviewer") ? "reviewer" : "translator";
  return `This translation is ${current}: a ${role} may change translations up to ${ceiling}`;
}

/** The status a save gets when the client names none: the highest the actor may set. */
export function defaultSaveStatus(actor: Actor): Status {
  return maxStatusFor(actor) ?? "translated";
}

export function hasAnyRole(actor: { roles: readonly Role[] }, ...roles: Role[]): boolean {
  return actor.roles.includes("admin") || roles.some((r) => actor.roles.includes(r));
}
