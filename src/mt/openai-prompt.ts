/**
 * The prompt for chat-completion models and the reading of their answers. Models answer in many
 * ways (a fenced block, a thinking section first, a bare array, strings instead of objects), so
 * the reader looks for the first JSON value and accepts the shapes that carry a text per id.
 */
import type { Lang } from "../domain/languages";
import { LANGUAGE_IN_PROMPT } from "./lang-codes";
import type { MtTerm } from "./types";

export type ChatMessage = { role: "system" | "user"; content: string };
export type PromptItem = { id: number; text: string; terms: MtTerm[] };

/**
 * @example
 * buildMessages("fr", "hu", [{ id: 1, text: "Bonjour.", terms: [] }])[0].content // "You translate news text from French into Hungarian …"
 */
export function buildMessages(sourceLang: Lang, targetLang: Lang, items: readonly PromptItem[]): ChatMessage[] {
  const from = LANGUAGE_IN_PROMPT[sourceLang];
  const to = LANGUAGE_IN_PROMPT[targetLang];
  const system = [
    `You translate news text from ${from} into ${to} for a newsroom.`,
    `Answer with JSON only, no commentary: {"translations":[{"id":<id>,"text":"<translation>"}]}, one entry for each segment, with the same ids.`,
    "Rules:",
    "- Translate each segment completely and faithfully; add nothing, drop nothing.",
    `- Keep tags such as <g id="1">…</g>, <x id="2"/>, <bx id="3"/> and <ex id="3"/> exactly as written, around the words they mark.`,
    `- A segment's requiredTerms are the newsroom's termbase: render each source term with its target term, inflected as ${to} grammar needs.`,
    `- Keep names, numbers and dates exact; use the punctuation and quotation marks of ${to}.`,
  ].join("\n");
  const user = JSON.stringify({
    segments: items.map((i) => ({ id: i.id, text: i.text, ...(i.terms.length ? { requiredTerms: i.terms.map((t) => ({ source: t.source, target: t.target })) } : {}) })),
  });
  return [
    { role: "system", content: system },
    { role: "user", content: user },
  ];
}

/** The first complete JSON object or array in a text (strings and escapes respected). */
export function firstJsonValue(text: string): unknown {
  for (let start = text.search(/[[{]/); start >= 0; start = nextStart(text, start)) {
    const end = matchingEnd(text, start);
    if (end < 0) return undefined;
    try {
      return JSON.parse(text.slice(start, end + 1));
    } catch {
      // a bracket inside prose; look further
    }
  }
  return undefined;
}

function nextStart(text: string, from: number): number {
  const rest = text.slice(from + 1).search(/[[{]/);
  return rest < 0 ? -1 : from + 1 + rest;
}

function matchingEnd(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === "\\") i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === "{" || ch === "[") depth++;
    else if (ch === "}" || ch === "]") {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

const textOf = (entry: unknown): string | undefined => {
  if (typeof entry === "string") return entry;
  if (entry && typeof entry === "object") {
    const e = entry as Record<string, unknown>;
    for (const key of ["text", "translation", "target", "translatedText"]) if (typeof e[key] === "string") return e[key] as string;
  }
  return undefined;
};

/**
 * The translations in a model's answer, by id; ids it did not answer are missing from the map.
 * A batch of one also accepts an answer that is just the translated text.
 *
 * @example
 * parseAnswer('```json\n{"translations":[{"id":1,"text":"Jó napot."}]}\n```', [1]) // Map { 1 => "Jó napot." }
 */
export function parseAnswer(content: string, ids: readonly number[]): Map<number, string> {
  const cleaned = content.replace(/<think>[\s\S]*?<\/think>/gi, "").trim();
  const found = new Map<number, string>();
  const value = firstJsonValue(cleaned);
  const list = Array.isArray(value) ? value : value && typeof value === "object" ? ((value as Record<string, unknown>).translations ?? (value as Record<string, unknown>).segments) : undefined;
  if (Array.isArray(list)) {
    const positional = list.every((e) => typeof e === "string" || (e && typeof e === "object" && !("id" in e)));
    list.forEach((entry, k) => {
      const text = textOf(entry);
      const id = positional ? ids[k] : Number((entry as { id?: unknown }).id);
      if (text !== undefined && id !== undefined && ids.includes(id) && !found.has(id)) found.set(id, text);
    });
  } else if (value && typeof value === "object") {
    // { "1": "…", "2": "…" }
    for (const [key, entry] of Object.entries(value as Record<string, unknown>)) {
      const text = textOf(entry);
      if (text !== undefined && ids.includes(Number(key))) found.set(Number(key), text);
    }
  }
  if (found.size === 0 && ids.length === 1 && value === undefined) {
    const plain = cleaned.replace(/^```[\w-]*\n?|\n?```$/g, "").trim().replace(/^"([\s\S]*)"$/, "$1");
    if (plain) found.set(ids[0]!, plain);
  }
  return found;
}
