import { Hono, type Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { AppDeps, AppEnv } from "../app-types";
import { randomSecret, safeEqual } from "../auth/crypto";
import { CSRF_FIELD, SESSION_COOKIE } from "../auth/middleware";
import { AppError } from "../errors";
import { createSession, deleteSession } from "../services/sessions";
import { authenticate } from "../services/users";
import { clientAddress, underThrottle } from "../auth/sign-in-guard";
import { LoginThrottle } from "../auth/throttle";
import { LoginPage } from "../../web/views/login";
import { pageContext } from "./pages";

/** Before a session exists, the login form is protected by a double-submit cookie. */
export const LOGIN_CSRF_COOKIE = "glossa_login_csrf";

/**
 * Issues the login form's CSRF token (cookie + hidden field). The login page calls it.
 *
 * @example
 * const csrf = issueLoginCsrf(c, config.secureCookies); // <input type="hidden" name="_csrf" value={csrf}>
 */
export function issueLoginCsrf(c: Context, secure: boolean): string {
  const token = getCookie(c, LOGIN_CSRF_COOKIE) ?? randomSecret(18);
  setCookie(c, LOGIN_CSRF_COOKIE, token, { httpOnly: true, sameSite: "Lax", secure, path: "/login" });
  return token;
}

const THIS_SITE = "http://glossa.invalid";

/**
 * Only paths of this site: an open redirect would let a link send users elsewhere after login.
 * Browsers drop tabs and line ends from URLs and read `\` as `/`, so `/<tab>/evil.example/`
 * means `//evil.example/`: the path is resolved as a browser would, and any whitespace,
 * control character or backslash refuses it (a line end would also break the Location header).
 *
 * @example
 * safeNextPath("/articles/1/hu?status=initial") // "/articles/1/hu?status=initial"
 * safeNextPath("/\t/evil.example/") // "/"
 */
export function safeNextPath(next: unknown): string {
  if (typeof next !== "string" || !next.startsWith("/") || /[\s\\\u0000-\u001f\u007f]/.test(next)) return "/";
  let url: URL;
  try {
    url = new URL(next, THIS_SITE);
  } catch {
    return "/";
  }
  const path = `${url.pathname}${url.search}${url.hash}`;
  return url.origin === THIS_SITE && !path.startsWith("//") ? path : "/";
}

/** `POST /login` (form or JSON) and `POST /logout`. The login page itself is in pages. */
export function authRoutes({ db, config, loginThrottle = new LoginThrottle() }: AppDeps) {
  const app = new Hono<AppEnv>();

  app.post("/login", async (c) => {
    const isJson = (c.req.header("content-type") ?? "").includes("json");
    const body: Record<string, unknown> = isJson ? await c.req.json().catch(() => ({})) : await c.req.parseBody();
    const username = typeof body.username === "string" ? body.username : "";
    const password = typeof body.password === "string" ? body.password : "";
    if (!isJson) {
      const cookie = getCookie(c, LOGIN_CSRF_COOKIE);
      const field = body[CSRF_FIELD];
      if (!cookie || typeof field !== "string" || !safeEqual(cookie, field)) {
        return c.redirect(`/login?error=csrf`, 303);
      }
    }
    let userId: number;
    try {
      userId = (await underThrottle(loginThrottle, username, clientAddress(c), () => authenticate({ db, username, password }))).id;
    } catch (error) {
      if (isJson || !(error instanceof AppError)) throw error;
      if (error.code === "TOO_MANY_REQUESTS") {
        const retryAfter = Number(error.details?.retryAfter);
        const csrf = issueLoginCsrf(c, config.secureCookies);
        c.header("retry-after", String(retryAfter));
        return c.html(<LoginPage ctx={pageContext(c, config.secureCookies)} csrf={csrf} next={safeNextPath(body.next)} error="throttled" retryMinutes={Math.ceil(retryAfter / 60)} />, 429);
      }
      if (error.code !== "UNAUTHORIZED") throw error;
      return c.redirect(`/login?error=credentials&next=${encodeURIComponent(safeNextPath(body.next))}`, 303);
    }
    const { cookieValue, csrfToken, expiresAt } = createSession({ db, userId });
    setCookie(c, SESSION_COOKIE, cookieValue, {
      httpOnly: true,
      sameSite: "Lax",
      secure: config.secureCookies,
      path: "/",
      expires: new Date(expiresAt),
    });
    deleteCookie(c, LOGIN_CSRF_COOKIE, { path: "/login" });
    if (isJson) return c.json({ ok: true, csrfToken });
    return c.redirect(safeNextPath(body.next), 303);
  });

  app.post("/logout", (c) => {
    const cookie = getCookie(c, SESSION_COOKIE);
    if (!cookie) throw new AppError("UNAUTHORIZED", "Not signed in");
    deleteSession(db, cookie);
    deleteCookie(c, SESSION_COOKIE, { path: "/" });
    return c.redirect("/login", 303);
  });

  return app;
}
