/**
 * Storing a prepared article. The CLI and the demo store it in one transaction; the server
 * stores large imports in steps of a few thousand segments, one short transaction each, with
 * the event loop free between them, so other requests are answered meanwhile. Until the last
 * step the article is listed in `pending_imports` and no reader sees it; a failed import
 * removes what it stored, and one cut short by a crash is discarded at the next start.
 */
import { eq, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "../db/client";
import { articles, articleSources, pendingImports, segments } from "../db/schema";
import type { Lang } from "../domain/languages";
import type { SegmentPiece } from "../domain/segmentation";
import type { ArticleDocument, ArticleFormat, PreparedArticle } from "./article-prepare";
import { recordAudit } from "./audit";

/** Segments per step of a stepwise import: a step takes under 10 ms on an idle machine. */
export const SEGMENTS_PER_STEP = 1_000;

// One prepared INSERT per database, run once per segment: building a multi-row INSERT costs
// ten times more per row.
const insertStatements = new WeakMap<Db, ReturnType<typeof prepareInsert>>();
const prepareInsert = (db: Db) =>
  db
    .insert(segments)
    .values({
      articleId: sql.placeholder("articleId"),
      position: sql.placeholder("position"),
      paragraph: sql.placeholder("paragraph"),
      kind: sql.placeholder("kind"),
      source: sql.placeholder("source"),
      separator: sql.placeholder("separator"),
      codes: sql.placeholder("codes"),
    })
    .prepare();

function insertPieces(db: Db, articleId: number, pieces: readonly SegmentPiece[], firstPosition: number): void {
  let insert = insertStatements.get(db);
  if (!insert) insertStatements.set(db, (insert = prepareInsert(db)));
  pieces.forEach((p, i) => insert.run({ articleId, position: firstPosition + i, paragraph: p.paragraph, kind: p.kind, source: p.text, separator: p.separator, codes: p.codes }));
}

/**
 * The document as its columns hold it: structure and skeleton already JSON. The import worker
 * serialises them, so the main thread stores one string instead of cloning and then
 * serialising a tree of tens of thousands of nodes (about 40 ms each for an 8 MB article).
 */
export type SerializedDocument = { structure: string; skeleton: string | null; original: Uint8Array | null };

/**
 * @example
 * serializeDocument(prepared.document).structure // '{"format":"markdown","nodes":[…]}'
 */
export const serializeDocument = (document: ArticleDocument): SerializedDocument => ({
  structure: JSON.stringify(document.structure),
  skeleton: document.skeleton ? JSON.stringify(document.skeleton) : null,
  original: document.original ?? null,
});

/**
 * What storing in steps needs of a prepared article: its head, and its segments a range at a
 * time (the import worker's answer is decoded one step at a time, see routes/article-import-wire).
 */
export type StepwiseArticle = {
  title: string;
  sourceLang: Lang;
  format: ArticleFormat;
  document: SerializedDocument;
  count: number;
  piecesBetween(from: number, to: number): readonly SegmentPiece[];
};

/** A prepared article held in memory, read a range at a time. */
export const stepwise = (prepared: PreparedArticle): StepwiseArticle => ({
  title: prepared.title,
  sourceLang: prepared.sourceLang,
  format: prepared.format,
  document: serializeDocument(prepared.document),
  count: prepared.pieces.length,
  piecesBetween: (from, to) => prepared.pieces.slice(from, to),
});

const auditImport = (tx: DbOrTx, articleId: number, article: Pick<StepwiseArticle, "title" | "sourceLang" | "format" | "count">, actorId?: number | null) =>
  recordAudit(tx, { userId: actorId, action: "article.import", entity: "article", entityId: articleId, after: { title: article.title, sourceLang: article.sourceLang, format: article.format, segments: article.count } });

/**
 * The document's structure, HTML skeleton or DOCX package, for export in the shape it came in.
 * The JSON columns get the serialised text as it is (`sql`), not encoded a second time.
 */
const storeDocument = (tx: DbOrTx, articleId: number, article: Pick<StepwiseArticle, "format" | "document">) => {
  const { structure, skeleton, original } = article.document;
  tx.insert(articleSources)
    .values({ articleId, format: article.format, structure: sql`${structure}`, skeleton: skeleton === null ? null : sql`${skeleton}`, original: original ? Buffer.from(original) : null })
    .run();
};

/**
 * Stores a prepared article in one transaction; returns its id.
 *
 * @example
 * const id = storeArticle({ db, prepared: prepareArticle(input), actorId });
 */
export function storeArticle({ db, prepared, actorId }: { db: Db; prepared: PreparedArticle; actorId?: number | null }): number {
  return db.transaction((tx) => {
    const article = tx.insert(articles).values({ title: prepared.title, sourceLang: prepared.sourceLang, createdBy: actorId ?? null }).returning({ id: articles.id }).get();
    insertPieces(db, article.id, prepared.pieces, 0);
    const whole = stepwise(prepared);
    storeDocument(tx, article.id, whole);
    auditImport(tx, article.id, whole, actorId);
    return article.id;
  });
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Stores a prepared article in steps (see above); returns its id once every segment is stored
 * and the article visible.
 *
 * @example
 * const id = await storeArticleInSteps({ db, prepared, actorId });
 */
export async function storeArticleInSteps({ db, prepared, actorId, segmentsPerStep = SEGMENTS_PER_STEP }: { db: Db; prepared: PreparedArticle | StepwiseArticle; actorId?: number | null; segmentsPerStep?: number }): Promise<number> {
  const article = "pieces" in prepared ? stepwise(prepared) : prepared;
  const articleId = db.transaction((tx) => {
    const row = tx.insert(articles).values({ title: article.title, sourceLang: article.sourceLang, createdBy: actorId ?? null }).returning({ id: articles.id }).get();
    tx.insert(pendingImports).values({ articleId: row.id }).run();
    storeDocument(tx, row.id, article);
    return row.id;
  });
  try {
    for (let from = 0; from < article.count; from += segmentsPerStep) {
      await nextTurn();
      const pieces = article.piecesBetween(from, from + segmentsPerStep);
      db.transaction(() => insertPieces(db, articleId, pieces, from));
    }
    db.transaction((tx) => {
      tx.delete(pendingImports).where(eq(pendingImports.articleId, articleId)).run();
      auditImport(tx, articleId, article, actorId);
    });
    return articleId;
  } catch (error) {
    db.delete(articles).where(eq(articles.id, articleId)).run();
    throw error;
  }
}

/** Whether the article is still being imported (readers treat it as absent). */
export function isPendingImport(db: DbOrTx, articleId: number): boolean {
  return db.select({ id: pendingImports.articleId }).from(pendingImports).where(eq(pendingImports.articleId, articleId)).get() !== undefined;
}

/** At start: removes the articles of imports a crash cut short (their segments go with them). */
export function discardUnfinishedImports(db: Db): number {
  return db.transaction((tx) => {
    const ids = tx.select({ id: pendingImports.articleId }).from(pendingImports).all().map((r) => r.id);
    for (const id of ids) tx.delete(articles).where(eq(articles.id, id)).run();
    return ids.length;
  });
}

