import { describe, expect, it } from "vitest";
import { segmentParagraph } from "./segment";
import type { Lang } from "../languages";

const texts = (text: string, lang: Lang) => segmentParagraph(text, lang).map((s) => s.text);

describe("segmentParagraph: French", () => {
  it("keeps M., Mme and Dr. with the name", () => {
    expect(texts("M. Dupont est arrivé avec Mme Martin. Le Dr. Petit les attendait.", "fr")).toEqual([
      "M. Dupont est arrivé avec Mme Martin.",
      "Le Dr. Petit les attendait.",
    ]);
  });
  it("keeps closing « » with their sentence", () => {
    expect(texts("Il a dit « Bonjour. » Puis il est parti.", "fr")).toEqual(["Il a dit « Bonjour. »", "Puis il est parti."]);
    expect(texts("Elle a répondu : « C’est fini ! » Ensuite, silence.", "fr")).toEqual(["Elle a répondu : « C’est fini ! »", "Ensuite, silence."]);
  });
  it("does not split after etc. before a lowercase word, nor inside numbers", () => {
    expect(texts("Des livres, des cartes, etc. sont exposés. Le prix est de 3.5 euros.", "fr")).toEqual([
      "Des livres, des cartes, etc. sont exposés.",
      "Le prix est de 3.5 euros.",
    ]);
  });
  it("splits the sample article's sentences", () => {
    expect(texts("Le 21 octobre, Gábor Soós a effectué une visite. Les deux parties ont engagé des échanges.", "fr")).toHaveLength(2);
  });
});

describe("segmentParagraph: English", () => {
  it("handles titles, initials and U.S.", () => {
    expect(texts("Dr. Smith met Mr. J. R. Jones in the U.S. capital. They talked.", "en")).toEqual([
      "Dr. Smith met Mr. J. R. Jones in the U.S. capital.",
      "They talked.",
    ]);
    expect(texts("He moved to the U.S. The move was hard.", "en")).toEqual(["He moved to the U.S.", "The move was hard."]);
    expect(texts("See No. 5 on the list. Then stop.", "en")).toEqual(["See No. 5 on the list.", "Then stop."]);
  });
  it("keeps closing quotes with the sentence", () => {
    expect(texts('He said "Stop." Then he left.', "en")).toEqual(['He said "Stop."', "Then he left."]);
  });
});

describe("segmentParagraph: Hungarian", () => {
  it("handles pl., dr., stb., ún. and ordinal dates", () => {
    expect(texts("Ott volt pl. dr. Kovács és Szabó stb. is. Az ún. digitális ikrek fontosak.", "hu")).toEqual([
      "Ott volt pl. dr. Kovács és Szabó stb. is.",
      "Az ún. digitális ikrek fontosak.",
    ]);
    expect(texts("2019. október 21-én Budapesten nyílt meg. A 21. század kihívásai nagyok.", "hu")).toEqual([
      "2019. október 21-én Budapesten nyílt meg.",
      "A 21. század kihívásai nagyok.",
    ]);
  });
  it("keeps „ ” quotes with the sentence", () => {
    expect(texts("Azt mondta: „Jó napot.” Aztán elment.", "hu")).toEqual(["Azt mondta: „Jó napot.”", "Aztán elment."]);
  });
});

describe("segmentParagraph: Chinese", () => {
  it("splits after 。！？ and keeps full-width closing quotes", () => {
    expect(texts("他说：“你好。”然后走了。真的吗？是的！", "zh")).toEqual(["他说：“你好。”", "然后走了。", "真的吗？", "是的！"]);
  });
  it("keeps 10月21日 and numbers whole", () => {
    expect(texts("10月21日，索什访问了中心。双方进行了交流。", "zh")).toEqual(["10月21日，索什访问了中心。", "双方进行了交流。"]);
  });
});

describe("segmentParagraph: edges", () => {
  it("is lossless on whitespace, empty input and long paragraphs", () => {
    expect(segmentParagraph("", "fr")).toEqual([]);
    const spaces = "   ";
    expect(segmentParagraph(spaces, "fr").map((s) => s.text + s.separator).join("")).toBe(spaces);
    const long = "Une phrase assez longue pour le test. ".repeat(300);
    const segs = segmentParagraph(long, "fr");
    expect(segs).toHaveLength(300);
    expect(segs.map((s) => s.text + s.separator).join("")).toBe(long);
  });
});
