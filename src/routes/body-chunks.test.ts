import { describe, expect, it } from "vitest";
import { readBodyChunks } from "./body-chunks";

const streamOf = (chunks: Uint8Array[]) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });

describe("readBodyChunks", () => {
  it("keeps every byte in order, in chunks that own their memory", async () => {
    const pool = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]);
    const chunks = await readBodyChunks(streamOf([pool.subarray(0, 3), new Uint8Array(0), pool.subarray(3)]));
    expect(chunks.map((c) => [...c])).toEqual([[1, 2, 3], [4, 5, 6, 7, 8]]);
    for (const c of chunks) expect(c.byteLength).toBe(c.buffer.byteLength);
    // the views were copied: handing a chunk away leaves the source untouched
    structuredClone(chunks[0], { transfer: [chunks[0]!.buffer as ArrayBuffer] });
    expect([...pool]).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it("reads no body as no chunks", async () => {
    expect(await readBodyChunks(null)).toEqual([]);
  });
});
