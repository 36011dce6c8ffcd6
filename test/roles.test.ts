/**
 * README's role table, enforced by the server: every endpoint × every actor (anonymous, each
 * role assigned to the target language, the source language or another one, admin), with the
 * status that follows. One table: a new endpoint adds a row here.
 *
 * A row's `allow` says who may; everyone else gets 401 (anonymous) or 403 on the API (404 where
 * the row says the resource is hidden, as a job is from all but its owner), and on pages the
 * sign-in redirect (anonymous) or the 403 page. Allowed requests must succeed (2xx,
 * or a 303 that is not the sign-in redirect for forms).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACTORS, ANONYMOUS, anyone, assigned, both, either, hasRole, send, signedIn, SOURCE, TARGET, World, PASSWORD, type Actor, type Req } from "./support/roles";
import { makeTestApp } from "./support/app";
import { loopback, type Loopback } from "./support/loopback";

type Row = {
  /** what the request is, e.g. "PUT /api/segments/:id/translations/hu onto a final translation" */
  endpoint: string;
  /** an HTML page (redirects to sign-in, 403 page) rather than the JSON API */
  page?: boolean;
  allow: (a: Actor) => boolean;
  /** what everyone else signed in gets: 403, or 404 where the resource is not theirs to know of */
  refused?: 403 | 404;
  request: (w: World, a: Actor) => Req | Promise<Req>;
};

const translatorLike = hasRole("translator", "reviewer", "publisher");
const api = (method: string, path: string, rest: Partial<Req> = {}): Req => ({ method, path, ...rest });
const conceptJson = (w: World) => ({ languages: { fr: { terms: [{ text: `concept ${w.unique()}`, status: "preferred" }] } } });
const tmx = { "content-type": "application/x-tmx+xml" };
const xliff = { "content-type": "application/xliff+xml" };
/** Jobs are their owner's: a publisher of the target pre-translates. */
const JOB_OWNER = ACTORS.find((a) => a.name === `publisher(${TARGET})`)!;
const owns = (a: Actor) => a === JOB_OWNER;

export const ENDPOINTS: Row[] = [
  // ---- public
  { endpoint: "GET /api/health", allow: anyone, request: () => api("GET", "/api/health") },
  { endpoint: "GET /login", page: true, allow: anyone, request: () => api("GET", "/login") },
  { endpoint: "GET /static/app.css", page: true, allow: anyone, request: () => api("GET", "/static/app.css") },

  // ---- the caller's own account
  { endpoint: "GET /api/me", allow: signedIn, request: () => api("GET", "/api/me") },
  { endpoint: "PATCH /api/me", allow: signedIn, request: () => api("PATCH", "/api/me", { json: { displayName: "Someone" } }) },
  {
    endpoint: "POST /api/me/password",
    allow: signedIn,
    request: async (w, a) => (a === ANONYMOUS ? api("POST", "/api/me/password", { json: { current: PASSWORD, next: "another long password" } }) : api("POST", "/api/me/password", { json: { current: PASSWORD, next: "another long password" }, token: (await w.clone(a)).token })),
  },
  { endpoint: "POST /api/me/tokens", allow: signedIn, request: () => api("POST", "/api/me/tokens", { json: { name: "ci" } }) },
  { endpoint: "GET /api/me/tokens", allow: signedIn, request: () => api("GET", "/api/me/tokens") },
  { endpoint: "DELETE /api/me/tokens/:tokenId", allow: signedIn, request: (w, a) => api("DELETE", `/api/me/tokens/${w.spareToken(a)}`) },
  { endpoint: "POST /profile/tokens/:tokenId/revoke", page: true, allow: signedIn, request: (w, a) => api("POST", `/profile/tokens/${w.spareToken(a)}/revoke`, { form: {} }) },
  { endpoint: "GET /profile", page: true, allow: signedIn, request: () => api("GET", "/profile") },
  { endpoint: "POST /profile", page: true, allow: signedIn, request: () => api("POST", "/profile", { form: { displayName: "Someone", uiLanguage: "en" } }) },
  {
    endpoint: "POST /profile/password",
    page: true,
    allow: signedIn,
    request: async (w, a) => {
      const form = { current: PASSWORD, next: "another long password", confirm: "another long password" };
      return a === ANONYMOUS ? api("POST", "/profile/password", { form }) : api("POST", "/profile/password", { form, token: (await w.clone(a)).token });
    },
  },
  { endpoint: "POST /profile/tokens", page: true, allow: signedIn, request: () => api("POST", "/profile/tokens", { form: { name: "ci" } }) },

  // ---- users (admins)
  { endpoint: "GET /api/users", allow: hasRole("admin"), request: () => api("GET", "/api/users") },
  { endpoint: "POST /api/users", allow: hasRole("admin"), request: (w) => api("POST", "/api/users", { json: { username: `new${w.unique()}`, password: "long enough pw", roles: ["translator"], languages: ["hu"] } }) },
  { endpoint: "GET /api/users/:id", allow: hasRole("admin"), request: async (w) => api("GET", `/api/users/${(await w.plainUser()).id}`) },
  { endpoint: "PATCH /api/users/:id", allow: hasRole("admin"), request: async (w) => api("PATCH", `/api/users/${(await w.plainUser()).id}`, { json: { languages: ["hu"] } }) },
  { endpoint: "GET /api/users/:id/tokens", allow: hasRole("admin"), request: async (w) => api("GET", `/api/users/${(await w.plainUser()).id}/tokens`) },
  {
    endpoint: "DELETE /api/users/:id/tokens/:tokenId",
    allow: hasRole("admin"),
    request: async (w) => {
      const user = await w.plainUser();
      return api("DELETE", `/api/users/${user.id}/tokens/${w.spareToken(user)}`);
    },
  },
  { endpoint: "GET /admin", page: true, allow: hasRole("admin"), request: () => api("GET", "/admin") },
  { endpoint: "POST /admin/users", page: true, allow: hasRole("admin"), request: (w) => api("POST", "/admin/users", { form: { username: `form${w.unique()}`, password: "long enough pw", displayName: "", roles: "translator", languages: "hu" } }) },
  { endpoint: "POST /admin/users/:id", page: true, allow: hasRole("admin"), request: async (w) => api("POST", `/admin/users/${(await w.plainUser()).id}`, { form: { roles: "reviewer", languages: "hu", displayName: "X" } }) },

  // ---- articles: everyone signed in reads; publishers import and export (in their languages)
  { endpoint: "GET /api/articles", allow: signedIn, request: () => api("GET", "/api/articles") },
  { endpoint: "GET /api/articles/:id", allow: signedIn, request: (w) => api("GET", `/api/articles/${w.article().id}`) },
  { endpoint: "POST /api/articles", allow: hasRole("publisher"), request: () => api("POST", "/api/articles", { json: { title: "Nouveau", sourceLang: SOURCE, text: "Une phrase." } }) },
  { endpoint: `GET /api/articles/:id/export?lang=${TARGET}`, allow: both(hasRole("publisher"), assigned(TARGET)), request: (w) => api("GET", `/api/articles/${w.approved().id}/export?lang=${TARGET}&format=xliff`) },
  { endpoint: "GET /", page: true, allow: signedIn, request: () => api("GET", "/") },
  { endpoint: `GET /articles/:id/${TARGET}`, page: true, allow: signedIn, request: (w) => api("GET", `/articles/${w.article().id}/${TARGET}`) },
  { endpoint: `GET /fragments/segments/:id/${TARGET}`, page: true, allow: signedIn, request: (w) => api("GET", `/fragments/segments/${w.article().segmentId}/${TARGET}`) },
  { endpoint: "POST /api/articles/preview", allow: hasRole("publisher"), request: () => api("POST", "/api/articles/preview", { json: { title: "Aperçu", sourceLang: SOURCE, text: "Une phrase. Une autre." } }) },
  { endpoint: `POST /api/articles/import?sourceLang=${SOURCE}`, allow: hasRole("publisher"), request: () => api("POST", `/api/articles/import?sourceLang=${SOURCE}&filename=article.md`, { body: "# Titre\n\nUne phrase importée.\n", headers: { "content-type": "application/octet-stream" } }) },
  { endpoint: "GET /articles/new", page: true, allow: hasRole("publisher"), request: () => api("GET", "/articles/new") },
  { endpoint: "POST /articles/new (preview)", page: true, allow: hasRole("publisher"), request: () => api("POST", "/articles/new", { form: { title: "Aperçu", sourceLang: SOURCE, format: "text", text: "Une phrase." } }) },
  { endpoint: `GET /fragments/segments/:id/${TARGET}/history`, page: true, allow: signedIn, request: (w) => api("GET", `/fragments/segments/${w.translated("translated").segmentId}/${TARGET}/history`) },

  // ---- translations: assigned languages, up to the role's status, never over a higher status
  { endpoint: `PUT /api/segments/:id/translations/${TARGET} (new)`, allow: both(translatorLike, assigned(TARGET)), request: (w) => api("PUT", `/api/segments/${w.article().segmentId}/translations/${TARGET}`, { json: { text: "Új fordítás." } }) },
  { endpoint: `PUT … status reviewed`, allow: both(hasRole("reviewer", "publisher"), assigned(TARGET)), request: (w) => api("PUT", `/api/segments/${w.article().segmentId}/translations/${TARGET}`, { json: { text: "Lektorált.", status: "reviewed" } }) },
  { endpoint: `PUT … status final`, allow: both(hasRole("publisher"), assigned(TARGET)), request: (w) => api("PUT", `/api/segments/${w.article().segmentId}/translations/${TARGET}`, { json: { text: "Jóváhagyott.", status: "final" } }) },
  {
    endpoint: `PUT … onto a reviewed translation`,
    allow: both(hasRole("reviewer", "publisher"), assigned(TARGET)),
    request: (w) => {
      const t = w.translated("reviewed");
      return api("PUT", `/api/segments/${t.segmentId}/translations/${TARGET}`, { json: { text: "Átírva.", version: t.version } });
    },
  },
  {
    endpoint: `PUT … onto a final translation`,
    allow: both(hasRole("publisher"), assigned(TARGET)),
    request: (w) => {
      const t = w.translated("final");
      return api("PUT", `/api/segments/${t.segmentId}/translations/${TARGET}`, { json: { text: "Átírva.", version: t.version } });
    },
  },
  { endpoint: "GET /api/segments/:id/translations/:lang/history", allow: signedIn, request: (w) => api("GET", `/api/segments/${w.translated("translated").segmentId}/translations/${TARGET}/history`) },

  // ---- the source: reviewers of the source language correct it
  { endpoint: "PATCH /api/segments/:id/source", allow: both(hasRole("reviewer"), assigned(SOURCE)), request: (w) => api("PATCH", `/api/segments/${w.article().segmentId}/source`, { json: { text: "Le grand magasin ouvre." } }) },
  { endpoint: "GET /api/segments/:id/source/history", allow: signedIn, request: (w) => api("GET", `/api/segments/${w.article().segmentId}/source/history`) },

  // ---- splitting and merging segments: reviewers of the source language (they rewrite the source); the source history: everyone
  { endpoint: "POST /api/segments/:id/split", allow: both(hasRole("reviewer"), assigned(SOURCE)), request: (w) => api("POST", `/api/segments/${w.article().segmentId}/split`, { json: { at: 9, version: 1 } }) },
  { endpoint: "POST /api/segments/:id/merge-next", allow: both(hasRole("reviewer"), assigned(SOURCE)), request: (w) => api("POST", `/api/segments/${w.article().segmentId}/merge-next`, { json: { version: 1 } }) },
  { endpoint: "GET /fragments/segments/:id/source-history", page: true, allow: signedIn, request: (w) => api("GET", `/fragments/segments/${w.article().segmentId}/source-history`) },

  // ---- XLIFF: the for-translation export in one's languages; imports create articles (publishers) or update translations (up to one's status)
  { endpoint: `GET /api/articles/:id/xliff?lang=${TARGET}`, allow: both(translatorLike, assigned(TARGET)), request: (w) => api("GET", `/api/articles/${w.article().id}/xliff?lang=${TARGET}`) },
  { endpoint: "POST /api/xliff/import (new article, no targets)", allow: hasRole("publisher"), request: (w) => api("POST", "/api/xliff/import", { body: w.xliff().xml, headers: xliff }) },
  {
    endpoint: `POST /api/xliff/import?articleId= (a ${TARGET} translation)`,
    allow: both(translatorLike, assigned(TARGET)),
    request: (w) => {
      const file = w.xliff(true);
      return api("POST", `/api/xliff/import?articleId=${file.articleId}`, { body: file.xml, headers: xliff });
    },
  },

  // ---- publishing: anyone signed in sees readiness and publications; publishers publish and download in their languages
  { endpoint: "GET /api/articles/:id/readiness", allow: signedIn, request: (w) => api("GET", `/api/articles/${w.translated("reviewed").id}/readiness`) },
  { endpoint: `GET /api/articles/:id/publications/preview?lang=${TARGET}`, allow: signedIn, request: (w) => api("GET", `/api/articles/${w.approved().id}/publications/preview?lang=${TARGET}`) },
  { endpoint: "GET /api/articles/:id/publications", allow: signedIn, request: async (w) => api("GET", `/api/articles/${(await w.publication()).articleId}/publications`) },
  { endpoint: "POST /api/articles/:id/publications", allow: both(hasRole("publisher"), assigned(TARGET)), request: (w) => api("POST", `/api/articles/${w.approved().id}/publications`, { json: { lang: TARGET } }) },
  { endpoint: "GET /api/publications/:id", allow: signedIn, request: async (w) => api("GET", `/api/publications/${(await w.publication()).id}`) },
  { endpoint: "GET /api/publications/:id/diff", allow: signedIn, request: async (w) => api("GET", `/api/publications/${(await w.publication()).id}/diff?against=previous`) },
  { endpoint: "GET /api/publications/:id/download", allow: both(hasRole("publisher"), assigned(TARGET)), request: async (w) => api("GET", `/api/publications/${(await w.publication()).id}/download?format=md`) },
  { endpoint: "GET /articles/:id/publish", page: true, allow: hasRole("publisher"), request: (w) => api("GET", `/articles/${w.translated("reviewed").id}/publish?lang=${TARGET}`) },
  { endpoint: "POST /articles/:id/publish", page: true, allow: both(hasRole("publisher"), assigned(TARGET)), request: (w) => api("POST", `/articles/${w.approved().id}/publish`, { form: { lang: TARGET } }) },
  {
    endpoint: "POST /articles/:id/publish/approve",
    page: true,
    allow: both(hasRole("publisher"), assigned(TARGET)),
    request: (w) => {
      const t = w.translated("reviewed");
      return api("POST", `/articles/${t.id}/publish/approve`, { form: { lang: TARGET, segmentId: String(t.segmentId), version: String(t.version) } });
    },
  },

  // ---- QA and flags: translators and reviewers flag (targets in their languages); reviewers resolve in theirs
  { endpoint: "POST /api/qa/check", allow: signedIn, request: () => api("POST", "/api/qa/check", { json: { sourceLang: SOURCE, source: "Le chat." } }) },
  { endpoint: "POST /api/articles/:id/qa", allow: translatorLike, request: (w) => api("POST", `/api/articles/${w.article().id}/qa`) },
  { endpoint: "GET /api/articles/:id/flags", allow: signedIn, request: (w) => api("GET", `/api/articles/${w.article().id}/flags`) },
  { endpoint: `GET /api/articles/:id/qa/summary?lang=${TARGET}`, allow: signedIn, request: (w) => api("GET", `/api/articles/${w.article().id}/qa/summary?lang=${TARGET}`) },
  {
    endpoint: `POST /api/segments/:id/flags on the ${TARGET} target`,
    allow: both(hasRole("translator", "reviewer"), assigned(TARGET)),
    request: (w) => api("POST", `/api/segments/${w.translated("translated").segmentId}/flags`, { json: { lang: TARGET, side: "target", start: 0, end: 1, comment: "?" } }),
  },
  {
    endpoint: `POST /api/segments/:id/flags on the ${SOURCE} source`,
    allow: hasRole("translator", "reviewer"),
    request: (w) => api("POST", `/api/segments/${w.article().segmentId}/flags`, { json: { lang: SOURCE, side: "source", start: 9, end: 16, suggestion: "magasin" } }),
  },
  { endpoint: `PATCH /api/flags/:id (${TARGET} target)`, allow: both(hasRole("reviewer"), assigned(TARGET)), request: (w) => api("PATCH", `/api/flags/${w.flag("target").id}`, { json: { status: "resolved" } }) },
  { endpoint: `PATCH /api/flags/:id (${SOURCE} source)`, allow: both(hasRole("reviewer"), assigned(SOURCE)), request: (w) => api("PATCH", `/api/flags/${w.flag("source").id}`, { json: { status: "dismissed" } }) },

  // ---- the termbase: everyone searches; terminologists edit, import and export
  { endpoint: "GET /api/glossary", allow: signedIn, request: () => api("GET", "/api/glossary?q=terme") },
  { endpoint: "GET /api/glossary/origins", allow: signedIn, request: () => api("GET", "/api/glossary/origins") },
  { endpoint: "GET /api/glossary/:id", allow: signedIn, request: (w) => api("GET", `/api/glossary/${w.concept().id}`) },
  { endpoint: "POST /api/glossary/recognize", allow: signedIn, request: () => api("POST", "/api/glossary/recognize", { json: { lang: SOURCE, text: "Le patrimoine." } }) },
  { endpoint: "GET /api/glossary/export", allow: hasRole("terminologist"), request: () => api("GET", "/api/glossary/export?format=csv") },
  { endpoint: "POST /api/glossary/import", allow: hasRole("terminologist"), request: (w) => api("POST", "/api/glossary/import", { body: `id,fr,fr_status\nimp${w.unique()},mot importé ${w.unique()},preferred\n`, headers: { "content-type": "text/csv" } }) },
  { endpoint: "POST /api/glossary", allow: hasRole("terminologist"), request: (w) => api("POST", "/api/glossary", { json: conceptJson(w) }) },
  { endpoint: "PATCH /api/glossary/:id", allow: hasRole("terminologist"), request: (w) => api("PATCH", `/api/glossary/${w.concept().id}`, { json: conceptJson(w) }) },
  { endpoint: "DELETE /api/glossary/:id", allow: hasRole("terminologist"), request: (w) => api("DELETE", `/api/glossary/${w.concept().id}`) },
  { endpoint: "POST /api/glossary/:id/terms", allow: hasRole("terminologist"), request: (w) => api("POST", `/api/glossary/${w.concept().id}/terms`, { json: { lang: "hu", text: `kifejezés ${w.unique()}` } }) },
  { endpoint: "PATCH /api/glossary/terms/:termId", allow: hasRole("terminologist"), request: (w) => api("PATCH", `/api/glossary/terms/${w.concept().termId}`, { json: { status: "admitted" } }) },
  { endpoint: "DELETE /api/glossary/terms/:termId", allow: hasRole("terminologist"), request: (w) => api("DELETE", `/api/glossary/terms/${w.concept().termId}`) },
  { endpoint: "GET /glossary", page: true, allow: signedIn, request: () => api("GET", "/glossary") },
  { endpoint: "GET /glossary/new", page: true, allow: hasRole("terminologist"), request: () => api("GET", "/glossary/new") },
  { endpoint: "GET /glossary/:id/edit", page: true, allow: hasRole("terminologist"), request: (w) => api("GET", `/glossary/${w.concept().id}/edit`) },
  { endpoint: "POST /glossary/new", page: true, allow: hasRole("terminologist"), request: (w) => api("POST", "/glossary/new", { form: { "lang.fr.terms.0.text": `formulaire ${w.unique()}`, "lang.fr.terms.0.status": "preferred" } }) },
  {
    endpoint: "POST /glossary/:id",
    page: true,
    allow: hasRole("terminologist"),
    request: (w) => {
      const c = w.concept();
      return api("POST", `/glossary/${c.id}`, { form: { "lang.fr.terms.0.text": `terme ${c.n} modifié`, "lang.fr.terms.0.status": "preferred", expectedModifiedAt: c.modifiedAt } });
    },
  },
  { endpoint: "POST /glossary/:id/delete", page: true, allow: hasRole("terminologist"), request: (w) => api("POST", `/glossary/${w.concept().id}/delete`, { form: {} }) },
  {
    endpoint: "POST /glossary/import",
    page: true,
    allow: hasRole("terminologist"),
    request: (w) => {
      const form = new FormData();
      form.set("file", new File([`id,fr,fr_status\npage${w.unique()},page ${w.unique()},preferred\n`], "terms.csv", { type: "text/csv" }));
      return api("POST", "/glossary/import", { body: form });
    },
  },
  { endpoint: "POST /glossary/import/confirm", page: true, allow: hasRole("terminologist"), request: (w, a) => api("POST", "/glossary/import/confirm", { form: { token: w.heldGlossaryUpload(a) } }) },

  // ---- translation memory: everyone looks up; publishers and terminologists exchange TMX
  { endpoint: `GET /api/segments/:id/tm?lang=${TARGET}`, allow: signedIn, request: (w) => api("GET", `/api/segments/${w.article().segmentId}/tm?lang=${TARGET}`) },
  { endpoint: "GET /api/tm/search", allow: signedIn, request: () => api("GET", `/api/tm/search?q=magasin&lang=${SOURCE}`) },
  { endpoint: "POST /api/tm/import", allow: hasRole("publisher", "terminologist"), request: (w) => api("POST", "/api/tm/import", { body: w.tmx(), headers: tmx }) },
  { endpoint: "GET /api/tm/export", allow: hasRole("publisher", "terminologist"), request: () => api("GET", `/api/tm/export?source=${SOURCE}&target=${TARGET}`) },

  // ---- pre-translation (publishers in their languages) and its job (its owner)
  { endpoint: "POST /api/articles/:id/pretranslate", allow: both(hasRole("publisher"), assigned(TARGET)), request: (w) => api("POST", `/api/articles/${w.article().id}/pretranslate`, { json: { langs: [TARGET], provider: "none" } }) },
  { endpoint: "GET /api/jobs/:id", allow: either(hasRole("admin"), owns), refused: 404, request: (w) => api("GET", `/api/jobs/${w.job(JOB_OWNER)}`) },
  { endpoint: "GET /articles/:id/pretranslate", page: true, allow: hasRole("publisher"), request: (w) => api("GET", `/articles/${w.article().id}/pretranslate`) },

  // ---- machine translation: everyone sees the providers and the effort; translators and above ask in their languages
  { endpoint: "GET /api/mt/providers", allow: signedIn, request: () => api("GET", "/api/mt/providers") },
  { endpoint: `POST /api/segments/:id/mt?lang=${TARGET}`, allow: both(translatorLike, assigned(TARGET)), request: (w) => api("POST", `/api/segments/${w.article().segmentId}/mt?lang=${TARGET}`) },
  { endpoint: "GET /api/articles/:id/effort", allow: signedIn, request: (w) => api("GET", `/api/articles/${w.translated("translated").id}/effort`) },
  { endpoint: "GET /articles/:id/effort", page: true, allow: signedIn, request: (w) => api("GET", `/articles/${w.translated("translated").id}/effort?lang=${TARGET}`) },

  // ---- the project word list: terminologists, and reviewers of that language
  { endpoint: `GET /api/wordlist/${TARGET}`, allow: signedIn, request: () => api("GET", `/api/wordlist/${TARGET}`) },
  { endpoint: `POST /api/wordlist/${TARGET}`, allow: either(hasRole("terminologist"), both(hasRole("reviewer"), assigned(TARGET))), request: (w) => api("POST", `/api/wordlist/${TARGET}`, { json: { word: `szó${w.unique()}` } }) },
  { endpoint: `DELETE /api/wordlist/${TARGET}/:word`, allow: either(hasRole("terminologist"), both(hasRole("reviewer"), assigned(TARGET))), request: (w) => api("DELETE", `/api/wordlist/${TARGET}/${encodeURIComponent(w.word(TARGET))}`) },
];

/** Whether the answer is what the row says for this actor. */
function verdict(row: Row, actor: Actor, res: { status: number; location: string | null }) {
  const toSignIn = res.status === 303 && (res.location ?? "").startsWith("/login");
  if (row.allow(actor)) return row.page ? (res.status >= 200 && res.status < 300) || (res.status === 303 && !toSignIn) : res.status >= 200 && res.status < 300;
  if (actor === ANONYMOUS) return row.page ? toSignIn || res.status === 401 : res.status === 401;
  return res.status === (row.refused ?? 403);
}

let world: World;
let mtServer: Loopback;
beforeAll(async () => {
  // A real OpenAI-compatible server on loopback, so that allowed MT requests get a suggestion.
  mtServer = await loopback((req) => {
    const { segments } = JSON.parse(req.json.messages[1].content) as { segments: Array<{ id: number; text: string }> };
    return { json: { choices: [{ message: { role: "assistant", content: JSON.stringify({ translations: segments.map((s) => ({ id: s.id, text: `HU(${s.text})` })) }) } }] } };
  });
  world = new World(makeTestApp({ mt: { timeoutMs: 5_000, openai: { url: `${mtServer.url}/v1`, model: "roles-model" } } }));
  await world.setUp();
}, 60_000);
afterAll(() => mtServer?.close());

describe("README's role table on every endpoint", () => {
  it.each(ENDPOINTS.map((row) => [row.endpoint, row] as const))("%s", async (_name, row) => {
    const wrong: string[] = [];
    for (const actor of ACTORS) {
      const res = await send(world, actor, await row.request(world, actor));
      if (!verdict(row, actor, res)) wrong.push(`${actor.name}: ${res.status}${res.location ? ` → ${res.location}` : ""} (${row.allow(actor) ? "should be allowed" : "should be refused"}) ${res.text.slice(0, 160)}`);
    }
    expect(wrong).toEqual([]);
  }, 60_000);

  it("has a row for every route the app serves", () => {
    const rows = ENDPOINTS.map((row) => row.endpoint.split(" ")).map(([method, path]) => `${method} ${(path ?? "").replace(/\?.*$/, "")}`);
    const routes = new Set((world.ctx.app.routes as { method: string; path: string }[]).filter((r) => r.method !== "ALL").map((r) => `${r.method} ${r.path}`));
    const missing = [...routes].filter((route) => {
      const pattern = new RegExp(`^${route.replace(/:[A-Za-z]+/g, "[^/]+")}$`);
      return !rows.some((row) => pattern.test(row));
    });
    // Session-only: POST /login and POST /logout are covered by test/auth-api.test.ts.
    expect(missing.filter((r) => r !== "POST /login" && r !== "POST /logout")).toEqual([]);
  });
});
