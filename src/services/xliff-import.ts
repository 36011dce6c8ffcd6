import type { Db } from "../db/client";
import { articles, segments, xliffSegmentRefs } from "../db/schema";
import { codesUsedIn, foreignCodes } from "../domain/inline-codes";
import { parseLang, type Lang } from "../domain/languages";
import type { SegmentKind } from "../domain/workflow";
import { AppError } from "../errors";
import type { ReadUnit, XliffDocument } from "../formats/xliff/model";
import { readXliff, XliffRejection } from "../formats/xliff/read";
import { XliffFileError } from "../formats/xliff/xml-tree";
import { recordAudit } from "./audit";
import { saveTranslation, type TranslationActor } from "./translations";
import { flatten, refuseStatusesBeyondRole, XLIFF_ORIGIN, type FlatSegment, type XliffImportReport } from "./xliff-common";
import { updateFromXliff } from "./xliff-update";

export type { XliffConflict, XliffImportReport } from "./xliff-common";

export type XliffImportInput = {
  xml: string;
  /** update this article's translations; without it the file creates an article */
  articleId?: number;
  title?: string;
  /** the language of the targets when the file does not say it (Angular) or says it otherwise */
  targetLang?: Lang;
  maxBytes?: number;
  /** the source language the caller expects (`glossa import article --lang`); a file in another is refused */
  expectSourceLang?: Lang;
};

/** Characters Glossa does not store: C0 controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF. */
export function forbiddenCharacter(text: string): string | undefined {
  const m = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.exec(text);
  return m ? `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}` : undefined;
}

function refuseForbidden(flat: FlatSegment[]) {
  const reasons: string[] = [];
  for (const { unit, segment } of flat) {
    for (const [side, text] of [["source", segment.source], ["target", segment.target ?? ""]] as const) {
      const bad = forbiddenCharacter(text);
      if (bad) reasons.push(`The ${side} of unit ${unit.id}${segment.id ? ` segment ${segment.id}` : ""} holds ${bad}, a character Glossa does not store`);
    }
  }
  if (reasons.length) throw new AppError("INVALID_FILE", reasons[0]!, { reasons });
}

/** One of Glossa's languages for a file's language tag; Traditional Chinese is not the newsroom's Chinese. */
function fileLang(tag: string | undefined) {
  if (tag && /^zh[-_](hant|tw|hk|mo)\b/i.test(tag)) return undefined;
  return parseLang(tag);
}

/** The target language of the file's translations, or null with a warning when they cannot be kept. */
function targetLanguage(doc: XliffDocument, sourceLang: Lang, given: Lang | undefined, warnings: string[]): Lang | null {
  const lang = given ?? fileLang(doc.trgLang);
  const hasTargets = doc.files.some((f) => f.units.some((u) => u.segments.some((s) => s.target !== undefined)));
  if (!hasTargets) return lang ?? null;
  if (!lang) {
    warnings.push(doc.trgLang ? `The targets are in ${doc.trgLang}, which Glossa does not work in; only the sources were imported` : "The file does not say the targets' language; pass targetLang to import them");
    return null;
  }
  if (lang === sourceLang) {
    warnings.push(`The targets are in the source language (${lang}); only the sources were imported`);
    return null;
  }
  return lang;
}

function createArticle(db: Db, doc: XliffDocument, flat: FlatSegment[], input: XliffImportInput, actor: TranslationActor, sourceLang: Lang, targetLang: Lang | null, warnings: string[]): XliffImportReport {
  const usable = flat.filter((f) => f.segment.source.trim() !== "");
  if (usable.length === 0) throw new AppError("INVALID_FILE", "The file has no text to translate");
  const original = doc.files[0]?.original?.replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, "");
  const title = (input.title ?? doc.glossa?.title ?? original ?? "").normalize("NFC").trim() || "XLIFF import";
  const withTargets = targetLang
    ? usable.filter((f) => {
        if (f.segment.target === undefined || f.segment.target.trim() === "") return false;
        if (foreignCodes(f.segment.target, f.segment.source).length === 0) return true;
        warnings.push(`Unit ${f.unit.id}${f.segment.id ? ` segment ${f.segment.id}` : ""}: the target holds inline codes its source does not have; it was left out`);
        return false;
      })
    : [];
  if (targetLang) refuseStatusesBeyondRole(actor, targetLang, withTargets.map((f) => f.segment.status ?? "initial"));
  const report = db.transaction((tx) => {
    const article = tx.insert(articles).values({ title, sourceLang, createdBy: actor.id }).returning().get();
    let paragraph = -1;
    let lastUnit: ReadUnit | undefined;
    const rows = usable.map((f, position) => {
      if (f.unit !== lastUnit) {
        paragraph++;
        lastUnit = f.unit;
      }
      const next = usable[position + 1];
      const kind: SegmentKind = f.segment.glossa?.kind ?? f.unit.kind ?? "paragraph";
      return { articleId: article.id, position, paragraph, kind, source: f.segment.source.normalize("NFC"), separator: next?.unit === f.unit ? f.segment.separator : "", codes: codesUsedIn(f.segment.source, f.unit.codes) };
    });
    const inserted = tx.insert(segments).values(rows).returning({ id: segments.id }).all();
    tx.insert(xliffSegmentRefs).values(inserted.map((s, i) => ({ segmentId: s.id, articleId: article.id, externalId: usable[i]!.externalId }))).run();
    const savedSegmentIds: number[] = [];
    if (targetLang) {
      usable.forEach((f, i) => {
        if (!withTargets.includes(f)) return;
        // The database itself, not the transaction: the save nests as a savepoint, and the TM index
        // (src/db/tm-index) needs the connection behind it.
        saveTranslation({ db, input: { segmentId: inserted[i]!.id, lang: targetLang, text: f.segment.target!, status: f.segment.status ?? "initial", origin: XLIFF_ORIGIN }, actor });
        savedSegmentIds.push(inserted[i]!.id);
      });
    }
    const created = savedSegmentIds.length;
    recordAudit(tx, { userId: actor.id, action: "article.import", entity: "article", entityId: article.id, after: { title, sourceLang, segments: rows.length, format: `xliff ${doc.version}`, translations: created } });
    return { articleId: article.id, createdArticle: true, sourceLang, targetLang, segments: rows.length, created, updated: 0, skipped: 0, conflicts: [], savedSegmentIds, unmatched: [], warnings };
  });
  return report;
}

/**
 * Imports an XLIFF 1.2 or 2.x file: creates an article from it, or (with `articleId`) updates that
 * article's translations by segment id, reporting conflicts instead of overwriting newer work.
 * The file is read and checked completely before anything is written, and everything is written
 * in one transaction: a file refused or a write that fails changes nothing.
 *
 * @example
 * const report = await importXliff({ db, input: { xml, articleId: 3 }, actor });
 * report.conflicts // [{ segmentId: 12, reason: "…", yours: "…", current: "…" }]
 */
export async function importXliff({ db, input, actor }: { db: Db; input: XliffImportInput; actor: TranslationActor }): Promise<XliffImportReport> {
  let doc: XliffDocument;
  try {
    doc = await readXliff(input.xml, { maxBytes: input.maxBytes });
  } catch (e) {
    if (e instanceof XliffRejection) throw new AppError("INVALID_FILE", e.message, { reasons: e.reasons });
    if (e instanceof XliffFileError) throw new AppError("INVALID_FILE", e.message, { reasons: [e.message] });
    throw e;
  }
  const sourceLang = fileLang(doc.srcLang);
  if (!sourceLang) throw new AppError("UNKNOWN_LANGUAGE", `The file's source language "${doc.srcLang}" is not one Glossa works in (fr, en, zh, hu)`);
  if (input.expectSourceLang && input.expectSourceLang !== sourceLang) {
    throw new AppError("VALIDATION", `The file's source language is ${doc.srcLang}, not ${input.expectSourceLang}`);
  }
  const warnings = [...doc.warnings];
  const targetLang = targetLanguage(doc, sourceLang, input.targetLang, warnings);
  const flat = flatten(doc);
  refuseForbidden(flat);
  if (input.articleId === undefined) return createArticle(db, doc, flat, input, actor, sourceLang, targetLang, warnings);
  if (!targetLang) throw new AppError("VALIDATION", warnings[warnings.length - 1] ?? "The file has no translations to import");
  return updateFromXliff(db, { articleId: input.articleId, doc, flat, sourceLang, targetLang, actor, warnings });
}
