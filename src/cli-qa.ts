import type { Db } from "./db/client";
import { parseLang } from "./domain/languages";
import { AppError } from "./errors";
import { defaultSpelling, listFlags, runArticleQa } from "./services/qa";

/** `glossa qa ARTICLE [--lang xx] [--json]`: runs every check, stores and prints the open flags. */
export async function runQaCommand({ db, articleId, lang, json }: { db: Db; articleId: number; lang?: string; json: boolean }): Promise<number> {
  const target = lang === undefined ? undefined : parseLang(lang);
  if (lang !== undefined && !target) throw new AppError("UNKNOWN_LANGUAGE", `unknown language "${lang}": use fr, en, zh or hu`);
  if (!Number.isSafeInteger(articleId) || articleId <= 0) throw new AppError("NOT_FOUND", `article ${articleId} does not exist`);
  const spelling = await defaultSpelling();
  await runArticleQa({ db, spelling, input: { articleId, lang: target } });
  const flags = listFlags({ db, input: { articleId, lang: target, status: "open" } });
  if (json) console.log(JSON.stringify({ flags }, null, 2));
  else {
    for (const f of flags) console.log(`segment ${f.segmentId} ${f.lang} ${f.side} [${f.start}-${f.end}] ${f.severity.padEnd(8)} ${f.category.padEnd(22)} “${f.text}” ${f.message}${f.suggestions.length ? ` → ${f.suggestions[0]}` : ""}`);
    console.log(`${flags.length} open flag(s)`);
  }
  await spelling.close();
  return 0;
}
