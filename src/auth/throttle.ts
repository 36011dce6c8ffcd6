/**
 * Failed sign-ins, counted per account and per client address over a sliding window. Past the
 * limit, sign-in is refused (429) without checking the password, the right one included,
 * until the oldest failure leaves the window: guessing at 51 tries a second gets nowhere, and
 * a locked attacker costs no scrypt hash. In memory: it protects one server process.
 */
export type ThrottleOptions = {
  /** failures per account in the window before it is locked */
  accountLimit?: number;
  /** failures per client address in the window (across accounts) before it is locked */
  addressLimit?: number;
  windowMs?: number;
  /** keys kept at most; the oldest are forgotten first (a flood of names cannot fill memory) */
  maxKeys?: number;
  now?: () => number;
};

export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();
  private readonly accountLimit: number;
  private readonly addressLimit: number;
  private readonly windowMs: number;
  private readonly maxKeys: number;
  private readonly now: () => number;

  constructor(options: ThrottleOptions = {}) {
    this.accountLimit = options.accountLimit ?? 10;
    this.addressLimit = options.addressLimit ?? 30;
    this.windowMs = options.windowMs ?? 15 * 60_000;
    this.maxKeys = options.maxKeys ?? 50_000;
    this.now = options.now ?? Date.now;
  }

  /**
   * Milliseconds until this account may try again from this address; 0 when it may now.
   *
   * @example
   * const wait = throttle.retryAfter("anna", "203.0.113.7"); // 0, or e.g. 840000
   */
  retryAfter(account: string, address: string): number {
    return Math.max(this.wait(`account:${normalise(account)}`, this.accountLimit), this.wait(`address:${address}`, this.addressLimit));
  }

  recordFailure(account: string, address: string): void {
    this.add(`account:${normalise(account)}`, this.accountLimit);
    this.add(`address:${address}`, this.addressLimit);
  }

  /** A right password forgets the account's failures (not the address's: it may be guessing others). */
  recordSuccess(account: string): void {
    this.failures.delete(`account:${normalise(account)}`);
  }

  private recent(key: string): number[] {
    const since = this.now() - this.windowMs;
    const list = (this.failures.get(key) ?? []).filter((at) => at > since);
    if (list.length) this.failures.set(key, list);
    else this.failures.delete(key);
    return list;
  }

  private wait(key: string, limit: number): number {
    const list = this.recent(key);
    return list.length < limit ? 0 : list[list.length - limit]! + this.windowMs - this.now();
  }

  private add(key: string, limit: number): void {
    const list = this.recent(key);
    list.push(this.now());
    // Only the newest `limit` failures decide anything.
    this.failures.delete(key);
    this.failures.set(key, list.slice(-limit));
    if (this.failures.size > this.maxKeys) this.failures.delete(this.failures.keys().next().value!);
  }
}

const normalise = (account: string) => account.trim().toLowerCase();
