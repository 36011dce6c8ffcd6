/**
 * DeepL glossaries (v2 API): one per language pair and termbase content, created on first use,
 * found again by name after a restart, and the pair's older Glossa glossaries deleted once a newer
 * one exists. A pair DeepL has no glossaries for (glossary-language-pairs) gets none: terminology
 * then rests on the check after translation.
 */
import { createHash } from "node:crypto";
import type { Lang } from "../domain/languages";
import { MtError } from "./errors";
import type { HttpClient } from "./http";
import { DEEPL_GLOSSARY } from "./lang-codes";
import type { MtGlossary } from "./types";

type GlossaryInfo = { glossary_id: string; name: string; ready: boolean };
const NAME_PREFIX = "glossa";
const READY_POLLS = 10;
const READY_WAIT_MS = 300;

/**
 * The glossary as DeepL's TSV: one `source<TAB>target` line per term, no tabs or line ends inside,
 * no surrounding spaces, each source once (the first, preferred, wins).
 *
 * @example
 * glossaryTsv([{ source: "patrimoine culturel", target: "kulturális örökség" }]) // "patrimoine culturel\tkulturális örökség"
 */
export function glossaryTsv(entries: MtGlossary["entries"]): string {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const e of entries) {
    const source = e.source.replace(/[\t\r\n]+/g, " ").trim();
    const target = e.target.replace(/[\t\r\n]+/g, " ").trim();
    if (!source || !target || seen.has(source)) continue;
    seen.add(source);
    lines.push(`${source}\t${target}`);
  }
  return lines.join("\n");
}

export class DeeplGlossaries {
  private readonly ids = new Map<string, Promise<string | null>>();
  private pairs?: Promise<Set<string> | null>;

  constructor(
    private readonly http: HttpClient,
    private readonly baseUrl: string,
    private readonly headers: Record<string, string>,
  ) {}

  /** The id of the glossary for this pair and content, or null when the pair has none. */
  idFor(sourceLang: Lang, targetLang: Lang, glossary: MtGlossary): Promise<string | null> {
    const tsv = glossaryTsv(glossary.entries);
    if (!tsv) return Promise.resolve(null);
    const src = DEEPL_GLOSSARY[sourceLang];
    const tgt = DEEPL_GLOSSARY[targetLang];
    const name = `${NAME_PREFIX} ${src}-${tgt} ${createHash("sha256").update(tsv).digest("hex").slice(0, 16)}`;
    let id = this.ids.get(name);
    if (!id) {
      id = this.resolve(src, tgt, name, tsv);
      this.ids.set(name, id);
      // A failure is not remembered: the next batch tries again.
      id.catch(() => this.ids.delete(name));
    }
    return id;
  }

  private async resolve(src: string, tgt: string, name: string, tsv: string): Promise<string | null> {
    const pairs = await this.supportedPairs();
    if (pairs && !pairs.has(`${src}>${tgt}`)) return null;
    const existing = await this.list();
    const found = existing.find((g) => g.name === name);
    const id = found ? (found.ready ? found.glossary_id : await this.waitReady(found.glossary_id)) : await this.create(src, tgt, name, tsv);
    if (id) {
      const older = existing.filter((g) => g.name.startsWith(`${NAME_PREFIX} ${src}-${tgt} `) && g.name !== name);
      for (const g of older) await this.http.text({ url: `${this.baseUrl}/v2/glossaries/${encodeURIComponent(g.glossary_id)}`, method: "DELETE", headers: this.headers }).catch(() => undefined);
    }
    return id;
  }

  private supportedPairs(): Promise<Set<string> | null> {
    this.pairs ??= this.http
      .json({ url: `${this.baseUrl}/v2/glossary-language-pairs`, headers: this.headers })
      .then((data) => {
        const list = (data as { supported_languages?: Array<{ source_lang?: string; target_lang?: string }> } | null)?.supported_languages;
        if (!Array.isArray(list)) return null;
        return new Set(list.map((p) => `${String(p.source_lang).toLowerCase()}>${String(p.target_lang).toLowerCase()}`));
      })
      .catch((e: unknown) => {
        this.pairs = undefined;
        if (e instanceof MtError && (e.kind === "auth" || e.kind === "quota")) throw e;
        return null; // unknown: try to create and let DeepL say
      });
    return this.pairs;
  }

  private async list(): Promise<GlossaryInfo[]> {
    const data = (await this.http.json({ url: `${this.baseUrl}/v2/glossaries`, headers: this.headers })) as { glossaries?: GlossaryInfo[] } | null;
    return Array.isArray(data?.glossaries) ? data.glossaries.filter((g) => typeof g?.glossary_id === "string" && typeof g.name === "string") : [];
  }

  private async create(src: string, tgt: string, name: string, tsv: string): Promise<string | null> {
    try {
      const data = (await this.http.json({
        url: `${this.baseUrl}/v2/glossaries`,
        method: "POST",
        headers: this.headers,
        json: { name, source_lang: src, target_lang: tgt, entries: tsv, entries_format: "tsv" },
      })) as Partial<GlossaryInfo> | null;
      if (typeof data?.glossary_id !== "string") throw new MtError("deepl", "bad-response", "the glossary answer has no glossary_id");
      return data.ready === false ? await this.waitReady(data.glossary_id) : data.glossary_id;
    } catch (e) {
      // A pair or an entry DeepL refuses: translate without the glossary, the check after tells.
      if (e instanceof MtError && e.kind === "bad-request") return null;
      throw e;
    }
  }

  private async waitReady(id: string): Promise<string | null> {
    for (let i = 0; i < READY_POLLS; i++) {
      const info = (await this.http.json({ url: `${this.baseUrl}/v2/glossaries/${encodeURIComponent(id)}`, headers: this.headers })) as Partial<GlossaryInfo> | null;
      if (info?.ready !== false) return id;
      await new Promise((r) => setTimeout(r, READY_WAIT_MS));
    }
    return null;
  }
}
