/**
 * The body of `POST /api/articles`, read from its bytes: in-process, or by the import worker
 * (article-import-worker) off the main thread. No Hono at run time, so a worker can load it.
 */
import { z } from "zod";
import { ARTICLE_FORMATS } from "../formats/article-import";
import type { ImportArticleInput } from "../services/article-prepare";
import { decodeUtf8, langCode, nfcText, parseJsonBody, validate } from "./validation";

/** A new article; without a title (or a blank one) the document's own headline is its title. */
export const NewArticle = z.object({
  title: nfcText.pipe(z.string().trim().max(500)).optional(),
  sourceLang: langCode,
  text: nfcText.pipe(z.string().refine((s) => s.trim().length > 0, "The text is empty")),
  format: z.enum(ARTICLE_FORMATS).default("text"),
});

/**
 * Decodes (strict UTF-8), parses and validates an import body.
 *
 * @example
 * readArticleBody(new TextEncoder().encode('{"title":"T","sourceLang":"fr","text":"Un."}')).sourceLang // "fr"
 */
export function readArticleBody(bytes: Uint8Array): ImportArticleInput {
  return validate(NewArticle, parseJsonBody(decodeUtf8(bytes)));
}
