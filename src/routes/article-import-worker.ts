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

parentPort!.on("message", ({ id, body, file }: ImportJob) => {
  let reply: ImportReply;
  try {
    const bytes = body.length === 1 ? body[0]! : Buffer.concat(body);
    const packed = packArticle(prepareArticle(file ? articleFileInput({ bytes, ...file }) : readArticleBody(bytes)));
    reply = { id, packed };
    parentPort!.postMessage(reply, transferablesOf(packed));
    return;
  } catch (error) {
    reply = error instanceof AppError ? { id, error: { code: error.code, message: error.message, details: error.details } } : { id, error: { code: "INTERNAL", message: error instanceof Error ? error.message : String(error) } };
  }
  parentPort!.postMessage(reply);
});
