import { Hono } from "hono";
import { z } from "zod";
import type { AppDeps, AppEnv } from "../app-types";
import { requireRole, requireUser } from "../auth/guards";
import { AppError } from "../errors";
import { writeGlossaryCsv } from "../formats/glossary-csv";
import { writeGlossaryXlsx } from "../formats/glossary-xlsx";
import { writeTbx, writeTbxV2 } from "../formats/tbx/writer";
import { exportTermbase, glossaryFormat, importUploadedTermbase, listOrigins, MATCH_RULES, recoverInterruptedImports, type MatchRule } from "../services/glossary";
import { langTag } from "./glossary-body";
import { validate } from "./validation";

const flag = z
  .enum(["1", "true", "yes", "0", "false", "no", ""])
  .optional()
  .transform((v) => v === "1" || v === "true" || v === "yes");
export const ImportQuery = z.object({
  dryRun: flag,
  origin: z.string().max(200).optional(),
  /** comma-separated rules beside "id": "term" also merges entries into concepts with the same preferred term */
  match: z
    .string()
    .max(40)
    .optional()
    .transform((v, ctx) => {
      const rules = (v ?? "id").split(",").map((r) => r.trim()).filter(Boolean);
      const unknown = rules.filter((r) => !(MATCH_RULES as readonly string[]).includes(r));
      if (unknown.length) ctx.addIssue({ code: "custom", message: `Unknown match rule ${unknown.join(", ")}: use ${MATCH_RULES.join(", ")}` });
      return [...new Set<MatchRule>(["id", ...(rules as MatchRule[])])];
    }),
  sourceLang: langTag.optional(),
  targetLang: langTag.optional(),
  filename: z.string().max(255).optional(),
});
const EXPORTS = {
  tbx: { type: "application/x-tbx; charset=utf-8", extension: "tbx" },
  tbx2: { type: "application/x-tbx; charset=utf-8", extension: "tbx" },
  csv: { type: "text/csv; charset=utf-8", extension: "csv" },
  xlsx: { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", extension: "xlsx" },
} as const;
const ExportQuery = z.object({ format: z.enum(["tbx", "tbx2", "csv", "xlsx"]).default("tbx"), origin: z.string().max(200).optional() });

/** The file name a client gave in Content-Disposition, if any. */
const dispositionName = (header: string | undefined) => (header ? /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(header)?.[1] : undefined);

/** Termbase files: import (with a dry run) of TBX, CSV, TSV and other tools' glossaries; export as TBX v3/v2, CSV, XLSX. */
export function glossaryFileRoutes({ db }: AppDeps) {
  const app = new Hono<AppEnv>();
  recoverInterruptedImports(db);

  app.get("/api/glossary/export", (c) => {
    requireUser(c);
    const q = validate(ExportQuery, c.req.query());
    const doc = exportTermbase({ db, input: { origin: q.origin } });
    const spec = EXPORTS[q.format];
    const body = q.format === "tbx" ? writeTbx(doc) : q.format === "tbx2" ? writeTbxV2(doc) : q.format === "csv" ? writeGlossaryCsv(doc) : writeGlossaryXlsx(doc);
    const name = q.format === "tbx2" ? "glossa-termbase.tbx2.tbx" : `glossa-termbase.${spec.extension}`;
    return c.body(typeof body === "string" ? body : (body as Uint8Array<ArrayBuffer>), 200, { "content-type": spec.type, "content-disposition": `attachment; filename="${name}"` });
  });

  app.get("/api/glossary/origins", (c) => {
    requireUser(c);
    return c.json({ origins: listOrigins({ db }) });
  });

  app.post("/api/glossary/import", async (c) => {
    const user = requireRole(c, "terminologist");
    const q = validate(ImportQuery, c.req.query());
    const fileName = q.filename ?? dispositionName(c.req.header("content-disposition"));
    const format = glossaryFormat(c.req.header("content-type"), fileName);
    if (!format) throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send a TBX file as application/x-tbx or application/xml, or a CSV/TSV glossary as text/csv, text/tab-separated-values or text/plain");
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    const result = await importUploadedTermbase({ db, bytes, format, options: { ...q, fileName }, actorId: user.id });
    return c.json(result);
  });

  return app;
}
