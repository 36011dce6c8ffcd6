/**
 * Where a translation's text came from: `human` (typed or post-edited by a person), `mt:<provider>`
 * (machine output, e.g. `mt:deepl`), `tm:<score>` (a translation-memory match, 0…101) or
 * `xliff` (people's work carried in an imported file). Pure.
 */

/** Provider names: lower-case letters, digits, `.`, `_` and `-`, at most 40 characters. */
export const PROVIDER_NAME = /^[a-z0-9][a-z0-9._-]{0,39}$/;
const ORIGIN = /^(?:human|xliff|mt:([a-z0-9][a-z0-9._-]{0,39})|tm:(\d{1,3}))$/;

export type OriginKind = "human" | "mt" | "tm" | "xliff";
export type ParsedOrigin = { kind: OriginKind; provider?: string; score?: number };

/**
 * Reads an origin string, or undefined when it is none of the known shapes.
 *
 * @example
 * parseOrigin("mt:deepl") // { kind: "mt", provider: "deepl" }
 * parseOrigin("tm:87")    // { kind: "tm", score: 87 }
 * parseOrigin("tm:102")   // undefined
 */
export function parseOrigin(origin: string): ParsedOrigin | undefined {
  const m = ORIGIN.exec(origin);
  if (!m) return undefined;
  if (m[1] !== undefined) return { kind: "mt", provider: m[1] };
  if (m[2] !== undefined) {
    const score = Number(m[2]);
    return score <= 101 ? { kind: "tm", score } : undefined;
  }
  return { kind: origin as "human" | "xliff" };
}

/** Whether the text is machine output of some provider. */
export const isMachineOrigin = (origin: string): boolean => origin.startsWith("mt:");

/** The provider of a machine origin (`mt:deepl` -> `deepl`), else undefined. */
export const providerOf = (origin: string): string | undefined => (isMachineOrigin(origin) ? origin.slice(3) : undefined);
