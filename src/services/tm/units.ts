/**
 * Writing translation memory units and keeping their index in step, in the caller's
 * transaction: a unit and its posting lists never disagree.
 */
import { and, eq, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "../../db/client";
import { tmUnits } from "../../db/schema";
import { addPostings, removePostings, type PostingBuffer, type SidePostings } from "../../db/tm-index";
import { lengthBucket } from "../../domain/tm/candidates";
import { indexTerms, tmTokens } from "../../domain/tm/tokens";
import { unitKey } from "../../domain/tm/unit-key";
import type { Lang } from "../../domain/languages";

export type UnitInput = {
  sourceLang: Lang;
  targetLang: Lang;
  sourceText: string;
  targetText: string;
  sourceMarkup?: string | null;
  targetMarkup?: string | null;
  prevSource?: string | null;
  nextSource?: string | null;
  origin: "segment" | "tmx";
  articleId?: number | null;
  segmentId?: number | null;
  author?: string | null;
  createdBy?: number | null;
  createdAt?: string;
  updatedAt?: string;
};

type Texts = Pick<UnitInput, "sourceLang" | "targetLang" | "sourceText" | "targetText">;

/** The posting lists a unit belongs to: each side's terms, in the bucket of that side's length. */
export function unitPostings(id: number, unit: Texts): { sides: SidePostings[]; sourceTokens: number; targetTokens: number } {
  const source = tmTokens(unit.sourceText, unit.sourceLang);
  const target = tmTokens(unit.targetText, unit.targetLang);
  return {
    sourceTokens: source.length,
    targetTokens: target.length,
    sides: [
      { unitId: id, bucket: lengthBucket(source.length), terms: indexTerms(source, unit.sourceLang, unit.targetLang).keys() },
      { unitId: id, bucket: lengthBucket(target.length), terms: indexTerms(target, unit.targetLang, unit.sourceLang).keys() },
    ],
  };
}

const insertStatements = new WeakMap<Db, ReturnType<typeof prepareInsert>>();
const p = (name: string) => sql.placeholder(name);

function prepareInsert(db: Db) {
  return {
    insert: db
      .insert(tmUnits)
      .values({
        sourceLang: p("sourceLang"), targetLang: p("targetLang"), sourceText: p("sourceText"), targetText: p("targetText"),
        sourceMarkup: p("sourceMarkup"), targetMarkup: p("targetMarkup"), prevSource: p("prevSource"), nextSource: p("nextSource"),
        sourceTokens: p("sourceTokens"), targetTokens: p("targetTokens"), pairHash: p("pairHash"), origin: p("origin"),
        articleId: p("articleId"), segmentId: p("segmentId"), author: p("author"), createdBy: p("createdBy"), updatedBy: p("createdBy"),
        createdAt: p("createdAt"), updatedAt: p("updatedAt"),
      })
      .returning({ id: tmUnits.id })
      .prepare(),
    sameKey: db
      .select({ id: tmUnits.id, sourceLang: tmUnits.sourceLang, targetLang: tmUnits.targetLang, sourceText: tmUnits.sourceText, targetText: tmUnits.targetText })
      .from(tmUnits)
      .where(eq(tmUnits.pairHash, p("pairHash")))
      .prepare(),
  };
}

function statements(db: Db) {
  let s = insertStatements.get(db);
  if (!s) insertStatements.set(db, (s = prepareInsert(db)));
  return s;
}

/** The id of a unit with the same two languages and texts (in either direction), if any. */
export function findDuplicate(db: Db, unit: Texts): number | undefined {
  const rows = statements(db).sameKey.all({ pairHash: unitKey(unit.sourceLang, unit.sourceText, unit.targetLang, unit.targetText) });
  const same = (a: Texts, b: Texts) =>
    (a.sourceLang === b.sourceLang && a.sourceText === b.sourceText && a.targetLang === b.targetLang && a.targetText === b.targetText) ||
    (a.sourceLang === b.targetLang && a.sourceText === b.targetText && a.targetLang === b.sourceLang && a.targetText === b.sourceText);
  return rows.find((r) => same(r as Texts, unit))?.id;
}

/**
 * Stores a unit and indexes it: at once, or through `buffer` for bulk imports (the caller then
 * flushes the buffer before its transaction ends). Call inside a transaction.
 *
 * @example
 * db.transaction(() => insertUnit(db, { sourceLang: "fr", targetLang: "hu", sourceText, targetText, origin: "tmx" }));
 */
export function insertUnit(db: Db, unit: UnitInput, buffer?: PostingBuffer): number {
  const now = new Date().toISOString();
  const texts = unitPostings(0, unit);
  const { id } = statements(db).insert.get({
    ...unit,
    sourceMarkup: unit.sourceMarkup ?? null,
    targetMarkup: unit.targetMarkup ?? null,
    prevSource: unit.prevSource ?? null,
    nextSource: unit.nextSource ?? null,
    articleId: unit.articleId ?? null,
    segmentId: unit.segmentId ?? null,
    author: unit.author ?? null,
    createdBy: unit.createdBy ?? null,
    createdAt: unit.createdAt ?? now,
    updatedAt: unit.updatedAt ?? unit.createdAt ?? now,
    sourceTokens: texts.sourceTokens,
    targetTokens: texts.targetTokens,
    pairHash: unitKey(unit.sourceLang, unit.sourceText, unit.targetLang, unit.targetText),
  })!;
  const sides = texts.sides.map((s) => ({ ...s, unitId: id }));
  if (buffer) for (const side of sides) buffer.add(side);
  else addPostings(db, sides);
  return id;
}

export type UnitChange = Partial<Pick<UnitInput, "sourceLang" | "sourceText" | "targetText" | "prevSource" | "nextSource">> & { updatedBy?: number | null };

/** Changes a unit's texts or context and moves it to the posting lists of its new text. */
export function updateUnit(db: Db, tx: DbOrTx, id: number, change: UnitChange): void {
  const before = tx.select().from(tmUnits).where(eq(tmUnits.id, id)).get();
  if (!before) return;
  const after = { ...(before as Texts), ...change } as Texts;
  const textsChanged = after.sourceText !== before.sourceText || after.targetText !== before.targetText || after.sourceLang !== before.sourceLang;
  const next = unitPostings(id, after);
  if (textsChanged && before.sourceTokens !== null) removePostings(db, unitPostings(id, before as Texts).sides);
  tx.update(tmUnits)
    .set({
      ...change,
      // The codes of an imported segment no longer fit an edited text.
      ...(textsChanged ? { sourceMarkup: null, targetMarkup: null } : {}),
      sourceTokens: next.sourceTokens,
      targetTokens: next.targetTokens,
      pairHash: unitKey(after.sourceLang, after.sourceText, after.targetLang, after.targetText),
      updatedAt: new Date().toISOString(),
    })
    .where(eq(tmUnits.id, id))
    .run();
  if (textsChanged || before.sourceTokens === null) addPostings(db, next.sides);
}

/** The unit made from a segment's translation into `lang`, if any. */
export function segmentUnit(tx: DbOrTx, segmentId: number, lang: Lang) {
  return tx.select().from(tmUnits).where(and(eq(tmUnits.segmentId, segmentId), eq(tmUnits.targetLang, lang))).get();
}
