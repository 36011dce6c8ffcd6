/**
 * Segmentation measured on NTREX-128: per language, the body lines of each document written back
 * into paragraphs as an article holds them (joined with a space; without one in Chinese) and
 * segmented. The reference is one sentence per line, plus the sentences inside a line listed by
 * hand in test/fixtures/ntrex128/multi-sentence-lines.tsv (translators sometimes wrote two
 * sentences for one English one). A boundary made where the reference has none is a false split;
 * a reference boundary not made (at a line join or inside a line) is a miss; a boundary made on
 * the other side of quotation marks or brackets only ("。|“罗莎”" for "。“|罗莎”") is misplaced:
 * one wrong boundary, not a split and a miss.
 *
 * How lines become paragraphs: the first line of a document is its title (a block of its own,
 * never segmented); a line ending with a sentence mark (closing quotes allowed) is followed by a
 * boundary unless the next line goes on in lowercase ("? – kérdezte", a line broken mid-sentence);
 * a line ending with a comma, colon or dash goes on into the next; any other line is a heading,
 * a paragraph of its own.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Lang } from "../../src/domain/languages";
import { segmentParagraph } from "../../src/domain/segmentation";
import { NTREX_FILES, NTREX_FIXTURE_DIR } from "./fixtures";

const ENDS_SENTENCE = /[.!?…。！？][\s»”’"'）)\]」』“]*$/u;
const GOES_ON = /[,，、;；:：–—-]\s*$/u;
/** Quotation marks, brackets and space: what a misplaced boundary has between it and the right place. */
const MARKS_ONLY = /^[\s"'“”„«»‘’「」『』（）()《》]+$/u;
const STARTS_LOWER = /^[\s«“„"'‘(\[–—-]*\p{Ll}/u;

type Paragraph = { text: string; boundaries: Set<number>; lines: Array<{ line: number; at: number }> };
export type Paragraphs = { paragraphs: Paragraph[]; segments: number; multiSentenceLines: number };
export type Score = { falseSplits: number; misses: number; misplaced: number; wrong: number; shown: string[] };
/** Where a segmenter starts sentences in `text`: offsets past the first sentence. */
export type Starts = (text: string, lang: Lang) => number[];

const readLines = (dir: string, file: string) => readFileSync(join(dir, file), "utf8").split(/\r?\n/);

/** Sentence starts inside lines, by "lang:line" (lines numbered from 1). */
function referenceStarts(): Map<string, string[]> {
  const starts = new Map<string, string[]>();
  for (const row of readLines(NTREX_FIXTURE_DIR, "multi-sentence-lines.tsv")) {
    if (!row || row.startsWith("#")) continue;
    const [lang, line, start] = row.split("\t");
    const key = `${lang}:${line}`;
    starts.set(key, [...(starts.get(key) ?? []), start!]);
  }
  return starts;
}

/**
 * The paragraphs of one language's documents, with their reference boundaries (UTF-16 offsets
 * of sentence starts). `dir` holds the NTREX files (the fixture copy, or the corpus).
 *
 * @example
 * ntrexParagraphs("hu").segments // 974
 */
export function ntrexParagraphs(lang: Lang, dir = NTREX_FIXTURE_DIR): Paragraphs {
  const documentIds = readLines(dir, "DOCUMENT_IDS.tsv").map((l) => l.split("\t")[0]!).filter(Boolean);
  const lines = readLines(dir, NTREX_FILES[lang]);
  const starts = referenceStarts();
  const joiner = lang === "zh" ? "" : " ";
  const paragraphs: Paragraph[] = [];
  let segments = 0;
  let multiSentenceLines = 0;
  let current: Paragraph | undefined;
  let boundaryBefore = false;
  for (let i = 0; i < documentIds.length; i++) {
    const line = lines[i]!;
    if (i === 0 || documentIds[i] !== documentIds[i - 1] || !line.trim()) {
      current = undefined; // a title
      continue;
    }
    if (!current) paragraphs.push((current = { text: "", boundaries: new Set(), lines: [] }));
    else {
      current.text += joiner;
      if (boundaryBefore) current.boundaries.add(current.text.length);
    }
    const at = current.text.length;
    current.lines.push({ line: i + 1, at });
    current.text += line;
    segments++;
    const inside = starts.get(`${lang}:${i + 1}`) ?? [];
    if (inside.length) multiSentenceLines++;
    let from = 0;
    for (const start of inside) {
      const k = line.indexOf(start, from);
      if (k <= 0) throw new Error(`multi-sentence-lines.tsv: "${start}" is not inside ${lang} line ${i + 1}`);
      current.boundaries.add(at + k);
      from = k + 1;
      segments++;
    }
    const nextGoesOn = lang !== "zh" && STARTS_LOWER.test(lines[i + 1] ?? "");
    if (ENDS_SENTENCE.test(line)) boundaryBefore = !nextGoesOn;
    else if (GOES_ON.test(line) || nextGoesOn) boundaryBefore = false;
    else current = undefined; // a heading
  }
  return { paragraphs, segments, multiSentenceLines };
}

/**
 * How a segmenter's boundaries compare with the reference; `shown` lists each wrong one in context.
 *
 * @example
 * scoreSegmentation(ntrexParagraphs("fr"), "fr", (text, lang) => starts(text, lang)).wrong
 */
export function scoreSegmentation({ paragraphs }: Paragraphs, lang: Lang, cut: Starts): Score {
  const score: Score = { falseSplits: 0, misses: 0, misplaced: 0, wrong: 0, shown: [] };
  for (const p of paragraphs) {
    const made = new Set(cut(p.text, lang));
    const where = (kind: string, at: number) => {
      const line = [...p.lines].reverse().find((l) => l.at <= at)!;
      score.shown.push(`${kind.padEnd(12)} ${lang} ${line.line}: …${p.text.slice(Math.max(0, at - 40), at)}‖${p.text.slice(at, at + 30)}…`);
    };
    const missing = new Set([...p.boundaries].filter((at) => !made.has(at)));
    for (const at of made) {
      if (p.boundaries.has(at)) continue;
      const near = [...missing].find((r) => MARKS_ONLY.test(p.text.slice(Math.min(at, r), Math.max(at, r))));
      if (near === undefined) {
        score.falseSplits++;
        where("false split", at);
      } else {
        missing.delete(near);
        score.misplaced++;
        where("misplaced", at);
      }
    }
    for (const at of missing) {
      score.misses++;
      where("miss", at);
    }
  }
  score.wrong = score.falseSplits + score.misses + score.misplaced;
  return score;
}

/** Where Glossa's segments start in `text`, past the first (a `Starts` for scoreSegmentation). */
export function segmentStarts(text: string, lang: Lang): number[] {
  const out: number[] = [];
  let at = 0;
  for (const s of segmentParagraph(text, lang)) {
    if (at > 0) out.push(at);
    at += s.text.length + s.separator.length;
  }
  return out;
}
