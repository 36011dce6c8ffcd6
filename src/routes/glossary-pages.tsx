import { Hono, type Context } from "hono";
import { z } from "zod";
import type { AppDeps, AppEnv, CurrentUser } from "../app-types";
import { LANGUAGES } from "../domain/languages";
import { hasAnyRole } from "../domain/workflow";
import { TERM_STATUSES } from "../domain/terms/types";
import { AppError } from "../errors";
import { createConcept, deleteConcept, getConcept, searchConcepts, subjectFields, updateConcept } from "../services/glossary";
import { ConceptEditorPage } from "../../web/views/glossary-editor";
import { GlossaryPage, type GlossaryQuery } from "../../web/views/glossary";
import { ForbiddenPage } from "../../web/views/forbidden";
import { ConceptBody, conceptFromBody } from "./glossary-body";
import { conceptFromForm, fieldErrorsOf, formValuesOf, keepWhatTheFormDoesNotShow, type ConceptFormValues } from "./glossary-form";
import { glossaryImportPageRoutes, type ImportReportData } from "./glossary-import-pages";
import { pageContext } from "./pages";
import { idParam, validate } from "./validation";

const PAGE_SIZE = 50;
const blank = (v: unknown) => (v === "" ? undefined : v);
const ListQuery = z.object({
  q: z.string().max(200).optional(),
  lang: z.preprocess(blank, z.enum(LANGUAGES).optional()),
  status: z.preprocess(blank, z.enum(TERM_STATUSES).optional()),
  subject: z.preprocess(blank, z.string().max(200).optional()),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});
type Form = Record<string, string | File | (string | File)[]>;

/** The glossary pages: search and filters for everyone; editor and import for terminologists. */
export function glossaryPageRoutes({ db, config }: AppDeps) {
  const app = new Hono<AppEnv>();
  const signedIn = (c: Context<AppEnv>): CurrentUser | Response => c.get("user") ?? c.redirect(`/login?next=${encodeURIComponent(c.req.path)}`, 303);
  const terminologist = (c: Context<AppEnv>): CurrentUser | Response => {
    const user = signedIn(c);
    if (user instanceof Response || hasAnyRole(user, "terminologist")) return user;
    return new Response(String(<ForbiddenPage ctx={pageContext(c, config.secureCookies)} />), { status: 403, headers: { "content-type": "text/html; charset=utf-8" } });
  };

  const list = (c: Context<AppEnv>, user: CurrentUser, query: GlossaryQuery, report: ImportReportData = {}, status: 200 | 400 = 200) => {
    const found = searchConcepts({ db, input: { q: query.q?.trim() || undefined, lang: query.lang, status: query.status, subjectField: query.subject, limit: PAGE_SIZE, offset: (query.page - 1) * PAGE_SIZE } });
    const data = { ...found, pageSize: PAGE_SIZE, subjectFields: subjectFields({ db }) };
    return c.html(<GlossaryPage ctx={pageContext(c, config.secureCookies)} query={query} data={data} canEdit={hasAnyRole(user, "terminologist")} report={report} />, status);
  };
  app.route("/", glossaryImportPageRoutes({ db, terminologist, list }));

  app.get("/glossary", (c) => {
    const user = signedIn(c);
    if (user instanceof Response) return user;
    return list(c, user, validate(ListQuery, c.req.query()));
  });

  const editor = (c: Context<AppEnv>, values: ConceptFormValues, options: { conceptId?: number; errors?: Record<string, string>; stale?: boolean; status?: 200 | 400 | 409 } = {}) =>
    c.html(<ConceptEditorPage ctx={pageContext(c, config.secureCookies)} conceptId={options.conceptId} values={values} errors={options.errors ?? {}} stale={options.stale} />, options.status ?? 200);

  app.get("/glossary/new", (c) => {
    const user = terminologist(c);
    if (user instanceof Response) return user;
    return editor(c, { languages: {} });
  });

  app.get("/glossary/:id/edit", (c) => {
    const user = terminologist(c);
    if (user instanceof Response) return user;
    const concept = getConcept({ db, input: { id: idParam(c.req.param("id"), "Concept") } });
    return editor(c, formValuesOf(concept), { conceptId: concept.id });
  });

  /** Validates the editor form, saves, and answers with the list or the editor with its errors. */
  async function save(c: Context<AppEnv>, user: CurrentUser, conceptId?: number) {
    const { values, rowOf, termIds } = conceptFromForm((await c.req.parseBody()) as Form);
    const parsed = ConceptBody.safeParse(values);
    if (!parsed.success) return editor(c, values, { conceptId, errors: fieldErrorsOf(parsed.error.issues, rowOf), status: 400 });
    const { expectedModifiedAt, ...body } = parsed.data;
    try {
      const concept = conceptFromBody(body);
      // The editor shows only part of what a concept may hold (no transactions, references …): keep the rest.
      const saved = conceptId
        ? updateConcept({ db, input: { id: conceptId, concept: keepWhatTheFormDoesNotShow(getConcept({ db, input: { id: conceptId } }), concept, termIds), expectedModifiedAt }, actorId: user.id })
        : createConcept({ db, input: concept, actorId: user.id });
      return c.redirect(`/glossary?q=${encodeURIComponent(Object.values(saved.languages)[0]?.terms[0]?.text ?? "")}#concept-${saved.id}`, 303);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      if (error.code === "STALE_VERSION") return editor(c, values, { conceptId, stale: true, status: 409 });
      if (error.code === "VALIDATION" || error.code === "CONFLICT") return editor(c, values, { conceptId, errors: { "": error.message }, status: error.code === "CONFLICT" ? 409 : 400 });
      throw error;
    }
  }

  app.post("/glossary/new", async (c) => {
    const user = terminologist(c);
    if (user instanceof Response) return user;
    return save(c, user);
  });

  app.post("/glossary/:id", async (c) => {
    const user = terminologist(c);
    if (user instanceof Response) return user;
    return save(c, user, idParam(c.req.param("id"), "Concept"));
  });

  app.post("/glossary/:id/delete", (c) => {
    const user = terminologist(c);
    if (user instanceof Response) return user;
    deleteConcept({ db, input: { id: idParam(c.req.param("id"), "Concept") }, actorId: user.id });
    return c.redirect("/glossary", 303);
  });

  return app;
}
