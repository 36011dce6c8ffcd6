/**
 * Pre-translation with the machine translation stage plugged in: the TM service does the
 * order and the no-overwrite rule; this adds the provider (the one asked for, the default, or
 * none), then QA on every machine draft and, in the report, what the MT got wrong.
 */
import type { QaSchedulerLike } from "../../app-types";
import type { Config } from "../../config";
import type { Db } from "../../db/client";
import { registryFor } from "../../mt/registry";
import { pretranslateArticle, type PretranslateInput, type PretranslateProgress, type PretranslateReport } from "../tm/pretranslate";
import type { TranslationActor } from "../translations";
import { machineTranslationStage, type MachineStageNotes } from "./stage";
import { chooseProvider } from "./translate";

export type MachinePretranslateReport = PretranslateReport & { machine: (MachineStageNotes & { provider: string; label: string }) | null };

/** The provider a pre-translation will use (null: the memory alone); refuses an unconfigured one before the job starts. */
export function machineChoice(config: Config, provider?: string) {
  const registry = registryFor(config.mt);
  if (provider === "none" || (provider === undefined && registry.providers.length === 0)) return null;
  return chooseProvider(registry, provider);
}

/**
 * @example
 * const report = await pretranslateWithMachine({ db, config, input: { articleId, langs: ["hu"] }, provider: "deepl", actor });
 * report.machine?.termMisses
 */
export async function pretranslateWithMachine({ db, config, input, provider, actor, onProgress, qaScheduler }: {
  db: Db;
  config: Config;
  input: PretranslateInput;
  /** a provider name, "none" for the memory alone, or undefined for the default (none when none is configured) */
  provider?: string;
  actor: TranslationActor;
  onProgress?: (progress: PretranslateProgress) => void;
  qaScheduler?: QaSchedulerLike;
}): Promise<MachinePretranslateReport> {
  const chosen = machineChoice(config, provider);
  const stage = chosen ? machineTranslationStage(db, chosen) : undefined;
  const report = await pretranslateArticle({ db, input, actor, mt: stage, onProgress });
  if (!stage || !chosen) return { ...report, machine: null };
  for (const s of report.segments) if (s.outcome === "mt") qaScheduler?.schedule({ segmentId: s.segmentId, lang: s.lang, side: "target" });
  const notes = stage.notes;
  const saved = new Set(report.segments.filter((s) => s.outcome === "mt").map((s) => `${s.segmentId}:${s.lang}`));
  return { ...report, machine: { provider: chosen.name, label: chosen.label, ...notes, termMisses: notes.termMisses.filter((m) => saved.has(`${m.segmentId}:${m.lang}`)) } };
}
