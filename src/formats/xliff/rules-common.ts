/** What the XLIFF 2 rule checks share: the core namespaces, the inline codes, the problem list. */
import type { XElement } from "./xml-tree";

export const XLIFF2_NAMESPACES = ["urn:oasis:names:tc:xliff:document:2.0", "urn:oasis:names:tc:xliff:document:2.2"];
export const INLINE_CODES = new Set(["ph", "pc", "sc", "ec"]);
export type Problems = { add(line: number, message: string): void };
export type Code = { el: XElement; side: "source" | "target"; partIndex: number };
export const isCore = (el: XElement) => XLIFF2_NAMESPACES.includes(el.ns);
export const isCoreEl = (el: XElement, local: string) => isCore(el) && el.local === local;
