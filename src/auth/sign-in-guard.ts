import type { Context } from "hono";
import { AppError } from "../errors";
import type { LoginThrottle } from "./throttle";

/**
 * The client's address as the socket sees it. Behind a reverse proxy every client shares the
 * proxy's address, so the per-address limit then applies to all of them together; the
 * per-account limit is unaffected. (X-Forwarded-For is not trusted: any client can send it.)
 */
export function clientAddress(c: Context): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? "unknown";
}

/**
 * Checks a password under the throttle: refused with 429 while the account or the address is
 * locked (without hashing anything), a wrong password counted, a right one forgiving the
 * account's earlier failures.
 *
 * @example
 * const user = await underThrottle(throttle, username, clientAddress(c), () => authenticate({ db, username, password }));
 */
export async function underThrottle<T>(throttle: LoginThrottle, account: string, address: string, check: () => Promise<T>): Promise<T> {
  const wait = throttle.retryAfter(account, address);
  if (wait > 0) {
    const minutes = Math.ceil(wait / 60_000);
    throw new AppError("TOO_MANY_REQUESTS", `Too many failed sign-ins; try again in ${minutes} minute${minutes === 1 ? "" : "s"}`, { retryAfter: Math.ceil(wait / 1000) });
  }
  try {
    const result = await check();
    throttle.recordSuccess(account);
    return result;
  } catch (error) {
    if (error instanceof AppError && (error.code === "UNAUTHORIZED" || error.code === "FORBIDDEN")) throttle.recordFailure(account, address);
    throw error;
  }
}
