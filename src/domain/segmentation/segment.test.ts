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

describe("segmentParagraph: defects found on real news (issue #25)", () => {
  it("zh: a quote or title mark opening after 。 starts the next sentence", () => {
    expect(texts("截至早上 5 点。“罗莎”风速达到 85 mph, 为一级飓风。周日它位于西南。", "zh")).toEqual([
      "截至早上 5 点。",
      "“罗莎”风速达到 85 mph, 为一级飓风。",
      "周日它位于西南。",
    ]);
    expect(texts("基特将饰演山姆。《真实的西部》讲述兄弟的故事。", "zh")).toEqual(["基特将饰演山姆。", "《真实的西部》讲述兄弟的故事。"]);
    expect(texts("他说：“你好。”“我们走吧。”", "zh")).toEqual(["他说：“你好。”", "“我们走吧。”"]);
  });
  it("zh: a “ typed for ” after 。 closes the open quotation", () => {
    expect(texts("“酒吧不再是会客室。“至于教堂，他担心资金不够。", "zh")).toEqual(["“酒吧不再是会客室。“", "至于教堂，他担心资金不够。"]);
  });
  it("fr: an attribution after « … ! », stays with its quotation", () => {
    expect(texts("« Il y a un requin ! », explique Chad. Puis plus rien.", "fr")).toEqual(["« Il y a un requin ! », explique Chad.", "Puis plus rien."]);
    expect(texts("« Nous restons invaincus ! », a-t-il déclaré.", "fr")).toEqual(["« Nous restons invaincus ! », a-t-il déclaré."]);
    expect(texts('"Stop!" he said. Then he left.', "en")).toEqual(['"Stop!" he said.', "Then he left."]);
    expect(texts("\"There's a shark in the water!\" Hammel added. The boy was flown out.", "en")).toEqual([
      "\"There's a shark in the water!\" Hammel added.",
      "The boy was flown out.",
    ]);
  });
  it("a sentence starting with a digit is one of its own", () => {
    expect(texts("The storm hit on Monday. 25 people died.", "en")).toEqual(["The storm hit on Monday.", "25 people died."]);
    expect(texts("Le bilan s’alourdit. 384 personnes sont mortes.", "fr")).toEqual(["Le bilan s’alourdit.", "384 personnes sont mortes."]);
    expect(texts("A részvétel alacsony volt. 16 százalék szavazott.", "hu")).toEqual(["A részvétel alacsony volt.", "16 százalék szavazott."]);
    // … but not after an abbreviation announcing a number, nor inside a Hungarian date.
    expect(texts("See No. 5 and Oct. 2, 1968 in the report.", "en")).toHaveLength(1);
    expect(texts("Az ülés 2019. 10. 21. napján volt.", "hu")).toHaveLength(1);
  });
  it("hu: a dialogue dash after a sentence end opens a new sentence, an attribution after ? does not", () => {
    expect(texts("„Nem tudom – mondta. – Majd meglátjuk.”", "hu")).toEqual(["„Nem tudom – mondta.", "– Majd meglátjuk.”"]);
    expect(texts("Elment. – Hová mész? – kérdezte a színész.", "hu")).toEqual(["Elment.", "– Hová mész? – kérdezte a színész."]);
  });
  it("hu: a Roman ordinal before a name is no sentence end", () => {
    expect(texts("II. Erzsébet királynő és XVI. Benedek pápa találkozott. A XX. század véget ért.", "hu")).toEqual([
      "II. Erzsébet királynő és XVI. Benedek pápa találkozott.",
      "A XX. század véget ért.",
    ]);
  });
  it("hu: St. and Mr. before a name are no sentence end", () => {
    expect(texts("A St. Martin templom harangjai elhallgattak. Időnként Mr. Beanre emlékeztet.", "hu")).toEqual([
      "A St. Martin templom harangjai elhallgattak.",
      "Időnként Mr. Beanre emlékeztet.",
    ]);
  });
  it("en: a title before a name is no sentence end, a company's Inc. before a new sentence is", () => {
    expect(texts("Det. Dennis McCarthy wrote it, as did Sens. Lindsey Graham and Capt. Larry Giles.", "en")).toHaveLength(1);
    expect(texts("He works for Acme Inc. The company grew.", "en")).toEqual(["He works for Acme Inc.", "The company grew."]);
  });
  it("a piece with no letter or digit is no sentence of its own", () => {
    expect(texts(". Les chapeaux XXL suivent.", "fr")).toEqual([". Les chapeaux XXL suivent."]);
    expect(texts("比赛的第二场比赛。 。他说。", "zh")).toEqual(["比赛的第二场比赛。 。", "他说。"]);
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
