/**
 * Segmentation quality on real news, measured (not tuned) on NTREX-128: per language, the body
 * lines of each document are written back into paragraphs as an article would hold them
 * (joined with a space; without one in Chinese) and segmented. The reference is one sentence per
 * line, plus the sentences inside a line listed by hand in bench/segmentation-reference.tsv
 * (translators sometimes wrote two sentences for one English one; those lines are counted apart).
 * A boundary the segmenter makes where the reference has none is a false split; a reference
 * boundary it does not make (at a line join or inside a line) is a miss; a boundary made on the
 * other side of quotation marks or brackets only ("。|“罗莎”" for "。“|罗莎”") is misplaced, one
 * wrong boundary rather than a split and a miss. Wrong boundaries are counted per reference
 * segment, beside plain `Intl.Segmenter` on the same paragraphs.
 *
 * How lines become paragraphs: the first line of a document is its title (a block of its own,
 * never segmented); a line ending with a sentence mark (closing quotes allowed) is followed by a
 * boundary unless the next line goes on in lowercase ("? – kérdezte", a line broken mid-sentence);
 * a line ending with a comma, colon or dash goes on into the next; any other line is a heading,
 * a paragraph of its own.
 *
 *   npx tsx bench/segmentation-quality.ts [--show]   (--show lists every wrong boundary)
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Lang } from "../src/domain/languages";
import { LOCALE_TAGS } from "../src/domain/languages";
import { segmentParagraph } from "../src/domain/segmentation";
import { corpusPath } from "./ntrex";

const FILES: Record<Lang, string> = {
  en: "newstest2019-src.eng.txt",
  fr: "newstest2019-ref.fra.txt",
  hu: "newstest2019-ref.hun.txt",
  zh: "newstest2019-ref.zho-CN.txt",
};
const SHOW = process.argv.includes("--show");
const readLines = (file: string) => readFileSync(corpusPath("parallel/ntrex128", file), "utf8").split(/\r?\n/);

const ENDS_SENTENCE = /[.!?…。！？][\s»”’"'）)\]」』“]*$/u;
const GOES_ON = /[,，、;；:：–—-]\s*$/u;
/** Quotation marks, brackets and space: what a misplaced boundary has between it and the right place. */
const MARKS_ONLY = /^[\s"'“”„«»‘’「」『』（）()《》]+$/u;
const STARTS_LOWER = /^[\s«“„"'‘(\[–—-]*\p{Ll}/u;

/** Sentence starts inside lines, by language and line number (from 1). */
function referenceStarts(): Map<string, string[]> {
  const rows = readFileSync(join(import.meta.dirname, "segmentation-reference.tsv"), "utf8").split("\n");
  const starts = new Map<string, string[]>();
  for (const row of rows) {
    if (!row || row.startsWith("#")) continue;
    const [lang, line, start] = row.split("\t");
    const key = `${lang}:${line}`;
    starts.set(key, [...(starts.get(key) ?? []), start!]);
  }
  return starts;
}

type Paragraph = { text: string; boundaries: Set<number>; lines: Array<{ line: number; at: number }> };

/** The documents' body lines as paragraphs, with the reference boundaries (UTF-16 offsets of sentence starts). */
function paragraphsOf(lang: Lang, documentIds: string[], starts: Map<string, string[]>): { paragraphs: Paragraph[]; segments: number; multiLines: number } {
  const lines = readLines(FILES[lang]);
  const joiner = lang === "zh" ? "" : " ";
  const paragraphs: Paragraph[] = [];
  let segments = 0;
  let multiLines = 0;
  let current: Paragraph | undefined;
  let boundaryBefore = false;
  for (let i = 0; i < documentIds.length; i++) {
    const line = lines[i]!;
    const title = i === 0 || documentIds[i] !== documentIds[i - 1];
    if (title || !line.trim()) {
      current = undefined;
      continue;
    }
    if (!current) {
      current = { text: "", boundaries: new Set(), lines: [] };
      paragraphs.push(current);
    } else {
      current.text += joiner;
      if (boundaryBefore) current.boundaries.add(current.text.length);
    }
    const at = current.text.length;
    current.lines.push({ line: i + 1, at });
    current.text += line;
    segments++;
    const inside = starts.get(`${lang}:${i + 1}`) ?? [];
    if (inside.length) multiLines++;
    let from = 0;
    for (const start of inside) {
      const k = line.indexOf(start, from);
      if (k <= 0) throw new Error(`segmentation-reference.tsv: "${start}" is not inside ${lang} line ${i + 1}`);
      current.boundaries.add(at + k);
      from = k + 1;
      segments++;
    }
    const next = lines[i + 1] ?? "";
    const nextGoesOn = lang !== "zh" && STARTS_LOWER.test(next);
    if (ENDS_SENTENCE.test(line)) boundaryBefore = !nextGoesOn;
    else if (GOES_ON.test(line) || nextGoesOn) boundaryBefore = false;
    else current = undefined; // a heading
  }
  return { paragraphs, segments, multiLines };
}

/** Where each segment's text starts, past the first. */
function ourStarts(text: string, lang: Lang): number[] {
  const out: number[] = [];
  let at = 0;
  for (const s of segmentParagraph(text, lang)) {
    if (at > 0) out.push(at);
    at += s.text.length + s.separator.length;
  }
  return out;
}

function icuStarts(text: string, lang: Lang): number[] {
  const segmenter = new Intl.Segmenter(LOCALE_TAGS[lang], { granularity: "sentence" });
  return [...segmenter.segment(text)].map((s) => s.index).filter((i) => i > 0);
}

const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}%`;
const documentIds = readLines("DOCUMENT_IDS.tsv").map((l) => l.split("\t")[0]!).filter(Boolean);
const starts = referenceStarts();

console.log("Wrong sentence boundaries per reference segment on NTREX-128 (body lines joined into paragraphs):");
console.log("lang  segments  multi-sentence lines  false splits  misses  misplaced  wrong   | Intl.Segmenter alone: wrong   ratio");
for (const lang of ["en", "fr", "hu", "zh"] as const) {
  const { paragraphs, segments, multiLines } = paragraphsOf(lang, documentIds, starts);
  const score = (cut: (text: string, lang: Lang) => number[], show: boolean) => {
    let falseSplits = 0;
    let misses = 0;
    let misplaced = 0;
    for (const p of paragraphs) {
      const made = new Set(cut(p.text, lang));
      const where = (at: number) => {
        const line = [...p.lines].reverse().find((l) => l.at <= at)!;
        return `${lang} ${line.line}: …${p.text.slice(Math.max(0, at - 40), at)}‖${p.text.slice(at, at + 30)}…`;
      };
      const extra = [...made].filter((at) => !p.boundaries.has(at));
      const missing = new Set([...p.boundaries].filter((at) => !made.has(at)));
      for (const at of extra) {
        const near = [...missing].find((r) => MARKS_ONLY.test(p.text.slice(Math.min(at, r), Math.max(at, r))));
        if (near !== undefined) {
          missing.delete(near);
          misplaced++;
          if (show) console.log(`  misplaced    ${where(at)}`);
        } else {
          falseSplits++;
          if (show) console.log(`  false split  ${where(at)}`);
        }
      }
      for (const at of missing) {
        misses++;
        if (show) console.log(`  miss         ${where(at)}`);
      }
    }
    return { falseSplits, misses, misplaced, wrong: falseSplits + misses + misplaced };
  };
  const ours = score(ourStarts, SHOW);
  const icu = score(icuStarts, false);
  console.log(
    `${lang}    ${String(segments).padStart(6)}  ${String(multiLines).padStart(20)}  ${String(ours.falseSplits).padStart(12)}  ${String(ours.misses).padStart(6)}  ${String(ours.misplaced).padStart(9)}  ${pct(ours.wrong, segments).padStart(5)}   | ${pct(icu.wrong, segments).padStart(26)}  ${(ours.wrong / Math.max(icu.wrong, 1)).toFixed(2)}x`,
  );
}
