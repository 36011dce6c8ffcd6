import type { Lang } from "../../domain/languages";
import type { QaFlag, Side } from "../../domain/qa/types";
import type { SpellLang } from "./engine";

/** `suggestions: false` skips Hunspell's suggestion search (checks in bulk, benchmarks). */
export type CheckRequest = { lang: Lang; side: Side; text: string; suggestions?: boolean };
export type WorkerMessage =
  | { type: "check"; id: number; request: CheckRequest }
  | { type: "terms"; words: string[] }
  | { type: "projectWords"; lang: SpellLang; words: string[] }
  | { type: "forget" };
export type WorkerReply = { id: number; flags?: QaFlag[]; error?: string };
