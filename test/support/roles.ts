/**
 * What the role table test (test/roles.test.ts) needs: the actors (one per role and language
 * situation, anonymous included), a world of fresh rows per request, and a way to send a
 * request as an actor. An article's source is French (fr) and its target Hungarian (hu); a
 * third language (en) stands for "assigned elsewhere".
 */
import { flags, translations } from "../../src/db/schema";
import type { Lang } from "../../src/domain/languages";
import type { Role, Status } from "../../src/domain/workflow";
import { importArticle } from "../../src/services/articles";
import { createConcept } from "../../src/services/glossary";
import { holdUpload } from "../../src/services/glossary/pending";
import { jobsFor } from "../../src/services/jobs";
import { publishArticle } from "../../src/services/publications";
import { pretranslateArticle } from "../../src/services/tm/pretranslate";
import { exportXliffForTranslation } from "../../src/services/xliff-export";
import { createApiToken } from "../../src/services/sessions";
import { createUser, type PublicUser } from "../../src/services/users";
import { addWord } from "../../src/services/word-list";
import type { TestContext } from "./app";

export const SOURCE: Lang = "fr";
export const TARGET: Lang = "hu";
export const PASSWORD = "correct horse battery";

export type Actor = { name: string; roles: Role[]; languages: Lang[] };
export const ANONYMOUS: Actor = { name: "anonymous", roles: [], languages: [] };

/** Every role, assigned to the target, to the source, or elsewhere; admin with no language at all. */
export const ACTORS: Actor[] = [
  ANONYMOUS,
  ...(["translator", "reviewer", "publisher"] as const).flatMap((role) =>
    (["hu", "fr", "en"] as const).map((lang) => ({ name: `${role}(${lang})`, roles: [role], languages: [lang] })),
  ),
  { name: "terminologist(hu)", roles: ["terminologist"], languages: ["hu"] },
  { name: "admin()", roles: ["admin"], languages: [] },
];

/** Rule helpers for the table: admins hold every role and every language. */
export const signedIn = (a: Actor) => a !== ANONYMOUS;
export const anyone = () => true;
export const hasRole = (...roles: Role[]) => (a: Actor) => a.roles.includes("admin") || roles.some((r) => a.roles.includes(r));
export const assigned = (lang: Lang) => (a: Actor) => a.roles.includes("admin") || a.languages.includes(lang);
export const both = (...rules: Array<(a: Actor) => boolean>) => (a: Actor) => rules.every((rule) => rule(a));
export const either = (...rules: Array<(a: Actor) => boolean>) => (a: Actor) => rules.some((rule) => rule(a));

export type Req = { method: string; path: string; json?: unknown; form?: Record<string, string>; body?: BodyInit; headers?: Record<string, string>; token?: string };

let serial = 0;
const next = () => ++serial;

/** Fresh rows for one request, made through the services (fast, and independent of the API under test). */
export class World {
  private tokens = new Map<string, string>();
  private users = new Map<string, PublicUser>();
  constructor(readonly ctx: TestContext) {}

  async setUp() {
    for (const actor of ACTORS) if (actor !== ANONYMOUS) await this.clone(actor, actor.name.replace(/[()]/g, "-"));
  }

  /** A new user with the actor's roles and languages and its token (for requests that change the user). */
  async clone(actor: Actor, username = `${actor.name.replace(/[()]/g, "-")}${next()}`) {
    const user = await createUser({ db: this.ctx.db, input: { username, password: PASSWORD, roles: actor.roles, languages: actor.languages } });
    const { token } = createApiToken({ db: this.ctx.db, input: { userId: user.id, name: "roles test" } });
    if (!this.tokens.has(actor.name)) {
      this.tokens.set(actor.name, token);
      this.users.set(actor.name, user);
    }
    return { user, token };
  }

  tokenOf(actor: Actor): string | undefined {
    return this.tokens.get(actor.name);
  }

  userOf(actor: Actor): PublicUser {
    return this.users.get(actor.name)!;
  }

  /** A French article of two sentences; segment 1 is the first sentence. */
  article() {
    const article = importArticle({ db: this.ctx.db, input: { title: `Article ${next()}`, sourceLang: SOURCE, text: "Le grand magaisn ouvre. Il ferme tard." } });
    return { id: article.id, segmentId: article.segments[1]!.id, segmentIds: article.segments.map((s) => s.id) };
  }

  /** A segment with a Hungarian translation in `status`. */
  translated(status: Status) {
    const article = this.article();
    const row = this.ctx.db.insert(translations).values({ segmentId: article.segmentId, lang: TARGET, text: "A nagy áruház kinyit.", status }).returning().get();
    return { ...article, version: row.version };
  }

  /** An article whose every segment is final in Hungarian (exportable). */
  approved() {
    const article = this.article();
    for (const segmentId of article.segmentIds) this.ctx.db.insert(translations).values({ segmentId, lang: TARGET, text: "Kész.", status: "final" }).run();
    return article;
  }

  /** An open flag on the translation (lang hu, target) or on the source (lang fr). */
  flag(side: "source" | "target") {
    const article = side === "target" ? this.translated("translated") : this.article();
    const lang = side === "target" ? TARGET : SOURCE;
    return this.ctx.db.insert(flags).values({ segmentId: article.segmentId, lang, side, start: 0, end: 2, text: "Le", category: "style", severity: "minor", check: "manual" }).returning().get();
  }

  concept() {
    const n = next();
    const view = createConcept({ db: this.ctx.db, input: { languages: { fr: { terms: [{ text: `terme ${n}`, status: "preferred" }] } } }, actorId: this.userOf(ACTORS.at(-1)!).id });
    return { id: view.id, modifiedAt: view.modifiedAt, termId: view.languages.fr!.terms[0]!.id, n };
  }

  word(lang: Lang) {
    const word = `mot${next()}`;
    addWord({ db: this.ctx.db, input: { lang, word }, actorId: this.userOf(ACTORS.at(-1)!).id });
    return word;
  }

  /** A token of the actor's (or a user's) own, made to be revoked; any id for anonymous. */
  spareToken(owner: Actor | PublicUser): number {
    const user = "id" in owner ? owner : owner === ANONYMOUS ? this.userOf(ACTORS.at(-1)!) : this.userOf(owner);
    return createApiToken({ db: this.ctx.db, input: { userId: user.id, name: "spare" } }).id!;
  }

  /** A Hungarian publication (version 1) of an approved article, published by the admin. */
  async publication() {
    const article = this.approved();
    const admin = ACTORS.at(-1)!;
    const user = this.userOf(admin);
    const p = await publishArticle({ db: this.ctx.db, input: { articleId: article.id, lang: TARGET }, actor: { id: user.id, name: user.username, roles: admin.roles, languages: admin.languages } });
    return { id: p.id, articleId: article.id };
  }

  /** A TMX 1.4 file of one new French–Hungarian unit. */
  tmx() {
    const n = next();
    return `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="roles-test" creationtoolversion="1" segtype="sentence" o-tmf="none" adminlang="en" srclang="fr" datatype="plaintext"/>
<body><tu><tuv xml:lang="fr"><seg>La phrase numéro ${n}.</seg></tuv><tuv xml:lang="hu"><seg>A ${n}. mondat.</seg></tuv></tu></body></tmx>`;
  }

  /**
   * The Hungarian for-translation XLIFF of a new article, as the export writes it: without
   * targets, or (`edited`) with segment 1's translation changed, to be imported back into it.
   */
  xliff(edited = false) {
    const article = edited ? this.translated("translated") : this.article();
    const { body } = exportXliffForTranslation({ db: this.ctx.db, input: { articleId: article.id, lang: TARGET, version: "2.1" } });
    if (edited && !body.includes("A nagy áruház kinyit.")) throw new Error("the export lost the translation");
    return { articleId: article.id, xml: edited ? body.replace("A nagy áruház kinyit.", "A nagy áruház ma kinyit.") : body };
  }

  /** A pre-translation job of `owner`'s (a publisher of the target), started through the service as the route starts it. */
  job(owner: Actor): string {
    const article = this.article();
    const actor = { id: this.userOf(owner).id, roles: owner.roles, languages: owner.languages };
    const job = jobsFor(this.ctx.db).start("pretranslate", actor.id, (onProgress) => pretranslateArticle({ db: this.ctx.db, input: { articleId: article.id, langs: [TARGET] }, actor, onProgress }));
    return job.id;
  }

  /** A termbase upload previewed on the glossary page and held for the actor to confirm (for anonymous, the admin's). */
  heldGlossaryUpload(actor: Actor): string {
    const owner = actor === ANONYMOUS ? this.userOf(ACTORS.at(-1)!) : this.userOf(actor);
    const n = next();
    const bytes = new TextEncoder().encode(`id,fr,fr_status\nheld${n},terme retenu ${n},preferred\n`);
    return holdUpload({ userId: owner.id, bytes, format: "csv", options: { match: ["id"], fileName: `held${n}.csv` } });
  }

  async plainUser() {
    return (await this.clone({ name: "plain", roles: ["translator"], languages: ["en"] })).user;
  }

  unique = next;
}

/** Sends `req` as `actor` (bearer token, so page forms need no CSRF token); the status and Location. */
export async function send(world: World, actor: Actor, req: Req) {
  const headers: Record<string, string> = { ...(req.headers ?? {}) };
  const token = req.token ?? world.tokenOf(actor);
  if (token) headers.authorization = `Bearer ${token}`;
  let body = req.body;
  if (req.json !== undefined) {
    headers["content-type"] = "application/json";
    body = JSON.stringify(req.json);
  }
  if (req.form) {
    headers["content-type"] = "application/x-www-form-urlencoded";
    body = new URLSearchParams(req.form);
  }
  const res = await world.ctx.app.request(req.path, { method: req.method, headers, body });
  const text = await res.text();
  return { status: res.status, location: res.headers.get("location"), text };
}
