/**
 * What changed between two versions of an article in one language (two publications, or the
 * latest publication and what would be published now): segment by segment, grouped into
 * paragraphs, with a word diff (character diff for Chinese) of each changed target.
 */
import { diffTexts, type DiffPart } from "../diff";
import type { Lang } from "../languages";
import type { PublishedSegment } from "./content";

export type SegmentChange = {
  segmentId: number;
  paragraph: number;
  kind: string;
  /** equal | changed (target differs) | added (not in the earlier version) | removed (only in the earlier version) */
  op: "equal" | "changed" | "added" | "removed";
  before: string | null;
  after: string | null;
  /** the target's change; for an equal segment one equal part */
  parts: DiffPart[];
  /** the source was corrected between the two versions */
  sourceChanged: boolean;
  separator: string;
};
export type ParagraphChange = { paragraph: number; kind: string; changed: boolean; segments: SegmentChange[] };
export type ContentDiff = { paragraphs: ParagraphChange[]; changed: number; added: number; removed: number; unchanged: number };

/**
 * Runs of consecutive items of one paragraph, in order.
 *
 * @example
 * groupByParagraph([{ paragraph: 0 }, { paragraph: 0 }, { paragraph: 1 }]).length // 2
 */
export function groupByParagraph<T extends { paragraph: number }>(items: readonly T[]): T[][] {
  const groups: T[][] = [];
  for (const item of items) {
    const last = groups.at(-1);
    if (last && last[0]!.paragraph === item.paragraph) last.push(item);
    else groups.push([item]);
  }
  return groups;
}

function change(before: PublishedSegment | undefined, after: PublishedSegment | undefined, lang: Lang): SegmentChange {
  const anchor = (after ?? before)!;
  const op = !before ? "added" : !after ? "removed" : before.target === after.target ? "equal" : "changed";
  const from = before?.target ?? "";
  const to = after?.target ?? "";
  return {
    segmentId: anchor.id,
    paragraph: anchor.paragraph,
    kind: anchor.kind,
    op,
    before: before ? before.target : null,
    after: after ? after.target : null,
    parts: op === "equal" ? [{ op: "equal", text: to }] : diffTexts(from, to, lang),
    sourceChanged: Boolean(before && after && before.source !== after.source),
    separator: anchor.separator,
  };
}

/**
 * Pairs segments by id (segment ids survive source corrections) in the order of the later
 * version; segments only in the earlier one stay where they were.
 *
 * @example
 * const d = diffContents(previous?.segments ?? null, current.segments, "hu");
 * d.changed // how many segments read differently
 */
export function diffContents(before: readonly PublishedSegment[] | null, after: readonly PublishedSegment[], lang: Lang): ContentDiff {
  const earlier = before ?? [];
  const laterIds = new Set(after.map((s) => s.id));
  const byId = new Map(earlier.map((s) => [s.id, s]));
  const indexOf = new Map(earlier.map((s, index) => [s.id, index]));
  const changes: SegmentChange[] = [];
  let next = 0; // the first earlier segment not yet placed
  const placeRemovedBefore = (end: number) => {
    for (; next < end; next++) if (!laterIds.has(earlier[next]!.id)) changes.push(change(earlier[next], undefined, lang));
  };
  for (const s of after) {
    const at = indexOf.get(s.id);
    if (at !== undefined && at >= next) {
      placeRemovedBefore(at);
      next = at + 1;
    }
    changes.push(change(byId.get(s.id), s, lang));
  }
  placeRemovedBefore(earlier.length);
  const paragraphs: ParagraphChange[] = groupByParagraph(changes).map((segs) => ({
    paragraph: segs[0]!.paragraph,
    kind: segs[0]!.kind,
    changed: segs.some((s) => s.op !== "equal"),
    segments: segs,
  }));
  const count = (op: SegmentChange["op"]) => changes.filter((c) => c.op === op).length;
  return { paragraphs, changed: count("changed"), added: count("added"), removed: count("removed"), unchanged: count("equal") };
}
