/**
 * Cutting a batch of segments into requests a provider accepts: at most `maxItems` texts and
 * `maxChars` characters each (a single longer text goes alone; the provider judges it).
 */
export type Chunk<T> = { start: number; items: T[] };

/**
 * @example
 * chunk(["a", "bb", "ccc"], (s) => s.length, { maxItems: 2, maxChars: 3 }) // [{start:0,items:["a","bb"]},{start:2,items:["ccc"]}]
 */
export function chunk<T>(items: readonly T[], size: (item: T) => number, limits: { maxItems: number; maxChars: number }): Chunk<T>[] {
  const chunks: Chunk<T>[] = [];
  let current: Chunk<T> | undefined;
  let chars = 0;
  items.forEach((item, i) => {
    const n = size(item);
    if (!current || current.items.length >= limits.maxItems || (chars + n > limits.maxChars && current.items.length > 0)) {
      current = { start: i, items: [] };
      chunks.push(current);
      chars = 0;
    }
    current.items.push(item);
    chars += n;
  });
  return chunks;
}

/**
 * Runs every chunk (the provider's limiter bounds how many at once) and puts the answers back in
 * the order of the items.
 */
export async function translateInChunks<T>(chunks: Chunk<T>[], total: number, run: (items: T[]) => Promise<string[]>): Promise<string[]> {
  const out: string[] = new Array<string>(total);
  await Promise.all(
    chunks.map(async (c) => {
      const texts = await run(c.items);
      texts.forEach((t, k) => (out[c.start + k] = t));
    }),
  );
  return out;
}
