/**
 * The machine translation stage of pre-translation (services/tm/pretranslate): what the memory
 * could not fill goes to a provider, language pair by language pair. A provider failure does
 * not lose the TM drafts already saved: the rest stays untranslated and the failure is kept for
 * the report, with the terms each machine draft got wrong.
 */
import type { Db } from "../../db/client";
import type { Lang } from "../../domain/languages";
import { MtError } from "../../mt/errors";
import type { MtProvider } from "../../mt/types";
import type { MachineTranslationStage, MtRequest } from "../tm/pretranslate";
import type { TermMiss } from "./terms";
import { translateSegments } from "./translate";

export type MachineStageNotes = {
  /** how the required terms reached the provider */
  glossary: string;
  /** the provider's failure, when it failed (e.g. a wrong key); the segments it left stay untranslated */
  error: { kind: string; message: string } | null;
  /** per translated segment, the required terms its draft got wrong */
  termMisses: Array<{ segmentId: number; lang: Lang; misses: TermMiss[] }>;
};

export type MachineStage = MachineTranslationStage & { notes: MachineStageNotes };

/**
 * @example
 * const stage = machineTranslationStage(db, provider);
 * const report = await pretranslateArticle({ db, input, actor, mt: stage });
 * stage.notes.termMisses // what the MT got wrong
 */
export function machineTranslationStage(db: Db, provider: MtProvider): MachineStage {
  const notes: MachineStageNotes = { glossary: provider.glossarySupport, error: null, termMisses: [] };
  return {
    provider: provider.name,
    notes,
    async translate(requests: readonly MtRequest[]) {
      const out: Array<{ text: string } | null> = requests.map(() => null);
      // Pre-translation asks one target language at a time; group anyway, by pair.
      const groups = new Map<string, number[]>();
      requests.forEach((r, i) => groups.set(`${r.sourceLang}>${r.targetLang}`, [...(groups.get(`${r.sourceLang}>${r.targetLang}`) ?? []), i]));
      for (const indexes of groups.values()) {
        if (notes.error) break;
        const { sourceLang, targetLang } = requests[indexes[0]!]!;
        try {
          const batch = await translateSegments(db, provider, { sourceLang, targetLang, sources: indexes.map((i) => requests[i]!.source) });
          notes.glossary = batch.glossary;
          batch.drafts.forEach((draft, k) => {
            const request = requests[indexes[k]!]!;
            out[indexes[k]!] = { text: draft.text };
            if (draft.termMisses.length) notes.termMisses.push({ segmentId: request.segmentId, lang: targetLang, misses: draft.termMisses });
          });
        } catch (e) {
          if (!(e instanceof MtError)) throw e;
          notes.error = { kind: e.kind, message: e.message };
        }
      }
      return out;
    },
  };
}
