/**
 * Typed machine-translation failures. Messages name the provider and what went wrong; they never
 * hold a key or a URL (Google's carries its key), so they may be logged and shown.
 */
export const MT_ERROR_KINDS = ["auth", "quota", "rate-limit", "timeout", "bad-request", "unavailable", "bad-response"] as const;
export type MtErrorKind = (typeof MT_ERROR_KINDS)[number];

export class MtError extends Error {
  constructor(
    readonly provider: string,
    readonly kind: MtErrorKind,
    message: string,
    /** when the provider said to come back (rate limits), in milliseconds */
    readonly retryAfterMs?: number,
    readonly status?: number,
  ) {
    super(`${provider}: ${message}`);
    this.name = "MtError";
  }

  /** Whether trying again later may succeed. */
  get retryable(): boolean {
    return this.kind === "rate-limit" || this.kind === "unavailable" || this.kind === "timeout";
  }
}

/**
 * The kind of a failed HTTP answer when the provider's body says nothing more specific.
 *
 * @example
 * kindOfStatus(429) // "rate-limit"
 */
export function kindOfStatus(status: number): MtErrorKind {
  if (status === 401 || status === 403) return "auth";
  if (status === 429) return "rate-limit";
  if (status === 408 || status === 504) return "timeout";
  if (status >= 500) return "unavailable";
  return "bad-request";
}

/** Removes every secret from a text before it goes into an error (upstream messages may echo a key). */
export function scrub(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text;
  for (const secret of secrets) if (secret && secret.length >= 4) out = out.split(secret).join("[redacted]");
  return out;
}
