import { Hono, type Context } from "hono";
import { setCookie } from "hono/cookie";
import { z } from "zod";
import type { AppDeps, AppEnv, CurrentUser } from "../app-types";
import { LANGUAGES, parseLang } from "../domain/languages";
import { ROLES } from "../domain/workflow";
import { AppError } from "../errors";
import { createApiToken, listApiTokens, revokeApiToken } from "../services/sessions";
import { changePassword, createUser, getUserById, listUsers, toPublicUser, updateUser } from "../services/users";
import { AdminPage, type AdminNotice } from "../../web/views/admin";
import { ForbiddenPage } from "../../web/views/forbidden";
import { ProfilePage, type ProfileNotice } from "../../web/views/profile";
import { pageContext, UI_COOKIE } from "./pages";
import { clientAddress, underThrottle } from "../auth/sign-in-guard";
import { LoginThrottle } from "../auth/throttle";
import { idParam } from "./validation";

type Form = Record<string, string | File | (string | File)[]>;
const text = (form: Form, key: string) => (typeof form[key] === "string" ? (form[key] as string).normalize("NFC").trim() : "");
const list = (form: Form, key: string) => ([] as unknown[]).concat(form[key] ?? form[`${key}[]`] ?? []).filter((v): v is string => typeof v === "string");
const NewUserForm = z.object({
  username: z.string().regex(/^[\w.-]{2,40}$/, "usernameInvalid"),
  password: z.string().min(8, "passwordShort").max(200),
  displayName: z.string().max(100),
  roles: z.array(z.enum(ROLES)).min(1, "rolesEmpty"),
  languages: z.array(z.enum(LANGUAGES)),
});

/** The profile (UI language, display name, password, API tokens) and the admin's user list. */
export function accountPageRoutes({ db, config, loginThrottle = new LoginThrottle() }: AppDeps) {
  const app = new Hono<AppEnv>();
  const signedIn = (c: Context<AppEnv>): CurrentUser | Response => c.get("user") ?? c.redirect(`/login?next=${encodeURIComponent(c.req.path)}`, 303);
  const profile = (c: Context<AppEnv>, user: CurrentUser, notice: ProfileNotice, status: 200 | 400 | 403 | 429 = 200) =>
    c.html(<ProfilePage ctx={pageContext(c, config.secureCookies)} user={toPublicUser(getUserById(db, user.id)!)} tokens={listApiTokens({ db, input: { userId: user.id } })} notice={notice} />, status);

  app.get("/profile", (c) => {
    const user = signedIn(c);
    if (user instanceof Response) return user;
    return profile(c, user, { saved: c.req.query("saved") });
  });

  app.post("/profile", async (c) => {
    const user = signedIn(c);
    if (user instanceof Response) return user;
    const form = (await c.req.parseBody()) as Form;
    const uiLanguage = parseLang(text(form, "uiLanguage")) ?? null;
    const displayName = text(form, "displayName").slice(0, 100) || user.username;
    updateUser({ db, input: { id: user.id, changes: { displayName, uiLanguage } }, actorId: user.id });
    // The cookie outranks the profile when pages pick a language: make the new choice win now.
    if (uiLanguage) setCookie(c, UI_COOKIE, uiLanguage, { path: "/", sameSite: "Lax", secure: config.secureCookies, maxAge: 365 * 86400 });
    else setCookie(c, UI_COOKIE, "", { path: "/", maxAge: 0 });
    return c.redirect("/profile?saved=profile", 303);
  });

  app.post("/profile/password", async (c) => {
    const user = signedIn(c);
    if (user instanceof Response) return user;
    const form = (await c.req.parseBody()) as Form;
    const field = (k: string) => (typeof form[k] === "string" ? (form[k] as string) : "");
    const [current, next, confirm] = [field("current"), field("next"), field("confirm")];
    if (next.length < 8) return profile(c, user, { passwordError: "passwordShort" }, 400);
    if (next !== confirm) return profile(c, user, { passwordError: "passwordMismatch" }, 400);
    try {
      await underThrottle(loginThrottle, user.username, clientAddress(c), () => changePassword({ db, input: { id: user.id, current, next, keep: user }, actorId: user.id }));
    } catch (error) {
      if (error instanceof AppError && error.code === "FORBIDDEN") return profile(c, user, { passwordError: "passwordWrong" }, 400);
      if (error instanceof AppError && error.code === "TOO_MANY_REQUESTS") return profile(c, user, { passwordError: "passwordThrottled" }, 429);
      throw error;
    }
    return c.redirect("/profile?saved=password", 303);
  });

  app.post("/profile/tokens", async (c) => {
    const user = signedIn(c);
    if (user instanceof Response) return user;
    const name = text((await c.req.parseBody()) as Form, "name").slice(0, 100) || "token";
    const { token } = createApiToken({ db, input: { userId: user.id, name }, actorId: user.id });
    return profile(c, user, { newToken: { name, token } });
  });

  app.post("/profile/tokens/:tokenId/revoke", (c) => {
    const user = signedIn(c);
    if (user instanceof Response) return user;
    revokeApiToken({ db, input: { userId: user.id, tokenId: idParam(c.req.param("tokenId"), "Token") }, actorId: user.id });
    return c.redirect("/profile?saved=tokenRevoked", 303);
  });

  const admin = (c: Context<AppEnv>, notice: AdminNotice = {}, status: 200 | 400 | 409 = 200) => c.html(<AdminPage ctx={pageContext(c, config.secureCookies)} users={listUsers(db)} notice={notice} />, status);
  const adminOnly = (c: Context<AppEnv>): CurrentUser | Response => {
    const user = signedIn(c);
    if (user instanceof Response) return user;
    if (user.roles.includes("admin")) return user;
    return new Response(String(<ForbiddenPage ctx={pageContext(c, config.secureCookies)} />), { status: 403, headers: { "content-type": "text/html; charset=utf-8" } });
  };

  app.get("/admin", (c) => {
    const user = adminOnly(c);
    if (user instanceof Response) return user;
    return admin(c, { saved: Number(c.req.query("saved")) || undefined, created: c.req.query("created") });
  });

  app.post("/admin/users", async (c) => {
    const user = adminOnly(c);
    if (user instanceof Response) return user;
    const form = (await c.req.parseBody({ all: true })) as Form;
    const values = { username: text(form, "username"), password: typeof form.password === "string" ? form.password : "", displayName: text(form, "displayName"), roles: list(form, "roles"), languages: list(form, "languages") };
    const parsed = NewUserForm.safeParse(values);
    if (!parsed.success) return admin(c, { createErrors: Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])), createValues: values }, 400);
    try {
      await createUser({ db, input: { ...parsed.data, displayName: parsed.data.displayName || undefined }, actorId: user.id });
    } catch (error) {
      if (error instanceof AppError && error.code === "CONFLICT") return admin(c, { createErrors: { username: "usernameTaken" }, createValues: values }, 409);
      throw error;
    }
    return c.redirect(`/admin?created=${encodeURIComponent(parsed.data.username)}`, 303);
  });

  app.post("/admin/users/:id", async (c) => {
    const user = adminOnly(c);
    if (user instanceof Response) return user;
    const id = Number(c.req.param("id"));
    if (!getUserById(db, id)) throw new AppError("NOT_FOUND", "No such user");
    const form = (await c.req.parseBody({ all: true })) as Form;
    const roles = list(form, "roles").filter((r): r is (typeof ROLES)[number] => (ROLES as readonly string[]).includes(r));
    const languages = list(form, "languages").filter((l): l is (typeof LANGUAGES)[number] => (LANGUAGES as readonly string[]).includes(l));
    const disabled = text(form, "disabled") === "1";
    if (roles.length === 0) return admin(c, { rowError: { id, key: "rolesEmpty" } }, 400);
    if (id === user.id && (disabled || !roles.includes("admin"))) return admin(c, { rowError: { id, key: "selfLockout" } }, 409);
    updateUser({ db, input: { id, changes: { roles, languages, disabled, displayName: text(form, "displayName") || undefined } }, actorId: user.id });
    return c.redirect(`/admin?saved=${id}#user-${id}`, 303);
  });

  return app;
}
