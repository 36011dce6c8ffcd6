/**
 * Termbase import: Glossa's import (plan with maps built once, then batches of 250 concepts in
 * short transactions) against the naive import it replaced (a query per entry looking for an
 * existing concept with the same preferred term, `lower(text) = lower(?)` scanning every term),
 * on synthetic TBX-Basic files of 5,000 and 50,000 concepts (four languages, two terms each,
 * a definition and a context with sources), each into an empty database.
 *
 * The naive lookup is timed on its own, on the same databases: at 50,000 concepts it is
 * measured on a sample of entries and extrapolated (it took minutes on the whole file).
 * The figure to watch: time per concept at 50k divided by time per concept at 5k — about 1
 * for a linear import, about 10 for a quadratic one.
 *
 *   npx tsx bench/glossary-import.ts
 */
import { sql } from "drizzle-orm";
import { openDatabase, type Db } from "../src/db/client";
import { writeTbx } from "../src/formats/tbx/writer";
import type { ConceptDoc, TermbaseDoc } from "../src/formats/tbx/model";
import { importTermbase, parseTermbaseFile } from "../src/services/glossary";
import { seededRandom } from "./ntrex";

const LANGS = ["fr", "en", "zh", "hu"] as const;
const NAIVE_SAMPLE = 500;

function syntheticDoc(count: number): TermbaseDoc {
  const random = seededRandom(7);
  const word = () => Math.floor(random() * 36 ** 6).toString(36);
  const concepts: ConceptDoc[] = [];
  for (let i = 0; i < count; i++) {
    const languages: ConceptDoc["languages"] = {};
    for (const lang of LANGS) {
      languages[lang] = {
        definitions: [{ text: `definition ${word()} ${word()}`, sources: [`source ${word()}`] }],
        terms: [
          { text: `${word()} ${word()}`, status: "preferred", partOfSpeech: "noun", contexts: [{ text: `context ${word()} ${word()}`, sources: [`https://example.org/${word()}`] }] },
          { text: `${word()}`, status: "admitted", type: "shortForm" },
        ],
      };
    }
    concepts.push({ externalId: `c${i + 1}`, subjectField: "bench", languages });
  }
  return { title: `bench ${count}`, concepts };
}

/** The lookup the old import made for each entry (no index can serve lower(text)). */
function naiveLookups(db: Db, doc: TermbaseDoc, sample: number): number {
  const started = performance.now();
  for (const c of doc.concepts.slice(0, sample)) {
    for (const [lang, s] of Object.entries(c.languages)) {
      const preferred = s.terms.find((t) => t.status === "preferred")!;
      db.get(sql`select concept_id from terms where lang = ${lang} and status = 'preferred' and lower(text) = lower(${preferred.text}) limit 1`);
    }
  }
  return (performance.now() - started) / sample;
}

async function run(count: number) {
  const xml = writeTbx(syntheticDoc(count));
  const db = openDatabase(":memory:");
  const started = performance.now();
  const { doc } = await parseTermbaseFile(new TextEncoder().encode(xml), "tbx");
  const parsed = performance.now();
  const result = await importTermbase({ db, input: { doc, origin: `bench ${count}` } });
  const done = performance.now();
  if (result.created !== count) throw new Error(`expected ${count} created, got ${result.created}`);
  // The naive per-entry lookup against a termbase of this size (the one just imported).
  const naivePerConcept = naiveLookups(db, doc, Math.min(count, NAIVE_SAMPLE));
  return { count, mb: xml.length / 1048576, parseMs: parsed - started, importMs: done - parsed, perConcept: (done - started) / count, naivePerConcept };
}

const small = await run(5_000);
const large = await run(50_000);
for (const r of [small, large]) {
  console.log(
    `${String(r.count).padStart(6)} concepts (${r.mb.toFixed(1)} MB): parse ${(r.parseMs / 1000).toFixed(2)} s, import ${(r.importMs / 1000).toFixed(2)} s, ` +
      `${(r.perConcept * 1000).toFixed(0)} µs/concept; naive duplicate lookup alone ${(r.naivePerConcept * 1000).toFixed(0)} µs/concept (${(r.naivePerConcept * r.count / 1000).toFixed(1)} s for the file)`,
  );
}
console.log(`growth per concept, 50k vs 5k: Glossa ${(large.perConcept / small.perConcept).toFixed(2)}x (linear = 1), naive lookup ${(large.naivePerConcept / small.naivePerConcept).toFixed(2)}x`);
console.log(`50k import, Glossa vs naive lookups alone: ${((large.perConcept * large.count) / (large.naivePerConcept * large.count)).toFixed(3)}x the time`);
