/**
 * Credentials: where a sign-in may send the browser, empty profile changes, and (below) API
 * tokens, admin-token rotation, password changes and login throttling.
 */
import { describe, expect, it } from "vitest";
import { addUser, call, makeTestApp } from "./support/app";

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
