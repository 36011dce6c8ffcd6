/**
 * Uploads waiting for the terminologist to confirm their previewed import: kept in memory for
 * a quarter of an hour under a random token, for the user who uploaded them only.
 */
import { randomBytes } from "node:crypto";
import { AppError } from "../../errors";
import type { FileImportOptions, GlossaryFormat } from "./files";

type Pending = { userId: number; bytes: Uint8Array; format: GlossaryFormat; options: FileImportOptions; expiresAt: number };

const TTL_MS = 15 * 60 * 1000;
/** At most this many previews wait at once (the oldest go first), bounding the memory they hold. */
const MAX_PENDING = 20;
const pending = new Map<string, Pending>();

function sweep(now: number) {
  for (const [token, p] of pending) if (p.expiresAt <= now) pending.delete(token);
  while (pending.size >= MAX_PENDING) pending.delete(pending.keys().next().value!);
}

/**
 * @example
 * const token = holdUpload({ userId, bytes, format: "tbx", options: {} }); takeUpload(token, userId)
 */
export function holdUpload(upload: Omit<Pending, "expiresAt">, now = Date.now()): string {
  sweep(now);
  const token = randomBytes(18).toString("base64url");
  pending.set(token, { ...upload, expiresAt: now + TTL_MS });
  return token;
}

/** The held upload, removed from the store; PREVIEW_EXPIRED when it is gone or belongs to someone else. */
export function takeUpload(token: string, userId: number, now = Date.now()): Omit<Pending, "expiresAt" | "userId"> {
  const p = pending.get(token);
  if (!p || p.userId !== userId || p.expiresAt <= now) throw new AppError("NOT_FOUND", "The import preview has expired: choose the file again");
  pending.delete(token);
  return { bytes: p.bytes, format: p.format, options: p.options };
}
