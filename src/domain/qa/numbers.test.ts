import { describe, expect, it } from "vitest";
import { checkNumbers, extractQuantities } from "./numbers";

const keys = (text: string, lang: "fr" | "en" | "hu" | "zh") => extractQuantities(text, lang).map((q) => q.key);
const serious = (flags: ReturnType<typeof checkNumbers>) => flags.filter((f) => f.severity !== "neutral");

describe("numbers and dates by meaning", () => {
  it("reads numbers per locale", () => {
    expect(keys("1 000,5 et 1\u202f000,5", "fr")).toEqual(["num:1000.5", "num:1000.5"]);
    expect(keys("1,000.5", "en")).toEqual(["num:1000.5"]);
    expect(keys("1 000,5", "hu")).toEqual(["num:1000.5"]);
    expect(keys("3万人和1.5亿元", "zh")).toEqual(["num:30000", "num:150000000"]);
  });
  it("reads a month name before the day only where a word starts", () => {
    expect(keys("(október 21.) és szeptember 3-án", "hu")).toEqual(["date:10-21", "date:09-03"]);
    expect(keys("On Monday, October 21", "en")).toEqual(["date:10-21"]);
    expect(keys("Preoctober 21", "en")).toEqual(["num:21"]);
  });
  it("reads dates, ordinals and percentages", () => {
    expect(keys("Le 21 octobre", "fr")).toEqual(["date:10-21"]);
    expect(keys("On 21 October and October 21st", "en")).toEqual(["date:10-21", "date:10-21"]);
    expect(keys("október 21-én és október 21.", "hu")).toEqual(["date:10-21", "date:10-21"]);
    expect(keys("10月21日", "zh")).toEqual(["date:10-21"]);
    expect(keys("au 21e siècle, 15 %", "fr")).toEqual(["ord:21", "pct:15"]);
    expect(keys("in the 21st century, 15%", "en")).toEqual(["ord:21", "pct:15"]);
    expect(keys("a 21. században 15 százalék", "hu")).toEqual(["ord:21", "pct:15"]);
  });
  it("does not flag equal meanings across languages", () => {
    expect(checkNumbers({ sourceLang: "fr", source: "Le 21 octobre, 1 000,5 tonnes", targetLang: "zh", target: "10月21日，1,000.5吨" })).toEqual([]);
    expect(checkNumbers({ sourceLang: "fr", source: "Le 21 octobre", targetLang: "hu", target: "Október 21-én" })).toEqual([]);
    expect(checkNumbers({ sourceLang: "en", source: "In 2019, 3 people", targetLang: "hu", target: "2019-ben három ember" }).filter((f) => f.severity !== "neutral")).toEqual([]);
  });
  it("flags changed, missing and extra values with exact offsets", () => {
    const changed = checkNumbers({ sourceLang: "fr", source: "Le 21 octobre", targetLang: "en", target: "On 12 October" });
    expect(changed.map((f) => [f.side, f.text, f.severity])).toEqual([["target", "12 October", "major"]]);
    const missing = serious(checkNumbers({ sourceLang: "en", source: "It cost 1,500 dollars.", targetLang: "fr", target: "Cela a coûté cher." }));
    expect(missing.map((f) => [f.side, f.text])).toEqual([["source", "1,500"]]);
    const extra = serious(checkNumbers({ sourceLang: "en", source: "It was cheap.", targetLang: "hu", target: "Ez 2019-ben olcsó volt." }));
    expect(extra.map((f) => [f.side, f.text])).toEqual([["target", "2019"]]);
    const target = "😀 Ez 2019-ben";
    const [f] = serious(checkNumbers({ sourceLang: "en", source: "Hello.", targetLang: "hu", target }));
    expect(target.slice(f!.start, f!.end)).toBe("2019");
  });
});
