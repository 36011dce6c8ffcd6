/**
 * A counting semaphore: at most `max` tasks run at once, the rest wait in order. Each provider
 * has one, so a long pre-translation does not open hundreds of connections to it.
 *
 * @example
 * const limit = createLimiter(4);
 * const results = await Promise.all(chunks.map((c) => limit(() => send(c))));
 */
export function createLimiter(max: number): <T>(task: () => Promise<T>) => Promise<T> {
  if (!Number.isInteger(max) || max < 1) throw new RangeError(`concurrency must be a positive integer, not ${max}`);
  let active = 0;
  const waiting: Array<() => void> = [];
  const release = () => {
    active--;
    waiting.shift()?.();
  };
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (active >= max) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
    try {
      return await task();
    } finally {
      release();
    }
  };
}
