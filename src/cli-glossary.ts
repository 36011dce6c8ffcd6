import type { Db } from "./db/client";
import { AppError } from "./errors";
import { importGlossaryFile, MATCH_RULES, type ImportResult, type MatchRule } from "./services/glossary";

export type GlossaryImportFlags = { dryRun?: boolean; origin?: string; match?: string; sourceLang?: string; targetLang?: string };

const line = (e: { line?: number; message: string }) => `${e.line ? `line ${e.line}: ` : ""}${e.message}`;

/** The report a terminologist reads: counts, then each entry that is not simply created, and each refused row. */
export function importReport(result: ImportResult): string[] {
  const out = [
    `${result.dryRun ? "dry run, nothing written: would create" : "created"} ${result.created}, ${result.dryRun ? "update" : "updated"} ${result.updated}, ${result.dryRun ? "merge" : "merged"} ${result.merged}, ${result.dryRun ? "skip" : "skipped"} ${result.skipped} (origin “${result.origin}”)`,
  ];
  for (const c of result.concepts) if (c.action !== "create" || result.dryRun) out.push(`  ${c.action.padEnd(6)} entry ${c.entry}${c.externalId ? ` [${c.externalId}]` : ""} ${c.label}: ${c.reason}`);
  for (const e of result.errors) out.push(`refused: ${line(e)}`);
  for (const w of result.warnings) out.push(`warning: ${line(w)}`);
  return out;
}

/**
 * `glossa import glossary FILE [--dry-run] [--origin NAME] [--match id,term] [--source-lang xx --target-lang yy]`
 *
 * @example
 * await runGlossaryImport({ db, file: "glossary/unesco.tbx", flags: { dryRun: true } })
 */
export async function runGlossaryImport({ db, file, flags }: { db: Db; file: string; flags: GlossaryImportFlags }): Promise<number> {
  const match = (flags.match ?? "id").split(",").map((r) => r.trim()).filter(Boolean);
  const unknown = match.filter((r) => !(MATCH_RULES as readonly string[]).includes(r));
  if (unknown.length) throw new AppError("VALIDATION", `unknown --match rule ${unknown.join(", ")}: use ${MATCH_RULES.join(", ")}`);
  const result = await importGlossaryFile({
    db,
    path: file,
    options: { dryRun: flags.dryRun, origin: flags.origin, match: [...new Set<MatchRule>(["id", ...(match as MatchRule[])])], sourceLang: flags.sourceLang, targetLang: flags.targetLang },
  });
  for (const l of importReport(result)) console.log(l);
  return 0;
}
