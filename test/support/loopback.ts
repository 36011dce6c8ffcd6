/**
 * A real HTTP server on 127.0.0.1 for protocol clients: each test gives a handler that reads the
 * request as the provider would and answers as it would. Requests are recorded for assertions.
 */
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { HttpPolicy } from "../../src/mt/types";

export type SeenRequest = { method: string; path: string; query: URLSearchParams; headers: IncomingHttpHeaders; body: string; json: any };
export type Reply = { status?: number; json?: unknown; text?: string; headers?: Record<string, string> } | "hang";
export type Handler = (req: SeenRequest, n: number) => Reply | Promise<Reply>;

export type Loopback = { url: string; requests: SeenRequest[]; close(): Promise<void> };

/**
 * @example
 * const server = await loopback((req) => ({ json: { ok: true } }));
 * await fetch(server.url); await server.close();
 */
export async function loopback(handler: Handler): Promise<Loopback> {
  const requests: SeenRequest[] = [];
  const hanging = new Set<import("node:http").ServerResponse>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", async () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      let json: unknown;
      try {
        json = body ? JSON.parse(body) : undefined;
      } catch {
        json = undefined;
      }
      const seen: SeenRequest = { method: req.method ?? "GET", path: url.pathname, query: url.searchParams, headers: req.headers, body, json };
      requests.push(seen);
      const reply = await handler(seen, requests.length);
      if (reply === "hang") {
        hanging.add(res);
        return;
      }
      const text = reply.text ?? (reply.json === undefined ? "" : JSON.stringify(reply.json));
      res.writeHead(reply.status ?? 200, { "content-type": reply.text !== undefined ? "text/plain" : "application/json", ...reply.headers });
      res.end(text);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Small waits so retry and timeout tests stay quick. */
export const FAST_POLICY: HttpPolicy = { timeoutMs: 400, retries: 2, backoffMs: 5, maxRetryWaitMs: 3_000, concurrency: 2 };

/** The error a promise rejects with; fails the test when it resolves. */
export const failure = <E = import("../../src/mt/errors").MtError>(p: Promise<unknown>): Promise<E> =>
  p.then(
    () => {
      throw new Error("expected a failure");
    },
    (e: unknown) => e as E,
  );
