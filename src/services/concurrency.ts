/**
 * Runs `task` over `items` with at most `limit` tasks in flight and returns the results in the
 * order of `items`. Article QA uses it so the spelling worker threads are busy while the main
 * thread runs the other checks of the next segments.
 *
 * @example
 * await mapWithLimit([1, 2, 3], 2, async (n) => n * 2) // [2, 4, 6]
 */
export async function mapWithLimit<T, R>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  async function lane(): Promise<void> {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!, index);
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
  return results;
}
