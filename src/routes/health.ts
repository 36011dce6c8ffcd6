import { Hono } from "hono";
import type { AppEnv } from "../app-types";

/** `GET /api/health`: no auth, for load balancers and the acceptance checks. */
export function healthRoutes() {
  const app = new Hono<AppEnv>();
  app.get("/api/health", (c) => c.json({ status: "ok" }));
  return app;
}
