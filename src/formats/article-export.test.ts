import { describe, expect, it, vi } from "vitest";
import { closeChar, openChar, standaloneChar, type InlineCode } from "../domain/inline-codes";
import { renderDocx, renderExport, type ExportDoc, type ExportSegment } from "./article-export";
import { parseDocx } from "./docx-read";

const seg = (id: number, paragraph: number, kind: ExportSegment["kind"], target: string, codes: InlineCode[] = [], separator = ""): ExportSegment => ({ id, paragraph, kind, source: target, target, separator, codes });

/** An article stored before structures were kept: only segment kinds to go by. */
const legacy: ExportDoc = {
  articleId: 1,
  title: "Visite",
  sourceLang: "fr",
  targetLang: "zh",
  segments: [
    seg(1, 0, "title", "访问"),
    seg(2, 1, "paragraph", `大家${openChar(1)}好${closeChar(1)}。`, [{ kind: "pair", n: 1, type: "bold", open: "**", close: "**" }], " "),
    seg(3, 1, "paragraph", `再见${standaloneChar(1)}。`, [{ kind: "standalone", n: 1, type: "linebreak", original: "<br>" }]),
    seg(4, 2, "caption", "会议进行中"),
  ],
};

describe("exports of an article without a stored structure", () => {
  it("write Markdown, HTML and text from the segment kinds, codes by their meaning", () => {
    expect(renderExport(legacy, "md").body).toBe("# 访问\n\n大家**好**。 再见\\\n。\n\n*会议进行中*\n");
    const html = renderExport(legacy, "html").body;
    expect(html).toContain('<html lang="zh-Hans">');
    expect(html).toContain("<h1>访问</h1>\n<p>大家<strong>好</strong>。 再见<br>。</p>\n<figure>\n<figcaption>会议进行中</figcaption>\n</figure>");
    expect(renderExport(legacy, "txt").body).toBe("访问\n\n大家好。 再见\n。\n\n会议进行中\n");
  });
});

describe("the DOCX export", () => {
  it("gives the same bytes for the same content, whenever it is written", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(new Date("2026-03-01T08:00:00Z"));
      const first = await renderDocx(legacy);
      vi.setSystemTime(new Date("2031-11-17T23:59:58Z"));
      const second = await renderDocx(legacy);
      expect(Buffer.from(second.body).equals(Buffer.from(first.body))).toBe(true);
      // and the content is still there
      expect(parseDocx(first.body).blocks.map((b) => b.text)).toContain("会议进行中");
    } finally {
      vi.useRealTimers();
    }
  });
});
