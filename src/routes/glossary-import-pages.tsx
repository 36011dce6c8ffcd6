import { Hono, type Context } from "hono";
import { z } from "zod";
import type { AppEnv, CurrentUser } from "../app-types";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { glossaryFormat, importUploadedTermbase, type FileImportOptions, type ImportResult } from "../services/glossary";
import { holdUpload, takeUpload } from "../services/glossary/pending";
import type { GlossaryQuery } from "../../web/views/glossary";
import { langTag } from "./glossary-body";

type Form = Record<string, string | File | (string | File)[]>;
/** What the glossary page shows about an import: the preview waiting for confirmation, or the result. */
export type ImportReportData = { importResult?: ImportResult; importError?: string; previewToken?: string; importErrors?: { line?: number; message: string }[] };
type ListPage = (c: Context<AppEnv>, user: CurrentUser, query: GlossaryQuery, report?: ImportReportData, status?: 200 | 400) => Response | Promise<Response>;

const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const ImportFields = z.object({
  origin: z.preprocess(blank, z.string().max(200).optional()),
  matchTerm: z.preprocess(blank, z.literal("1").optional()),
  sourceLang: z.preprocess(blank, langTag.optional()),
  targetLang: z.preprocess(blank, langTag.optional()),
});

/**
 * The glossary page's import: an upload is first only planned (a dry run) and shown with what
 * would be created, updated, merged and skipped and why; the terminologist then confirms, and
 * the held upload is imported exactly as previewed.
 */
export function glossaryImportPageRoutes({ db, terminologist, list }: { db: Db; terminologist: (c: Context<AppEnv>) => CurrentUser | Response; list: ListPage }) {
  const app = new Hono<AppEnv>();
  const first: GlossaryQuery = { page: 1 };

  const failed = (c: Context<AppEnv>, user: CurrentUser, error: unknown) => {
    if (!(error instanceof AppError)) throw error;
    const lines = (error.details?.errors as { line?: number; message: string }[] | undefined) ?? [];
    return list(c, user, first, { importError: error.message, importErrors: lines }, 400);
  };

  app.post("/glossary/import", async (c) => {
    const user = terminologist(c);
    if (user instanceof Response) return user;
    const form = (await c.req.parseBody()) as Form;
    const file = form.file;
    if (!(file instanceof File) || file.size === 0) return list(c, user, first, { importError: "no file" }, 400);
    const fields = ImportFields.safeParse(form);
    if (!fields.success) return list(c, user, first, { importError: fields.error.issues[0]!.message }, 400);
    const format = glossaryFormat(file.type, file.name) ?? "tbx";
    const options: FileImportOptions = {
      origin: fields.data.origin,
      match: fields.data.matchTerm ? ["id", "term"] : ["id"],
      sourceLang: fields.data.sourceLang,
      targetLang: fields.data.targetLang,
      fileName: file.name,
    };
    const bytes = new Uint8Array(await file.arrayBuffer());
    try {
      const preview = await importUploadedTermbase({ db, bytes, format, options: { ...options, dryRun: true }, actorId: user.id });
      const previewToken = holdUpload({ userId: user.id, bytes, format, options });
      return list(c, user, first, { importResult: preview, previewToken });
    } catch (error) {
      return failed(c, user, error);
    }
  });

  app.post("/glossary/import/confirm", async (c) => {
    const user = terminologist(c);
    if (user instanceof Response) return user;
    const token = (await c.req.parseBody()).token;
    try {
      const held = takeUpload(typeof token === "string" ? token : "", user.id);
      const result = await importUploadedTermbase({ db, ...held, actorId: user.id });
      return list(c, user, first, { importResult: result });
    } catch (error) {
      return failed(c, user, error);
    }
  });

  return app;
}
