/**
 * Instances kept for the life of the process, each so that its class's shape stays alive.
 *
 * V8 gives the instances of a class with fields a shape (hidden class) that nothing holds but
 * its live instances: when a collection finds none, as a memory-reducing one does between two
 * requests of an idle server, the shape dies, and with it every optimized function that checks
 * it ("weak objects" in `node --trace-deopt`). The next texts are then read by unoptimized code
 * until V8 optimizes it again. For the classes made anew for every text (TextWords,
 * SourceNames), that cost bench/qa about 40 deoptimizations and a sixth of its time a pass.
 */
const kept: object[] = [];

/**
 * Keeps `instance` (and so its shape) alive; returns it.
 *
 * @example
 * keepShape(new TextWords("")) // TextWords' shape outlives every text's instance
 */
export function keepShape<T extends object>(instance: T): T {
  kept.push(instance);
  return instance;
}
