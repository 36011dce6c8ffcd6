/**
 * HTTP for machine-translation clients: JSON requests with a per-request timeout, retries with
 * backoff on rate limits (429, honouring Retry-After), 503 and timeouts, a bounded number of
 * requests in flight, and failures turned into typed `MtError`s whose messages hold no secret.
 */
import { kindOfStatus, MtError, scrub, type MtErrorKind } from "./errors";
import { createLimiter } from "./limiter";
import type { HttpPolicy } from "./types";

export type HttpCall = {
  url: string;
  method?: "GET" | "POST" | "DELETE";
  headers?: Record<string, string>;
  /** sent as JSON unless a string (then as is, with the content type the caller set) */
  json?: unknown;
  body?: string;
};

/** What a provider's error body says: a more exact kind and a message, when it has them. */
export type ErrorReading = { kind?: MtErrorKind; message?: string };
export type ErrorReader = (status: number, body: string) => ErrorReading;

const MAX_RESPONSE_BYTES = 20 * 1024 * 1024;
const MAX_MESSAGE = 300;

/**
 * Milliseconds to wait from a Retry-After header (seconds or an HTTP date), or undefined.
 *
 * @example
 * retryAfterMs("2") // 2000
 */
export function retryAfterMs(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Reads `{ error: { message } }`, `{ error: "…" }`, `{ message: "…" }` or plain text. */
export function messageOf(body: string): string {
  try {
    const data = JSON.parse(body) as Record<string, unknown>;
    const error = data.error;
    if (typeof error === "string") return error;
    if (error && typeof error === "object" && typeof (error as { message?: unknown }).message === "string") return (error as { message: string }).message;
    if (typeof data.message === "string") return data.message;
    if (typeof data.detail === "string") return data.detail;
  } catch {
    // not JSON: the text itself
  }
  return body.replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").trim();
}

export class HttpClient {
  private readonly limit: <T>(task: () => Promise<T>) => Promise<T>;

  constructor(
    private readonly provider: string,
    private readonly policy: HttpPolicy,
    /** keys and the like, removed from every error message */
    private readonly secrets: readonly (string | undefined)[],
    private readonly readError: ErrorReader = () => ({}),
  ) {
    this.limit = createLimiter(policy.concurrency);
  }

  /**
   * Sends a request and parses the JSON answer, retrying what may succeed later.
   *
   * @example
   * const data = await http.json({ url: `${base}/v2/translate`, method: "POST", headers, json: body });
   */
  async json(call: HttpCall): Promise<unknown> {
    const text = await this.text(call);
    if (text.trim() === "") return null;
    try {
      return JSON.parse(text);
    } catch {
      throw new MtError(this.provider, "bad-response", "the answer is not JSON");
    }
  }

  /** Like `json`, for answers without a body that matters (DELETE). */
  async text(call: HttpCall): Promise<string> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.limit(() => this.once(call));
      } catch (e) {
        if (!(e instanceof MtError) || !e.retryable || attempt >= this.policy.retries) throw e;
        const wait = e.retryAfterMs ?? this.backoff(attempt);
        if (wait > this.policy.maxRetryWaitMs) throw e;
        await sleep(wait);
      }
    }
  }

  private backoff(attempt: number): number {
    const base = this.policy.backoffMs * 2 ** attempt;
    return Math.round(base * (0.75 + Math.random() * 0.5));
  }

  private async once(call: HttpCall): Promise<string> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.policy.timeoutMs);
    const headers: Record<string, string> = { accept: "application/json", ...call.headers };
    let body = call.body;
    if (call.json !== undefined) {
      headers["content-type"] ??= "application/json; charset=utf-8";
      body = JSON.stringify(call.json);
    }
    try {
      const res = await fetch(call.url, { method: call.method ?? "GET", headers, body, signal: controller.signal, redirect: "error" });
      const length = Number(res.headers.get("content-length") ?? 0);
      if (length > MAX_RESPONSE_BYTES) throw new MtError(this.provider, "bad-response", `the answer is larger than ${MAX_RESPONSE_BYTES} bytes`);
      const text = await res.text();
      if (res.ok) return text;
      throw this.failure(res.status, text, res.headers.get("retry-after"));
    } catch (e) {
      if (e instanceof MtError) throw e;
      if (controller.signal.aborted) throw new MtError(this.provider, "timeout", `no answer within ${this.policy.timeoutMs} ms`);
      // fetch's own errors: connection refused or reset, DNS; their text names no secret but keep it short.
      const cause = (e as { cause?: { code?: string } }).cause?.code;
      throw new MtError(this.provider, "unavailable", `cannot reach the service${cause ? ` (${cause})` : ""}`);
    } finally {
      clearTimeout(timer);
    }
  }

  private failure(status: number, body: string, retryAfter: string | null): MtError {
    const reading = this.readError(status, body);
    const kind = reading.kind ?? kindOfStatus(status);
    const detail = scrub(reading.message ?? messageOf(body), this.secrets).slice(0, MAX_MESSAGE);
    const wait = retryAfterMs(retryAfter);
    return new MtError(this.provider, kind, `HTTP ${status}${detail ? `: ${detail}` : ""}`, kind === "rate-limit" || kind === "unavailable" ? wait : undefined, status);
  }
}
