import { describe, expect, it } from "vitest";
import { loadConfig } from "../config";
import { buildRegistry, publicInfo } from "./registry";

describe("MT configuration from the environment", () => {
  it("configures nothing by default", () => {
    const config = loadConfig({});
    expect(buildRegistry(config.mt).providers).toEqual([]);
    expect(buildRegistry(config.mt).pick()).toBeNull();
  });

  it("builds each configured provider, the default first named by GLOSSA_MT_DEFAULT, and shows no key or URL", () => {
    const config = loadConfig({
      GLOSSA_MT_DEEPL_KEY: "deepl-key-abcdef:fx",
      GLOSSA_MT_MICROSOFT_KEY: "ms-key-abcdef",
      GLOSSA_MT_MICROSOFT_REGION: "westeurope",
      GLOSSA_MT_LIBRETRANSLATE_URL: "http://libre.internal:5000",
      GLOSSA_MT_OPENAI_URL: "http://ollama.internal:11434/v1",
      GLOSSA_MT_OPENAI_MODEL: "qwen2.5",
      GLOSSA_MT_DEFAULT: "openai",
      GLOSSA_MT_GOOGLE_KEY: "",
    });
    const registry = buildRegistry(config.mt);
    expect(registry.providers.map((p) => p.name)).toEqual(["deepl", "microsoft", "libretranslate", "openai"]);
    expect(registry.pick()?.name).toBe("openai");
    expect(registry.pick("deepl")?.name).toBe("deepl");
    expect(registry.pick("google")).toBeNull();
    const shown = JSON.stringify(publicInfo(registry));
    for (const secret of ["deepl-key-abcdef", "ms-key-abcdef", "libre.internal", "ollama.internal"]) expect(shown).not.toContain(secret);
    expect(publicInfo(registry).find((p) => p.isDefault)?.label).toBe("OpenAI-compatible (qwen2.5)");
  });

  it("refuses half a provider and a default that is not configured, in one message", () => {
    expect(() => loadConfig({ GLOSSA_MT_OPENAI_URL: "http://x:1/v1", GLOSSA_MT_DEFAULT: "deepl" })).toThrow(/GLOSSA_MT_OPENAI_URL and GLOSSA_MT_OPENAI_MODEL[\s\S]*GLOSSA_MT_DEFAULT names deepl/);
    expect(() => loadConfig({ GLOSSA_MT_LIBRETRANSLATE_URL: "ftp://x" })).toThrow(/GLOSSA_MT_LIBRETRANSLATE_URL/);
  });
});
