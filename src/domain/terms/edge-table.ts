/**
 * The transitions of a trie in one open-addressing hash table of typed arrays, keyed by
 * (state, symbol), rather than a Map per state. A 100,000-term termbase has some 300,000
 * states: with a Map each, every step was a cache miss and recognition slowed down as the
 * termbase grew. Symbols are code points (Chinese) or interned word keys (other languages).
 */
export const NO_EDGE = -1;

/** Mixes a (state, symbol) pair into 32 bits; the low bits pick the slot. */
function mix(state: number, symbol: number): number {
  return (Math.imul(state, 0x9e3779b1) ^ Math.imul(symbol, 0x85ebca6b)) >>> 0;
}

/** A second index, independent of the slot, into the filter bitset. */
function filterBit(hash: number, filterMask: number): number {
  return (Math.imul(hash ^ (hash >>> 15), 0x2c1b3c6d) >>> 0) & filterMask;
}

/**
 * @example
 * const edges = new EdgeTable();
 * edges.insert(0, 97, 3);
 * edges.get(0, 97) // 3
 * edges.get(0, 98) // NO_EDGE
 */
export class EdgeTable {
  /** per slot: [from state, symbol, value], NO_EDGE when free */
  private table = new Int32Array(3 * 1024).fill(NO_EDGE);
  private mask = 1023;
  /**
   * One bit per possible edge hash, 8 bits per edge or more: most lookups below the root find
   * no edge, and this small bitset answers them without touching the large table.
   */
  private filter = new Int32Array(128);
  private count = 0;

  /** The value stored for the edge, or NO_EDGE. */
  get(state: number, symbol: number): number {
    const slot = this.slotOf(state, symbol);
    return slot < 0 ? NO_EDGE : this.table[3 * slot + 2]!;
  }

  /** Adds an edge that is not in the table yet. */
  insert(state: number, symbol: number, value: number): void {
    if ((this.count + 1) * 2 > this.mask + 1) this.grow();
    this.place(state, symbol, value);
    this.count++;
  }

  /** ORs `bits` into the value of an existing edge (terminal marks). */
  or(state: number, symbol: number, bits: number): void {
    const at = 3 * this.slotOf(state, symbol) + 2;
    this.table[at] = this.table[at]! | bits;
  }

  private slotOf(state: number, symbol: number): number {
    const hash = mix(state, symbol);
    const bit = filterBit(hash, this.filter.length * 32 - 1);
    if ((this.filter[bit >>> 5]! & (1 << (bit & 31))) === 0) return -1;
    const table = this.table;
    for (let i = hash & this.mask; ; i = (i + 1) & this.mask) {
      const from = table[3 * i]!;
      if (from === NO_EDGE) return -1;
      if (from === state && table[3 * i + 1] === symbol) return i;
    }
  }

  private place(state: number, symbol: number, value: number): void {
    const hash = mix(state, symbol);
    const bit = filterBit(hash, this.filter.length * 32 - 1);
    this.filter[bit >>> 5] = this.filter[bit >>> 5]! | (1 << (bit & 31));
    let i = hash & this.mask;
    while (this.table[3 * i] !== NO_EDGE) i = (i + 1) & this.mask;
    this.table[3 * i] = state;
    this.table[3 * i + 1] = symbol;
    this.table[3 * i + 2] = value;
  }

  /** Doubles the table (kept at most half full, so probe chains stay short). */
  private grow(): void {
    const old = this.table;
    this.mask = this.mask * 2 + 1;
    this.table = new Int32Array(3 * (this.mask + 1)).fill(NO_EDGE);
    this.filter = new Int32Array((this.mask + 1) / 8);
    for (let i = 0; i < old.length; i += 3) if (old[i] !== NO_EDGE) this.place(old[i]!, old[i + 1]!, old[i + 2]!);
  }
}
