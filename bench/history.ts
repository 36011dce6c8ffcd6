/**
 * Translation history: the cost of GET /api/segments/:id/translations/:lang/history for three
 * Chinese revisions of 1,000, 5,000 and 20,000 characters (each unrelated to the one before,
 * the worst case for a diff), through the real app. Baseline, measured in the same run: what
 * each request used to do, a character diff of every revision against the one before with no
 * bound (`diffChars`). The history should stay flat; the baseline grows with length × edits.
 *
 *   npx tsx bench/history.ts
 */
import { diffChars } from "diff";
import { createApp } from "../src/app";
import { testConfig } from "../src/config";
import { openDatabase } from "../src/db/client";
import { importArticle } from "../src/services/articles";
import { addUserForBench } from "./support";

const LENGTHS = [1_000, 5_000, 20_000];
const HAN = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条";

function text(length: number, seed: number): string {
  let s = seed;
  return Array.from({ length }, () => HAN[(s = (s * 1103515245 + 12345) % 2147483648) % HAN.length]).join("");
}

async function time(runs: number, fn: () => unknown | Promise<unknown>, warmUp = true): Promise<number> {
  if (warmUp) await fn();
  const start = performance.now();
  for (let i = 0; i < runs; i++) await fn();
  return (performance.now() - start) / runs;
}

const db = openDatabase(":memory:");
const app = createApp({ db, config: testConfig({ maxBodyBytes: 8 * 1024 * 1024 }) });
const { token } = await addUserForBench(db);
const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };

const rows: { length: number; history: number; baseline: number }[] = [];
for (const length of LENGTHS) {
  const article = importArticle({ db, input: { title: `Long ${length}`, sourceLang: "fr", text: "Une phrase." } });
  const segmentId = article.segments[1]!.id;
  const revisions = [1, 2, 3].map((seed) => text(length, seed * 7 + length));
  for (const [version, revision] of revisions.entries()) {
    const res = await app.request(`/api/segments/${segmentId}/translations/zh`, { method: "PUT", headers, body: JSON.stringify({ text: revision, version }) });
    if (res.status !== 200) throw new Error(`save failed: ${res.status} ${await res.text()}`);
  }
  const history = await time(20, async () => (await app.request(`/api/segments/${segmentId}/translations/zh/history`, { headers })).json());
  // The baseline takes seconds to minutes: one run, no warm-up, past 1,000 characters.
  const baseline = await time(length > 1_000 ? 1 : 3, () => revisions.map((r, i) => diffChars(revisions[i - 1] ?? "", r)), length <= 1_000);
  rows.push({ length, history, baseline });
  console.log(`${String(length).padStart(6)} characters: history ${history.toFixed(1)} ms per request; unbounded diff per request (baseline) ${baseline.toFixed(0)} ms; ratio ${(baseline / history).toFixed(0)}x`);
}
const first = rows[0]!;
const last = rows.at(-1)!;
console.log(`growth from ${first.length} to ${last.length} characters (${last.length / first.length}x longer): history ${(last.history / first.history).toFixed(1)}x, baseline ${(last.baseline / first.baseline).toFixed(0)}x`);
