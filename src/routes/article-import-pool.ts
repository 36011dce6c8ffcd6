/**
 * Article imports off the main thread. Reading a large body (JSON parse, NFC, checks) and
 * cutting it into segments takes seconds for megabytes of text, during which a server on one
 * thread answers nobody; a worker thread does it instead, and the main thread only stores the
 * result in steps (services/article-store). Jobs run one at a time per worker, in order; one
 * running past the time limit is stopped (its worker replaced) and answered 422.
 */
import { Worker } from "node:worker_threads";
import { AppError, ERROR_STATUS, type ErrorCode } from "../errors";
import type { StepwiseArticle } from "../services/article-store";
import type { ArticleFileInput } from "../services/import-file";
import { packedView, type PackedArticle } from "./article-import-wire";

/** What a file import says of its file besides the bytes (the query of POST /api/articles/import). */
export type FileMeta = Omit<ArticleFileInput, "bytes">;

/**
 * The body in the chunks it arrived in (the worker joins them, not the main thread): the JSON
 * of POST /api/articles, or with `file` the raw file of POST /api/articles/import.
 */
export type ImportJob = { id: number; body: Uint8Array[]; file?: FileMeta };
export type ImportReply = { id: number; packed?: PackedArticle; error?: { code: string; message: string; details?: Record<string, unknown> } };

export interface ArticleImportPool {
  /** The request body of an import (whole or in chunks), read and prepared on a worker thread, to store in steps. */
  prepare(body: Uint8Array | readonly Uint8Array[], file?: FileMeta): Promise<StepwiseArticle>;
  close(): Promise<void>;
}

type Pending = { id: number; body: Uint8Array[]; file?: FileMeta; resolve: (p: StepwiseArticle) => void; reject: (e: Error) => void };

/**
 * A chunk whose memory can be handed to the worker: a view of part of a larger buffer (Node
 * cuts request chunks out of its read buffers) is copied first, so nothing else is detached.
 */
export const ownedChunk = (chunk: Uint8Array): Uint8Array => (chunk.byteOffset === 0 && chunk.byteLength === chunk.buffer.byteLength ? chunk : chunk.slice());

const ENTRY = new URL("./article-import-worker-entry.mjs", import.meta.url);

/**
 * @example
 * const pool = createArticleImportPool({ timeoutMs: 60_000 });
 * const prepared = await pool.prepare(new Uint8Array(await c.req.arrayBuffer()));
 */
export function createArticleImportPool({ workers = 1, timeoutMs = 60_000, maxQueued = 32 }: { workers?: number; timeoutMs?: number; maxQueued?: number } = {}): ArticleImportPool {
  const queue: Pending[] = [];
  const slots: Array<{ worker?: Worker; job?: Pending; timer?: NodeJS.Timeout }> = Array.from({ length: Math.max(1, workers) }, () => ({}));
  let nextId = 0;
  let closed = false;

  function settle(slot: (typeof slots)[number], outcome: (job: Pending) => void) {
    const job = slot.job;
    clearTimeout(slot.timer);
    slot.job = undefined;
    if (job) outcome(job);
    dispatch();
  }

  function start(slot: (typeof slots)[number]): Worker {
    const worker = new Worker(ENTRY);
    worker.unref();
    worker.on("message", (reply: ImportReply) => {
      if (reply.id !== slot.job?.id) return;
      settle(slot, (job) => {
        if (reply.packed) return job.resolve(packedView(reply.packed));
        const code = (reply.error?.code ?? "INTERNAL") in ERROR_STATUS ? (reply.error!.code as ErrorCode) : "INTERNAL";
        job.reject(new AppError(code, reply.error?.message ?? "The import failed", reply.error?.details));
      });
    });
    worker.on("error", (error) => {
      slot.worker = undefined;
      settle(slot, (job) => job.reject(error));
    });
    worker.on("exit", () => {
      if (slot.worker === worker) slot.worker = undefined;
    });
    return worker;
  }

  function dispatch() {
    for (const slot of slots) {
      if (slot.job || queue.length === 0 || closed) continue;
      const job = queue.shift()!;
      slot.job = job;
      slot.worker ??= start(slot);
      slot.worker.postMessage({ id: job.id, body: job.body, file: job.file } satisfies ImportJob, job.body.map((chunk) => chunk.buffer as ArrayBuffer));
      slot.timer = setTimeout(() => {
        const worker = slot.worker;
        slot.worker = undefined;
        void worker?.terminate();
        settle(slot, (stuck) => stuck.reject(new AppError("INVALID_FILE", `Reading this article took more than ${Math.round(timeoutMs / 1000)} s; split it into smaller articles or simplify its markup`)));
      }, timeoutMs);
    }
  }

  // Started now, not at the first import: loading the worker's code takes a second or two.
  for (const slot of slots) slot.worker = start(slot);

  return {
    prepare(body, file) {
      if (closed) return Promise.reject(new AppError("BUSY", "The server is shutting down"));
      if (queue.length >= maxQueued) return Promise.reject(new AppError("BUSY", "Too many imports at once; try again in a moment", { retryAfter: 5 }));
      const own = (body instanceof Uint8Array ? [body] : body).map(ownedChunk);
      return new Promise<StepwiseArticle>((resolve, reject) => {
        queue.push({ id: ++nextId, body: own, file, resolve, reject });
        dispatch();
      });
    },
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.reject(new AppError("BUSY", "The server is shutting down"));
      await Promise.all(slots.map(async (slot) => {
        clearTimeout(slot.timer);
        slot.job?.reject(new AppError("BUSY", "The server is shutting down"));
        slot.job = undefined;
        await slot.worker?.terminate();
      }));
    },
  };
}
