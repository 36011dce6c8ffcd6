/**
 * The import worker thread: reads an import body (UTF-8, JSON, validation; or a raw article
 * file, decoded or unzipped) and prepares the
 * article (parse, segment, checks), all off the main thread, and sends it back packed.
 */
import { parentPort } from "node:worker_threads";
import { AppError } from "../errors";
import { prepareArticle } from "../services/article-prepare";
import { articleFileInput } from "../services/import-file";
import { readArticleBody } from "./article-body";
import type { ImportJob, ImportReply } from "./article-import-pool";
import { packArticle, transferablesOf } from "./article-import-wire";

function joinChunks(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const whole = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let at = 0;
  for (const chunk of chunks) {
    whole.set(chunk, at);
    at += chunk.byteLength;
  }
  return whole;
}

parentPort!.on("message", ({ id, body, file }: ImportJob) => {
  let reply: ImportReply;
  try {
    const bytes = joinChunks(body);
    const packed = packArticle(prepareArticle(file ? articleFileInput({ bytes, ...file }) : readArticleBody(bytes)));
    reply = { id, packed };
    parentPort!.postMessage(reply, transferablesOf(packed));
    return;
  } catch (error) {
    reply = error instanceof AppError ? { id, error: { code: error.code, message: error.message, details: error.details } } : { id, error: { code: "INTERNAL", message: error instanceof Error ? error.message : String(error) } };
  }
  parentPort!.postMessage(reply);
});
