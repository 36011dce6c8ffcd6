import { describe, expect, it } from "vitest";
import { mapWithLimit } from "./concurrency";

describe("mapWithLimit", () => {
  it("keeps the input order whatever the finishing order", async () => {
    const delays = [30, 5, 20, 1, 10];
    const out = await mapWithLimit(delays, 3, (ms, i) => new Promise<number>((r) => setTimeout(() => r(i), ms)));
    expect(out).toEqual([0, 1, 2, 3, 4]);
  });
  it("never runs more than the limit at once", async () => {
    let running = 0;
    let most = 0;
    await mapWithLimit(Array.from({ length: 20 }, (_, i) => i), 4, async () => {
      most = Math.max(most, ++running);
      await new Promise((r) => setTimeout(r, 2));
      running--;
    });
    expect(most).toBe(4);
  });
  it("rejects when a task fails", async () => {
    await expect(mapWithLimit([1, 2], 2, async (n) => { if (n === 2) throw new Error("boom"); return n; })).rejects.toThrow("boom");
  });
  it("handles no items", async () => {
    expect(await mapWithLimit([], 4, async (n: number) => n)).toEqual([]);
  });
});
