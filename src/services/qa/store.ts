import { and, eq, ne } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { flags } from "../../db/schema";
import type { Lang } from "../../domain/languages";
import type { QaFlag, Side } from "../../domain/qa/types";
import { chunked } from "../bulk";

export type FlagRow = typeof flags.$inferSelect;

/**
 * Replaces the automatic flags of one segment side with a new run's flags. Manual flags stay;
 * a flag a reviewer dismissed is not raised again for the same text; any open flag whose span
 * no longer reads as it did is resolved automatically ("text changed").
 */
export function storeSideFlags(tx: DbOrTx, input: { segmentId: number; lang: Lang; side: Side; text: string; found: QaFlag[] }): FlagRow[] {
  const { segmentId, lang, side, text } = input;
  const same = and(eq(flags.segmentId, segmentId), eq(flags.lang, lang), eq(flags.side, side));
  const existing = tx.select().from(flags).where(same).all();
  const now = new Date().toISOString();
  for (const f of existing) {
    if (f.status !== "open") continue;
    if (f.check !== "manual") continue;
    if (text.slice(f.start, f.end) !== f.text) {
      tx.update(flags).set({ status: "resolved", resolution: "text changed", resolvedAt: now }).where(eq(flags.id, f.id)).run();
    }
  }
  tx.delete(flags).where(and(same, ne(flags.check, "manual"), eq(flags.status, "open"))).run();
  const dismissed = existing.filter((f) => f.status === "dismissed" && f.check !== "manual");
  const isDismissed = (q: QaFlag) => dismissed.some((d) => d.check === q.check && d.text === q.text && d.contextText === text && d.start === q.start);
  const fresh = input.found.filter((q) => !isDismissed(q));
  const rows = fresh.map((q) => ({ segmentId, lang, side, start: q.start, end: q.end, text: q.text, contextText: text, category: q.category, severity: q.severity, check: q.check, message: q.message, suggestions: q.suggestions }));
  return chunked(rows).flatMap((chunk) => tx.insert(flags).values(chunk).returning().all());
}
