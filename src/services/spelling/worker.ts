/** A spelling worker thread: one engine, fed the termbase words and project words, answering checks. */
import { parentPort } from "node:worker_threads";
import { LocalSpeller } from "./local";
import type { WorkerMessage, WorkerReply } from "./protocol";

const ready = LocalSpeller.create();

parentPort!.on("message", async (message: WorkerMessage) => {
  const speller = await ready;
  if (message.type === "terms") return speller.setTerms(message.words);
  if (message.type === "projectWords") return speller.setProjectWords(message.lang, message.words);
  if (message.type === "forget") return speller.engine.forgetWords();
  let reply: WorkerReply;
  try {
    reply = { id: message.id, flags: speller.checkMany(message.requests) };
  } catch (error) {
    reply = { id: message.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
});
