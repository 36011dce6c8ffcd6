/**
 * The arithmetic that lets an index find every fuzzy match without scoring the whole memory.
 *
 * A candidate scoring at least T% against a query of n tokens leaves at most
 * k = floor((100 - T) * n / 100) of the query's tokens unmatched (an unmatched token costs a
 * whole edit, and a longer candidate spends its allowance on the extra tokens first). So among
 * any p of the query's token positions a match contains at least p - k: counting, for each
 * unit, how many of the query's rarest tokens it holds and keeping those at p - k or more loses
 * no match (the count filter). Its length m is bounded too, since |n - m| edits are needed at
 * least: T * n / 100 <= m <= 100 * n / T.
 */

/**
 * The bounds a match of a query of `n` tokens must meet at `threshold` percent.
 *
 * @example
 * matchWindow(10, 70) // { missing: 3, minLength: 7, maxLength: 14 }
 */
export function matchWindow(n: number, threshold: number): { missing: number; minLength: number; maxLength: number } {
  return {
    missing: Math.floor(((100 - threshold) * n) / 100),
    minLength: Math.ceil((threshold * n) / 100),
    maxLength: Math.floor((100 * n) / threshold),
  };
}

const LN_BUCKET_RATIO = Math.log(1.15);

/**
 * Posting lists are kept per length bucket, so a lookup reads only units of a possible length.
 * Buckets grow by 15%: a 70% window spans about six of them.
 *
 * @example
 * lengthBucket(1)  // 0
 * lengthBucket(20) // 21
 */
export function lengthBucket(tokens: number): number {
  return tokens <= 1 ? 0 : Math.floor(Math.log(tokens) / LN_BUCKET_RATIO + 1e-9);
}

/** One distinct index term of a query: how many of its positions it covers and its list size. */
export type QueryTerm = { key: string; weight: number; postings: number };

/**
 * Counts, per unit id, the query positions its posting lists cover. One instance is reused
 * across lookups: its arrays grow to the largest id seen and are cleared through the list of
 * ids touched, not refilled.
 */
export class CandidateCounter {
  private counts: Uint16Array = new Uint16Array(1 << 16);
  private touched: Uint32Array = new Uint32Array(1 << 12);
  private touchedCount = 0;
  /** histogram[c]: how many touched ids have count c (survivor counts without a scan) */
  private histogram: number[] = [];

  add(ids: Uint32Array, weight: number): void {
    let counts = this.counts;
    const histogram = this.histogram;
    for (let x = 0; x < ids.length; x++) {
      const id = ids[x]!;
      if (id >= counts.length) counts = this.grow(id);
      const before = counts[id]!;
      if (before === 0) this.touch(id);
      else histogram[before]!--;
      const after = Math.min(before + weight, 0xffff);
      counts[id] = after;
      histogram[after] = (histogram[after] ?? 0) + 1;
    }
  }

  /** How many ids have a count of at least `need`. */
  atLeast(need: number): number {
    let total = 0;
    for (let c = Math.max(need, 1); c < this.histogram.length; c++) total += this.histogram[c] ?? 0;
    return total;
  }

  /** The ids with a count of at least `need`, ascending; clears the counter for the next lookup. */
  take(need: number): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.touchedCount; i++) {
      const id = this.touched[i]!;
      if (this.counts[id]! >= need) out.push(id);
      this.counts[id] = 0;
    }
    this.touchedCount = 0;
    this.histogram = [];
    return out.sort((a, b) => a - b);
  }

  private touch(id: number) {
    if (this.touchedCount === this.touched.length) {
      const bigger = new Uint32Array(this.touched.length * 2);
      bigger.set(this.touched);
      this.touched = bigger;
    }
    this.touched[this.touchedCount++] = id;
  }

  private grow(id: number): Uint16Array {
    let size = this.counts.length;
    while (size <= id) size *= 2;
    const bigger = new Uint16Array(size);
    bigger.set(this.counts);
    this.counts = bigger;
    return bigger;
  }
}

/**
 * Reading one more posting list pays when it costs less than checking the units it may drop.
 * 50 postings per check: on the 1M-unit bench memory, CPU per lookup was 20.6 ms at 200, 18.4 at
 * 100, 16.9 at 50 and 16.2 at 25 (fewer lists read, a few more candidates scored).
 */
const ALWAYS_READ = 512;
const POSTINGS_PER_CHECK = 50;

export type CandidateSearch = {
  terms: readonly QueryTerm[];
  /** query positions a match may leave unmatched (matchWindow().missing) */
  missing: number;
  /** the posting lists of a term (ascending unit ids, one array per stored chunk) */
  read: (key: string) => Iterable<Uint32Array>;
  counter: CandidateCounter;
};

export type CandidateResult = { ids: number[]; listsRead: number; postingsRead: number };

/**
 * The ids of every unit that may score at or above the threshold: the count filter over the
 * rarest terms first. Terms found nowhere are positions no unit matches, so they spend the
 * allowance of missing positions before any list is read; when they spend all of it, nothing
 * can match and nothing is read. Lists are read rarest first, at least enough of them to cover
 * one position more than the allowance, then further ones while a list is small next to the
 * number of candidates it may drop.
 *
 * @example
 * findCandidates({ terms, missing: 3, read: (key) => index.read(key), counter }).ids
 */
export function findCandidates({ terms, missing, read, counter }: CandidateSearch): CandidateResult {
  let allowance = missing;
  for (const t of terms) if (t.postings === 0) allowance -= t.weight;
  const empty = { ids: [], listsRead: 0, postingsRead: 0 };
  if (allowance < 0) return empty;
  const order = terms.filter((t) => t.postings > 0).sort((a, b) => a.postings - b.postings || (a.key < b.key ? -1 : 1));
  let covered = 0;
  let listsRead = 0;
  let postingsRead = 0;
  for (const term of order) {
    if (covered > allowance) {
      const alive = counter.atLeast(covered - allowance);
      if (term.postings > ALWAYS_READ && term.postings > alive * POSTINGS_PER_CHECK) break;
    }
    for (const ids of read(term.key)) {
      counter.add(ids, term.weight);
      postingsRead += ids.length;
    }
    covered += term.weight;
    listsRead++;
  }
  if (covered <= allowance) {
    counter.take(Number.MAX_SAFE_INTEGER);
    return { ...empty, listsRead, postingsRead };
  }
  return { ids: counter.take(covered - allowance), listsRead, postingsRead };
}
