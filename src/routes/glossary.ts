import { Hono } from "hono";
import { z } from "zod";
import type { AppDeps, AppEnv } from "../app-types";
import { requireRole, requireUser } from "../auth/guards";
import { TERM_STATUSES, TERM_TYPES } from "../domain/terms/types";
import { AppError } from "../errors";
import { writeGlossaryCsv } from "../formats/glossary-csv";
import { writeTbx } from "../formats/tbx/writer";
import {
  addTerm, createConcept, deleteConcept, deleteTerm, exportTermbase, getConcept, importTermbase, parseTermbaseFile, searchConcepts, subjectFields, updateConcept, updateTerm,
} from "../services/glossary";
import { recognize } from "../services/term-index";
import { idParam, langCode, nfcText, readJson, validate } from "./validation";

const optionalText = nfcText.pipe(z.string().max(4000)).optional();
const langTag = z.string().regex(/^[a-zA-Z]{2,3}(?:[-_][a-zA-Z0-9]{1,8})*$/, "Not a language tag");
const TermBody = z.object({
  text: nfcText.pipe(z.string().trim().min(1, "A term is empty").max(500)),
  status: z.enum(TERM_STATUSES).default("admitted"),
  type: z.enum(TERM_TYPES).optional(),
  partOfSpeech: z.string().max(40).optional(),
  gender: z.string().max(40).optional(),
  caseSensitive: z.boolean().optional(),
  usageNote: optionalText,
  context: optionalText,
  note: optionalText,
});
export const ConceptBody = z.object({
  externalId: z.string().max(100).optional(),
  subjectField: optionalText,
  source: optionalText,
  note: optionalText,
  expectedModifiedAt: z.string().optional(),
  languages: z.record(langTag, z.object({ definition: optionalText, note: optionalText, terms: z.array(TermBody).max(50) })),
});
const SearchQuery = z.object({
  q: z.string().max(200).optional(),
  lang: langCode.optional(),
  status: z.enum(TERM_STATUSES).optional(),
  subject: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

const TBX_TYPES = ["application/x-tbx", "application/tbx+xml", "application/xml", "text/xml"];

/** The termbase: search, CRUD (terminologists), TBX/CSV import and export, recognition. */
export function glossaryRoutes({ db }: AppDeps) {
  const app = new Hono<AppEnv>();

  app.get("/api/glossary", (c) => {
    requireUser(c);
    const q = validate(SearchQuery, c.req.query());
    return c.json({ ...searchConcepts({ db, input: { q: q.q, lang: q.lang, status: q.status, subjectField: q.subject, limit: q.limit, offset: q.offset } }), subjectFields: subjectFields({ db }) });
  });

  app.get("/api/glossary/export", (c) => {
    requireRole(c, "terminologist");
    const format = validate(z.enum(["tbx", "csv"]).default("tbx"), c.req.query("format"));
    const doc = exportTermbase({ db });
    const body = format === "tbx" ? writeTbx(doc) : writeGlossaryCsv(doc);
    return c.body(body, 200, {
      "content-type": format === "tbx" ? "application/x-tbx; charset=utf-8" : "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="glossa-termbase.${format}"`,
    });
  });

  app.post("/api/glossary/import", async (c) => {
    const user = requireRole(c, "terminologist");
    const type = (c.req.header("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
    const format = TBX_TYPES.includes(type) ? "tbx" : type === "text/csv" ? "csv" : undefined;
    if (!format) throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send a TBX file as application/x-tbx or application/xml, or a CSV file as text/csv");
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    const { doc, warnings } = parseTermbaseFile(bytes, format);
    const result = importTermbase({ db, input: { doc }, actorId: user.id });
    return c.json({ ...result, warnings });
  });

  app.post("/api/glossary/recognize", async (c) => {
    requireUser(c);
    const body = await readJson(c, z.object({ lang: langCode, text: nfcText.pipe(z.string().max(100_000)) }));
    return c.json({ hits: recognize(db, body.lang, body.text) });
  });

  app.post("/api/glossary", async (c) => {
    const user = requireRole(c, "terminologist");
    const body = await readJson(c, ConceptBody);
    return c.json(createConcept({ db, input: body, actorId: user.id }), 201);
  });

  app.get("/api/glossary/:id", (c) => {
    requireUser(c);
    return c.json(getConcept({ db, input: { id: idParam(c.req.param("id"), "Concept") } }));
  });

  app.patch("/api/glossary/:id", async (c) => {
    const user = requireRole(c, "terminologist");
    const { expectedModifiedAt, ...concept } = await readJson(c, ConceptBody);
    return c.json(updateConcept({ db, input: { id: idParam(c.req.param("id"), "Concept"), concept, expectedModifiedAt }, actorId: user.id }));
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
    return c.json(addTerm({ db, input: { conceptId: idParam(c.req.param("id"), "Concept"), lang, term }, actorId: user.id }), 201);
  });

  app.patch("/api/glossary/terms/:termId", async (c) => {
    const user = requireRole(c, "terminologist");
    const changes = await readJson(c, TermBody.partial());
    return c.json(updateTerm({ db, input: { termId: idParam(c.req.param("termId"), "Term"), changes }, actorId: user.id }));
  });

  app.delete("/api/glossary/terms/:termId", (c) => {
    const user = requireRole(c, "terminologist");
    deleteTerm({ db, input: { termId: idParam(c.req.param("termId"), "Term") }, actorId: user.id });
    return c.body(null, 204);
  });

  return app;
}
