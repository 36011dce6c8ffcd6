export { defaultSpelling, qaContext } from "./context";
export { createManualFlag, listFlags, qaSummary, updateFlag, type ManualFlagInput } from "./flags";
export { runArticleQa, runSegmentQa } from "./run-segment";
export { createQaScheduler } from "./scheduler";
export type { FlagRow } from "./store";
