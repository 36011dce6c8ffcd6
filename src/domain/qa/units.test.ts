import { describe, expect, it } from "vitest";
import { checkNumbers } from "./numbers";
import { extractQuantities } from "./quantities";
import { measureOf, sameMeasure } from "./units";

const keys = (text: string, lang: "fr" | "en" | "hu" | "zh") => extractQuantities(text, lang).map((q) => q.key);
const serious = (flags: ReturnType<typeof checkNumbers>) => flags.filter((f) => f.severity !== "neutral").map((f) => [f.text, f.severity]);

describe("measures with units", () => {
  it("reads units as each language writes them, in SI units", () => {
    expect(keys("winds of 85 mph, 385 miles away, 6-foot-6, 100 °F, a 550 pound hog", "en")).toEqual(["qty:speed:37.9984", "qty:length:619597", "qty:length:1.9812", "qty:temperature:37.7778", "qty:mass:249.476"]);
    expect(keys("135 km/h, 620 km, 1,98 m, 38 °C", "fr")).toEqual(["qty:speed:37.5", "qty:length:620000", "qty:length:1.98", "qty:temperature:38"]);
    expect(keys("137 km/h-s szél, 620 kilométerre, 250 kilós, 38 Celsius-fok", "hu")).toEqual(["qty:speed:38.0556", "qty:length:620000", "qty:mass:250", "qty:temperature:38"]);
    expect(keys("6米（18英尺）的巨浪，每小时 85 英里，时速137公里", "zh")).toEqual(["qty:length:6", "qty:length:5.4864", "qty:speed:37.9984", "qty:speed:38.0556"]);
  });
  it("does not take a word that only begins like a unit, nor a million for metres", () => {
    expect(keys("3 milestones and 5 kmart stores", "en")).toEqual(["num:3", "num:5"]);
    expect(keys("for £125m, 5m high", "en")).toEqual(["num:125000000", "qty:length:5"]);
  });
  it("reads the first end of a range in the unit of the second", () => {
    expect(keys("1 to 4 inches of rain", "en")).toEqual(["qty:length:0.0254", "qty:length:0.1016"]);
    expect(keys("entre 2,5 et 10 cm", "fr")).toEqual(["qty:length:0.025", "qty:length:0.1"]);
    expect(keys("1-4 hüvelyk", "hu")).toEqual(["qty:length:0.0254", "qty:length:0.1016"]);
    // Not across other words: "1 house, 4 miles" is a number and a distance.
    expect(keys("1 house, 4 miles", "en")).toEqual(["num:1", "qty:length:6437.38"]);
  });
  it("meets converted and rounded measures, not changed ones", () => {
    expect(sameMeasure(measureOf(85, "mph")!, measureOf(135, "km/h")!)).toBe(true);
    expect(sameMeasure(measureOf(100, "°F")!, measureOf(38, "°C")!)).toBe(true);
    expect(sameMeasure(measureOf(100, "°F")!, measureOf(100, "°C")!)).toBe(false);
    expect(sameMeasure(measureOf(6, "m")!, measureOf(6, "kg")!)).toBe(false);
    const same = [
      ["Rosa had winds of 85 mph and was 385 miles southwest.", "fr", "Les vents soufflaient à 135 km/h, Rosa se trouvait à 620 km au sud-ouest."],
      ["1 to 4 inches of rain", "fr", "entre 2,5 et 10 cm de précipitations"],
      ["the 550 pound hog", "hu", "a 250 kilós disznó"],
      ["maximum winds of 85 miles per hour", "zh", "最大风力可达每小时 85 英里"],
      ["It was 100 °F.", "hu", "38 Celsius-fok volt."],
      ["winds of 85 mph", "fr", "des vents de 85"],
    ] as const;
    for (const [source, targetLang, target] of same) expect(checkNumbers({ sourceLang: "en", source, targetLang, target })).toEqual([]);
    // The number kept and the unit changed: 85 mph is not 85 km/h.
    expect(serious(checkNumbers({ sourceLang: "en", source: "winds of 85 mph", targetLang: "fr", target: "des vents de 85 km/h" }))).toEqual([["85 km/h", "major"]]);
    expect(serious(checkNumbers({ sourceLang: "en", source: "385 miles away", targetLang: "hu", target: "385 kilométerre" }))).toEqual([["385 kilométerre", "major"]]);
  });
  it("keeps a measure's span exact on text with emoji", () => {
    const target = "😀 À 620 km.";
    const [flag] = checkNumbers({ sourceLang: "en", source: "Hello.", targetLang: "fr", target });
    expect(target.slice(flag!.start, flag!.end)).toBe("620 km");
  });
});
