import type { Lang, SpellLang } from "../../domain/languages";
import type { QaFlag, Side } from "../../domain/qa/types";

/**
 * `suggestions: false` skips Hunspell's suggestion search (checks in bulk, benchmarks). A
 * translation is checked with its `source`: the names it copies from there are not checked.
 */
export type CheckRequest = { lang: Lang; side: Side; text: string; source?: string; suggestions?: boolean };
export type WorkerMessage =
  | { type: "check"; id: number; requests: CheckRequest[] }
  | { type: "terms"; words: string[] }
  | { type: "projectWords"; lang: SpellLang; words: string[] }
  | { type: "forget" };
/** The flags of each text of a "check" message, in its order. */
export type WorkerReply = { id: number; flags?: QaFlag[][]; error?: string };
