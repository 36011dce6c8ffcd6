import { describe, expect, it } from "vitest";
import { CharTrie } from "./char-trie";

function trieOf(...texts: string[]): CharTrie {
  const trie = new CharTrie();
  texts.forEach((text, i) => trie.add({ termId: i + 1, conceptId: i + 1, lang: "zh", text, status: "preferred" }));
  return trie;
}

const found = (trie: CharTrie, text: string) => trie.findLongest(text).map((s) => text.slice(s.start, s.end));

describe("CharTrie", () => {
  it("prefers the longest term at a position and resumes after it", () => {
    const trie = trieOf("文化", "文化遗产", "遗产", "保护");
    expect(found(trie, "保护文化遗产和文化")).toEqual(["保护", "文化遗产", "文化"]);
  });

  it("marks a shorter term added after a longer one that passes through it", () => {
    const trie = trieOf("可持续发展目标");
    expect(found(trie, "可持续发展")).toEqual([]);
    trie.add({ termId: 9, conceptId: 9, lang: "zh", text: "可持续发展", status: "preferred" });
    expect(found(trie, "可持续发展")).toEqual(["可持续发展"]);
    expect(found(trie, "可持续发展目标")).toEqual(["可持续发展目标"]);
  });

  it("keeps every term when the table grows many times", () => {
    const terms = Array.from({ length: 5000 }, (_, i) => String.fromCodePoint(0x4e00 + (i % 300), 0x4e00 + Math.floor(i / 300), 0x9fa0));
    const trie = trieOf(...terms);
    for (const term of [terms[0]!, terms[2500]!, terms[4999]!]) expect(found(trie, `在${term}里`)).toEqual([term]);
  });

  it("counts offsets in UTF-16 units and never splits a surrogate pair", () => {
    const trie = trieOf("𠮷野家", "家");
    const text = "😀𠮷野家的家";
    const spans = trie.findLongest(text);
    expect(spans.map((s) => [s.start, s.end])).toEqual([
      [2, 6],
      [7, 8],
    ]);
  });

  it("folds full-width Latin letters and case", () => {
    const trie = trieOf("UNESCO");
    expect(found(trie, "联合国ＵＮＥＳＣＯ总部")).toEqual(["ＵＮＥＳＣＯ"]);
    expect(found(trie, "unesco")).toEqual(["unesco"]);
  });
});
