/**
 * Credentials: where a sign-in may send the browser, empty profile changes, and (below) API
 * tokens, admin-token rotation, password changes and login throttling.
 */
import { describe, expect, it } from "vitest";
import { ensureAdmin } from "../src/db/seed";
import { addUser, call, loginCookie, makeTestApp } from "./support/app";

const LOGIN_CSRF = "fixed-login-csrf";
async function formLogin(ctx: ReturnType<typeof makeTestApp>, username: string, password: string, next?: string) {
  const fields: Record<string, string> = { username, password, _csrf: LOGIN_CSRF };
  if (next !== undefined) fields.next = next;
  return ctx.app.request("/login", { method: "POST", body: new URLSearchParams(fields), headers: { "content-type": "application/x-www-form-urlencoded", cookie: `glossa_login_csrf=${LOGIN_CSRF}` } });
}

describe("after sign-in, only same-origin paths", () => {
  const HOSTILE = ["/\t/evil.example/", "/\n/evil.example/", "/\r\n/evil.example", "/\\evil.example/", "//evil.example/", "/.//evil.example/", "/%2F/evil.example", "https://evil.example/", " /x", "/a\nb"];

  it.each(HOSTILE)("next=%j lands on this site, without a 500", async (next) => {
    const ctx = makeTestApp();
    await addUser(ctx.db, ["reviewer"], ["fr"], "redir");
    const res = await formLogin(ctx, "redir", "correct horse battery", next);
    expect(res.status).toBe(303);
    const location = res.headers.get("location")!;
    const landed = new URL(location, "http://glossa.test/");
    expect(landed.origin).toBe("http://glossa.test");
    expect(location.startsWith("/")).toBe(true);
    expect(location.startsWith("//")).toBe(false);
  });

  it("the login page does not carry a hostile next into its form", async () => {
    const ctx = makeTestApp();
    const page = await ctx.app.request("/login?next=/%09/evil.example/");
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('name="next" value="/"');
  });

  it("keeps an ordinary path, its query and fragment", async () => {
    const ctx = makeTestApp();
    await addUser(ctx.db, ["reviewer"], ["fr"], "redir2");
    const res = await formLogin(ctx, "redir2", "correct horse battery", "/articles/1/hu?status=initial#seg-4");
    expect(res.headers.get("location")).toBe("/articles/1/hu?status=initial#seg-4");
    const wrong = await formLogin(ctx, "redir2", "wrong password", "/\n/evil.example/");
    expect(wrong.status).toBe(303);
    expect(wrong.headers.get("location")).toBe("/login?error=credentials&next=%2F");
  });
});

describe("empty profile changes", () => {
  it("PATCH /api/me and /api/users/:id with an empty body are a 400, not a 500", async () => {
    const ctx = makeTestApp();
    const { token } = await addUser(ctx.db, ["admin"]);
    const { user } = await addUser(ctx.db, ["translator"], ["hu"]);
    const me = await call(ctx, "PATCH", "/api/me", { token, json: {} });
    expect(me.status).toBe(400);
    expect(me.data.code).toBe("VALIDATION");
    const other = await call(ctx, "PATCH", `/api/users/${user.id}`, { token, json: {} });
    expect(other.status).toBe(400);
    expect((await call(ctx, "PATCH", `/api/users/${user.id}`, { token, json: { unknown: 1 } })).status).toBe(400);
    expect((await call(ctx, "PATCH", "/api/me", { token, json: { displayName: "Anna" } })).status).toBe(200);
  });
});

describe("GLOSSA_ADMIN_TOKEN rotation", () => {
  it("a changed or removed variable stops the old token at the next start", async () => {
    const ctx = makeTestApp();
    const start = (adminToken?: string) => ensureAdmin(ctx.db, { ...ctx.config, adminToken });
    await start("first-admin-secret");
    expect((await call(ctx, "GET", "/api/me", { token: "first-admin-secret" })).status).toBe(200);
    await start("second-admin-secret");
    expect((await call(ctx, "GET", "/api/me", { token: "first-admin-secret" })).status).toBe(401);
    expect((await call(ctx, "GET", "/api/me", { token: "second-admin-secret" })).status).toBe(200);
    await start(undefined);
    expect((await call(ctx, "GET", "/api/me", { token: "second-admin-secret" })).status).toBe(401);
    // The admin's own tokens are not the variable's: they survive a rotation.
    await start("third-admin-secret");
    const own = await call(ctx, "POST", "/api/me/tokens", { token: "third-admin-secret", json: { name: "laptop" } });
    await start("fourth-admin-secret");
    expect((await call(ctx, "GET", "/api/me", { token: own.data.token })).status).toBe(200);
  });
});

describe("API tokens can be listed and revoked", () => {
  it("by their owner: listed without the secret, and refused once revoked", async () => {
    const ctx = makeTestApp();
    const { token } = await addUser(ctx.db, ["translator"], ["hu"]);
    const made = await call(ctx, "POST", "/api/me/tokens", { token, json: { name: "ci" } });
    expect(made.status).toBe(201);
    const list = await call(ctx, "GET", "/api/me/tokens", { token });
    expect(list.status).toBe(200);
    expect(list.data.tokens.map((t: any) => t.name)).toEqual(["test", "ci"]);
    expect(JSON.stringify(list.data)).not.toContain(made.data.token);
    expect((await call(ctx, "GET", "/api/me", { token: made.data.token })).status).toBe(200);
    expect((await call(ctx, "DELETE", `/api/me/tokens/${made.data.id}`, { token })).status).toBe(204);
    expect((await call(ctx, "GET", "/api/me", { token: made.data.token })).status).toBe(401);
    expect((await call(ctx, "DELETE", `/api/me/tokens/${made.data.id}`, { token })).status).toBe(404);
  });

  it("not by someone else; by an admin, through the user", async () => {
    const ctx = makeTestApp();
    const anna = await addUser(ctx.db, ["translator"], ["hu"]);
    const bela = await addUser(ctx.db, ["reviewer"], ["hu"]);
    const { token: admin } = await addUser(ctx.db, ["admin"]);
    const annaTokens = (await call(ctx, "GET", "/api/me/tokens", { token: anna.token })).data.tokens;
    expect((await call(ctx, "DELETE", `/api/me/tokens/${annaTokens[0].id}`, { token: bela.token })).status).toBe(404);
    expect((await call(ctx, "GET", "/api/me", { token: anna.token })).status).toBe(200);
    expect((await call(ctx, "GET", `/api/users/${anna.user.id}/tokens`, { token: bela.token })).status).toBe(403);
    const listed = await call(ctx, "GET", `/api/users/${anna.user.id}/tokens`, { token: admin });
    expect(listed.data.tokens).toHaveLength(1);
    expect((await call(ctx, "DELETE", `/api/users/${anna.user.id}/tokens/${annaTokens[0].id}`, { token: bela.token })).status).toBe(403);
    expect((await call(ctx, "DELETE", `/api/users/${bela.user.id}/tokens/${annaTokens[0].id}`, { token: admin })).status).toBe(404);
    expect((await call(ctx, "DELETE", `/api/users/${anna.user.id}/tokens/${annaTokens[0].id}`, { token: admin })).status).toBe(204);
    expect((await call(ctx, "GET", "/api/me", { token: anna.token })).status).toBe(401);
  });

  it("on the profile page: each token with a Revoke button, a CSRF-protected form", async () => {
    const ctx = makeTestApp();
    const { user, token } = await addUser(ctx.db, ["translator"], ["hu"], "tokpage");
    const { cookie, csrf } = await loginCookie(ctx, user.username);
    const made = await call(ctx, "POST", "/api/me/tokens", { token, json: { name: "build server" } });
    const page = await (await ctx.app.request("/profile", { headers: { cookie } })).text();
    expect(page).toContain("build server");
    expect(page).toContain(`action="/profile/tokens/${made.data.id}/revoke"`);
    expect(page).not.toContain(made.data.token);
    const revoke = (headers: Record<string, string>, body: URLSearchParams) => ctx.app.request(`/profile/tokens/${made.data.id}/revoke`, { method: "POST", body, headers: { cookie, "content-type": "application/x-www-form-urlencoded", ...headers } });
    expect((await revoke({}, new URLSearchParams())).status).toBe(403);
    expect((await call(ctx, "GET", "/api/me", { token: made.data.token })).status).toBe(200);
    const ok = await revoke({}, new URLSearchParams({ _csrf: csrf }));
    expect(ok.status).toBe(303);
    expect(ok.headers.get("location")).toBe("/profile?saved=tokenRevoked");
    expect((await call(ctx, "GET", "/api/me", { token: made.data.token })).status).toBe(401);
    expect(await (await ctx.app.request("/profile", { headers: { cookie } })).text()).not.toContain("build server");
  });
});

describe("a password change ends every other session and token", () => {
  it("through the API: the calling token stays, other tokens and sessions end", async () => {
    const ctx = makeTestApp();
    const { user, token } = await addUser(ctx.db, ["translator"], ["hu"], "pwapi");
    const other = (await call(ctx, "POST", "/api/me/tokens", { token, json: { name: "other" } })).data.token;
    const { cookie } = await loginCookie(ctx, user.username);
    expect((await call(ctx, "GET", "/api/me", { headers: { cookie } })).status).toBe(200);
    const changed = await call(ctx, "POST", "/api/me/password", { token, json: { current: "correct horse battery", next: "a brand new password" } });
    expect(changed.status).toBe(204);
    expect((await call(ctx, "GET", "/api/me", { token })).status).toBe(200);
    expect((await call(ctx, "GET", "/api/me", { token: other })).status).toBe(401);
    expect((await call(ctx, "GET", "/api/me", { headers: { cookie } })).status).toBe(401);
  });

  it("through the profile page: this session stays, other sessions and the tokens end", async () => {
    const ctx = makeTestApp();
    const { user, token } = await addUser(ctx.db, ["reviewer"], ["hu"], "pwpage");
    const mine = await loginCookie(ctx, user.username);
    const elsewhere = await loginCookie(ctx, user.username);
    const res = await ctx.app.request("/profile/password", {
      method: "POST",
      body: new URLSearchParams({ _csrf: mine.csrf, current: "correct horse battery", next: "a brand new password", confirm: "a brand new password" }),
      headers: { cookie: mine.cookie, "content-type": "application/x-www-form-urlencoded" },
    });
    expect(res.status).toBe(303);
    expect((await call(ctx, "GET", "/api/me", { headers: { cookie: mine.cookie } })).status).toBe(200);
    expect((await call(ctx, "GET", "/api/me", { headers: { cookie: elsewhere.cookie } })).status).toBe(401);
    expect((await call(ctx, "GET", "/api/me", { token })).status).toBe(401);
  });
});
