/**
 * The frozen content of a publication and its canonical form. The canonical form is what gets
 * hashed and stored, so the same content always gives the same bytes and the same hash,
 * whatever the order object keys happened to be built in.
 */
import { isLang, type Lang } from "../languages";
import { SEGMENT_KINDS, type SegmentKind } from "../workflow";
import type { InlineCode } from "../inline-codes";

/**
 * One segment as published (the shape of an export's segment). `codes` are the inline codes
 * (links, emphasis…) whose placeholders occur in source and target.
 */
export type PublishedSegment = { id: number; paragraph: number; kind: SegmentKind; source: string; target: string; separator: string; codes: InlineCode[] };
/** An article in one language as published (the shape of an export document). */
export type PublicationContent = { articleId: number; title: string; sourceLang: Lang; targetLang: Lang; segments: PublishedSegment[] };

const CANONICAL_VERSION = 1;

/**
 * The canonical JSON of a publication's content: fixed key order, no whitespace, segments in
 * article order. Strings are kept as they are (they were NFC-normalised on input).
 *
 * @example
 * canonicalContent(content) // '{"v":1,"articleId":1,"title":"Visite",…}'
 */
export function canonicalContent(content: PublicationContent): string {
  return JSON.stringify({
    v: CANONICAL_VERSION,
    articleId: content.articleId,
    title: content.title,
    sourceLang: content.sourceLang,
    targetLang: content.targetLang,
    // Codes only where a segment has some, so code-free content keeps the hash it always had.
    segments: content.segments.map((s) => ({ id: s.id, paragraph: s.paragraph, kind: s.kind, source: s.source, target: s.target, separator: s.separator, ...(s.codes?.length ? { codes: s.codes } : {}) })),
  });
}

const isSegment = (s: unknown): s is PublishedSegment => {
  const x = s as Record<string, unknown>;
  return (
    typeof x === "object" && x !== null && typeof x.id === "number" && typeof x.paragraph === "number" && (SEGMENT_KINDS as readonly unknown[]).includes(x.kind) &&
    typeof x.source === "string" && typeof x.target === "string" && typeof x.separator === "string" && (x.codes === undefined || Array.isArray(x.codes))
  );
};

/** Reads stored canonical content back; throws on anything that is not one. */
export function parseContent(text: string): PublicationContent {
  const x = JSON.parse(text) as Record<string, unknown>;
  if (x.v !== CANONICAL_VERSION || typeof x.articleId !== "number" || typeof x.title !== "string" || !isLang(x.sourceLang) || !isLang(x.targetLang) || !Array.isArray(x.segments) || !x.segments.every(isSegment)) {
    throw new Error("Not the canonical content of a publication");
  }
  const segments = (x.segments as Array<Omit<PublishedSegment, "codes"> & { codes?: InlineCode[] }>).map((s) => ({ ...s, codes: s.codes ?? [] }));
  return { articleId: x.articleId, title: x.title, sourceLang: x.sourceLang, targetLang: x.targetLang, segments };
}
