/**
 * Long-running work started by a request (pre-translation) runs as a job: the request gets its
 * id at once and polls GET /api/jobs/:id for progress and, at the end, the result. Jobs live in
 * the memory of the server process that runs them (a restart forgets them; their writes are
 * already committed segment by segment) and are kept for an hour after they finish.
 */
import { randomUUID } from "node:crypto";
import { AppError } from "../errors";

export type JobStatus = "running" | "done" | "failed";
export type Job = {
  id: string;
  kind: string;
  ownerId: number;
  status: JobStatus;
  progress: { done: number; total: number };
  result?: unknown;
  error?: { code: string; message: string };
  createdAt: string;
  finishedAt?: string;
};

const KEEP_MS = 60 * 60 * 1000;
const MAX_JOBS = 200;

export class JobRegistry {
  private jobs = new Map<string, Job>();

  /**
   * Starts `work` without waiting for it; `work` reports progress through its argument.
   *
   * @example
   * const job = registry.start("pretranslate", user.id, (progress) => pretranslateArticle({ ..., onProgress: progress }));
   */
  start(kind: string, ownerId: number, work: (progress: (p: { done: number; total: number }) => void) => Promise<unknown>): Job {
    this.prune();
    if (this.running() >= MAX_JOBS) throw new AppError("CONFLICT", "Too many jobs are running; try again when some have finished");
    const job: Job = { id: randomUUID(), kind, ownerId, status: "running", progress: { done: 0, total: 0 }, createdAt: new Date().toISOString() };
    this.jobs.set(job.id, job);
    void work((p) => (job.progress = { done: p.done, total: p.total })).then(
      (result) => Object.assign(job, { status: "done", result, finishedAt: new Date().toISOString() }),
      (e: unknown) => {
        const error = e instanceof AppError ? { code: e.code, message: e.message } : { code: "INTERNAL", message: "The job failed; it has been logged" };
        if (!(e instanceof AppError)) console.error(`[glossa] job ${job.kind} ${job.id} failed:`, e);
        Object.assign(job, { status: "failed", error, finishedAt: new Date().toISOString() });
      },
    );
    return job;
  }

  /** A job its owner (or an admin) may see; 404 otherwise, so ids cannot be probed. */
  get(id: string, viewer: { id: number; isAdmin: boolean }): Job {
    const job = this.jobs.get(id);
    if (!job || (job.ownerId !== viewer.id && !viewer.isAdmin)) throw new AppError("NOT_FOUND", `Job ${id} does not exist`);
    return job;
  }

  /** Resolves when no job is running (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.running() > 0) await new Promise((r) => setTimeout(r, 5));
  }

  private running() {
    let n = 0;
    for (const job of this.jobs.values()) if (job.status === "running") n++;
    return n;
  }

  private prune() {
    const now = Date.now();
    for (const [id, job] of this.jobs) if (job.finishedAt && now - Date.parse(job.finishedAt) > KEEP_MS) this.jobs.delete(id);
  }
}

const registries = new WeakMap<object, JobRegistry>();

/** The job registry of one application (keyed by its database handle, which each app has its own of). */
export function jobsFor(owner: object): JobRegistry {
  let registry = registries.get(owner);
  if (!registry) registries.set(owner, (registry = new JobRegistry()));
  return registry;
}
