/**
 * The server that bench/import-health.ts measures, in a process of its own (the bench's client
 * work, building and reading tens of megabytes of JSON, must not count as the server's stalls):
 * a real HTTP server on a loopback port over an in-memory database, with the import worker
 * (`worker`) or reading imports on its main thread (`main`). Prints `{ port, token }` once ready.
 *
 *   npx tsx bench/import-health-server.ts worker
 */
import { serve } from "@hono/node-server";
import type { AddressInfo } from "node:net";
import { createApp } from "../src/app";
import { testConfig } from "../src/config";
import { openDatabase } from "../src/db/client";
import { createArticleImportPool } from "../src/routes/article-import-pool";
import { addUserForBench } from "./support";

const withWorker = process.argv[2] === "worker";
const db = openDatabase(":memory:");
const pool = withWorker ? createArticleImportPool({ timeoutMs: 600_000 }) : undefined;
// Loaded before the first measurement, as in a server that has been up a while.
await pool?.prepare(new TextEncoder().encode(JSON.stringify({ title: "T", sourceLang: "fr", text: "Un. Deux." })));
const app = createApp({ db, config: testConfig({ maxBodyBytes: 64 * 1024 * 1024 }), articleImports: pool });
const { token } = await addUserForBench(db);
const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => {
  console.log(JSON.stringify({ port: (server.address() as AddressInfo).port, token }));
});
process.stdin.on("end", () => process.exit(0)).resume();
