/**
 * Translation states between Glossa and XLIFF, both ways. Glossa's statuses are XLIFF 2's, so
 * XLIFF 2 maps one to one (needsReview travels as subState "glossa:needs-review"). XLIFF 1.2,
 * Trados (sdlxliff) and memoQ (mqxliff) have their own vocabularies:
 *
 * | Glossa                 | XLIFF 1.2 target/@state        | read back from 1.2                                    |
 * |------------------------|--------------------------------|-------------------------------------------------------|
 * | (no translation)       | no <target>                    | no target or empty target: nothing imported           |
 * | initial                | needs-translation (+ state-qualifier leveraged-mt / leveraged-tm by origin) | new, needs-translation, needs-adaptation, needs-l10n |
 * | translated             | translated                     | translated, x-… and no state with a non-empty target  |
 * | translated+needsReview | needs-review-translation       | needs-review-translation, -adaptation, -l10n          |
 * | reviewed               | signed-off                     | signed-off                                            |
 * | final                  | final                          | final                                                 |
 *
 * Trados sdl:seg/@conf: Draft, RejectedTranslation → initial; Translated, RejectedSignOff →
 * translated; ApprovedTranslation → reviewed; ApprovedSignOff → final. memoQ mq:status:
 * NotStarted, PartiallyEdited, Edited, Pretranslated, MachineTranslated, Rejected → initial;
 * ManuallyConfirmed, Confirmed → translated; Reviewer1Confirmed → reviewed; Reviewer2Confirmed → final.
 */
import { isStatus, type Status } from "../../domain/workflow";

export type StateReading = { status: Status; needsReview: boolean };

export const NEEDS_REVIEW_SUBSTATE = "glossa:needs-review";

/** Glossa → XLIFF 1.2 `state` (and `state-qualifier`). */
export function toXliff12State(status: Status, needsReview: boolean, origin: string): { state: string; qualifier?: string } {
  if (status === "initial") {
    const qualifier = origin.startsWith("mt:") ? "leveraged-mt" : origin.startsWith("tm:") ? "leveraged-tm" : undefined;
    return { state: "needs-translation", qualifier };
  }
  if (status === "translated") return { state: needsReview ? "needs-review-translation" : "translated" };
  if (status === "reviewed") return { state: needsReview ? "needs-review-translation" : "signed-off" };
  return { state: "final" };
}

/** XLIFF 1.2 `state` → Glossa (a target without state counts as translated). */
export function fromXliff12State(state: string | undefined): StateReading {
  switch (state) {
    case "new":
    case "needs-translation":
    case "needs-adaptation":
    case "needs-l10n":
      return { status: "initial", needsReview: false };
    case "needs-review-translation":
    case "needs-review-adaptation":
    case "needs-review-l10n":
      return { status: "translated", needsReview: true };
    case "signed-off":
      return { status: "reviewed", needsReview: false };
    case "final":
      return { status: "final", needsReview: false };
    default:
      return { status: "translated", needsReview: false };
  }
}

/** XLIFF 2 `state` (default initial) and `subState` → Glossa. */
export function fromXliff2State(state: string | undefined, subState: string | undefined): StateReading {
  return { status: isStatus(state) ? state : "initial", needsReview: subState === NEEDS_REVIEW_SUBSTATE };
}

const TRADOS: Record<string, Status> = {
  Draft: "initial",
  RejectedTranslation: "initial",
  Translated: "translated",
  RejectedSignOff: "translated",
  ApprovedTranslation: "reviewed",
  ApprovedSignOff: "final",
};

/** Trados `sdl:seg/@conf` → Glossa; undefined for an unknown value. */
export function fromTradosConf(conf: string | undefined): StateReading | undefined {
  const status = conf ? TRADOS[conf] : undefined;
  return status ? { status, needsReview: conf === "RejectedSignOff" } : undefined;
}

const MEMOQ: Record<string, Status> = {
  NotStarted: "initial",
  PartiallyEdited: "initial",
  Edited: "initial",
  Pretranslated: "initial",
  MachineTranslated: "initial",
  Rejected: "initial",
  AssembledFromFragments: "initial",
  ManuallyConfirmed: "translated",
  Confirmed: "translated",
  Reviewer1Confirmed: "reviewed",
  Reviewer2Confirmed: "final",
};

/** memoQ `mq:status` → Glossa; undefined for an unknown value. */
export function fromMemoqStatus(status: string | undefined): StateReading | undefined {
  const mapped = status ? MEMOQ[status] : undefined;
  return mapped ? { status: mapped, needsReview: status === "Rejected" } : undefined;
}
