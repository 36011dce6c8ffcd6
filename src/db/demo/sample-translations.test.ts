import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { segmentBlocks } from "../../domain/segmentation";
import { parseArticleText } from "../../formats/article-import";
import { DEMO_SEGMENTS, DEMO_TITLE_TRANSLATIONS } from "./sample-translations";

const SOURCE = readFileSync(join(import.meta.dirname, "sample-article.fr.txt"), "utf8");
const segments = segmentBlocks(parseArticleText(SOURCE, "text").blocks, "fr").map((s) => s.text);
const LANGS = ["en", "zh", "hu"] as const;

describe("demo translations", () => {
  it("cover every segment of the sample article, in order, verbatim", () => {
    expect(DEMO_SEGMENTS.map((s) => s.fr)).toEqual(segments);
  });

  it("keep the source typo and translate it as a department store", () => {
    const store = DEMO_SEGMENTS.find((s) => s.fr.includes("magaisn"))!;
    expect(store.en.human?.text).toContain("Department Store");
    expect(store.zh.mt).toContain("王府井");
  });

  it("have human versions for at least half of the segments in each language, at several statuses", () => {
    for (const lang of LANGS) {
      const all = [DEMO_TITLE_TRANSLATIONS[lang], ...DEMO_SEGMENTS.map((s) => s[lang])];
      const human = all.filter((t) => t.human);
      expect(human.length / all.length).toBeGreaterThanOrEqual(0.5);
      expect(new Set(human.map((t) => t.human!.status)).size).toBeGreaterThanOrEqual(2);
      for (const t of all) {
        expect(t.mt.trim()).not.toBe("");
        if (t.human) expect(t.human.text.trim()).not.toBe("");
      }
    }
  });

  it("write Chinese with full-width punctuation and Hungarian names family name first", () => {
    for (const s of DEMO_SEGMENTS) {
      if (s.zh.human) expect(s.zh.human.text).not.toMatch(/\p{Script=Han}[,.!?;:]/u);
      if (s.hu.human) expect(s.hu.human.text).not.toContain("Gábor Soós");
    }
  });
});
