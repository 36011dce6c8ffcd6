import type { QaScheduleRequest, QaSchedulerLike } from "../../app-types";
import type { Db } from "../../db/client";
import type { SpellingService } from "../spelling/service";
import { runSegmentQa } from "./run-segment";

/**
 * Runs QA after saves, off the request path: requests queue up and run one after another on
 * the next turn of the event loop (spelling itself goes to the worker pool). A request for
 * the same segment side that is still queued is not queued twice.
 */
export function createQaScheduler({ db, spelling, onError = (e) => console.error("[glossa] background QA failed:", e) }: { db: Db; spelling: SpellingService; onError?: (e: unknown) => void }): QaSchedulerLike {
  const queue: QaScheduleRequest[] = [];
  const keys = new Set<string>();
  let running: Promise<void> | undefined;
  let current: string | undefined;
  const key = (r: QaScheduleRequest) => `${r.segmentId}:${r.lang}:${r.side}`;

  async function drain() {
    while (queue.length) {
      const next = queue.shift()!;
      keys.delete(key(next));
      current = key(next);
      try {
        await runSegmentQa({ db, spelling, input: next });
      } catch (error) {
        onError(error);
      } finally {
        current = undefined;
      }
    }
    running = undefined;
  }

  return {
    schedule(request) {
      if (keys.has(key(request))) return;
      keys.add(key(request));
      queue.push(request);
      running ??= new Promise<void>((resolve) => setImmediate(resolve)).then(drain);
    },
    pending(request) {
      return keys.has(key(request)) || current === key(request);
    },
    async idle() {
      while (running) await running;
    },
  };
}
