/**
 * TMX import: streams the file through the reader and stores every language pair of every
 * translation unit among Glossa's four languages, in one transaction (a file with an error
 * imports nothing). Memory stays bounded: units are written as they come, their index terms
 * are collected and written a term at a time every few hundred thousand postings.
 */
import { openSync, readSync, closeSync } from "node:fs";
import type { Db } from "../../db/client";
import { compactPostings, PostingBuffer } from "../../db/tm-index";
import { parseLang, type Lang } from "../../domain/languages";
import type { TmxUnit, TmxVariant } from "../../formats/tmx/model";
import { TmxError } from "../../formats/tmx/model";
import { TmxReader } from "../../formats/tmx/reader";
import { AppError } from "../../errors";
import { recordAudit } from "../audit";
import { findDuplicate, insertUnit } from "./units";

export type TmxImportResult = {
  /** <tu> elements read */
  units: number;
  /** TM units created (one per language pair) */
  created: number;
  /** language pairs already in the memory (same languages and texts, either direction) */
  duplicates: number;
  /** variants left out: in a language Glossa does not work in, or empty */
  skippedVariants: { otherLanguage: number; empty: number };
  /** pairs of variants in one language (en-US and en-GB are both English here) */
  sameLanguagePairs: number;
  /** units that had fewer than two of our languages */
  unitsWithoutPair: number;
  /** the other language tags met (the first 20) */
  otherLanguages: string[];
};

const FLUSH_POSTINGS = 2_000_000;
/** After this many new units the index is compacted (it scans every key, so not after a few). */
const COMPACT_AFTER = 20_000;
const primary = (tag: string) => tag.trim().toLowerCase().split(/[-_]/)[0]!;

const earliest = (...dates: Array<string | undefined>) => dates.filter(Boolean).sort()[0];
const latest = (...dates: Array<string | undefined>) => dates.filter(Boolean).sort().at(-1);

type Ours = TmxVariant & { code: Lang };

/** The pairs of a unit's variants, source first: the variant in the unit's srclang, else document order. */
function pairsOf(unit: TmxUnit, variants: Ours[], result: TmxImportResult): Array<[Ours, Ours]> {
  const pairs: Array<[Ours, Ours]> = [];
  for (let i = 0; i < variants.length; i++) {
    for (let j = i + 1; j < variants.length; j++) {
      const a = variants[i]!;
      const b = variants[j]!;
      if (a.code === b.code) {
        result.sameLanguagePairs++;
        continue;
      }
      const bIsSource = unit.srclang !== "*all*" && primary(b.lang) === primary(unit.srclang) && primary(a.lang) !== primary(unit.srclang);
      pairs.push(bIsSource ? [b, a] : [a, b]);
    }
  }
  return pairs;
}

/**
 * Imports a TMX file given as byte chunks.
 *
 * @example
 * importTmx({ db, input: { chunks: fileChunks("memory.tmx") }, actorId })
 */
export function importTmx({ db, input, actorId, onProgress }: {
  db: Db;
  input: { chunks: Iterable<Uint8Array>; maxBytes?: number };
  actorId?: number | null;
  onProgress?: (unitsRead: number) => void;
}): TmxImportResult {
  const result: TmxImportResult = { units: 0, created: 0, duplicates: 0, skippedVariants: { otherLanguage: 0, empty: 0 }, sameLanguagePairs: 0, unitsWithoutPair: 0, otherLanguages: [] };
  const others = new Set<string>();
  const buffer = new PostingBuffer();

  const onUnit = (unit: TmxUnit) => {
    result.units++;
    if (onProgress && result.units % 10_000 === 0) onProgress(result.units);
    const ours: Ours[] = [];
    for (const v of unit.variants) {
      const code = parseLang(v.lang);
      if (!code) {
        result.skippedVariants.otherLanguage++;
        if (others.size < 20) others.add(v.lang.toLowerCase());
      } else if (!v.text.trim()) result.skippedVariants.empty++;
      else ours.push({ ...v, code });
    }
    const pairs = pairsOf(unit, ours, result);
    if (pairs.length === 0) result.unitsWithoutPair++;
    for (const [source, target] of pairs) {
      const texts = { sourceLang: source.code, targetLang: target.code, sourceText: source.text, targetText: target.text };
      if (findDuplicate(db, texts) !== undefined) {
        result.duplicates++;
        continue;
      }
      const context = unit.props["x-glossa-prev"] !== undefined && unit.props["x-glossa-next"] !== undefined;
      insertUnit(
        db,
        {
          ...texts,
          sourceMarkup: source.markup,
          targetMarkup: target.markup,
          prevSource: context ? unit.props["x-glossa-prev"] : null,
          nextSource: context ? unit.props["x-glossa-next"] : null,
          origin: "tmx",
          author: target.author ?? unit.author ?? source.author ?? null,
          createdBy: actorId ?? null,
          createdAt: earliest(unit.created, source.created, target.created),
          updatedAt: latest(unit.changed, source.changed, target.changed, unit.created, source.created, target.created),
        },
        buffer,
      );
      result.created++;
      if (buffer.size >= FLUSH_POSTINGS) buffer.flush(db);
    }
  };

  try {
    db.transaction(() => {
      const reader = new TmxReader({ onUnit, maxBytes: input.maxBytes });
      for (const chunk of input.chunks) reader.write(chunk);
      reader.end();
      if (result.units === 0) throw new TmxError("The TMX file holds no translation units");
      buffer.flush(db);
      if (result.created >= COMPACT_AFTER) compactPostings(db);
      result.otherLanguages = [...others];
      recordAudit(db, { userId: actorId, action: "tm.import", entity: "tm", entityId: "tmx", after: result });
    });
  } catch (e) {
    if (e instanceof TmxError) throw new AppError("INVALID_FILE", `Not imported: ${e.message}`, { line: e.line ?? null });
    throw e;
  }
  return result;
}

/** Reads a file in 256 KB chunks, for imports that must not hold the whole file. */
export function* fileChunks(path: string, size = 256 * 1024): Generator<Uint8Array> {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch {
    throw new AppError("NOT_FOUND", `cannot read ${path}`);
  }
  try {
    const buffer = Buffer.allocUnsafe(size);
    for (;;) {
      const read = readSync(fd, buffer, 0, size, null);
      if (read === 0) return;
      yield new Uint8Array(buffer.subarray(0, read));
    }
  } finally {
    closeSync(fd);
  }
}

/** A body already in memory, fed to the reader in chunks all the same. */
export function* bufferChunks(bytes: Uint8Array, size = 256 * 1024): Generator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}
