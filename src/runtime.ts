import type { AppDeps } from "./app-types";
import type { Config } from "./config";
import type { Db } from "./db/client";
import { createArticleImportPool } from "./routes/article-import-pool";
import { createQaScheduler } from "./services/qa";
import { createSpellingService } from "./services/spelling/service";

/**
 * Long-lived services started beside the HTTP server: the spelling worker pool and the QA
 * scheduler that runs checks after every save. Kept apart from `createApp` so tests can build
 * the app without threads.
 */
export async function createRuntimeServices({ db, config }: { db: Db; config: Config }): Promise<Pick<AppDeps, "qaScheduler" | "spelling" | "articleImports"> & { close(): Promise<void> }> {
  const spelling = await createSpellingService({ workers: config.qaWorkers });
  const qaScheduler = createQaScheduler({ db, spelling });
  const articleImports = createArticleImportPool({ timeoutMs: config.importTimeoutMs });
  return {
    spelling,
    qaScheduler,
    articleImports,
    close: async () => {
      await articleImports.close();
      await qaScheduler.idle();
      await spelling.close();
    },
  };
}
