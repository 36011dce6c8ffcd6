/**
 * XLIFF 2 fragment identifiers (`#/f=f1/u=u1/n=n1`, `#m1`, `#t=m2`): their syntax and the order
 * of their selectors, as the core specification defines them.
 */

/** Prefixes of the core, of the modules and of registered extensions (tbx). */
const KNOWN = new Set(["f", "g", "u", "n", "d", "t", "mtc", "gls", "mda", "res", "ctr", "slr", "val", "its", "fs", "pgs", "tbx"]);
const NMTOKEN = /^[\p{L}\p{N}._:\-\u00B7\u0300-\u036F\u203F-\u2040]+$/u;

export type Selector = { prefix?: string; id: string };

/**
 * Parses the fragment of a `#…` reference; returns the selectors or the reason it is malformed.
 *
 * @example
 * parseFragment("#/f=f1/u=u1/n=n1") // { selectors: [{prefix:"f",id:"f1"},{prefix:"u",id:"u1"},{prefix:"n",id:"n1"}] }
 * parseFragment("#/u=u1/f=f1")      // { error: "…" }
 */
export function parseFragment(ref: string): { selectors: Selector[] } | { error: string } {
  const body = ref.slice(1).replace(/^\//, "");
  if (!body) return { error: `"${ref}" selects nothing` };
  const selectors: Selector[] = [];
  for (const part of body.split("/")) {
    const eq = part.indexOf("=");
    if (eq < 0) {
      if (!NMTOKEN.test(part)) return { error: `"${part}" in "${ref}" is not an id` };
      selectors.push({ id: part });
      continue;
    }
    const prefix = part.slice(0, eq);
    const id = part.slice(eq + 1);
    if (!NMTOKEN.test(prefix) || prefix.includes(":")) return { error: `the prefix "${prefix}" in "${ref}" is not an NMTOKEN` };
    if (!KNOWN.has(prefix)) return { error: `the prefix "${prefix}" in "${ref}" is not a registered XLIFF prefix` };
    if (!NMTOKEN.test(id)) return { error: `"${id}" in "${ref}" is not an id` };
    selectors.push({ prefix, id });
  }
  const order = (s: Selector) => (s.prefix === "f" ? 0 : s.prefix === "g" ? 1 : s.prefix === "u" ? 2 : 3);
  for (let i = 1; i < selectors.length; i++) {
    if (order(selectors[i]!) < order(selectors[i - 1]!)) return { error: `the selectors of "${ref}" are out of order (file, group, unit, then one leaf)` };
  }
  for (const p of ["f", "u"]) if (selectors.filter((s) => s.prefix === p).length > 1) return { error: `"${p}=" appears twice in "${ref}"` };
  const leaves = selectors.filter((s) => order(s) === 3);
  if (leaves.length > 1) return { error: `"${ref}" has more than one leaf selector` };
  if (leaves.length === 1 && selectors[selectors.length - 1] !== leaves[0]) return { error: `the leaf selector of "${ref}" is not last` };
  return { selectors };
}
