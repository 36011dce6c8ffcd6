/**
 * Test harness: the real app on a fresh `:memory:` database with the real migrations. Each test
 * file creates the users and rows it needs; nothing depends on seed ids.
 */
import { createApp } from "../../src/app";
import type { AppDeps } from "../../src/app-types";
import { testConfig, type Config } from "../../src/config";
import { openDatabase, type Db } from "../../src/db/client";
import type { Lang } from "../../src/domain/languages";
import type { Role } from "../../src/domain/workflow";
import { createApiToken } from "../../src/services/sessions";
import { createUser } from "../../src/services/users";

export type TestContext = { db: Db; app: ReturnType<typeof createApp>; config: Config };

export function makeTestApp(overrides: Partial<Config> = {}, extra: Partial<AppDeps> = {}): TestContext {
  const db = openDatabase(":memory:");
  const config = testConfig(overrides);
  return { db, config, app: createApp({ db, config, ...extra }) };
}

let counter = 0;

/** A user with the given roles and languages, and an API token for it. */
export async function addUser(db: Db, roles: Role[], languages: Lang[] = ["fr", "en", "zh", "hu"], username?: string) {
  const name = username ?? `${roles.join("-")}-${++counter}`;
  const user = await createUser({ db, input: { username: name, password: "correct horse battery", roles, languages } });
  const { token } = createApiToken({ db, input: { userId: user.id, name: "test" } });
  return { user, token };
}

type CallOptions = { token?: string; json?: unknown; body?: BodyInit; headers?: Record<string, string> };

/** One request through `app.request`, JSON in and (parsed) JSON out. */
export async function call(ctx: TestContext, method: string, path: string, options: CallOptions = {}) {
  const headers: Record<string, string> = { ...(options.headers ?? {}) };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body = options.body;
  if (options.json !== undefined) {
    headers["content-type"] ??= "application/json";
    body = JSON.stringify(options.json);
  }
  const res = await ctx.app.request(path, { method, headers, body });
  const type = res.headers.get("content-type") ?? "";
  const data = type.includes("json") ? await res.json() : await res.text();
  return { status: res.status, type, data: data as any, headers: res.headers };
}

export const SAMPLE_FR = `Le 21 octobre, Gábor Soós, secrétaire général de la Commission nationale hongroise pour l'UNESCO, a effectué une visite. Les deux parties ont engagé des échanges.

Réunion en cours
Le directeur exécutif Xiao Lan a présenté les réalisations du Centre. Le secrétaire général Soós a salué ces résultats.`;

/** Imports a small French article and returns its JSON. */
export async function addArticle(ctx: TestContext, token: string, text = SAMPLE_FR) {
  const res = await call(ctx, "POST", "/api/articles", { token, json: { title: "Visite", sourceLang: "fr", text } });
  if (res.status !== 201) throw new Error(`import failed: ${res.status} ${JSON.stringify(res.data)}`);
  return res.data;
}

/** Signs in through the login form's JSON variant; returns the session cookie and its CSRF token. */
export async function loginCookie(ctx: TestContext, username: string, password = "correct horse battery") {
  const res = await ctx.app.request("/login", { method: "POST", body: JSON.stringify({ username, password }), headers: { "content-type": "application/json" } });
  if (res.status !== 200) throw new Error(`login failed: ${res.status}`);
  const csrf = (await res.clone().json()).csrfToken as string;
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith("glossa_session="))!.split(";")[0]!;
  return { cookie, csrf };
}

/** A page's HTML with tags removed, for asserting on visible text. */
export const visibleText = (html: string) => html.replace(/<script[\s\S]*?<\/script>/g, "").replace(/<[^>]+>/g, "");
