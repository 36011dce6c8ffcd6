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
  /** The flags of each text, in the order asked: one message per worker, not one per text. */
  checkMany(requests: readonly CheckRequest[]): Promise<QaFlag[][]>;
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
  async checkMany(requests: readonly CheckRequest[]) {
    return this.speller.checkMany(requests);
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
  private readonly pending = new Map<number, { resolve: (f: QaFlag[][]) => void; reject: (e: Error) => void }>();

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

  async check(request: CheckRequest): Promise<QaFlag[]> {
    return (await this.checkMany([request]))[0]!;
  }

  async checkMany(requests: readonly CheckRequest[]): Promise<QaFlag[][]> {
    const found: QaFlag[][] = requests.map(() => []);
    // Each worker gets its languages' texts in one message. Chinese has no spelling check: no
    // need to ask a worker.
    const byWorker = new Map<Worker, number[]>();
    requests.forEach((request, at) => {
      if (!isSpelled(request.lang)) return;
      const worker = this.workers[Math.min(WORKER_ORDER.indexOf(request.lang), this.workers.length - 1)]!;
      const positions = byWorker.get(worker);
      if (positions) positions.push(at);
      else byWorker.set(worker, [at]);
    });
    await Promise.all(
      [...byWorker].map(async ([worker, positions]) => {
        const flags = await this.ask(worker, positions.map((at) => requests[at]!));
        positions.forEach((at, k) => (found[at] = flags[k] ?? []));
      }),
    );
    return found;
  }

  private ask(worker: Worker, requests: CheckRequest[]): Promise<QaFlag[][]> {
    const id = ++this.next;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ type: "check", id, requests } satisfies WorkerMessage);
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
