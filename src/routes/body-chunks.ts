/**
 * A request body read as the chunks it arrives in, one chunk per turn of the event loop.
 * `Request.arrayBuffer()` joins a large body in one synchronous copy at the end (an 8 MB import
 * blocked the server for about 50 ms); the import worker joins the chunks instead. Each chunk
 * is copied into memory of its own as it arrives, so it can be handed to the worker.
 * The body limit still holds: Hono's bodyLimit wraps this same stream.
 */
import { ownedChunk } from "./article-import-pool";

/**
 * @example
 * const chunks = await readBodyChunks(c.req.raw.body); // Uint8Array[]
 */
export async function readBodyChunks(body: ReadableStream<Uint8Array> | null): Promise<Uint8Array[]> {
  if (!body) return [];
  const chunks: Uint8Array[] = [];
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return chunks;
    if (value.byteLength > 0) chunks.push(ownedChunk(value));
  }
}
