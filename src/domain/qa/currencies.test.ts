import { describe, expect, it } from "vitest";
import type { Lang } from "../languages";
import { checkNumbers } from "./numbers";

const swaps = (sourceLang: Lang, source: string, targetLang: Lang, target: string) =>
  checkNumbers({ sourceLang, source, targetLang, target })
    .filter((f) => f.check === "currency")
    .map((f) => [f.text, f.severity]);

describe("currency swaps (issue #25)", () => {
  it("flags the same amount in another currency, in each language", () => {
    expect(swaps("en", "a $5 million deal", "hu", "egy 5 millió eurós üzlet")).toEqual([["5 millió eurós", "major"]]);
    expect(swaps("en", "a $5 million deal", "fr", "un accord de 5 millions d’euros")).toEqual([["5 millions d’euros", "major"]]);
    expect(swaps("en", "a $5 million deal", "zh", "500万欧元的交易")).toEqual([["500万欧元", "major"]]);
    expect(swaps("en", "took $26,750", "fr", "ont pris 26 750 €")).toEqual([["26 750 €", "major"]]);
    expect(swaps("en", "for £125m", "hu", "125 millió forintért")).toEqual([["125 millió forintért", "major"]]);
    expect(swaps("fr", "pour 300 €", "en", "for $300")).toEqual([["$300", "major"]]);
    expect(swaps("hu", "10 000 forintot fizetett", "en", "paid 10,000 yen")).toEqual([["10,000 yen", "major"]]);
    expect(swaps("zh", "花了500元", "en", "spent €500")).toEqual([["€500", "major"]]);
  });
  it("accepts the same currency written another way", () => {
    expect(swaps("en", "a $5 million deal", "hu", "egy 5 millió dolláros üzlet")).toEqual([]);
    expect(swaps("en", "a $5 million deal", "fr", "un accord de 5 millions de dollars")).toEqual([]);
    expect(swaps("en", "a $5 million deal", "zh", "500万美元的交易")).toEqual([]);
    expect(swaps("en", "for £125m", "fr", "pour 125 millions de livres sterling")).toEqual([]);
    expect(swaps("en", "£11 million", "fr", "11 millions £")).toEqual([]);
    expect(swaps("en", "¥500", "zh", "500元")).toEqual([]);
    expect(swaps("en", "1,000 HUF", "hu", "1000 Ft")).toEqual([]);
    expect(swaps("en", "US$3 billion", "fr", "3 milliards de dollars américains")).toEqual([]);
  });
  it("says nothing when one side leaves the currency unsaid, or about numbers that are no amount", () => {
    expect(swaps("en", "paid $500 to 500 people", "fr", "a payé 500 à 500 personnes")).toEqual([]);
    expect(swaps("en", "500 Europeans", "fr", "500 Européens")).toEqual([]);
  });
});
