import { and, desc, eq } from "drizzle-orm";
import type { Db, DbOrTx } from "../../db/client";
import { flagOverrides, publicationFiles, publications } from "../../db/schema";
import type { Lang } from "../../domain/languages";
import { flagFingerprint } from "../../domain/publishing/approval";
import { canonicalContent, type PublicationContent } from "../../domain/publishing/content";
import { hasAnyRole, type Actor } from "../../domain/workflow";
import { AppError } from "../../errors";
import { EXPORT_FORMATS, renderDocx, renderExport, type ExportDoc } from "../../formats/article-export";
import { articleSource } from "../export";
import { flagSummary } from "../approval-gate";
import { recordAudit } from "../audit";
import { getPublication, type PublicationDetail } from "./queries";
import { languageState, sha256Hex, type LanguageState } from "./state";

export type PublishInput = {
  articleId: number;
  lang: Lang;
  /** publish over open critical or major flags; the reason is stored with the publication */
  override?: { reason: string };
  /** the content hash the publisher previewed: refused if the approved text changed since */
  expectedHash?: string;
  /** the latest version the publisher saw (0 for none): refused if someone published since */
  basedOnVersion?: number;
};
/** Who publishes: a user, or a command-line run without one (`id` null, named "cli:<os user>"). */
export type Publisher = Actor & { id: number | null; name: string };

type Rendered = { format: string; contentType: string; extension: string; bytes: Buffer };

/**
 * Every export format the writers offer now, rendered from the frozen content in the shape the
 * article came in (its stored structure, HTML skeleton or DOCX package).
 */
async function renderAll(content: PublicationContent, source: Pick<ExportDoc, "structure" | "skeleton" | "original">): Promise<Rendered[]> {
  const doc: ExportDoc = { ...content, ...source };
  const out: Rendered[] = [];
  for (const format of EXPORT_FORMATS) {
    const r = format === "docx" ? await renderDocx(doc) : renderExport(doc, format);
    out.push({ format, contentType: r.contentType, extension: r.extension, bytes: typeof r.body === "string" ? Buffer.from(r.body, "utf8") : Buffer.from(r.body) });
  }
  return out;
}

const blockerList = (state: LanguageState) => state.readiness.blockers.map((b) => ({ segmentId: b.segmentId, position: b.position, status: b.status, reasons: b.reasons, flags: b.flags.map(flagSummary), reviewUrl: b.reviewUrl }));

function latestVersion(tx: DbOrTx, articleId: number, lang: Lang): number {
  return tx.select({ version: publications.version }).from(publications).where(and(eq(publications.articleId, articleId), eq(publications.lang, lang))).orderBy(desc(publications.version)).limit(1).get()?.version ?? 0;
}

/** Refuses what may not be published, and says why; returns the flags an override goes past. */
function checkPublishable(state: LanguageState, input: PublishInput) {
  const { readiness } = state;
  if (!readiness.ready && !readiness.overridable) {
    const notApproved = readiness.blockers.filter((b) => b.reasons.some((r) => r !== "flags")).length;
    throw new AppError("NOT_APPROVED", `${notApproved} of ${readiness.counts.total} segments are not approved in ${input.lang}`, { blockers: blockerList(state) });
  }
  const flagged = readiness.blockers.flatMap((b) => b.flags);
  if (flagged.length && !input.override) {
    throw new AppError("BLOCKING_FLAGS", `${flagged.length} open critical or major flag(s) in ${input.lang}: resolve them, or publish with an override and a reason`, { blockers: blockerList(state) });
  }
  if (input.override && !input.override.reason.trim()) throw new AppError("VALIDATION", "An override needs a reason");
  if (input.expectedHash !== undefined && input.expectedHash !== state.contentHash) {
    throw new AppError("STALE_VERSION", "The approved text changed since your preview: look at the changes again before publishing", { latest: { contentHash: state.contentHash } });
  }
  return flagged;
}

/**
 * Publishes the approved version of an article in one language: freezes its content (canonical
 * form and SHA-256), renders every export format once and stores the bytes, as version n+1.
 * Refused while a segment is not approved (NOT_APPROVED) or critical/major flags are open
 * without an override (BLOCKING_FLAGS). Nothing ever updates or deletes a publication.
 *
 * @example
 * const p = await publishArticle({ db, input: { articleId, lang: "hu" }, actor });
 * p.version; p.contentHash; p.formats.map((f) => f.format);
 */
export async function publishArticle({ db, input, actor }: { db: Db; input: PublishInput; actor: Publisher }): Promise<PublicationDetail> {
  if (!hasAnyRole(actor, "publisher")) throw new AppError("FORBIDDEN", "Publishing needs the role publisher");
  if (!actor.roles.includes("admin") && !actor.languages.includes(input.lang)) throw new AppError("FORBIDDEN", `You are not assigned to ${input.lang}`);
  const seen = languageState(db, input.articleId, input.lang);
  checkPublishable(seen, input);
  // Writers may become asynchronous (DOCX): render outside the transaction, then make sure
  // inside it that nothing changed in between.
  const files = await renderAll(seen.content, articleSource(db, input.articleId));
  const id = db.transaction((tx) => {
    // better-sqlite3 runs the transaction on the one connection: reads through `db` see it.
    const now = languageState(db, input.articleId, input.lang);
    if (now.contentHash !== seen.contentHash) throw new AppError("STALE_VERSION", "The approved text changed while publishing; try again", { latest: { contentHash: now.contentHash } });
    const overridden = checkPublishable(now, input);
    const previous = latestVersion(tx, input.articleId, input.lang);
    if (input.basedOnVersion !== undefined && input.basedOnVersion !== previous) {
      throw new AppError("STALE_VERSION", `Version ${previous} was published since your preview of version ${input.basedOnVersion}: look at the changes again`, { latest: { version: previous } });
    }
    const content = canonicalContent(now.content);
    const reason = overridden.length ? input.override!.reason.trim() : null;
    const publication = tx
      .insert(publications)
      .values({ articleId: input.articleId, lang: input.lang, version: previous + 1, publishedBy: actor.id, publishedByName: actor.name, contentHash: sha256Hex(content), content, overrideReason: reason })
      .returning()
      .get();
    tx.insert(publicationFiles)
      .values(files.map((f) => ({ publicationId: publication.id, format: f.format, contentType: f.contentType, extension: f.extension, body: f.bytes, sha256: sha256Hex(f.bytes) })))
      .run();
    if (overridden.length) {
      tx.insert(flagOverrides)
        .values(overridden.map((f) => ({ segmentId: f.segmentId, lang: f.lang, flagId: f.id, fingerprint: flagFingerprint(f), severity: f.severity, scope: "publication", publicationId: publication.id, reason: reason!, userId: actor.id })))
        .run();
    }
    recordAudit(tx, {
      userId: actor.id,
      action: "publication.create",
      entity: "publication",
      entityId: publication.id,
      after: { articleId: input.articleId, lang: input.lang, version: publication.version, contentHash: publication.contentHash, by: actor.name, formats: files.map((f) => f.format), ...(reason ? { override: { reason, flags: overridden.map((f) => f.id) } } : {}) },
    });
    return publication.id;
  });
  return getPublication({ db, input: { id } });
}
