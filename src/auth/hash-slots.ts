import { AppError } from "../errors";

/**
 * scrypt runs on libuv's thread pool (4 threads), which file reads share: 200 concurrent
 * sign-ins used to fill it and static files took 2.5 s instead of 3 ms. At most
 * `HASHES_AT_ONCE` hashes run at a time; the others wait their turn here, and past
 * `MAX_WAITING` a sign-in is refused as busy rather than queued without end.
 */
export const HASHES_AT_ONCE = 2;
export const MAX_WAITING = 256;

let running = 0;
const waiting: Array<() => void> = [];

/**
 * Runs `hash` when a slot is free.
 *
 * @example
 * const key = await inHashSlot(() => scrypt(password, salt, 32, params));
 */
export async function inHashSlot<T>(hash: () => Promise<T>): Promise<T> {
  if (running >= HASHES_AT_ONCE) {
    if (waiting.length >= MAX_WAITING) throw new AppError("BUSY", "Too many sign-ins at once; try again in a moment", { retryAfter: 1 });
    await new Promise<void>((resolve) => waiting.push(resolve));
  } else running++;
  try {
    return await hash();
  } finally {
    // Hand the slot straight to the next waiter, or free it.
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}
