import { Hono } from "hono";
import { z } from "zod";
import type { AppDeps, AppEnv, CurrentUser } from "../app-types";
import { requireRole, requireUser } from "../auth/guards";
import { may } from "../domain/access";
import { AppError } from "../errors";
import type { Publisher } from "../services/publications";
import { articleReadiness, diffPublication, getPublication, listPublications, previewPublication, publicationFile, publishArticle } from "../services/publications";
import { idParam, langCode, nfcText, readJson, requireLangParam, validate } from "./validation";

const PublishBody = z.object({
  lang: langCode,
  override: z.object({ reason: nfcText.pipe(z.string().trim().min(1, "An override needs a reason").max(2000)) }).optional(),
  expectedHash: z.string().regex(/^[0-9a-f]{64}$/, "expectedHash is a SHA-256 in hex").optional(),
  basedOnVersion: z.number().int().min(0).optional(),
});
const Against = z.union([z.literal("previous"), z.coerce.number().int().positive()]).default("previous");
const Format = z.string().regex(/^[a-z0-9]{1,16}$/, "Unknown format").default("md");

/** The user as a publisher: publications record their username. */
export const publisherOf = (user: CurrentUser): Publisher => ({ id: user.id, name: user.username, roles: user.roles, languages: user.languages });

/**
 * Publications: readiness per language, preview (diff against the latest publication), publish,
 * list, read, download the stored files, diff two publications.
 */
export function publicationRoutes({ db }: AppDeps) {
  const app = new Hono<AppEnv>();
  const articleId = (value: string | undefined) => idParam(value, "Article");

  app.get("/api/articles/:id/readiness", (c) => {
    requireUser(c);
    return c.json(articleReadiness({ db, input: { articleId: articleId(c.req.param("id")) } }));
  });

  app.get("/api/articles/:id/publications/preview", (c) => {
    requireUser(c);
    return c.json(previewPublication({ db, input: { articleId: articleId(c.req.param("id")), lang: requireLangParam(c.req.query("lang")) } }));
  });

  app.get("/api/articles/:id/publications", (c) => {
    requireUser(c);
    const lang = c.req.query("lang") ? requireLangParam(c.req.query("lang")) : undefined;
    return c.json({ publications: listPublications({ db, input: { articleId: articleId(c.req.param("id")), lang } }) });
  });

  app.post("/api/articles/:id/publications", async (c) => {
    const user = requireRole(c, "publisher");
    const id = articleId(c.req.param("id"));
    const body = await readJson(c, PublishBody);
    const publication = await publishArticle({ db, input: { articleId: id, ...body }, actor: publisherOf(user) });
    return c.json(publication, 201, { location: `/api/publications/${publication.id}` });
  });

  app.get("/api/publications/:id", (c) => {
    requireUser(c);
    return c.json(getPublication({ db, input: { id: idParam(c.req.param("id"), "Publication") } }));
  });

  app.get("/api/publications/:id/diff", (c) => {
    requireUser(c);
    const against = validate(Against, c.req.query("against"));
    return c.json(diffPublication({ db, input: { id: idParam(c.req.param("id"), "Publication"), against } }));
  });

  app.get("/api/publications/:id/download", (c) => {
    const user = requireRole(c, "publisher");
    const id = idParam(c.req.param("id"), "Publication");
    const format = validate(Format, c.req.query("format"));
    // A publication is an export frozen in time: the same rule as exporting its language.
    const { lang } = getPublication({ db, input: { id } });
    if (!may.exportArticle(user, lang)) throw new AppError("FORBIDDEN", `Downloading a publication needs the role publisher in ${lang}`);
    const file = publicationFile({ db, input: { id, format } });
    return c.body(new Uint8Array(file.body), 200, {
      "content-type": file.contentType,
      "content-disposition": `attachment; filename="${file.filename}"`,
      // What was published never changes: the file's hash is its identity.
      etag: `"${file.sha256}"`,
      "cache-control": "private, max-age=31536000, immutable",
    });
  });

  return app;
}
