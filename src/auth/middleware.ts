import type { MiddlewareHandler } from "hono";
import { getCookie } from "hono/cookie";
import type { AppEnv } from "../app-types";
import { AppError } from "../errors";
import { findSession, findUserByToken } from "../services/sessions";
import { toCurrentUser } from "../services/users";
import { safeEqual } from "./crypto";

export const SESSION_COOKIE = "glossa_session";
export const CSRF_HEADER = "x-csrf-token";
export const CSRF_FIELD = "_csrf";

/**
 * Resolves who is calling: `Authorization: Bearer <token>` first (API clients), then the
 * session cookie (browsers). Unknown credentials are not an error here; guards decide.
 */
export function authenticate(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const { db } = c.get("deps");
    const header = c.req.header("authorization");
    if (header) {
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      const found = match?.[1] ? findUserByToken(db, match[1]) : undefined;
      // A wrong token is a 401 even where a session cookie is present: the client meant the token.
      if (!found) throw new AppError("UNAUTHORIZED", "The bearer token is not valid");
      c.set("user", toCurrentUser(found.user, "token", { tokenId: found.tokenId }));
      return next();
    }
    const cookie = getCookie(c, SESSION_COOKIE);
    const session = cookie ? findSession(db, cookie) : undefined;
    c.set("user", session ? toCurrentUser(session.user, "session", { csrfToken: session.csrfToken, sessionHash: session.idHash }) : undefined);
    await next();
  };
}

const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Cookie sessions must prove a write came from our pages: the CSRF token in a header (scripts)
 * or a `_csrf` form field. Token-authenticated calls are exempt: browsers never send bearer
 * tokens on their own.
 */
export function csrfProtection(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const user = c.get("user");
    // /login has its own double-submit check: the form is posted before any session exists.
    if (!UNSAFE.has(c.req.method) || user?.via !== "session" || c.req.path === "/login") return next();
    let sent = c.req.header(CSRF_HEADER);
    if (!sent) {
      const type = c.req.header("content-type") ?? "";
      if (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data")) {
        const form = await c.req.parseBody();
        const field = form[CSRF_FIELD];
        sent = typeof field === "string" ? field : undefined;
      }
    }
    if (!sent || !user.csrfToken || !safeEqual(sent, user.csrfToken)) {
      throw new AppError("CSRF", "This form is out of date or did not come from Glossa; reload the page and try again");
    }
    await next();
  };
}
