import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { boundedDistance } from "./distance";
import { fuzzyScore, tokenizeForScore } from "./score";
import { indexForm, indexTerms, tmTokens } from "./tokens";

const score = (a: string, b: string, lang: "fr" | "en" | "hu" | "zh" = "fr", threshold = 0) =>
  fuzzyScore(tokenizeForScore(a, lang), tokenizeForScore(b, lang), threshold);

describe("TM tokens", () => {
  it("cuts French, English and Hungarian into words and punctuation marks", () => {
    expect(tmTokens("L'UNESCO, à Pékin.", "fr")).toEqual(["L", "'", "UNESCO", ",", "à", "Pékin", "."]);
    expect(tmTokens("Október 21-én Soós Gábor", "hu")).toEqual(["Október", "21", "-", "én", "Soós", "Gábor"]);
  });
  it("cuts Chinese into characters, keeping Latin words and numbers whole", () => {
    expect(tmTokens("联合国教科文组织2019年在UNESCO", "zh")).toEqual(["联", "合", "国", "教", "科", "文", "组", "织", "2019", "年", "在", "UNESCO"]);
  });
  it("keeps a character outside the BMP as one token", () => {
    expect(tmTokens("𝐀𝐁 x", "en")).toEqual(["𝐀𝐁", "x"]);
  });
  it("folds index forms: case and accents out, punctuation as code points", () => {
    expect(indexForm("Développement")).toBe("developpement");
    expect(indexForm("«")).toBe("uab");
    expect([...indexTerms(["Le", "chat", "le"], "fr", "hu")]).toEqual([["frhu_le", 2], ["frhu_chat", 1]]);
  });
});

describe("fuzzy scores", () => {
  it("gives 100 only to the same text", () => {
    expect(score("Le chat dort.", "Le chat dort.")).toBe(100);
    // Same tokens, other spacing: not the same text.
    expect(score("Le chat  dort.", "Le chat dort.")).toBe(99);
  });
  it("scores one replaced word of four as 75", () => {
    expect(score("Le chat dort.", "Le chien dort.")).toBe(75);
  });
  it("is the share of tokens left unchanged, rounded down", () => {
    // 9 tokens, 2 replaced: 1 - 2/9 = 77.7% -> 77
    expect(score("Les deux parties ont engagé des échanges approfondis .", "Les deux parties ont mené des discussions approfondies .")).toBe(66);
    expect(score("a b c d e f g h i", "a b c d e f g x y", "en")).toBe(77);
  });
  it("charges half an edit for a change of case only", () => {
    // 4 tokens, one differing in case: 1 - 0.5/4 = 87.5% -> 87
    expect(score("Commission nationale hongroise .", "Commission Nationale hongroise .")).toBe(87);
  });
  it("keeps accents: kor and kör are different Hungarian words", () => {
    expect(score("a kor végén", "a kör végén", "hu")).toBe(66);
  });
  it("scores Chinese by characters", () => {
    // 7 characters, 2 replaced: 1 - 2/7 = 71.4% -> 71
    expect(score("我爱北京天安门", "我爱上海天安门", "zh")).toBe(71);
    // one character inserted into 5: 1 - 1/6 = 83.3% -> 83
    expect(score("可持续发展", "可持续的发展", "zh")).toBe(83);
    expect(score("可持续发展", "可持续发展", "zh")).toBe(100);
  });
  it("drops what falls below the threshold, exactly at the boundary", () => {
    // 10 tokens, 3 replaced: exactly 70%
    const a = "a b c d e f g h i j";
    const b = "a b c d e f g x y z";
    expect(score(a, b, "en", 70)).toBe(70);
    expect(score(a, b, "en", 71)).toBeNull();
    // 69.2% never passes 70 by rounding
    expect(score("a b c d e f g h i j k l m", "a b c d e f g h i x y z w", "en", 70)).toBeNull();
  });
  it("accounts for length: a longer candidate is penalised by the words it adds", () => {
    expect(score("Le chat dort.", "Le chat dort sur le canapé.")).toBe(57);
  });
});

/** The edit distance in half edits, the plain way, to check the bounded one against. */
function naiveDistance(a: string[], b: string[]): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? 2 * j : j === 0 ? 2 * i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 1 : 2;
      d[i]![j] = Math.min(d[i - 1]![j - 1]! + cost, d[i - 1]![j]! + 2, d[i]![j - 1]! + 2);
    }
  }
  return d[a.length]![b.length]!;
}

describe("bounded distance", () => {
  const seq = (tokens: string[]) => ({ tokens, lower: tokens.map((t) => t.toLowerCase()) });
  it("equals the full computation when within the limit, and says 'over' otherwise", () => {
    const word = fc.constantFrom("a", "A", "b", "c", "dd", "e", "F", "f");
    fc.assert(
      fc.property(fc.array(word, { maxLength: 24 }), fc.array(word, { maxLength: 24 }), fc.integer({ min: 0, max: 50 }), (a, b, limit) => {
        const exact = naiveDistance(a, b);
        const bounded = boundedDistance(seq(a), seq(b), limit);
        expect(bounded).toBe(exact <= limit ? exact : limit + 1);
      }),
      { numRuns: 4000 },
    );
  });
});
