/**
 * Segmentation on real news: NTREX-128 documents written back into paragraphs (see
 * test/support/ntrex-segmentation.ts) get under 1% wrong sentence boundaries in every language;
 * bench/segmentation-quality.ts prints the figures beside Intl.Segmenter's.
 */
import { describe, expect, it } from "vitest";
import { LANGUAGES } from "../languages";
import { ntrexParagraphs, scoreSegmentation, segmentStarts } from "../../../test/support/ntrex-segmentation";

describe("segmentation of NTREX news paragraphs", () => {
  for (const lang of LANGUAGES) {
    it(`${lang}: under 1% wrong boundaries per reference segment`, () => {
      const paragraphs = ntrexParagraphs(lang);
      expect(paragraphs.segments).toBeGreaterThan(900);
      const score = scoreSegmentation(paragraphs, lang, segmentStarts);
      expect(score.wrong / paragraphs.segments, score.shown.join("\n")).toBeLessThan(0.01);
    });
  }
});
