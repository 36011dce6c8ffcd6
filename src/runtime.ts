import type { AppDeps } from "./app-types";
import type { Config } from "./config";
import type { Db } from "./db/client";

/**
 * Long-lived services started beside the HTTP server (the QA scheduler and its spelling
 * worker pool). Kept apart from `createApp` so tests can build the app without threads.
 */
export function createRuntimeServices({ db, config }: { db: Db; config: Config }): Pick<AppDeps, "qaScheduler"> & { close(): Promise<void> } {
  void db;
  void config;
  return { close: async () => {} };
}
