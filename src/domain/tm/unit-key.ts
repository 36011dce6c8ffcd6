/**
 * A number that stands for a unit's two languages and texts whatever their direction, so an
 * import finds "fr: Bonjour / en: Hello" already present as "en: Hello / fr: Bonjour". Equal
 * keys are compared text by text before anything is called a duplicate.
 */

/** 53-bit string hash (two 32-bit multiplicative hashes mixed; fits a JavaScript number exactly). */
function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * @example
 * unitKey("fr", "Bonjour", "en", "Hello") === unitKey("en", "Hello", "fr", "Bonjour") // true
 */
export function unitKey(langA: string, textA: string, langB: string, textB: string): number {
  const [first, second] = langA <= langB ? [[langA, textA], [langB, textB]] : [[langB, textB], [langA, textA]];
  return hash53(`${first[0]}\u0000${first[1]}\u0000${second[0]}\u0000${second[1]}`);
}
