import { describe, expect, it } from "vitest";
import { checkNumbers } from "./numbers";
import { numberWords } from "./number-words";

const read = (text: string, lang: "fr" | "en" | "hu" | "zh") => numberWords(text, lang).map((w) => `${w.key} ${text.slice(w.start, w.end)}`);
const serious = (flags: ReturnType<typeof checkNumbers>) => flags.filter((f) => f.severity !== "neutral");

describe("numbers written as words", () => {
  it("reads English numbers as spoken: units, tens, hundreds, scales, ordinals and decades", () => {
    expect(read("Fourteen people were hurt", "en")).toEqual(["num:14 Fourteen"]);
    expect(read("two hundred and fifty, a thousand, two dozen", "en")).toEqual(["num:250 two hundred and fifty", "num:1000 a thousand", "num:24 two dozen"]);
    expect(read("the twenty-first century, the fiftieth anniversary, in the eighties", "en")).toEqual(["ord:21 twenty-first", "ord:50 fiftieth", "dec:80 eighties"]);
    expect(read("the nineteen-eighties", "en")).toEqual(["dec:1980 nineteen-eighties"]);
    // "and" joins only after a scale word; "a" is a number only before one; "hundreds" is vague.
    expect(read("between three and four", "en")).toEqual(["num:3 three", "num:4 four"]);
    expect(read("a lot of hundreds", "en")).toEqual([]);
    expect(read("the constructor of toString, hasOwnProperty", "en")).toEqual([]);
    expect(read("le constructor et valueOf", "fr")).toEqual([]);
  });

  it("reads French numbers, with quatre-vingts, et un and the ordinals in -ième", () => {
    expect(read("quatre-vingt-dix, soixante et onze, vingt et un, deux cents", "fr")).toEqual(["num:90 quatre-vingt-dix", "num:71 soixante et onze", "num:21 vingt et un", "num:200 deux cents"]);
    expect(read("Plus d’un millier de personnes, une douzaine, la troisième, la neuvième", "fr")).toEqual(["num:1000 un millier", "num:12 une douzaine", "ord:3 troisième", "ord:9 neuvième"]);
    expect(read("les années soixante, des milliers de manifestants", "fr")).toEqual(["dec:60 soixante"]);
    // The long scale: a French billion is an English trillion; "cent" is no English word.
    expect(read("deux billions, deux milliards", "fr")).toEqual(["num:2000000000000 deux billions", "num:2000000000 deux milliards"]);
    expect(read("two billion cent", "en")).toEqual(["num:2000000000 two billion"]);
  });

  it("reads Hungarian numerals written solid with their endings, and nothing that only begins like one", () => {
    expect(read("egy tízezres tömeg, kétszázan, huszonöt, hárommal, ezerrel", "hu")).toEqual(["num:1 egy", "num:10000 tízezres", "num:200 kétszázan", "num:25 huszonöt", "num:3 hárommal", "num:1000 ezerrel"]);
    expect(read("a harmincas években, tizenegyedik, október elsejei", "hu")).toEqual(["dec:30 harmincas", "ord:11 tizenegyedik", "date:10-01 elsejei"]);
    expect(read("A százalékos arány, az egyetem, a hatóság, hétfőn, ötlet", "hu")).toEqual([]);
  });

  it("reads Chinese numerals with 万 and 亿, decades before 年代, and not a lone 一", () => {
    expect(read("十九世纪，上世纪八十年代，三十万人，二〇一九年", "zh")).toEqual(["num:19 十九", "dec:80 八十", "num:300000 三十万", "num:2019 二〇一九"]);
    expect(read("一起统一", "zh")).toEqual([]);
  });

  it("reads a day written as a word next to a month as a date", () => {
    expect(read("október elsejei ítélet, szeptember harmincadikán", "hu")).toEqual(["date:10-01 elsejei", "date:09-30 harmincadikán"]);
    expect(read("le premier octobre", "fr")).toEqual(["date:10-01 premier"]);
    expect(read("on October first, the first of October; you may first ask", "en")).toEqual(["date:10-01 first", "date:10-01 first", "ord:1 first"]);
  });
});

describe("the numbers check with numbers written as words", () => {
  it("takes a word of the same value on the other side for a number in digits, either way", () => {
    expect(checkNumbers({ sourceLang: "en", source: "Fourteen people were treated.", targetLang: "fr", target: "14 manifestants ont été soignés." })).toEqual([]);
    expect(checkNumbers({ sourceLang: "en", source: "More than 1,000 people were killed.", targetLang: "fr", target: "Plus d’un millier de personnes ont perdu la vie." })).toEqual([]);
    expect(checkNumbers({ sourceLang: "en", source: "about 200 people standing there", targetLang: "hu", target: "úgy kétszázan állnak itt" })).toEqual([]);
    expect(checkNumbers({ sourceLang: "en", source: "moved out in the 1930s", targetLang: "hu", target: "a harmincas években költözött ki" })).toEqual([]);
    expect(checkNumbers({ sourceLang: "en", source: "in the 1980s", targetLang: "zh", target: "在上世纪八十年代" })).toEqual([]);
    expect(checkNumbers({ sourceLang: "en", source: "19th century opinion", targetLang: "zh", target: "十九世纪的观点" })).toEqual([]);
    expect(checkNumbers({ sourceLang: "en", source: "a ruling on 1 October", targetLang: "hu", target: "az október elsejei ítélet" })).toEqual([]);
  });

  it("still flags a value that the words do not give", () => {
    const changed = serious(checkNumbers({ sourceLang: "en", source: "14 people were treated.", targetLang: "fr", target: "Quinze personnes ont été soignées." }));
    expect(changed.map((f) => [f.side, f.text])).toEqual([["source", "14"]]);
    const added = serious(checkNumbers({ sourceLang: "en", source: "Fourteen people were treated.", targetLang: "fr", target: "15 personnes ont été soignées." }));
    expect(added.map((f) => [f.side, f.text])).toEqual([["target", "15"]]);
    // A word accounts for one number only.
    const twice = serious(checkNumbers({ sourceLang: "en", source: "Twelve of 12 teams", targetLang: "fr", target: "12 des 12 équipes et 12 autres" }));
    expect(twice.map((f) => [f.side, f.text])).toEqual([["target", "12"]]);
  });
});
