/**
 * The server entry point: the only place that reads the environment, opens the database and
 * listens. Everything else receives what it needs from here.
 */
import { serve } from "@hono/node-server";
import { createApp } from "./app";
import { loadConfig } from "./config";
import { openDatabase } from "./db/client";
import { ensureAdmin, seedDemo } from "./db/seed";
import { createRuntimeServices } from "./runtime";
import { discardUnfinishedImports } from "./services/article-store";
import { checkAllArticles } from "./services/qa/check-all";
import { catchUpTranslationMemory } from "./services/tm/backfill";

export async function startServer() {
  const config = loadConfig();
  const db = openDatabase(config.dbPath);
  const discarded = discardUnfinishedImports(db);
  if (discarded) console.log(`[glossa] discarded ${discarded} article import(s) cut short by the last stop`);
  await ensureAdmin(db, config);
  catchUpTranslationMemory(db);
  const seeded = config.demo ? await seedDemo(db, config) : false;
  const runtime = await createRuntimeServices({ db, config });
  // The demo opens with its flags in place (the typo "magaisn" among them); checks run in the background.
  if (seeded) void checkAllArticles({ db, spelling: runtime.spelling! }).catch((e: unknown) => console.error("[glossa] demo QA failed:", e));
  const app = createApp({ db, config, ...runtime });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    console.log(`[glossa] listening on http://localhost:${info.port} (database ${config.dbPath})`);
  });
  const shutdown = async () => {
    server.close();
    await runtime.close();
    db.$client.close();
    process.exit(0);
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
  return server;
}

startServer().catch((error: unknown) => {
  console.error(`[glossa] cannot start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
