/**
 * What may stop a translation from being approved or published: open critical or major flags,
 * and a source that changed under an approved translation. Pure rules; the services read the
 * rows and apply them.
 */
import { STATUSES, type Status } from "../workflow";

/** Severities that block approval and publication unless a publisher overrides them. */
export const BLOCKING_SEVERITIES = ["critical", "major"] as const;

/** Events a translation revision may record besides an edit. */
export const REVISION_EVENTS = ["source-corrected", "confirmed-unchanged", "flags-overridden"] as const;
export type RevisionEvent = (typeof REVISION_EVENTS)[number];

/** The fields of a flag row these rules look at. */
export type FlagFacts = {
  id: number;
  segmentId: number;
  lang: string;
  side: string;
  start: number;
  end: number;
  text: string;
  contextText: string;
  severity: string;
  status: string;
  check: string;
};

/**
 * Whether a flag concerns the `lang` translation of its segment: anything raised in that
 * language (on the target, or on the source span of a term the translation misses), and every
 * flag on the source itself.
 */
export function concernsTranslation(flag: Pick<FlagFacts, "lang" | "side">, lang: string, sourceLang: string): boolean {
  return flag.lang === lang || (flag.side === "source" && flag.lang === sourceLang);
}

export function isBlockingSeverity(severity: string): boolean {
  return (BLOCKING_SEVERITIES as readonly string[]).includes(severity);
}

/**
 * The open critical or major flags that stop `text` from being approved in `lang`. A target
 * flag whose span no longer reads the same in `text` belongs to an earlier wording (the edit
 * being saved removed it; the next check raises it again if the problem is still there).
 *
 * @example
 * flagsBlockingApproval(flags, { lang: "en", sourceLang: "fr", text: "On 21 October" })
 */
export function flagsBlockingApproval<F extends FlagFacts>(flags: readonly F[], input: { lang: string; sourceLang: string; text: string }): F[] {
  return flags.filter(
    (f) =>
      f.status === "open" &&
      isBlockingSeverity(f.severity) &&
      concernsTranslation(f, input.lang, input.sourceLang) &&
      (f.side !== "target" || input.text.slice(f.start, f.end) === f.text),
  );
}

/**
 * Names a flag across QA runs: a run replaces automatic flags with new rows, identical when
 * the text is. An override recorded against a fingerprint survives those reruns, and stops
 * applying as soon as the text it was given for changes.
 *
 * @example
 * flagFingerprint({ side: "target", lang: "en", check: "numbers", start: 3, end: 5, text: "21", contextText: "On 21 October" })
 */
export function flagFingerprint(flag: Pick<FlagFacts, "side" | "lang" | "check" | "start" | "end" | "text" | "contextText">): string {
  return JSON.stringify([flag.side, flag.lang, flag.check, flag.start, flag.end, flag.text, flag.contextText]);
}

/**
 * Whether saving `text` with `status` needs the explicit "confirm unchanged": the source was
 * corrected after this translation was made (`needsReview`), the text is the same as before the
 * correction, and the save would raise it above `translated` (review or approval). Without this
 * a publisher could re-approve a translation that still says what the old source said.
 */
export function needsSourceConfirmation(current: { text: string; needsReview: boolean } | undefined, text: string, status: Status): boolean {
  if (!current?.needsReview || current.text !== text) return false;
  return STATUSES.indexOf(status) > STATUSES.indexOf("translated");
}
