/**
 * TMX export of the whole memory or of one language pair, a page of units at a time: the
 * caller streams the pieces out, so no export holds the memory in RAM, and no statement stays
 * open between pages (better-sqlite3 has one connection; other requests run in between).
 */
import { and, asc, eq, gt, or } from "drizzle-orm";
import type { Db } from "../../db/client";
import { tmUnits } from "../../db/schema";
import type { Lang } from "../../domain/languages";
import { TMX_END, tmxStart, tmxUnit } from "../../formats/tmx/writer";
import { AppError } from "../../errors";

/** Language tags written into TMX files (Chinese is Simplified, as Glossa works in it). */
export const TMX_LANG: Record<Lang, string> = { fr: "fr", en: "en", zh: "zh-CN", hu: "hu" };
const PAGE = 500;
const VERSION = "0.1.0";

type Row = typeof tmUnits.$inferSelect;

function unitXml(row: Row, flip: boolean): string {
  const source = { lang: TMX_LANG[row.sourceLang as Lang], text: row.sourceText, markup: row.sourceMarkup };
  const target = { lang: TMX_LANG[row.targetLang as Lang], text: row.targetText, markup: row.targetMarkup };
  const context = !flip && row.prevSource !== null && row.nextSource !== null;
  return tmxUnit({
    tuid: String(row.id),
    srclang: flip ? target.lang : source.lang,
    variants: flip ? [target, source] : [source, target],
    created: row.createdAt,
    changed: row.updatedAt,
    author: row.author,
    props: context ? { "x-glossa-prev": row.prevSource, "x-glossa-next": row.nextSource } : undefined,
  });
}

/**
 * The memory as TMX 1.4, in pieces. With `source` and `target`, only that pair, every unit
 * written from `source` to `target` (units stored the other way round are turned around).
 *
 * @example
 * for (const piece of exportTmx({ db, input: { source: "fr", target: "hu" } })) out.write(piece);
 */
export function* exportTmx({ db, input }: { db: Db; input: { source?: Lang; target?: Lang } }): Generator<string> {
  const { source, target } = input;
  if ((source === undefined) !== (target === undefined)) throw new AppError("VALIDATION", "Give both the source and the target language, or neither");
  if (source !== undefined && source === target) throw new AppError("VALIDATION", "The source and target languages are the same");
  const pair =
    source && target
      ? or(and(eq(tmUnits.sourceLang, source), eq(tmUnits.targetLang, target)), and(eq(tmUnits.sourceLang, target), eq(tmUnits.targetLang, source)))
      : undefined;
  yield tmxStart({ srclang: source ? TMX_LANG[source] : "*all*", tool: "Glossa", toolVersion: VERSION });
  let last = 0;
  for (;;) {
    const rows = db.select().from(tmUnits).where(and(gt(tmUnits.id, last), pair)).orderBy(asc(tmUnits.id)).limit(PAGE).all();
    if (rows.length === 0) break;
    yield rows.map((row) => unitXml(row, source !== undefined && row.sourceLang !== source)).join("");
    last = rows[rows.length - 1]!.id;
  }
  yield TMX_END;
}
