import { Hono, type Context } from "hono";
import { z } from "zod";
import type { AppDeps, AppEnv, CurrentUser } from "../app-types";
import { LANGUAGES, type Lang } from "../domain/languages";
import { publicInfo, registryFor } from "../mt/registry";
import { hasAnyRole } from "../domain/workflow";
import { AppError, ERROR_STATUS } from "../errors";
import { articleReadiness, diffPublication, getPublication, listPublications, previewPublication, publishArticle } from "../services/publications";
import { saveTranslation } from "../services/translations";
import { ForbiddenPage } from "../../web/views/forbidden";
import { PublisherPage, type PublisherNotice } from "../../web/views/publisher";
import { pageContext } from "./pages";
import { publisherOf } from "./publications";
import { idParam, validate } from "./validation";

type Form = Record<string, string | File | (string | File)[]>;
const field = (form: Form, key: string) => (typeof form[key] === "string" ? (form[key] as string).normalize("NFC").trim() : "");
const PageQuery = z.object({
  lang: z.enum(LANGUAGES).optional().catch(undefined),
  diff: z.coerce.number().int().positive().optional().catch(undefined),
  published: z.coerce.number().int().positive().optional().catch(undefined),
  approved: z.coerce.number().int().positive().optional().catch(undefined),
});
const PublishForm = z.object({
  lang: z.enum(LANGUAGES),
  expectedHash: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  basedOnVersion: z.coerce.number().int().min(0).optional(),
  overrideReason: z.string().max(2000).optional(),
});
const ApproveForm = z.object({
  lang: z.enum(LANGUAGES),
  segmentId: z.coerce.number().int().positive(),
  version: z.coerce.number().int().min(0),
  confirm: z.literal("1").optional(),
  reason: z.string().min(1).max(2000).optional(),
});

const mayPublishIn = (user: CurrentUser, lang: Lang) => hasAnyRole(user, "publisher") && (user.roles.includes("admin") || user.languages.includes(lang));

/**
 * The publisher's page of an article (`/articles/:id/publish`, publishers and admins): readiness,
 * preview with the changes, Publish, publications with diffs and downloads. Its forms post back
 * here and redirect (or show the refusal in place).
 */
export function publisherPageRoutes({ db, config }: AppDeps) {
  const app = new Hono<AppEnv>();

  const publisherOnly = (c: Context<AppEnv>): CurrentUser | Response => {
    const user = c.get("user");
    if (!user) return c.redirect(`/login?next=${encodeURIComponent(c.req.path)}`, 303);
    if (hasAnyRole(user, "publisher")) return user;
    return new Response(String(<ForbiddenPage ctx={pageContext(c, config.secureCookies)} />), { status: 403, headers: { "content-type": "text/html; charset=utf-8" } });
  };

  const render = (c: Context<AppEnv>, user: CurrentUser, articleId: number, query: z.output<typeof PageQuery>, notice: PublisherNotice, status = 200) => {
    const readiness = articleReadiness({ db, input: { articleId } });
    const lang = query.lang && query.lang !== readiness.sourceLang ? query.lang : readiness.languages[0]!.lang;
    const shown = query.diff ? getPublication({ db, input: { id: query.diff } }) : null;
    const diffView = shown && shown.articleId === articleId && shown.lang === lang ? diffPublication({ db, input: { id: shown.id, against: "previous" } }) : null;
    const data = {
      article: { id: readiness.articleId, title: readiness.title, sourceLang: readiness.sourceLang },
      languages: readiness.languages,
      lang,
      preview: previewPublication({ db, input: { articleId, lang } }),
      publications: listPublications({ db, input: { articleId, lang } }),
      diffView,
      mayPublish: mayPublishIn(user, lang),
      notice,
      pretranslate: { langs: user.roles.includes("admin") ? [...LANGUAGES] : user.languages, threshold: config.tmThreshold, providers: publicInfo(registryFor(config.mt)) },
    };
    return c.html(<PublisherPage ctx={pageContext(c, config.secureCookies)} data={data} />, status as 200);
  };

  /** A refusal shown on the page it came from, with the status the API would give. */
  const refused = (c: Context<AppEnv>, user: CurrentUser, articleId: number, lang: Lang | undefined, error: unknown) => {
    if (!(error instanceof AppError) || error.code === "NOT_FOUND" || error.code === "CSRF") throw error;
    return render(c, user, articleId, { lang }, { error: { code: error.code, detail: error.message } }, ERROR_STATUS[error.code]);
  };
  const incomplete = (c: Context<AppEnv>, user: CurrentUser, articleId: number) => render(c, user, articleId, {}, { error: { code: "FORM", detail: "The form was incomplete" } }, 400);

  app.get("/articles/:id/publish", (c) => {
    const user = publisherOnly(c);
    if (user instanceof Response) return user;
    const articleId = idParam(c.req.param("id"), "Article");
    const query = validate(PageQuery, c.req.query());
    return render(c, user, articleId, query, { published: query.published, approved: query.approved });
  });

  app.post("/articles/:id/publish", async (c) => {
    const user = publisherOnly(c);
    if (user instanceof Response) return user;
    const articleId = idParam(c.req.param("id"), "Article");
    const form = (await c.req.parseBody()) as Form;
    const parsed = PublishForm.safeParse({ lang: field(form, "lang"), expectedHash: field(form, "expectedHash") || undefined, basedOnVersion: field(form, "basedOnVersion") || undefined, overrideReason: field(form, "overrideReason") || undefined });
    if (!parsed.success) return incomplete(c, user, articleId);
    const { lang, overrideReason, ...rest } = parsed.data;
    try {
      const p = await publishArticle({ db, input: { articleId, lang, ...rest, override: overrideReason ? { reason: overrideReason } : undefined }, actor: publisherOf(user) });
      return c.redirect(`/articles/${articleId}/publish?lang=${lang}&published=${p.version}#publications`, 303);
    } catch (error) {
      return refused(c, user, articleId, lang, error);
    }
  });

  // Approves one blocking segment: confirming it unchanged after a source correction and/or
  // overriding its open critical or major flags with a reason (both recorded in its history).
  app.post("/articles/:id/publish/approve", async (c) => {
    const user = publisherOnly(c);
    if (user instanceof Response) return user;
    const articleId = idParam(c.req.param("id"), "Article");
    const form = (await c.req.parseBody()) as Form;
    const parsed = ApproveForm.safeParse({ lang: field(form, "lang"), segmentId: field(form, "segmentId"), version: field(form, "version"), confirm: field(form, "confirm") || undefined, reason: field(form, "reason") || undefined });
    if (!parsed.success) return incomplete(c, user, articleId);
    const { lang, segmentId, version, confirm, reason } = parsed.data;
    const segments = previewPublication({ db, input: { articleId, lang } }).content.segments;
    const index = segments.findIndex((s) => s.id === segmentId);
    if (index < 0) throw new AppError("NOT_FOUND", `Segment ${segmentId} is not in article ${articleId}`);
    try {
      // The text stays exactly as it is; the version makes sure it is the one the page showed.
      saveTranslation({
        db,
        input: { segmentId, lang, text: segments[index]!.target, status: "final", version, confirmUnchanged: confirm === "1", override: reason ? { reason } : undefined },
        actor: user,
      });
      return c.redirect(`/articles/${articleId}/publish?lang=${lang}&approved=${index + 1}#blockers-title`, 303);
    } catch (error) {
      return refused(c, user, articleId, lang, error);
    }
  });

  return app;
}
