import { describe, expect, it } from "vitest";
import { SpellingEngine } from "./engine";

describe("SpellingEngine", () => {
  it("shares one WebAssembly module: engines check side by side, and one's dispose leaves the other working", async () => {
    const first = await new SpellingEngine().init(["fr"]);
    const second = await new SpellingEngine().init(["fr"]);
    expect(first.hunspellSpell("fr", "magasin")).toBe(true);
    expect(second.hunspellSpell("fr", "magaisn")).toBe(false);
    first.dispose();
    first.dispose();
    expect(second.hunspellSpell("fr", "magasin")).toBe(true);
    expect(second.isCorrect("fr", "magasins")).toBe(true);
    second.dispose();
  });
});
