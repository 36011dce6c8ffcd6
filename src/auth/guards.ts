import type { Context } from "hono";
import type { AppEnv, CurrentUser } from "../app-types";
import type { Lang } from "../domain/languages";
import { hasAnyRole, type Role } from "../domain/workflow";
import { AppError } from "../errors";

/**
 * The signed-in user, or a 401.
 *
 * @example
 * app.get("/api/articles", (c) => { const user = requireUser(c); ... });
 */
export function requireUser(c: Context<AppEnv>): CurrentUser {
  const user = c.get("user");
  if (!user) throw new AppError("UNAUTHORIZED", "Sign in or send an API token");
  return user;
}

/** The signed-in user holding one of `roles` (admins hold them all), or 401/403. */
export function requireRole(c: Context<AppEnv>, ...roles: Role[]): CurrentUser {
  const user = requireUser(c);
  if (!hasAnyRole(user, ...roles)) {
    throw new AppError("FORBIDDEN", `This needs the role ${roles.join(" or ")}`);
  }
  return user;
}

/** Refuses a write in a language the user is not assigned to (admins write all). */
export function requireLanguage(user: CurrentUser, lang: Lang): void {
  if (!user.roles.includes("admin") && !user.languages.includes(lang)) {
    throw new AppError("FORBIDDEN", `You are not assigned to ${lang}`);
  }
}
