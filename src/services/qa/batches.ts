/**
 * How article QA feeds the checks: segment sides a batch at a time (checkJobs runs each check
 * over a whole batch, see domain/qa/run.ts), two batches in flight, so the spelling workers
 * already have the next batch's texts while the main thread runs the other checks and stores.
 */
import { checkJobs, type QaContext, type QaJob } from "../../domain/qa/run";
import type { QaFlag } from "../../domain/qa/types";
import { mapWithLimit } from "../concurrency";

/**
 * Sides per batch. Measured under cachegrind on the NTREX pairs, per pass against checking
 * side by side (3.16 G instructions, 29.6 M first-level instruction-cache misses): 256 sides
 * 2.79 G and 22.1 M; 128 sides 2.86 G and 26.8 M; 512 sides 2.86 G; 2,048 sides 3.10 G, as the
 * batch's intermediate results then outlive the young generation and are copied by the GC.
 */
export const QA_BATCH_SIZE = 256;
export const QA_BATCHES_IN_FLIGHT = 2;

/**
 * The checks of every item (as `jobOf` makes a job of it), then `settle(item, flags)` for each,
 * batch by batch; the settled results in the order of `items`.
 *
 * @example
 * const flags = await checkInBatches(ctx, jobs, (job) => job, (_job, found) => found);
 */
export async function checkInBatches<T, R>(ctx: QaContext, items: readonly T[], jobOf: (item: T) => QaJob, settle: (item: T, flags: QaFlag[]) => R): Promise<R[]> {
  const batches: T[][] = [];
  for (let from = 0; from < items.length; from += QA_BATCH_SIZE) batches.push(items.slice(from, from + QA_BATCH_SIZE));
  const settled = await mapWithLimit(batches, QA_BATCHES_IN_FLIGHT, async (batch) => {
    const found = await checkJobs(ctx, batch.map(jobOf));
    return batch.map((item, at) => settle(item, found[at]!));
  });
  return settled.flat();
}
