import { describe, expect, it } from "vitest";
import { checkNumbers } from "./numbers";
import { extractQuantities } from "./quantities";

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
  it("reads scale words per language: million, millions, millió, 万 and 亿 mean the same", () => {
    expect(keys("3 million, 1.5bn and £125m (5m is metres)", "en")).toEqual(["num:3000000", "num:1500000000", "num:125000000", "qty:length:5"]);
    expect(keys("3 millions, 1,5 milliard, 2 billions", "fr")).toEqual(["num:3000000", "num:1500000000", "num:2000000000000"]);
    expect(keys("3 millió, 1,5 milliárdot, 2 mrd. forint", "hu")).toEqual(["num:3000000", "num:1500000000", "num:2000000000"]);
    expect(keys("300万人，28亿元，2 百万", "zh")).toEqual(["num:3000000", "num:2800000000", "num:2000000"]);
    // A scale word of another language is no scale; a longer word is none either.
    expect(keys("3 millió and 3 millionaires", "en")).toEqual(["num:3", "num:3"]);
    const pairs = [
      ["en", "Over 3 million people", "zh", "那里住着300万人"],
      ["en", "It cost 2.8 billion dollars.", "fr", "Cela a coûté 2,8 milliards de dollars."],
      ["en", "It cost 2.8 billion dollars.", "hu", "2,8 milliárd dollárba került."],
      ["en", "It cost 2.8 billion dollars.", "zh", "耗资28亿美元。"],
      ["en", "for £125m", "hu", "125 millió fontért"],
    ] as const;
    for (const [sourceLang, source, targetLang, target] of pairs) expect(checkNumbers({ sourceLang, source, targetLang, target })).toEqual([]);
    // Digits that differ still do: 3 million is not 30万.
    expect(serious(checkNumbers({ sourceLang: "en", source: "Over 3 million people", targetLang: "zh", target: "30万人" })).map((f) => f.text)).toEqual(["30万"]);
  });
  it("lets a list say its percent sign once", () => {
    const flags = checkNumbers({ sourceLang: "en", source: "72 per cent of them, 69 per cent of others", targetLang: "hu", target: "72, illetve 69 százalékuk" });
    expect(flags).toEqual([]);
    expect(checkNumbers({ sourceLang: "en", source: "between 30 and 43 percent", targetLang: "zh", target: "30% 至 43%" })).toEqual([]);
  });
  it("lets a list say its scale once", () => {
    const flags = checkNumbers({ sourceLang: "en", source: "CBS had 3.1 million and CNN had 2.52 million.", targetLang: "hu", target: "A CBS-t 3,1, a CNN-t 2,52 millióan nézték." });
    expect(flags).toEqual([]);
    // The bare digits meet only a number without a scale: 3,1 ezer (3,100) is not 3.1 million.
    expect(serious(checkNumbers({ sourceLang: "en", source: "3.1 million", targetLang: "hu", target: "3,1 ezer" })).map((f) => f.text)).toEqual(["3,1 ezer"]);
  });
  it("reads numbers right after Chinese characters, not after Latin letters", () => {
    expect(keys("会议将于2025年10月21日10:30举行", "zh")).toEqual(["num:2025", "date:10-21", "time:10:30"]);
    expect(keys("A4 paper at the G20 summit", "en")).toEqual([]);
    expect(checkNumbers({ sourceLang: "en", source: "The meeting is on 21 October 2025 at 10:30.", targetLang: "zh", target: "会议将于2025年10月21日10:30举行。" })).toEqual([]);
  });
  it("takes a bare number for an ordinal, Roman centuries and Hungarian years, and a month alone for a note", () => {
    expect(checkNumbers({ sourceLang: "en", source: "in the 19th century", targetLang: "zh", target: "在19世纪" })).toEqual([]);
    expect(checkNumbers({ sourceLang: "en", source: "the match on 15", targetLang: "fr", target: "le match au 15e trou" })).toEqual([]);
    expect(serious(checkNumbers({ sourceLang: "en", source: "in the 19th century", targetLang: "zh", target: "在18世纪" })).map((f) => f.text)).toEqual(["18"]);
    expect(keys("au XIXe siècle, le Ve arrondissement, Ce livre", "fr")).toEqual(["ord:19"]);
    expect(keys("a XIX. században", "hu")).toEqual(["ord:19"]);
    expect(checkNumbers({ sourceLang: "en", source: "19th century opinion", targetLang: "fr", target: "au XIXe siècle" })).toEqual([]);
    // "2005. május 30-án" is a year and a date; "21. század" stays an ordinal.
    expect(keys("2005. május 30-án, a 21. században", "hu")).toEqual(["num:2005", "date:05-30", "ord:21"]);
    expect(checkNumbers({ sourceLang: "en", source: "on May 30, 2005 in Xining", targetLang: "hu", target: "2005. május 30-án Xiningben" })).toEqual([]);
    const month = checkNumbers({ sourceLang: "en", source: "when votes are cast in Nov.", targetLang: "zh", target: "在11月份的投票中" });
    expect(month.map((f) => [f.text, f.severity])).toEqual([["11月", "neutral"]]);
  });
  it("reads hostile runs of digits and separators whole (no pattern tries every start again)", () => {
    // Quadratic backtracking here took seconds per segment (a lookbehind tried before "m",
    // a percent pattern that restarted inside a number); the test's time limit would catch it.
    // (A run that long is no finite number: only the numbers around it are read.)
    expect(keys(`7 ${"1".repeat(100_000)} 8`, "en")).toEqual(["num:7", "num:8"]);
    expect(keys("1,1.".repeat(25_000), "fr").length).toBeGreaterThan(1);
  });
  it("reads Chinese numerals where they are unambiguous: ordinals past ten, dates, years", async () => {
    const { hanNumber } = await import("./quantities");
    expect([hanNumber("二十一"), hanNumber("一百零五"), hanNumber("十"), hanNumber("二〇一九"), hanNumber("两千")]).toEqual([21, 105, 10, 2019, 2000]);
    expect(keys("第二十届会议于二〇一九年十月二十一日举行，第一次", "zh")).toEqual(["ord:20", "num:2019", "date:10-21"]);
    const source = "The 20th session was held on 21 October 2019.";
    expect(checkNumbers({ sourceLang: "en", source, targetLang: "zh", target: "第二十届会议于二〇一九年十月二十一日举行。" })).toEqual([]);
    expect(serious(checkNumbers({ sourceLang: "en", source, targetLang: "zh", target: "第二十届会议于二〇一九年十月二十二日举行。" })).map((f) => f.text)).toEqual(["十月二十二日"]);
  });
  it("reads a percentage in Chinese numerals", () => {
    expect(keys("百分之百确定，百分之五十", "zh")).toEqual(["pct:100", "pct:50"]);
    expect(checkNumbers({ sourceLang: "en", source: "She is 100 percent certain.", targetLang: "zh", target: "她百分之百确定。" })).toEqual([]);
    expect(serious(checkNumbers({ sourceLang: "en", source: "She is 90 percent certain.", targetLang: "zh", target: "她百分之百确定。" })).map((f) => f.text)).toEqual(["百分之百"]);
  });
  it("lets a translation drop or add a conversion in brackets, not change it", () => {
    const dropped = [
      ["en", "The volcano sits 45 miles (72 kilometers) from the capital.", "fr", "Le volcan est situé à 72 km de la capitale."],
      ["en", "The coastline 300 km (190 miles) north of Palu", "hu", "a Palutól 300 km-re északra fekvő partszakasz"],
      ["en", "at speeds of 800 kph (497 mph)", "zh", "以每小时800公里的速度"],
      ["fr", "à 72 km de la capitale", "en", "72 km (45 miles) from the capital"],
      // the other side in words
      ["en", "waves as high as six meters (18 feet) smashed onshore", "fr", "des vagues de six mètres de haut"],
    ] as const;
    for (const [sourceLang, source, targetLang, target] of dropped) expect(serious(checkNumbers({ sourceLang, source, targetLang, target }))).toEqual([]);
    // 60 miles is no conversion of 72 km: flagged, as a number is that the target does not have.
    expect(serious(checkNumbers({ sourceLang: "en", source: "60 miles (72 kilometers) away", targetLang: "fr", target: "à 72 km" })).map((f) => f.text)).toEqual(["60 miles"]);
    expect(serious(checkNumbers({ sourceLang: "en", source: "waves as high as six meters (30 feet)", targetLang: "fr", target: "des vagues de six mètres" })).map((f) => f.text)).toEqual(["30 feet"]);
    // Without brackets, two measures are two facts.
    expect(serious(checkNumbers({ sourceLang: "en", source: "45 miles by road, 72 kilometers by rail", targetLang: "fr", target: "72 km en train" })).map((f) => f.text)).toEqual(["45 miles"]);
  });
  it("meets a measure written with a number word and its unit, by value", () => {
    const pair = (source: string, target: string) => serious(checkNumbers({ sourceLang: "en", source, targetLang: "hu", target })).map((f) => f.text);
    expect(pair("the straw hat with a two-foot wide brim", "a 60 cm széles karimájú szalmakalap")).toEqual([]);
    expect(pair("a wall three meters high", "egy 3 méter magas fal")).toEqual([]);
    expect(pair("the straw hat with a two-foot wide brim", "a 90 cm széles karimájú szalmakalap")).toEqual(["90 cm"]);
  });
  it("meets a small measure converted and rounded to a whole number, not one a quarter off", () => {
    const pair = (source: string, target: string) => serious(checkNumbers({ sourceLang: "en", source, targetLang: "hu", target })).map((f) => f.text);
    expect(pair("1 to 4 inches of rain", "3–10 cm csapadék")).toEqual([]);
    expect(pair("a 1 mile walk", "egy 2 km-es séta")).toEqual([]);
    expect(pair("a 1 mile walk", "egy 1 km-es séta")).toEqual(["1 km"]);
  });
  it("reads the short end of a span of years", () => {
    expect(keys("the 1950-53 Korean War, 2019–20", "en")).toEqual(["num:1950", "num:1953", "num:2019", "num:2020"]);
    expect(checkNumbers({ sourceLang: "en", source: "the 1950-53 Korea War", targetLang: "fr", target: "la guerre de Corée (1950-1953)" })).toEqual([]);
  });
  it("reads decades, with or without their century", () => {
    expect(keys("in the 1930s, the '80s, Boeing 737s", "en")).toEqual(["dec:1930", "dec:80", "num:737"]);
    expect(keys("dans les années 30, les années 1930", "fr")).toEqual(["dec:30", "dec:1930"]);
    expect(keys("az 1930-as években, a 80-as évek", "hu")).toEqual(["dec:1930", "dec:80"]);
    expect(keys("20世纪30年代，1930年代", "zh")).toEqual(["dec:1930", "dec:1930"]);
    for (const [targetLang, target] of [["fr", "dans les années 30."], ["hu", "az 1930-as években."], ["zh", "在20世纪30年代。"]] as const) {
      expect(checkNumbers({ sourceLang: "en", source: "moved out in the 1930s.", targetLang, target })).toEqual([]);
    }
    expect(serious(checkNumbers({ sourceLang: "en", source: "in the 1930s.", targetLang: "fr", target: "dans les années 40." })).map((f) => f.text)).toEqual(["années 40"]);
  });
  it("reads times of day in each language's way", () => {
    expect(keys("at 3 p.m., found at 7.55am, 10:30 pm, 12 a.m., 7 amazing days", "en")).toEqual(["time:15:00", "time:07:55", "time:22:30", "time:00:00", "num:7"]);
    expect(keys("à 15 h, à 07h55, 5 h du matin, 15h30", "fr")).toEqual(["time:15:00", "time:07:55", "time:05:00", "time:15:30"]);
    expect(keys("15 órakor, 10:30-kor", "hu")).toEqual(["time:15:00", "time:10:30"]);
    expect(keys("下午3点，晚上7点半，上午10点30分，中午12点，3小时", "zh")).toEqual(["time:15:00", "time:19:30", "time:10:30", "time:12:00", "num:3"]);
  });
  it("matches times across languages, by the clock face and by the hour's number, and flags a changed one", () => {
    const same = [
      ["at 3 p.m. on Wednesday", "fr", "mercredi à 15 h"],
      ["found at 7.55am", "fr", "À 07h55"],
      ["at 7:30", "fr", "à 19 h 30"],
      ["at 3 p.m.", "fr", "à 3 heures de l'après-midi"],
      ["at 3 p.m.", "zh", "下午3点"],
      ["at 3 p.m.", "hu", "15 órakor"],
      ["The flight lasted 3 hours.", "fr", "Le vol a duré 3 h."],
    ] as const;
    for (const [source, targetLang, target] of same) expect(checkNumbers({ sourceLang: "en", source, targetLang, target })).toEqual([]);
    expect(checkNumbers({ sourceLang: "en", source: "at 3 p.m.", targetLang: "zh", target: "下午4点" }).map((f) => [f.text, f.severity])).toEqual([["下午4点", "major"]]);
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

  it("takes bare degrees converted between Fahrenheit and Celsius, for a temperature and for a difference", () => {
    expect(checkNumbers({ sourceLang: "en", source: "New York could reach 80 degrees, 10 degrees above average.", targetLang: "fr", target: "New York pourrait atteindre 26 degrés, 5 degrés au-dessus de la moyenne." })).toEqual([]);
    expect(checkNumbers({ sourceLang: "en", source: "nearly a 20-degree difference", targetLang: "hu", target: "közel 10 fok a különbség" })).toEqual([]);
    expect(checkNumbers({ sourceLang: "en", source: "It will reach 80 degrees.", targetLang: "hu", target: "Eléri a 25 fokot." })).toEqual([]);
    expect(checkNumbers({ sourceLang: "en", source: "It will reach 80 degrees.", targetLang: "zh", target: "气温将达到27度。" })).toEqual([]);
    // A temperature that is neither the value nor its conversion, and numbers that are no degrees, are still changed values.
    expect(serious(checkNumbers({ sourceLang: "en", source: "It will reach 80 degrees.", targetLang: "fr", target: "Il fera 35 degrés." })).map((f) => [f.severity, f.text])).toEqual([["major", "35"]]);
    expect(serious(checkNumbers({ sourceLang: "en", source: "80 people came.", targetLang: "fr", target: "26 personnes sont venues." })).map((f) => [f.severity, f.text])).toEqual([["major", "26"]]);
  });

  it("compares thousands of numbers a side without trying every pair (a pasted run of numbers)", () => {
    // 40,000 numbers a side, none matching: compared pair by pair this took minutes.
    const run = "万1".repeat(40_000);
    const flags = checkNumbers({ sourceLang: "en", source: run, targetLang: "zh", target: run });
    expect(flags.length).toBeGreaterThan(0);
    expect(flags.every((f) => f.check === "numbers")).toBe(true);
  });
});
