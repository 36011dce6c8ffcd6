/**
 * Segmentation is linear: one paragraph of 1, 2, 4 and 8 MB (UTF-16 code units, ~bytes for
 * Latin text) of real news (NTREX in the four languages, each with its own rules) and of
 * adversarial text ("A. " repeated: an initial after an initial, all one sentence; a paragraph
 * with no sentence end at all; "Ez volt. – Majd" dialogue and “quotes” after every 。), with the
 * time per MB and the ratio between sizes (linear: ~2x per doubling). The baseline, in the same
 * run, is `Intl.Segmenter` on the same text cut into 4 KB pieces (on the whole string ICU is
 * superlinear: the last lines show it on 32 to 128 KB of plain sentences).
 *
 *   npx tsx bench/segmentation.ts
 */
import { LOCALE_TAGS, type Lang } from "../src/domain/languages";
import { segmentParagraph } from "../src/domain/segmentation";
import { ntrexLines, timeIt } from "./ntrex";

const MB = 1 << 20;
const SIZES = [1, 2, 4, 8];
const collectGarbage = () => (globalThis as { gc?: () => void }).gc?.();

/** `unit` repeated to `size` code units. */
const repeatTo = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

type Workload = { name: string; parts: (size: number) => Array<{ text: string; lang: Lang }> };
const news = Object.fromEntries((["en", "fr", "hu", "zh"] as const).map((lang) => [lang, ntrexLines(lang).join(lang === "zh" ? "" : " ") + (lang === "zh" ? "" : " ")]));
const WORKLOADS: Workload[] = [
  { name: "NTREX news, en+fr+hu+zh", parts: (size) => (["en", "fr", "hu", "zh"] as const).map((lang) => ({ lang, text: repeatTo(news[lang]!, size / 4) })) },
  { name: '"A. " repeated (fr)', parts: (size) => [{ lang: "fr", text: repeatTo("A. ", size) }] },
  { name: "no sentence end (en)", parts: (size) => [{ lang: "en", text: repeatTo("word ", size) }] },
  { name: "dialogue dashes (hu)", parts: (size) => [{ lang: "hu", text: repeatTo("Ez volt – mondta. – Majd meglátjuk? – kérdezte. ", size) }] },
  { name: "quotes after 。 (zh)", parts: (size) => [{ lang: "zh", text: repeatTo("他说。“你好。”然后走了。《书》“", size) }] },
];

function icuInPieces(text: string, lang: Lang): number {
  const segmenter = new Intl.Segmenter(LOCALE_TAGS[lang], { granularity: "sentence" });
  let n = 0;
  for (let i = 0; i < text.length; i += 4096) for (const _ of segmenter.segment(text.slice(i, i + 4096))) n++;
  return n;
}

// Warm both up on a little of everything.
for (const w of WORKLOADS) for (const { text, lang } of w.parts(64 * 1024)) {
  segmentParagraph(text, lang);
  icuInPieces(text, lang);
}

console.log("size   ours ms   ms/MB  x previous size | Intl.Segmenter in 4 KB pieces ms   ours/ICU");
for (const w of WORKLOADS) {
  console.log(`\n${w.name}`);
  let previous = 0;
  for (const size of SIZES) {
    const parts = w.parts(size * MB);
    collectGarbage();
    let segments = 0;
    const ours = timeIt(() => parts.forEach(({ text, lang }) => (segments += segmentParagraph(text, lang).length)));
    collectGarbage();
    const icu = timeIt(() => parts.forEach(({ text, lang }) => icuInPieces(text, lang)));
    const growth = previous ? `${(ours / previous).toFixed(2)}x` : "";
    console.log(
      `${String(size).padStart(2)} MB ${ours.toFixed(0).padStart(9)} ${(ours / size).toFixed(0).padStart(7)}  ${growth.padStart(15)} | ${icu.toFixed(0).padStart(32)}   ${(ours / icu).toFixed(2)}x   (${segments} segments)`,
    );
    previous = ours;
  }
}

console.log("\nIntl.Segmenter on the whole string, plain sentences (why paragraphs are not handed to it whole):");
const segmenter = new Intl.Segmenter("fr-FR", { granularity: "sentence" });
for (const kb of [32, 64, 128]) {
  const text = repeatTo("Une phrase assez longue pour le test. ", kb * 1024);
  const ms = timeIt(() => {
    for (const _ of segmenter.segment(text));
  });
  const ours = timeIt(() => segmentParagraph(text, "fr"));
  console.log(`${String(kb).padStart(4)} KB  ICU ${ms.toFixed(0).padStart(6)} ms   ours ${ours.toFixed(1).padStart(6)} ms`);
}
