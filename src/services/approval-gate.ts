import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { flagOverrides, flags, sourceRevisions, type segments, type translations } from "../db/schema";
import { flagFingerprint, flagsBlockingApproval, needsSourceConfirmation, type RevisionEvent } from "../domain/publishing/approval";
import { hasAnyRole, type Actor, type Status } from "../domain/workflow";
import { AppError } from "../errors";

export type FlagRow = typeof flags.$inferSelect;
/** What a save may carry past the approval gates. */
export type GateRequest = {
  /** keep the text as it is although the source changed since it was made */
  confirmUnchanged?: boolean;
  /** approve despite open critical or major flags (publishers and admins), with the reason */
  override?: { reason: string };
};
export type GateOutcome = {
  events: RevisionEvent[];
  /** the override's reason, shown in the history */
  note: string | null;
  /** the blocking flags the override went past */
  overridden: FlagRow[];
  /** the save leaves the text as it was after a source correction, without a confirmation */
  stillNeedsReview: boolean;
};

/** A flag as a client sees it in a refusal: enough to find it and say what it is. */
export const flagSummary = (f: FlagRow) => ({ id: f.id, segmentId: f.segmentId, lang: f.lang, side: f.side, start: f.start, end: f.end, text: f.text, category: f.category, severity: f.severity, check: f.check, message: f.message });

/** Refuses an override from someone who may not approve, or one without a reason. */
export function checkOverrideRequest(actor: Actor, status: Status, request: GateRequest): void {
  if (!request.override) return;
  if (!hasAnyRole(actor, "publisher")) throw new AppError("FORBIDDEN", "Only a publisher or an admin may override open flags");
  if (status !== "final") throw new AppError("VALIDATION", "An override of open flags goes with an approval (status final)");
  if (!request.override.reason.trim()) throw new AppError("VALIDATION", "An override needs a reason");
}

/** The source text this translation was made against, for the refusal that shows what changed. */
function sourceAt(tx: DbOrTx, segmentId: number, version: number): string | null {
  return tx.select({ text: sourceRevisions.text }).from(sourceRevisions).where(and(eq(sourceRevisions.segmentId, segmentId), eq(sourceRevisions.version, version))).get()?.text ?? null;
}

/**
 * Applies the approval gates to a save, inside its transaction: refuses (SOURCE_CHANGED) to
 * review or approve an unchanged text after a source correction without `confirmUnchanged`, and
 * (BLOCKING_FLAGS) to approve while critical or major flags are open without an override.
 *
 * @example
 * const gate = passApprovalGates(tx, { segment, sourceLang, lang, current, text, status, request });
 */
export function passApprovalGates(
  tx: DbOrTx,
  input: { segment: typeof segments.$inferSelect; sourceLang: string; lang: string; current: typeof translations.$inferSelect | undefined; text: string; status: Status; request: GateRequest },
): GateOutcome {
  const { segment, current, text, status, request } = input;
  const events: RevisionEvent[] = [];
  const unchangedAfterCorrection = Boolean(current?.needsReview && current.text === text);
  if (needsSourceConfirmation(current, text, status)) {
    if (!request.confirmUnchanged) {
      throw new AppError("SOURCE_CHANGED", `The source of segment ${segment.id} was corrected after this translation was made: edit the translation, or confirm that it stays as it is`, {
        segmentId: segment.id,
        source: { before: sourceAt(tx, segment.id, current!.sourceVersion), after: segment.source, version: segment.sourceVersion },
      });
    }
    events.push("confirmed-unchanged");
  }
  let overridden: FlagRow[] = [];
  if (status === "final") {
    const open = tx.select().from(flags).where(and(eq(flags.segmentId, segment.id), eq(flags.status, "open"))).all();
    const blocking = flagsBlockingApproval(open, { lang: input.lang, sourceLang: input.sourceLang, text });
    if (blocking.length && !request.override) {
      throw new AppError("BLOCKING_FLAGS", `${blocking.length} open critical or major flag(s) on segment ${segment.id}: resolve them, or override them with a reason`, {
        segmentId: segment.id,
        blockingFlags: blocking.map(flagSummary),
      });
    }
    if (blocking.length) {
      overridden = blocking;
      events.push("flags-overridden");
    }
  }
  return {
    events,
    note: overridden.length ? request.override!.reason.trim() : null,
    overridden,
    stillNeedsReview: unchangedAfterCorrection && !events.includes("confirmed-unchanged"),
  };
}

/** Records each flag an approval went past, against the translation version it approved. */
export function recordApprovalOverrides(tx: DbOrTx, input: { gate: GateOutcome; segmentId: number; lang: string; translationId: number; translationVersion: number; userId: number | null }): void {
  if (!input.gate.overridden.length) return;
  tx.insert(flagOverrides)
    .values(
      input.gate.overridden.map((f) => ({
        segmentId: input.segmentId,
        lang: input.lang,
        flagId: f.id,
        fingerprint: flagFingerprint(f),
        severity: f.severity,
        scope: "approval",
        translationId: input.translationId,
        translationVersion: input.translationVersion,
        reason: input.gate.note!,
        userId: input.userId,
      })),
    )
    .run();
}
