import { z } from "zod";
import { DEFAULT_THRESHOLD, MIN_THRESHOLD } from "./domain/tm/score";

const booleanFlag = z
  .enum(["0", "1", "true", "false", "yes", "no"])
  .transform((v) => v === "1" || v === "true" || v === "yes");

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(8787),
  HOST: z.string().default("0.0.0.0"),
  GLOSSA_DB: z.string().min(1).default("./data/glossa.db"),
  GLOSSA_DEMO: booleanFlag.default(true),
  GLOSSA_DEMO_PASSWORD: z.string().min(1).optional(),
  GLOSSA_ADMIN_TOKEN: z.string().min(8, "GLOSSA_ADMIN_TOKEN must be at least 8 characters").optional(),
  GLOSSA_MAX_BODY_BYTES: z.coerce.number().int().positive().default(10 * 1024 * 1024),
  GLOSSA_SECURE_COOKIES: booleanFlag.default(false),
  GLOSSA_QA_WORKERS: z.coerce.number().int().min(0).max(16).default(1),
  GLOSSA_TM_THRESHOLD: z.coerce
    .number()
    .int()
    .min(MIN_THRESHOLD, `GLOSSA_TM_THRESHOLD must be between ${MIN_THRESHOLD} and 100`)
    .max(100, `GLOSSA_TM_THRESHOLD must be between ${MIN_THRESHOLD} and 100`)
    .default(DEFAULT_THRESHOLD),
});

export type Config = {
  port: number;
  host: string;
  dbPath: string;
  demo: boolean;
  demoPassword?: string;
  adminToken?: string;
  maxBodyBytes: number;
  secureCookies: boolean;
  /** Worker threads for spelling checks; 0 runs them on the main thread (tests). */
  qaWorkers: number;
  /** The lowest fuzzy match score (percent) TM lookups and pre-translation use by default. */
  tmThreshold: number;
};

/**
 * Reads the environment once. Fails fast with every problem listed, so a typo in a variable
 * stops the server at start rather than at the first request.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dbPath: e.GLOSSA_DB,
    demo: e.GLOSSA_DEMO,
    demoPassword: e.GLOSSA_DEMO_PASSWORD,
    adminToken: e.GLOSSA_ADMIN_TOKEN,
    maxBodyBytes: e.GLOSSA_MAX_BODY_BYTES,
    secureCookies: e.GLOSSA_SECURE_COOKIES,
    qaWorkers: e.GLOSSA_QA_WORKERS,
    tmThreshold: e.GLOSSA_TM_THRESHOLD,
  };
}

/** A configuration for tests: in-memory database, no demo, small limits. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    port: 0,
    host: "127.0.0.1",
    dbPath: ":memory:",
    demo: false,
    maxBodyBytes: 1024 * 1024,
    secureCookies: false,
    qaWorkers: 0,
    tmThreshold: DEFAULT_THRESHOLD,
    ...overrides,
  };
}
