import type { Context, MiddlewareHandler } from "hono";
import { z } from "zod";
import { parseLang, type Lang } from "../domain/languages";
import { AppError } from "../errors";
import { textProblem } from "../domain/text-safety";
import { decodeText, EncodingError } from "../formats/text-decoding";
import { requireStorableValues } from "../services/storable-text";

/** A string normalised to NFC, as every text we store must be, without control characters or lone surrogates. */
export const nfcText = z
  .string()
  .superRefine((s, ctx) => {
    const problem = textProblem(s);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  })
  .transform((s) => s.normalize("NFC"));

/** A language code as clients send it (`fr`, `zh-CN`, `en-US`), mapped to ours. */
export const langCode = z.string().transform((value, ctx) => {
  const lang = parseLang(value);
  if (!lang) {
    ctx.addIssue({ code: "custom", message: `Unknown language "${value}": use fr, en, zh or hu` });
    return z.NEVER;
  }
  return lang;
});

/**
 * Decodes a body as strict UTF-8: invalid bytes are an error, not silently replaced with U+FFFD
 * (that would lose the user's text without telling them).
 */
export async function readUtf8Body(c: Context): Promise<string> {
  return decodeUtf8(new Uint8Array(await c.req.arrayBuffer()));
}

/** Strict UTF-8 decoding of body bytes, or INVALID_ENCODING. */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return decodeText(bytes);
  } catch (e) {
    if (e instanceof EncodingError) throw new AppError("INVALID_ENCODING", e.message);
    throw e;
  }
}

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\b/i;

/** 415 unless the request says it sends JSON. */
export function requireJsonType(contentType: string | undefined): void {
  if (!JSON_TYPE.test(contentType ?? "")) throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the body as application/json");
}

/**
 * Parses a JSON body; every string in it, whatever the schema says, must be storable text (no
 * NUL or lone surrogate gets stored).
 */
export function parseJsonBody(raw: string): unknown {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    throw new AppError("BAD_REQUEST", "The request body is not valid JSON");
  }
  requireStorableValues(data);
  return data;
}

/**
 * The shared validation hook: parses a JSON body and checks it against `schema`; every problem
 * is listed in `errors` so a form can show each one in place.
 *
 * @example
 * const input = await readJson(c, z.object({ text: nfcText }));
 */
export async function readJson<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  requireJsonType(c.req.header("content-type"));
  return validate(schema, parseJsonBody(await readUtf8Body(c)));
}

/** Checks any value (query, params, parsed body) against a schema, with the same error shape. */
export function validate<S extends z.ZodType>(schema: S, data: unknown): z.output<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const errors = result.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
  const languageIssue = result.error.issues.find((i) => i.message.startsWith("Unknown language"));
  if (languageIssue) throw new AppError("UNKNOWN_LANGUAGE", languageIssue.message, { errors });
  throw new AppError("VALIDATION", errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join("; "), { errors });
}

/** A `:lang` path parameter or `?lang=` query value, or a 400 that says which languages exist. */
export function requireLangParam(value: string | undefined): Lang {
  const lang = parseLang(value);
  if (!lang) throw new AppError("UNKNOWN_LANGUAGE", `Unknown language "${value ?? ""}": use fr, en, zh or hu`);
  return lang;
}

/** A positive integer id from the path, or 404 (a malformed id names nothing that exists). */
export function idParam(value: string | undefined, what: string): number {
  const id = Number(value);
  if (!Number.isSafeInteger(id) || id <= 0) throw new AppError("NOT_FOUND", `${what} ${value ?? ""} does not exist`);
  return id;
}

const FORM_TYPES = /^(?:application\/x-www-form-urlencoded|multipart\/form-data)\b/i;

/**
 * The pages' forms get the rule `readJson` applies to JSON bodies: a field holding a control
 * character or a lone surrogate is a 400 before any route sees it. (Uploaded files are checked
 * by their importers, which can name the line.)
 */
export function refuseUnstorableFormText(): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== "GET" && FORM_TYPES.test(c.req.header("content-type") ?? "")) {
      const form = await c.req.parseBody({ all: true });
      requireStorableValues(Object.fromEntries(Object.entries(form).map(([k, v]) => [k, [v].flat().filter((x) => typeof x === "string")])));
    }
    await next();
  };
}
