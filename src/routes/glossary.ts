import { Hono } from "hono";
import { z } from "zod";
import type { AppDeps, AppEnv } from "../app-types";
import { requireRole, requireUser } from "../auth/guards";
import { TERM_STATUSES } from "../domain/terms/types";
import type { TermDoc } from "../formats/tbx/model";
import { addTerm, createConcept, deleteConcept, deleteTerm, getConcept, searchConcepts, subjectFields, updateConcept, updateTerm } from "../services/glossary";
import { recognize } from "../services/term-index";
import { ConceptBody, conceptFromBody, langTag, TermBody, termFromBody } from "./glossary-body";
import { glossaryFileRoutes } from "./glossary-files";
import { idParam, langCode, nfcText, readJson, validate } from "./validation";

export { ConceptBody } from "./glossary-body";

const SearchQuery = z.object({
  q: z.string().max(200).optional(),
  lang: langCode.optional(),
  status: z.enum(TERM_STATUSES).optional(),
  subject: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

/** The termbase: search, CRUD (terminologists), TBX/CSV import and export, recognition. */
export function glossaryRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = new Hono<AppEnv>();

  app.get("/api/glossary", (c) => {
    requireUser(c);
    const q = validate(SearchQuery, c.req.query());
    return c.json({ ...searchConcepts({ db, input: { q: q.q, lang: q.lang, status: q.status, subjectField: q.subject, limit: q.limit, offset: q.offset } }), subjectFields: subjectFields({ db }) });
  });

  app.route("/", glossaryFileRoutes(deps));

  app.post("/api/glossary/recognize", async (c) => {
    requireUser(c);
    const body = await readJson(c, z.object({ lang: langCode, text: nfcText.pipe(z.string().max(100_000)) }));
    return c.json({ hits: recognize(db, body.lang, body.text) });
  });

  app.post("/api/glossary", async (c) => {
    const user = requireRole(c, "terminologist");
    const { expectedModifiedAt: _ignored, ...body } = await readJson(c, ConceptBody);
    return c.json(createConcept({ db, input: conceptFromBody(body), actorId: user.id }), 201);
  });

  app.get("/api/glossary/:id", (c) => {
    requireUser(c);
    return c.json(getConcept({ db, input: { id: idParam(c.req.param("id"), "Concept") } }));
  });

  app.patch("/api/glossary/:id", async (c) => {
    const user = requireRole(c, "terminologist");
    const { expectedModifiedAt, ...concept } = await readJson(c, ConceptBody);
    return c.json(updateConcept({ db, input: { id: idParam(c.req.param("id"), "Concept"), concept: conceptFromBody(concept), expectedModifiedAt }, actorId: user.id }));
  });

  app.delete("/api/glossary/:id", (c) => {
    const user = requireRole(c, "terminologist");
    deleteConcept({ db, input: { id: idParam(c.req.param("id"), "Concept") }, actorId: user.id });
    return c.body(null, 204);
  });

  app.post("/api/glossary/:id/terms", async (c) => {
    const user = requireRole(c, "terminologist");
    const body = await readJson(c, TermBody.extend({ lang: langTag }));
    const { lang, ...term } = body;
    return c.json(addTerm({ db, input: { conceptId: idParam(c.req.param("id"), "Concept"), lang, term: termFromBody(term) as TermDoc }, actorId: user.id }), 201);
  });

  app.patch("/api/glossary/terms/:termId", async (c) => {
    const user = requireRole(c, "terminologist");
    const changes = await readJson(c, TermBody.partial());
    return c.json(updateTerm({ db, input: { termId: idParam(c.req.param("termId"), "Term"), changes: termFromBody(changes) }, actorId: user.id }));
  });

  app.delete("/api/glossary/terms/:termId", (c) => {
    const user = requireRole(c, "terminologist");
    deleteTerm({ db, input: { termId: idParam(c.req.param("termId"), "Term") }, actorId: user.id });
    return c.body(null, 204);
  });

  return app;
}
