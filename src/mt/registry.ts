/**
 * The configured providers, built once per configuration. What the browser and the API may see
 * of them is `publicInfo`: names, labels and how each enforces terminology, never a key or URL.
 */
import type { MtConfig } from "../config";
import { DeeplProvider } from "./deepl";
import { GoogleProvider } from "./google";
import { LibreTranslateProvider } from "./libretranslate";
import { MicrosoftProvider } from "./microsoft";
import { OpenAiProvider } from "./openai";
import { DEFAULT_HTTP_POLICY, PROVIDER_NAMES, type GlossarySupport, type HttpPolicy, type MtProvider, type ProviderName } from "./types";

export type MtRegistry = {
  providers: MtProvider[];
  /** the provider named, or the default; null when none is configured */
  pick(name?: string): MtProvider | null;
};
export type ProviderInfo = { name: ProviderName; label: string; glossarySupport: GlossarySupport; isDefault: boolean };

/**
 * @example
 * const registry = buildRegistry({ deepl: { key }, timeoutMs: 30_000 });
 * registry.pick("deepl")?.translate({ sourceLang: "fr", targetLang: "hu", segments });
 */
export function buildRegistry(mt: MtConfig, policy: Partial<HttpPolicy> = {}): MtRegistry {
  const p: HttpPolicy = { ...DEFAULT_HTTP_POLICY, timeoutMs: mt.timeoutMs, ...policy };
  const built: Record<ProviderName, MtProvider | undefined> = {
    deepl: mt.deepl && new DeeplProvider(mt.deepl, p),
    google: mt.google && new GoogleProvider(mt.google, p),
    microsoft: mt.microsoft && new MicrosoftProvider(mt.microsoft, p),
    libretranslate: mt.libretranslate && new LibreTranslateProvider(mt.libretranslate, p),
    openai: mt.openai && new OpenAiProvider(mt.openai, p),
  };
  const providers = PROVIDER_NAMES.map((n) => built[n]).filter((x): x is MtProvider => x !== undefined);
  const fallback = (mt.defaultProvider && built[mt.defaultProvider]) || providers[0] || null;
  return {
    providers,
    pick: (name) => (name ? (providers.find((x) => x.name === name) ?? null) : fallback),
  };
}

const registries = new WeakMap<MtConfig, MtRegistry>();

/** The registry of a configuration, built on first use (clients keep glossary ids and limits). */
export function registryFor(mt: MtConfig): MtRegistry {
  let registry = registries.get(mt);
  if (!registry) registries.set(mt, (registry = buildRegistry(mt)));
  return registry;
}

/** What may be shown of the providers: no key, no URL. */
export function publicInfo(registry: MtRegistry): ProviderInfo[] {
  const fallback = registry.pick();
  return registry.providers.map((x) => ({ name: x.name, label: x.label, glossarySupport: x.glossarySupport, isDefault: x === fallback }));
}
