import { describe, expect, it } from "vitest";
import { canonicalContent, parseContent, type PublicationContent } from "./content";

const content: PublicationContent = {
  articleId: 4, title: "Visite", sourceLang: "fr", targetLang: "zh",
  segments: [{ id: 10, paragraph: 0, kind: "title", source: "Visite", target: "访问", separator: "", codes: [] }],
};

describe("canonicalContent", () => {
  it("gives the same string whatever the key order, and parses back", () => {
    const shuffled = { segments: [{ separator: "", target: "访问", source: "Visite", kind: "title", paragraph: 0, id: 10 }], targetLang: "zh", sourceLang: "fr", title: "Visite", articleId: 4 } as PublicationContent;
    expect(canonicalContent(shuffled)).toBe(canonicalContent(content));
    expect(parseContent(canonicalContent(content))).toEqual(content);
  });
  it("drops fields that are not part of a publication", () => {
    const extra = { ...content, segments: [{ ...content.segments[0]!, status: "final" }] } as unknown as PublicationContent;
    expect(canonicalContent(extra)).toBe(canonicalContent(content));
  });
  it("refuses what is not canonical content", () => {
    expect(() => parseContent(JSON.stringify({ ...content, v: 1, sourceLang: "de" }))).toThrow();
    expect(() => parseContent("{}")).toThrow();
  });

  it("keeps a segment's inline codes, and code-free content hashes as before codes existed", () => {
    const withLink: PublicationContent = {
      ...content,
      segments: [{ ...content.segments[0]!, source: "\uE000Visite\uE001", target: "\uE000访问\uE001", codes: [{ kind: "pair", n: 0, type: "link", attrs: { href: "https://unesco.org" } }] }],
    };
    expect(parseContent(canonicalContent(withLink))).toEqual(withLink);
    expect(canonicalContent(content)).not.toContain("codes");
  });
});
