/**
 * The body of `POST /api/articles`, read from its bytes: in-process, or by the import worker
 * (article-import-worker) off the main thread. No Hono at run time, so a worker can load it.
 */
import { z } from "zod";
import type { ImportArticleInput } from "../services/article-prepare";
import { decodeUtf8, langCode, nfcText, parseJsonBody, validate } from "./validation";

export const NewArticle = z.object({
  title: nfcText.pipe(z.string().trim().min(1, "The title is empty").max(500)),
  sourceLang: langCode,
  text: nfcText.pipe(z.string().refine((s) => s.trim().length > 0, "The text is empty")),
  format: z.enum(["text", "markdown", "html"]).default("text"),
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
