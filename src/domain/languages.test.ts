import { describe, expect, it } from "vitest";
import { LANGUAGES, isLang, parseLang } from "./languages";

describe("parseLang", () => {
  it("maps region and script variants to our four codes", () => {
    expect(parseLang("zh-Hans")).toBe("zh");
    expect(parseLang("zh-CN")).toBe("zh");
    expect(parseLang("fr-FR")).toBe("fr");
    expect(parseLang("en-US")).toBe("en");
    expect(parseLang("en-GB")).toBe("en");
    expect(parseLang("hu-HU")).toBe("hu");
    expect(parseLang("HU")).toBe("hu");
    expect(parseLang("en_US")).toBe("en");
  });
  it("rejects languages we do not work in", () => {
    expect(parseLang("de")).toBeUndefined();
    expect(parseLang("")).toBeUndefined();
    expect(parseLang(undefined)).toBeUndefined();
    expect(parseLang("x-klingon")).toBeUndefined();
  });
  it("isLang accepts exactly the tuple", () => {
    for (const lang of LANGUAGES) expect(isLang(lang)).toBe(true);
    expect(isLang("fr-FR")).toBe(false);
  });
});
