/**
 * Bulk statements in pieces. SQLite refuses a statement with more than 32,766 bound values, so
 * an INSERT of all 4,681 segments of an article (7 values each), or of 2,730 flags, failed. Rows
 * go in chunks small enough for any table (500 rows of up to 60 columns), and long id lists go
 * in sub-selects or chunks.
 */
export const ROWS_PER_STATEMENT = 500;

/**
 * `items` in consecutive pieces of at most `size`.
 *
 * @example
 * chunked([1, 2, 3, 4, 5], 2) // [[1, 2], [3, 4], [5]]
 */
export function chunked<T>(items: readonly T[], size = ROWS_PER_STATEMENT): T[][] {
  const out: T[][] = [];
  for (let from = 0; from < items.length; from += size) out.push(items.slice(from, from + size));
  return out;
}
