/**
 * How article QA feeds the checks: segment sides a batch at a time (checkJobs runs each check
 * over a whole batch, see domain/qa/run.ts), two batches in flight, so the spelling workers
 * already have the next batch's texts while the main thread runs the other checks and stores.
 */
import { checkJobs, type QaContext, type QaJob } from "../../domain/qa/run";
import type { QaFlag } from "../../domain/qa/types";
import { mapWithLimit } from "../concurrency";

/**
 * Sides per batch. Under cachegrind's cache simulation, per pass over the NTREX pairs, against
 * checking side by side (29.6 M first-level instruction-cache misses, 21.4 M data ones): 256
 * sides 22.1 M and 17.6 M; 128 sides 26.8 M and 19.0 M; 512 sides 25.8 M and 19.6 M; 2,048 sides
 * 24.2 M and 20.4 M. Larger batches keep their intermediate results (term hits, flags) alive past
 * young-generation collections, which then copy them.
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
