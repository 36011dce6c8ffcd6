/**
 * Segmentation quality on real news, measured (not tuned) on NTREX-128 as
 * test/support/ntrex-segmentation.ts describes: wrong sentence boundaries per reference segment,
 * per language, beside plain `Intl.Segmenter` on the same paragraphs (the ratio: ours / ICU's).
 *
 *   npx tsx bench/segmentation-quality.ts [--show]   (--show lists every wrong boundary)
 */
import { LOCALE_TAGS, type Lang } from "../src/domain/languages";
import { ntrexParagraphs, scoreSegmentation, segmentStarts } from "../test/support/ntrex-segmentation";
import { corpusPath } from "./ntrex";

const SHOW = process.argv.includes("--show");

function icuStarts(text: string, lang: Lang): number[] {
  const segmenter = new Intl.Segmenter(LOCALE_TAGS[lang], { granularity: "sentence" });
  return [...segmenter.segment(text)].map((s) => s.index).filter((i) => i > 0);
}

const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}%`;
console.log("Wrong sentence boundaries per reference segment on NTREX-128 (body lines joined into paragraphs):");
console.log("lang  segments  multi-sentence lines  false splits  misses  misplaced  wrong   | Intl.Segmenter alone: wrong   ratio");
for (const lang of ["en", "fr", "hu", "zh"] as const) {
  const paragraphs = ntrexParagraphs(lang, corpusPath("parallel/ntrex128"));
  const ours = scoreSegmentation(paragraphs, lang, segmentStarts);
  const icu = scoreSegmentation(paragraphs, lang, icuStarts);
  if (SHOW) for (const line of ours.shown) console.log(`  ${line}`);
  const n = paragraphs.segments;
  console.log(
    `${lang}    ${String(n).padStart(6)}  ${String(paragraphs.multiSentenceLines).padStart(20)}  ${String(ours.falseSplits).padStart(12)}  ${String(ours.misses).padStart(6)}  ${String(ours.misplaced).padStart(9)}  ${pct(ours.wrong, n).padStart(5)}   | ${pct(icu.wrong, n).padStart(26)}  ${(ours.wrong / Math.max(icu.wrong, 1)).toFixed(2)}x`,
  );
}
