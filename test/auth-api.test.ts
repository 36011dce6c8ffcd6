import { describe, expect, it } from "vitest";
import { ensureAdmin } from "../src/db/seed";
import { addUser, call, makeTestApp } from "./support/app";

function cookiesOf(res: { headers: Headers }): string[] {
  return res.headers.getSetCookie();
}

async function loginWithForm(ctx: ReturnType<typeof makeTestApp>, username: string, password: string) {
  const csrf = "fixed-login-csrf-token";
  const form = new URLSearchParams({ username, password, _csrf: csrf, next: "/articles/1/hu" });
  return ctx.app.request("/login", {
    method: "POST",
    body: form,
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: `glossa_login_csrf=${csrf}` },
  });
}

describe("sessions", () => {
  it("logs in with the form, sets an HttpOnly SameSite=Lax cookie and redirects to next", async () => {
    const ctx = makeTestApp();
    await addUser(ctx.db, ["reviewer"], ["fr"], "anna");
    const res = await loginWithForm(ctx, "anna", "correct horse battery");
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/articles/1/hu");
    const session = cookiesOf(res).find((c) => c.startsWith("glossa_session="))!;
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
    const cookie = session.split(";")[0]!;
    const me = await ctx.app.request("/api/me", { headers: { cookie } });
    expect(me.status).toBe(200);
    expect((await me.json()).username).toBe("anna");
  });

  it("refuses wrong passwords and a missing login CSRF token", async () => {
    const ctx = makeTestApp();
    await addUser(ctx.db, ["reviewer"], ["fr"], "bela");
    const wrong = await loginWithForm(ctx, "bela", "wrong password");
    expect(wrong.headers.get("location")).toMatch(/error=credentials/);
    const noCsrf = await ctx.app.request("/login", {
      method: "POST",
      body: new URLSearchParams({ username: "bela", password: "correct horse battery" }),
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(noCsrf.headers.get("location")).toMatch(/error=csrf/);
    expect(cookiesOf(noCsrf).some((c) => c.startsWith("glossa_session="))).toBe(false);
  });

  it("requires the session's CSRF token on writes made with the cookie", async () => {
    const ctx = makeTestApp();
    await addUser(ctx.db, ["translator"], ["hu"], "csilla");
    const login = await ctx.app.request("/login", {
      method: "POST",
      body: JSON.stringify({ username: "csilla", password: "correct horse battery" }),
      headers: { "content-type": "application/json" },
    });
    const { csrfToken } = await login.json();
    const cookie = cookiesOf(login).find((c) => c.startsWith("glossa_session="))!.split(";")[0]!;
    const body = JSON.stringify({ uiLanguage: "hu" });
    const without = await ctx.app.request("/api/me", { method: "PATCH", body, headers: { cookie, "content-type": "application/json" } });
    expect(without.status).toBe(403);
    expect((await without.json()).code).toBe("CSRF");
    const withToken = await ctx.app.request("/api/me", { method: "PATCH", body, headers: { cookie, "content-type": "application/json", "x-csrf-token": csrfToken } });
    expect(withToken.status).toBe(200);
  });

  it("does not redirect to another site after login", async () => {
    const ctx = makeTestApp();
    await addUser(ctx.db, ["reviewer"], ["fr"], "dora");
    const csrf = "t0k3n";
    const res = await ctx.app.request("/login", {
      method: "POST",
      body: new URLSearchParams({ username: "dora", password: "correct horse battery", _csrf: csrf, next: "//evil.example/x" }),
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: `glossa_login_csrf=${csrf}` },
    });
    expect(res.headers.get("location")).toBe("/");
  });
});

describe("users and the admin token", () => {
  it("GLOSSA_ADMIN_TOKEN gives an admin with every role who may create users", async () => {
    const ctx = makeTestApp({ adminToken: "admin-secret-123" });
    await ensureAdmin(ctx.db, ctx.config);
    await ensureAdmin(ctx.db, ctx.config); // idempotent on restart
    const me = await call(ctx, "GET", "/api/me", { token: "admin-secret-123" });
    expect(me.data.roles).toEqual(expect.arrayContaining(["translator", "reviewer", "terminologist", "publisher", "admin"]));
    const created = await call(ctx, "POST", "/api/users", {
      token: "admin-secret-123",
      json: { username: "eva", password: "long enough pw", roles: ["translator"], languages: ["hu-HU"] },
    });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({ username: "eva", roles: ["translator"], languages: ["hu"] });
    expect(created.data.passwordHash).toBeUndefined();
    const dup = await call(ctx, "POST", "/api/users", {
      token: "admin-secret-123",
      json: { username: "eva", password: "long enough pw", roles: ["translator"], languages: [] },
    });
    expect(dup.status).toBe(409);
  });

  it("refuses user creation to non-admins and bad input to admins", async () => {
    const ctx = makeTestApp();
    const { token } = await addUser(ctx.db, ["publisher"]);
    const { token: admin } = await addUser(ctx.db, ["admin"]);
    const json = { username: "frank", password: "long enough pw", roles: ["translator"], languages: ["fr"] };
    expect((await call(ctx, "POST", "/api/users", { token, json })).status).toBe(403);
    expect((await call(ctx, "POST", "/api/users", { json })).status).toBe(401);
    const badRole = await call(ctx, "POST", "/api/users", { token: admin, json: { ...json, roles: ["wizard"] } });
    expect(badRole.status).toBe(400);
    const badLang = await call(ctx, "POST", "/api/users", { token: admin, json: { ...json, languages: ["de"] } });
    expect(badLang.data.code).toBe("UNKNOWN_LANGUAGE");
    const shortPw = await call(ctx, "POST", "/api/users", { token: admin, json: { ...json, password: "short" } });
    expect(shortPw.status).toBe(400);
  });
});
