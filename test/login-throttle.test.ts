/**
 * Sign-in brute force and hashing load: failed sign-ins are limited per account and per client
 * address (429 with Retry-After, the right password included, until the window passes), and
 * no more than two scrypt hashes run at once, whatever the number of concurrent sign-ins, so
 * the libuv thread pool keeps threads for file reads.
 */
import { describe, expect, it, vi } from "vitest";
import { LoginThrottle } from "../src/auth/throttle";
import { addUser, call, makeTestApp } from "./support/app";

// Count scrypt calls in flight from outside the code under test.
const scryptCalls = vi.hoisted(() => ({ inFlight: 0, max: 0 }));
vi.mock("node:crypto", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:crypto")>();
  const scrypt = (...args: unknown[]) => {
    const callback = args.pop() as (error: Error | null, key: Buffer) => void;
    scryptCalls.inFlight++;
    scryptCalls.max = Math.max(scryptCalls.max, scryptCalls.inFlight);
    (real.scrypt as (...a: unknown[]) => void)(...args, (error: Error | null, key: Buffer) => {
      scryptCalls.inFlight--;
      callback(error, key);
    });
  };
  return { ...real, default: { ...real, scrypt }, scrypt };
});

const PASSWORD = "correct horse battery";
function throttledApp(now: { ms: number }) {
  return makeTestApp({}, { loginThrottle: new LoginThrottle({ now: () => now.ms }) });
}
const login = (ctx: ReturnType<typeof makeTestApp>, username: string, password: string, ip = "203.0.113.7") =>
  ctx.app.request("/login", { method: "POST", body: JSON.stringify({ username, password }), headers: { "content-type": "application/json" } }, { incoming: { socket: { remoteAddress: ip } } });

describe("failed sign-ins are limited", () => {
  it("per account: after 60 wrong tries the right password is refused with 429 for a while, then works", async () => {
    const now = { ms: Date.parse("2024-10-21T08:00:00Z") };
    const ctx = throttledApp(now);
    await addUser(ctx.db, ["translator"], ["hu"], "victim");
    const statuses: number[] = [];
    // From many addresses, so that only the account limit applies.
    for (let i = 0; i < 60; i++) statuses.push((await login(ctx, "victim", `guess ${i}`, `198.51.100.${i}`)).status);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(40);
    const right = await login(ctx, "victim", PASSWORD, "192.0.2.1");
    expect(right.status).toBe(429);
    expect(Number(right.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await right.json()).code).toBe("TOO_MANY_REQUESTS");
    // Another account is not affected.
    await addUser(ctx.db, ["translator"], ["hu"], "bystander");
    expect((await login(ctx, "bystander", PASSWORD, "192.0.2.1")).status).toBe(200);
    now.ms += 16 * 60_000;
    expect((await login(ctx, "victim", PASSWORD, "192.0.2.1")).status).toBe(200);
  }, 60_000);

  it("per address: one client guessing across many accounts is stopped", async () => {
    const now = { ms: Date.parse("2024-10-21T08:00:00Z") };
    const ctx = throttledApp(now);
    await addUser(ctx.db, ["translator"], ["hu"], "someone");
    let last = 0;
    for (let i = 0; i < 60; i++) last = (await login(ctx, `user${i}`, "guess", "203.0.113.50")).status;
    expect(last).toBe(429);
    expect((await login(ctx, "someone", PASSWORD, "203.0.113.50")).status).toBe(429);
    expect((await login(ctx, "someone", PASSWORD, "203.0.113.51")).status).toBe(200);
  }, 60_000);

  it("the sign-in form says so in the page's language, with status 429", async () => {
    const now = { ms: Date.parse("2024-10-21T08:00:00Z") };
    const ctx = throttledApp(now);
    await addUser(ctx.db, ["translator"], ["hu"], "formuser");
    for (let i = 0; i < 12; i++) await login(ctx, "formuser", `guess ${i}`);
    const csrf = "login-csrf";
    const res = await ctx.app.request("/login?ui=fr", { method: "POST", body: new URLSearchParams({ username: "formuser", password: PASSWORD, _csrf: csrf }), headers: { "content-type": "application/x-www-form-urlencoded", cookie: `glossa_login_csrf=${csrf}; glossa_ui=fr` } }, { incoming: { socket: { remoteAddress: "192.0.2.9" } } });
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(await res.text()).toContain("Trop de tentatives");
  });

  it("a wrong current password when changing it counts as a failed sign-in", async () => {
    const now = { ms: Date.parse("2024-10-21T08:00:00Z") };
    const ctx = throttledApp(now);
    const { token } = await addUser(ctx.db, ["translator"], ["hu"], "changer");
    const statuses: number[] = [];
    for (let i = 0; i < 15; i++) statuses.push((await call(ctx, "POST", "/api/me/password", { token, json: { current: `guess ${i}`, next: "a new long password" } })).status);
    expect(statuses[0]).toBe(403);
    expect(statuses.at(-1)).toBe(429);
    expect((await call(ctx, "POST", "/api/me/password", { token, json: { current: PASSWORD, next: "a new long password" } })).status).toBe(429);
  }, 60_000);
});

describe("password hashing is bounded", () => {
  it("runs at most two scrypt hashes at once under 40 concurrent sign-ins, and answers them all", async () => {
    const ctx = makeTestApp();
    await addUser(ctx.db, ["translator"], ["hu"], "crowd");
    scryptCalls.max = 0;
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => login(ctx, "crowd", PASSWORD, `10.0.${i}.1`)));
    expect(results.map((r) => r.status)).toEqual(Array(40).fill(200));
    expect(scryptCalls.max).toBeGreaterThan(0);
    expect(scryptCalls.max).toBeLessThanOrEqual(2);
  }, 60_000);
});
