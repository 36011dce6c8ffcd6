import { beforeAll, describe, expect, it } from "vitest";
import { LANGUAGES } from "../src/domain/languages";
import { getUserById, findUserByName } from "../src/services/users";
import { addUser, loginCookie, makeTestApp, visibleText, type TestContext } from "./support/app";

let ctx: TestContext;
let admin: { cookie: string; csrf: string };
let translator: { cookie: string; csrf: string };
const HOSTILE = `<script>window.__xss=1</script>"><img src=x onerror=alert(1)>`;

const get = async (path: string, session: { cookie: string } | null) => {
  const res = await ctx.app.request(path, { headers: session ? { cookie: session.cookie } : {} });
  return { status: res.status, html: await res.text(), location: res.headers.get("location") };
};
const post = async (path: string, session: { cookie: string; csrf: string }, fields: [string, string][], csrf = session.csrf) => {
  const body = new URLSearchParams([["_csrf", csrf], ...fields]);
  const res = await ctx.app.request(path, { method: "POST", body, headers: { cookie: session.cookie, "content-type": "application/x-www-form-urlencoded" } });
  return { status: res.status, html: await res.text(), location: res.headers.get("location"), cookies: res.headers.getSetCookie() };
};

beforeAll(async () => {
  ctx = makeTestApp();
  await addUser(ctx.db, ["admin"], [...LANGUAGES], "boss");
  await addUser(ctx.db, ["translator"], ["hu"], "trans");
  admin = await loginCookie(ctx, "boss");
  translator = await loginCookie(ctx, "trans");
});

describe("profile: happy path", () => {
  it.each(LANGUAGES)("renders in %s without raw keys", async (ui) => {
    const { status, html } = await get(`/profile?ui=${ui}`, translator);
    expect(status).toBe(200);
    expect(visibleText(html)).not.toMatch(/\b(profile|admin|nav)\.[a-zA-Z]+/);
    expect(html).toContain('id="profile-form"');
  });

  it("saves the UI language, and the next page is in it", async () => {
    const res = await post("/profile", translator, [["displayName", "Tímea"], ["uiLanguage", "hu"]]);
    expect(res.status).toBe(303);
    expect(res.cookies.some((c) => c.startsWith("glossa_ui=hu"))).toBe(true);
    expect(getUserById(ctx.db, findUserByName(ctx.db, "trans")!.id)!.uiLanguage).toBe("hu");
    const page = await get("/profile?saved=profile", translator);
    expect(page.html).toContain('<html lang="hu"');
    expect(visibleText(page.html)).toContain("A profil elmentve.");
  });

  it("changes the password and creates an API token shown once", async () => {
    const changed = await post("/profile/password", translator, [["current", "correct horse battery"], ["next", "new horse battery"], ["confirm", "new horse battery"]]);
    expect(changed.status).toBe(303);
    await loginCookie(ctx, "trans", "new horse battery");
    const token = await post("/profile/tokens", translator, [["name", "cli"]]);
    const secret = /id="new-token">([^<]+)</.exec(token.html)![1]!;
    const me = await ctx.app.request("/api/me", { headers: { authorization: `Bearer ${secret}` } });
    expect((await me.json()).username).toBe("trans");
  });
});

describe("profile: errors", () => {
  it("shows password errors in place", async () => {
    const wrong = await post("/profile/password", translator, [["current", "not it at all"], ["next", "another password"], ["confirm", "another password"]]);
    expect(wrong.status).toBe(400);
    expect(wrong.html).toMatch(/role="alert"[^>]*>[^<]+</);
    expect((await post("/profile/password", translator, [["current", "x"], ["next", "short"], ["confirm", "short"]])).status).toBe(400);
    const mismatch = await post("/profile/password", translator, [["current", "x"], ["next", "long enough 1"], ["confirm", "long enough 2"]]);
    expect(mismatch.html).toContain('aria-invalid="true"');
  });

  it("sends signed-out visitors to sign in", async () => {
    expect((await get("/profile", null)).location).toBe("/login?next=%2Fprofile");
    expect((await get("/admin", null)).location).toBe("/login?next=%2Fadmin");
  });
});

describe("admin: happy path", () => {
  it.each(LANGUAGES)("renders in %s without raw keys", async (ui) => {
    const { status, html } = await get(`/admin?ui=${ui}`, admin);
    expect(status).toBe(200);
    expect(html).toContain('id="users-table"');
    expect(html).toContain('id="new-user-form"');
    expect(visibleText(html)).not.toMatch(/\b(profile|admin|nav|lang)\.[a-zA-Z]+/);
  });

  it("creates a user and changes roles and languages per row", async () => {
    const created = await post("/admin/users", admin, [["username", "newbie"], ["password", "a fine password"], ["roles", "translator"], ["languages", "fr"], ["languages", "zh"]]);
    expect(created.status).toBe(303);
    const user = findUserByName(ctx.db, "newbie")!;
    expect(user.languages).toEqual(["fr", "zh"]);
    const saved = await post(`/admin/users/${user.id}`, admin, [["roles", "reviewer"], ["roles", "translator"], ["languages", "hu"], ["displayName", "New Bie"]]);
    expect(saved.status).toBe(303);
    const after = getUserById(ctx.db, user.id)!;
    expect([...after.roles].sort()).toEqual(["reviewer", "translator"]);
    expect(after.languages).toEqual(["hu"]);
    expect(after.disabled).toBe(false);
  });
});

describe("admin: errors and security", () => {
  it("is forbidden to non-admins, and refuses a form without the CSRF token", async () => {
    const page = await get("/admin", translator);
    expect(page.status).toBe(403);
    expect((await post("/admin/users", translator, [["username", "x1"], ["password", "a fine password"], ["roles", "admin"]])).status).toBe(403);
    expect(findUserByName(ctx.db, "x1")).toBeUndefined();
    expect((await post("/admin/users", admin, [["username", "x2"], ["password", "a fine password"], ["roles", "admin"]], "wrong")).status).toBe(403);
    expect(findUserByName(ctx.db, "x2")).toBeUndefined();
  });

  it("shows create errors next to their fields and keeps the values", async () => {
    const res = await post("/admin/users", admin, [["username", "trans"], ["password", "a fine password"], ["roles", "translator"]]);
    expect(res.status).toBe(409);
    expect(visibleText(res.html)).toContain("This username is taken.");
    const bad = await post("/admin/users", admin, [["username", "ok-name"], ["password", "short"]]);
    expect(bad.status).toBe(400);
    expect(visibleText(bad.html)).toContain("At least 8 characters.");
    expect(visibleText(bad.html)).toContain("Give the user at least one role.");
    expect(bad.html).toContain('value="ok-name"');
  });

  it("does not let an admin lock themself out", async () => {
    const self = findUserByName(ctx.db, "boss")!;
    const res = await post(`/admin/users/${self.id}`, admin, [["roles", "translator"]]);
    expect(res.status).toBe(409);
    expect(getUserById(ctx.db, self.id)!.roles).toContain("admin");
  });

  it("escapes display names on the admin and profile pages", async () => {
    await post("/profile", translator, [["displayName", HOSTILE]]);
    const pages = [(await get("/admin", admin)).html, (await get("/profile", translator)).html];
    for (const html of pages) {
      expect(html).not.toContain("<script>window.__xss");
      expect(html).not.toContain("<img src=x");
    }
  });
});
