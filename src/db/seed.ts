/**
 * The demo: users, the sample article with machine and post-edited translations, the UNESCO
 * termbase. Loaded on an empty database unless GLOSSA_DEMO=0.
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import type { Config } from "../config";
import { randomSecret } from "../auth/crypto";
import type { Db } from "./client";
import { articles } from "./schema";
import { LANGUAGES, type Lang } from "../domain/languages";
import type { Role, Status } from "../domain/workflow";
import { importArticle } from "../services/articles";
import { importGlossaryFile } from "../services/glossary";
import { createApiToken } from "../services/sessions";
import { saveTranslation } from "../services/translations";
import { createUser, ensureAdminUser, findUserByName } from "../services/users";
import { DEMO_ARTICLE_TITLE, DEMO_SEGMENTS, DEMO_TITLE_TRANSLATIONS, type DemoTranslation } from "./demo/sample-translations";

const HERE = fileURLToPath(new URL(".", import.meta.url));
export const SAMPLE_ARTICLE_PATH = resolve(HERE, "demo/sample-article.fr.txt");
export const GLOSSARY_PATH = resolve(HERE, "../../glossary/unesco.tbx");
export const DEMO_ROLES: Role[] = ["translator", "reviewer", "terminologist", "publisher"];

/**
 * Makes sure the admin user exists and accepts GLOSSA_ADMIN_TOKEN as a bearer token. When it
 * creates the admin, it prints a generated password once, so the admin can also sign in to the
 * pages (change it with `glossa user set-password admin`).
 */
export async function ensureAdmin(db: Db, config: Config, log: (line: string) => void = console.log): Promise<void> {
  if (!config.adminToken) return;
  const admin = await ensureAdminUser(db);
  createApiToken({ db, input: { userId: admin.id, name: "GLOSSA_ADMIN_TOKEN", token: config.adminToken }, actorId: admin.id });
  if (admin.password) log(`[glossa] user admin created; its password (shown once): ${admin.password}`);
}

/** Creates the four demo users; returns the passwords it generated (to print once). */
export async function ensureDemoUsers(db: Db, password?: string): Promise<Record<string, string>> {
  const generated: Record<string, string> = {};
  for (const role of DEMO_ROLES) {
    if (findUserByName(db, role)) continue;
    const pw = password ?? randomSecret(9);
    if (!password) generated[role] = pw;
    await createUser({ db, input: { username: role, displayName: role[0]!.toUpperCase() + role.slice(1), password: pw, roles: [role], languages: [...LANGUAGES] } });
  }
  return generated;
}

function actorFor(db: Db, username: string, role: Role) {
  const user = findUserByName(db, username);
  return { id: user?.id ?? null, roles: [role], languages: [...LANGUAGES] as Lang[] };
}

const AUTHOR_OF: Record<Exclude<Status, "initial">, Role> = { translated: "translator", reviewed: "reviewer", final: "publisher" };

/** Writes the MT draft of one segment and, where given, its human post-edit through the workflow. */
function seedTranslation(db: Db, segmentId: number, lang: Lang, demo: DemoTranslation) {
  const machine = { id: null, roles: ["admin" as Role], languages: [...LANGUAGES] as Lang[] };
  saveTranslation({ db, input: { segmentId, lang, text: demo.mt, status: "initial", origin: "mt:demo" }, actor: machine });
  if (!demo.human) return;
  const steps: Array<Exclude<Status, "initial">> = ["translated", "reviewed", "final"];
  const last = steps.indexOf(demo.human.status);
  steps.slice(0, last + 1).forEach((status, i) => {
    const role = AUTHOR_OF[status];
    saveTranslation({ db, input: { segmentId, lang, text: demo.human!.text, status, version: i + 1 }, actor: actorFor(db, role, role) });
  });
}

/**
 * Loads the demo on an empty database: users, the sample article with translations, the
 * termbase. Does nothing when an article exists already.
 */
export async function seedDemo(db: Db, config: Config, log: (line: string) => void = console.log): Promise<boolean> {
  const count = db.select({ n: sql<number>`count(*)` }).from(articles).get()?.n ?? 0;
  if (count > 0) return false;
  const generated = await ensureDemoUsers(db, config.demoPassword);
  const publisher = actorFor(db, "publisher", "publisher");
  if (existsSync(GLOSSARY_PATH)) {
    const terminologist = findUserByName(db, "terminologist");
    const result = await importGlossaryFile({ db, path: GLOSSARY_PATH, actorId: terminologist?.id ?? null });
    log(`[glossa] demo termbase: ${result.created} concepts from glossary/unesco.tbx`);
  }
  const text = readFileSync(SAMPLE_ARTICLE_PATH, "utf8");
  const article = importArticle({ db, input: { title: DEMO_ARTICLE_TITLE, sourceLang: "fr", text }, actorId: publisher.id });
  const bySource = new Map(DEMO_SEGMENTS.map((s) => [s.fr, s]));
  bySource.set(DEMO_ARTICLE_TITLE, { fr: DEMO_ARTICLE_TITLE, ...DEMO_TITLE_TRANSLATIONS });
  let matched = 0;
  for (const segment of article.segments) {
    const demo = bySource.get(segment.source);
    if (!demo) continue;
    matched++;
    for (const lang of ["en", "zh", "hu"] as const) seedTranslation(db, segment.id, lang, demo[lang]);
  }
  log(`[glossa] demo article ${article.id}: ${article.segments.length} segments, ${matched} with translations`);
  if (Object.keys(generated).length) {
    log("[glossa] demo users created with these passwords (shown once):");
    for (const [user, pw] of Object.entries(generated)) log(`  ${user.padEnd(14)} ${pw}`);
  }
  return true;
}
