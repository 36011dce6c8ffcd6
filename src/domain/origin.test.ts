import { describe, expect, it } from "vitest";
import { parseOrigin, providerOf } from "./origin";

describe("parseOrigin", () => {
  it("reads the four shapes", () => {
    expect(parseOrigin("human")).toEqual({ kind: "human" });
    expect(parseOrigin("xliff")).toEqual({ kind: "xliff" });
    expect(parseOrigin("mt:deepl")).toEqual({ kind: "mt", provider: "deepl" });
    expect(parseOrigin("mt:openai.llama-3_1")).toEqual({ kind: "mt", provider: "openai.llama-3_1" });
    expect(parseOrigin("tm:0")).toEqual({ kind: "tm", score: 0 });
    expect(parseOrigin("tm:101")).toEqual({ kind: "tm", score: 101 });
  });
  it("refuses anything else", () => {
    for (const bad of ["", "Human", "mt:", "mt:Deep", "mt:a b", "mt:-x", "tm:102", "tm:-1", "tm:1.5", "xliff:1", " human"]) expect(parseOrigin(bad)).toBeUndefined();
  });
  it("names the provider of machine origins only", () => {
    expect(providerOf("mt:google")).toBe("google");
    expect(providerOf("tm:100")).toBeUndefined();
  });
});
