/**
 * Whether an article is ready to publish in one language, and what stops it: segments that are
 * missing, not approved or waiting for review after a source correction, and open critical or
 * major flags nobody overrode. Pure; the publications service feeds it the rows.
 */
import { flagFingerprint, isBlockingSeverity, type FlagFacts } from "./approval";
import type { Status } from "../workflow";

export type BlockReason = "missing" | "not-final" | "needs-review" | "flags";

export type ReadinessSegment<F extends FlagFacts> = {
  id: number;
  position: number;
  paragraph: number;
  kind: string;
  source: string;
  translation?: { status: Status; needsReview: boolean; text: string };
  /** the open flags that concern this translation (see `concernsTranslation`) */
  flags: readonly F[];
  /** fingerprints of flags a publisher overrode when approving the current translation */
  overridden: ReadonlySet<string>;
};

export type SegmentBlocker<F> = {
  segmentId: number;
  position: number;
  paragraph: number;
  kind: string;
  source: string;
  target: string | null;
  status: Status | "missing";
  reasons: BlockReason[];
  /** open critical or major flags that block */
  flags: F[];
};

export type ReadinessCounts = Record<Status | "missing", number> & { total: number; needsReview: number };

export type Readiness<F> = {
  counts: ReadinessCounts;
  blockers: SegmentBlocker<F>[];
  /** critical or major flags overridden at approval: they do not block, but the publisher sees them */
  overridden: { segmentId: number; position: number; flags: F[] }[];
  ready: boolean;
  /** blocked by flags alone, which a publisher may override with a reason */
  overridable: boolean;
};

/**
 * Readiness of one language.
 *
 * @example
 * const r = readinessOf(segments);
 * r.ready || r.blockers.map((b) => `${b.position + 1}: ${b.reasons.join(", ")}`);
 */
export function readinessOf<F extends FlagFacts>(segments: readonly ReadinessSegment<F>[]): Readiness<F> {
  const counts: ReadinessCounts = { initial: 0, translated: 0, reviewed: 0, final: 0, missing: 0, total: segments.length, needsReview: 0 };
  const blockers: SegmentBlocker<F>[] = [];
  const overridden: Readiness<F>["overridden"] = [];
  for (const s of segments) {
    const tr = s.translation;
    counts[tr?.status ?? "missing"] += 1;
    if (tr?.needsReview) counts.needsReview += 1;
    const serious = s.flags.filter((f) => f.status === "open" && isBlockingSeverity(f.severity));
    const waived = serious.filter((f) => s.overridden.has(flagFingerprint(f)));
    const blocking = serious.filter((f) => !waived.includes(f));
    if (waived.length) overridden.push({ segmentId: s.id, position: s.position, flags: waived });
    const reasons: BlockReason[] = [];
    if (!tr) reasons.push("missing");
    else if (tr.status !== "final") reasons.push("not-final");
    if (tr?.needsReview) reasons.push("needs-review");
    if (blocking.length) reasons.push("flags");
    if (reasons.length === 0) continue;
    blockers.push({ segmentId: s.id, position: s.position, paragraph: s.paragraph, kind: s.kind, source: s.source, target: tr?.text ?? null, status: tr?.status ?? "missing", reasons, flags: blocking });
  }
  return {
    counts,
    blockers,
    overridden,
    ready: blockers.length === 0,
    overridable: blockers.length > 0 && blockers.every((b) => b.reasons.length === 1 && b.reasons[0] === "flags"),
  };
}
