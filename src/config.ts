import { z } from "zod";
import { DEFAULT_THRESHOLD, MIN_THRESHOLD } from "./domain/tm/score";
import { PROVIDER_NAMES, type ProviderName } from "./mt/types";

const booleanFlag = z
  .enum(["0", "1", "true", "false", "yes", "no"])
  .transform((v) => v === "1" || v === "true" || v === "yes");

/** Empty variables count as unset, so `GLOSSA_MT_DEEPL_KEY=` in a .env file configures nothing. */
const blankAsUnset = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const secret = z.preprocess(blankAsUnset, z.string().trim().min(4).optional());
const httpUrl = z.preprocess(blankAsUnset, z.string().trim().url().refine((u) => /^https?:\/\//i.test(u), "must be an http(s) URL").optional());

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
  GLOSSA_IMPORT_TIMEOUT_MS: z.coerce.number().int().min(1000).default(120_000),
  GLOSSA_TM_THRESHOLD: z.coerce
    .number()
    .int()
    .min(MIN_THRESHOLD, `GLOSSA_TM_THRESHOLD must be between ${MIN_THRESHOLD} and 100`)
    .max(100, `GLOSSA_TM_THRESHOLD must be between ${MIN_THRESHOLD} and 100`)
    .default(DEFAULT_THRESHOLD),
  GLOSSA_MT_DEEPL_KEY: secret,
  GLOSSA_MT_DEEPL_URL: httpUrl,
  GLOSSA_MT_GOOGLE_KEY: secret,
  GLOSSA_MT_GOOGLE_URL: httpUrl,
  GLOSSA_MT_MICROSOFT_KEY: secret,
  GLOSSA_MT_MICROSOFT_REGION: z.string().trim().regex(/^[a-z0-9-]{1,40}$/i, "GLOSSA_MT_MICROSOFT_REGION is an Azure region such as westeurope").optional(),
  GLOSSA_MT_MICROSOFT_URL: httpUrl,
  GLOSSA_MT_LIBRETRANSLATE_URL: httpUrl,
  GLOSSA_MT_LIBRETRANSLATE_KEY: secret,
  GLOSSA_MT_OPENAI_URL: httpUrl,
  GLOSSA_MT_OPENAI_KEY: secret,
  GLOSSA_MT_OPENAI_MODEL: z.string().trim().min(1).max(200).optional(),
  GLOSSA_MT_DEFAULT: z.enum(PROVIDER_NAMES).optional(),
  GLOSSA_MT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
});

/** Machine-translation providers, each present only when its variables are set. Keys stay on the server. */
export type MtConfig = {
  deepl?: { key: string; url?: string };
  google?: { key: string; url?: string };
  microsoft?: { key: string; region?: string; url?: string };
  libretranslate?: { url: string; key?: string };
  openai?: { url: string; model: string; key?: string };
  /** the provider used when a request names none; the first configured one otherwise */
  defaultProvider?: ProviderName;
  timeoutMs: number;
};

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
  /** How long the import worker may read one article before the import is refused (422). */
  importTimeoutMs: number;
  /** The lowest fuzzy match score (percent) TM lookups and pre-translation use by default. */
  tmThreshold: number;
  mt: MtConfig;
};

type Env = z.infer<typeof EnvSchema>;

/** The MT part of the environment; a provider half configured is an error, not silently off. */
function mtConfig(e: Env, problems: string[]): MtConfig {
  const mt: MtConfig = { timeoutMs: e.GLOSSA_MT_TIMEOUT_MS };
  if (e.GLOSSA_MT_DEEPL_KEY) mt.deepl = { key: e.GLOSSA_MT_DEEPL_KEY, url: e.GLOSSA_MT_DEEPL_URL };
  else if (e.GLOSSA_MT_DEEPL_URL) problems.push("GLOSSA_MT_DEEPL_URL is set without GLOSSA_MT_DEEPL_KEY");
  if (e.GLOSSA_MT_GOOGLE_KEY) mt.google = { key: e.GLOSSA_MT_GOOGLE_KEY, url: e.GLOSSA_MT_GOOGLE_URL };
  else if (e.GLOSSA_MT_GOOGLE_URL) problems.push("GLOSSA_MT_GOOGLE_URL is set without GLOSSA_MT_GOOGLE_KEY");
  if (e.GLOSSA_MT_MICROSOFT_KEY) mt.microsoft = { key: e.GLOSSA_MT_MICROSOFT_KEY, region: e.GLOSSA_MT_MICROSOFT_REGION, url: e.GLOSSA_MT_MICROSOFT_URL };
  else if (e.GLOSSA_MT_MICROSOFT_REGION || e.GLOSSA_MT_MICROSOFT_URL) problems.push("GLOSSA_MT_MICROSOFT_REGION/_URL are set without GLOSSA_MT_MICROSOFT_KEY");
  if (e.GLOSSA_MT_LIBRETRANSLATE_URL) mt.libretranslate = { url: e.GLOSSA_MT_LIBRETRANSLATE_URL, key: e.GLOSSA_MT_LIBRETRANSLATE_KEY };
  else if (e.GLOSSA_MT_LIBRETRANSLATE_KEY) problems.push("GLOSSA_MT_LIBRETRANSLATE_KEY is set without GLOSSA_MT_LIBRETRANSLATE_URL");
  if (e.GLOSSA_MT_OPENAI_URL && e.GLOSSA_MT_OPENAI_MODEL) mt.openai = { url: e.GLOSSA_MT_OPENAI_URL, model: e.GLOSSA_MT_OPENAI_MODEL, key: e.GLOSSA_MT_OPENAI_KEY };
  else if (e.GLOSSA_MT_OPENAI_URL || e.GLOSSA_MT_OPENAI_MODEL || e.GLOSSA_MT_OPENAI_KEY) problems.push("GLOSSA_MT_OPENAI_URL and GLOSSA_MT_OPENAI_MODEL are both needed");
  if (e.GLOSSA_MT_DEFAULT) {
    if (!mt[e.GLOSSA_MT_DEFAULT]) problems.push(`GLOSSA_MT_DEFAULT names ${e.GLOSSA_MT_DEFAULT}, which is not configured`);
    mt.defaultProvider = e.GLOSSA_MT_DEFAULT;
  }
  return mt;
}

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
  const problems: string[] = [];
  const mt = mtConfig(e, problems);
  if (problems.length) throw new Error(`Invalid configuration:\n${problems.map((p) => `  ${p}`).join("\n")}`);
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
    importTimeoutMs: e.GLOSSA_IMPORT_TIMEOUT_MS,
    tmThreshold: e.GLOSSA_TM_THRESHOLD,
    mt,
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
    importTimeoutMs: 120_000,
    tmThreshold: DEFAULT_THRESHOLD,
    mt: { timeoutMs: 5_000 },
    ...overrides,
  };
}
