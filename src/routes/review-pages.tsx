import { Hono, type Context } from "hono";
import { z } from "zod";
import type { AppDeps, AppEnv, CurrentUser } from "../app-types";
import { requireUser } from "../auth/guards";
import type { Lang } from "../domain/languages";
import { MQM_CATEGORIES, SEVERITIES } from "../domain/qa/types";
import { may } from "../domain/access";
import { maxStatusFor, STATUSES, whyCannotOverwrite, whyCannotSetStatus, type Status } from "../domain/workflow";
import { reviewPage, reviewSegment, type ReviewFilters } from "../services/review";
import { translationHistory } from "../services/translations";
import { HistoryList } from "../../web/views/review-history";
import { ReviewPage } from "../../web/views/review";
import { SegmentRow, type ReviewPermissions } from "../../web/views/review-segment";
import { pageContext } from "./pages";
import { idParam, requireLangParam, validate } from "./validation";

const emptyToUndefined = (v: unknown) => (v === "" ? undefined : v);
const FilterQuery = z.object({
  status: z.preprocess(emptyToUndefined, z.enum([...STATUSES, "missing"]).optional()),
  category: z.preprocess(emptyToUndefined, z.enum(MQM_CATEGORIES).optional()),
  severity: z.preprocess(emptyToUndefined, z.enum(SEVERITIES).optional()),
  needsReview: z.preprocess(emptyToUndefined, z.literal("1").optional()),
  q: z.string().max(200).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});

/** What the page offers this user in this language: the rules the API applies (domain/access). */
export function permissionsFor(user: CurrentUser, lang: Lang, sourceLang: Lang): ReviewPermissions {
  const ceiling = maxStatusFor(user);
  const saveStatus: Status = ceiling === "translated" ? "translated" : "reviewed";
  return {
    edit: ceiling !== undefined && whyCannotSetStatus(user, lang, saveStatus) === null,
    overwritable: STATUSES.filter((status) => whyCannotOverwrite(user, status) === null),
    approve: whyCannotSetStatus(user, lang, "final") === null,
    flag: may.raiseFlag(user, "source", sourceLang),
    resolveLangs: [sourceLang, lang].filter((l) => may.resolveFlag(user, l)),
    correctSource: may.correctSource(user, sourceLang),
    restructure: may.correctSource(user, sourceLang),
    saveStatus,
  };
}

/** The review workspace page and the HTML fragments its script swaps in after a change. */
export function reviewPageRoutes({ db, config, qaScheduler }: AppDeps) {
  const app = new Hono<AppEnv>();

  const signedIn = (c: Context<AppEnv>) => (c.get("user") ? undefined : c.redirect(`/login?next=${encodeURIComponent(c.req.path)}`, 303));

  app.get("/articles/:id/:lang", (c) => {
    const redirect = signedIn(c);
    if (redirect) return redirect;
    const user = c.get("user")!;
    const lang = requireLangParam(c.req.param("lang"));
    const q = validate(FilterQuery, c.req.query());
    const filters: ReviewFilters = { status: q.status, category: q.category, severity: q.severity, needsReview: q.needsReview === "1" || undefined, q: q.q?.trim() || undefined };
    const data = reviewPage({ db, input: { articleId: idParam(c.req.param("id"), "Article"), lang, filters, page: q.page } });
    const perms = permissionsFor(user, lang, data.article.sourceLang as Lang);
    return c.html(<ReviewPage ctx={pageContext(c, config.secureCookies)} data={data} filters={filters} perms={perms} />);
  });

  app.get("/fragments/segments/:id/:lang", (c) => {
    const user = requireUser(c);
    const lang = requireLangParam(c.req.param("lang"));
    const segmentId = idParam(c.req.param("id"), "Segment");
    const { article, segment } = reviewSegment({ db, input: { segmentId, lang } });
    const ctx = pageContext(c, config.secureCookies);
    const pending = (qaScheduler?.pending({ segmentId, lang, side: "target" }) ?? false) || (qaScheduler?.pending({ segmentId, lang: article.sourceLang as Lang, side: "source" }) ?? false);
    return c.html(<SegmentRow seg={segment} sourceLang={article.sourceLang as Lang} lang={lang} t={ctx.t} perms={permissionsFor(user, lang, article.sourceLang as Lang)} qaPending={pending} />);
  });

  app.get("/fragments/segments/:id/:lang/history", (c) => {
    requireUser(c);
    const lang = requireLangParam(c.req.param("lang"));
    const revisions = translationHistory({ db, input: { segmentId: idParam(c.req.param("id"), "Segment"), lang } });
    const ctx = pageContext(c, config.secureCookies);
    return c.html(<HistoryList revisions={revisions} lang={lang} ctx={ctx} />);
  });

  return app;
}
