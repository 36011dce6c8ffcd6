/**
 * Large article imports and other requests: the slowest `/api/health` answer while one article
 * of 1, 2, 4 and 8 MB (plain text, five-sentence paragraphs) is imported through a real HTTP
 * server on loopback (bench/import-health-server.ts, its own process), health being asked 5 ms
 * after each answer meanwhile; the figure is how long after it was due an answer came. The
 * server under test reads and segments the body on the import worker and stores it in steps;
 * the baseline, measured in the same run, reads and segments it on the main thread (as every
 * import did before), also stored in steps. The slowest answer should stay flat as the article
 * grows. The import request goes from a thread of its own, and the asking thread warms its
 * HTTP client first, so the figure is the server's pauses, not the bench's.
 *
 *   npx tsx bench/import-health.ts
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";

const SIZES_MB = [1, 2, 4, 8];
const SENTENCES = ["Le secrétaire général a salué le développement durable.", "Les deux parties ont engagé des échanges approfondis.", "Le centre d'art numérique se trouve à Wangfujing, près du musée."];

function frenchText(bytes: number): string {
  const paragraphs: string[] = [];
  for (let size = 0, i = 0; size < bytes; i++) {
    const p = Array.from({ length: 5 }, (_, k) => `${SENTENCES[(i + k) % 3]!.slice(0, -1)} ${i}.`).join(" ");
    paragraphs.push(p);
    size += Buffer.byteLength(p) + 2;
  }
  return paragraphs.join("\n\n");
}

/**
 * The import request, sent and its 20 MB answer read and parsed on a thread of its own: on the
 * thread asking health, joining and parsing that answer would stall the asking, and the bench
 * would count its own pause as the server's.
 */
const POSTER = `
const { parentPort, workerData } = require("node:worker_threads");
(async () => {
  const { url, token, body } = workerData;
  const res = await fetch(url, { method: "POST", body, headers: { authorization: "Bearer " + token, "content-type": "application/json" } });
  const text = await res.text();
  let segments = 0, error = "";
  try { const article = JSON.parse(text); segments = article.segments ? article.segments.length : 0; if (res.status !== 201) error = text.slice(0, 300); } catch { error = text.slice(0, 300); }
  parentPort.postMessage({ status: res.status, segments, error });
})();
`;

async function postOnOwnThread(url: string, token: string, body: Uint8Array): Promise<{ status: number; segments: number; error: string }> {
  const poster = new Worker(POSTER, { eval: true, workerData: { url, token, body } });
  try {
    const [reply] = (await once(poster, "message")) as [{ status: number; segments: number; error: string }];
    return reply;
  } finally {
    await poster.terminate();
  }
}

type Outcome = { importMs: number; slowestHealthMs: number; healthAnswers: number; segments: number };

/** With `body`, imports it; without, asks health of an idle server for `idleMs` (the noise floor). */
async function importWhileAskingHealth(mode: "worker" | "main", body: Uint8Array<ArrayBuffer> | null, idleMs = 0): Promise<Outcome> {
  const server = spawn(process.execPath, ["--import", "tsx", fileURLToPath(new URL("./import-health-server.ts", import.meta.url)), mode], { stdio: ["pipe", "pipe", "inherit"] });
  const [line] = (await once(server.stdout, "data")) as [Buffer];
  const { port, token } = JSON.parse(line.toString()) as { port: number; token: string };
  const base = `http://127.0.0.1:${port}`;
  try {
    // The first requests of a process load and compile its HTTP client: not the server's time.
    for (let i = 0; i < 20; i++) await (await fetch(`${base}/api/health`)).arrayBuffer();
    let done = false;
    const latencies: number[] = [];
    const asking = (async () => {
      // Timed from when the question was due, not when this process got round to asking it.
      let due = performance.now();
      while (!done) {
        await (await fetch(`${base}/api/health`)).arrayBuffer();
        const answered = performance.now();
        latencies.push(answered - due);
        due = answered + 5;
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    })();
    const start = performance.now();
    if (!body) {
      await new Promise((resolve) => setTimeout(resolve, idleMs));
      done = true;
      await asking;
      return { importMs: 0, slowestHealthMs: Math.max(...latencies), healthAnswers: latencies.length, segments: 0 };
    }
    const { status, segments, error } = await postOnOwnThread(`${base}/api/articles`, token, body);
    const importMs = performance.now() - start;
    done = true;
    await asking;
    if (status !== 201) throw new Error(`import failed: ${status} ${error}`);
    return { importMs, slowestHealthMs: Math.max(...latencies), healthAnswers: latencies.length, segments };
  } finally {
    server.kill();
  }
}

console.log("slowest /api/health answer during one import (how long after it was due); idle: the same server with no import, as long, on this machine now");
for (const mb of SIZES_MB) {
  const body = new TextEncoder().encode(JSON.stringify({ title: `Import ${mb} MB`, sourceLang: "fr", text: frenchText(mb * 1024 * 1024), format: "text" }));
  const worker = await importWhileAskingHealth("worker", body);
  const baseline = await importWhileAskingHealth("main", body);
  const idle = await importWhileAskingHealth("worker", null, worker.importMs);
  console.log(
    `${mb} MB (${worker.segments} segments): import worker ${worker.slowestHealthMs.toFixed(0)} ms (${worker.healthAnswers} answers, import ${(worker.importMs / 1000).toFixed(1)} s); ` +
      `main-thread reading (baseline) ${baseline.slowestHealthMs.toFixed(0)} ms (${baseline.healthAnswers} answers, import ${(baseline.importMs / 1000).toFixed(1)} s); ratio ${(baseline.slowestHealthMs / worker.slowestHealthMs).toFixed(1)}x; ` +
      `idle ${idle.slowestHealthMs.toFixed(0)} ms (${idle.healthAnswers} answers)`,
  );
}
