/** Shared by the XLIFF import services: the report, the role check, the origin of imported work. */
import { whyCannotSetStatus, type Status } from "../domain/workflow";
import type { Lang } from "../domain/languages";
import { AppError } from "../errors";
import type { ReadSegment, ReadUnit, XliffDocument } from "../formats/xliff/model";
import type { TranslationActor } from "./translations";

/** Imported translations are people's work carried in a file: never mistaken for machine output. */
export const XLIFF_ORIGIN = "xliff";

export type XliffConflict = { segmentId: number; unit: string; segment?: string; reason: string; yours?: string; current?: string; currentVersion?: number; exportedVersion?: number };
export type XliffImportReport = {
  articleId: number;
  /** true when the file created the article */
  createdArticle: boolean;
  sourceLang: Lang;
  targetLang: Lang | null;
  segments: number;
  created: number;
  updated: number;
  skipped: number;
  conflicts: XliffConflict[];
  /** the segments whose translation the import wrote (their QA runs next) */
  savedSegmentIds: number[];
  /** file segments that match no segment of the article */
  unmatched: Array<{ unit: string; segment?: string; reason: string }>;
  warnings: string[];
};

export type FlatSegment = { unit: ReadUnit; segment: ReadSegment; paragraph: number; externalId: string };

/** Every segment of the file, in order, with the paragraph (unit) it belongs to. */
export function flatten(doc: XliffDocument): FlatSegment[] {
  const out: FlatSegment[] = [];
  let paragraph = 0;
  for (const file of doc.files) {
    for (const unit of file.units) {
      if (unit.segments.length === 0) continue;
      unit.segments.forEach((segment, i) => out.push({ unit, segment, paragraph, externalId: JSON.stringify([unit.id, segment.id ?? String(i)]) }));
      paragraph++;
    }
  }
  return out;
}

/** Refuses the whole file when it sets a status the importing user may not set. */
export function refuseStatusesBeyondRole(actor: TranslationActor, lang: Lang, statuses: Status[]) {
  const refused = [...new Set(statuses)].map((s) => whyCannotSetStatus(actor, lang, s)).filter((r): r is string => r !== null);
  if (refused.length) {
    const count = (status: string) => statuses.filter((s) => s === status).length;
    throw new AppError("FORBIDDEN", `${refused[0]}; the file sets ${[...new Set(statuses)].map((s) => `${count(s)} ${s}`).join(", ")}`, { reasons: [...new Set(refused)] });
  }
}
