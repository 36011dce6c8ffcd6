/**
 * The spelling service the QA runner uses: in-process (workers = 0, for tests and the CLI) or
 * a pool of worker threads, so a save never waits for Hunspell on the request thread.
 */
import { Worker } from "node:worker_threads";
import { isSpelled, type SpellLang } from "../../domain/languages";
import type { QaFlag } from "../../domain/qa/types";
import { LocalSpeller } from "./local";
import type { CheckRequest, WorkerMessage, WorkerReply } from "./protocol";

export interface SpellingService {
  check(request: CheckRequest): Promise<QaFlag[]>;
  /** Words of every termbase term (lower-cased): never flagged. */
  setTerms(words: Iterable<string>): void;
  setProjectWords(lang: SpellLang, words: Iterable<string>): void;
  /** Forgets every word seen (verdicts and memos), as a first sight: for benchmarks. */
  forgetWords(): void;
  close(): Promise<void>;
}

class LocalService implements SpellingService {
  constructor(private readonly speller: LocalSpeller) {}
  async check(request: CheckRequest) {
    return this.speller.check(request);
  }
  setTerms(words: Iterable<string>) {
    this.speller.setTerms(words);
  }
  setProjectWords(lang: SpellLang, words: Iterable<string>) {
    this.speller.setProjectWords(lang, words);
  }
  forgetWords() {
    this.speller.engine.forgetWords();
  }
  async close() {
    this.speller.engine.dispose();
  }
}

/**
 * Each language is spelled by one worker, so that its words are read (and cached) once: with
 * two workers, Hungarian (the slowest to read) has one to itself and French and English share
 * the other; from three on, each language has its own (more are not used).
 */
const WORKER_ORDER: readonly SpellLang[] = ["hu", "fr", "en"];

class PoolService implements SpellingService {
  private next = 0;
  private readonly pending = new Map<number, { resolve: (f: QaFlag[]) => void; reject: (e: Error) => void }>();

  constructor(private readonly workers: Worker[]) {
    for (const w of workers) {
      w.on("message", (reply: WorkerReply) => {
        const p = this.pending.get(reply.id);
        if (!p) return;
        this.pending.delete(reply.id);
        if (reply.error) p.reject(new Error(reply.error));
        else p.resolve(reply.flags ?? []);
      });
      w.on("error", (error) => {
        for (const p of this.pending.values()) p.reject(error);
        this.pending.clear();
      });
    }
  }

  check(request: CheckRequest): Promise<QaFlag[]> {
    // Chinese has no spelling check: no need to ask a worker.
    const lang = request.lang;
    if (!isSpelled(lang)) return Promise.resolve([]);
    const id = ++this.next;
    const worker = this.workers[Math.min(WORKER_ORDER.indexOf(lang), this.workers.length - 1)]!;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ type: "check", id, request } satisfies WorkerMessage);
    });
  }
  private broadcast(message: WorkerMessage) {
    for (const w of this.workers) w.postMessage(message);
  }
  setTerms(words: Iterable<string>) {
    this.broadcast({ type: "terms", words: [...words] });
  }
  setProjectWords(lang: SpellLang, words: Iterable<string>) {
    this.broadcast({ type: "projectWords", lang, words: [...words] });
  }
  forgetWords() {
    this.broadcast({ type: "forget" });
  }
  async close() {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/**
 * @example
 * const spelling = await createSpellingService({ workers: 1 });
 * await spelling.check({ lang: "fr", side: "source", text: "le grand magaisn" });
 */
export async function createSpellingService({ workers }: { workers: number }): Promise<SpellingService> {
  if (workers <= 0) return new LocalService(await LocalSpeller.create());
  const url = new URL("./worker-entry.mjs", import.meta.url);
  const pool = Array.from({ length: workers }, () => new Worker(url));
  return new PoolService(pool);
}
