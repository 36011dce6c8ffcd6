/**
 * The review page on a 2,000-segment article: time to first render of one page (paragraph
 * pagination, what the server sends) against rendering every segment at once (the naive page),
 * both through the real app on a `:memory:` database with the UNESCO termbase loaded.
 *
 *   npx tsx bench/review.ts
 */
import { createApp } from "../src/app";
import { testConfig } from "../src/config";
import { openDatabase } from "../src/db/client";
import { importGlossaryFile } from "../src/services/glossary";
import { reviewPage } from "../src/services/review";
import { addUserForBench } from "./support";
import { renderToString } from "./render";

const db = openDatabase(":memory:");
const config = testConfig();
const app = createApp({ db, config });
await importGlossaryFile({ db, path: new URL("../glossary/unesco.tbx", import.meta.url).pathname });
const { token } = await addUserForBench(db);

const sentences = ["Le secrétaire général a salué le développement durable et le patrimoine culturel.", "Les deux parties ont engagé des échanges sur l'intelligence artificielle.", "Le centre d'art numérique se trouve à Wangfujing."];
const text = Array.from({ length: 400 }, (_, p) => Array.from({ length: 5 }, (_, i) => `${sentences[(p + i) % 3]!.slice(0, -1)} (${p}.${i}).`).join(" ")).join("\n\n");
const created = await (await app.request("/api/articles", { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: JSON.stringify({ title: "Long", sourceLang: "fr", text }) })).json();
console.log(`article: ${created.segments.length} segments`);

async function time(label: string, runs: number, fn: () => Promise<number>): Promise<number> {
  await fn();
  const start = performance.now();
  let bytes = 0;
  for (let i = 0; i < runs; i++) bytes = await fn();
  const ms = (performance.now() - start) / runs;
  console.log(`${label}: ${ms.toFixed(1)} ms per page, ${(bytes / 1024).toFixed(0)} KiB`);
  return ms;
}

const paged = await time("paginated page (what /articles/:id/:lang serves)", 20, async () => {
  const res = await app.request(`/articles/${created.id}/hu`, { headers: { authorization: `Bearer ${token}` } });
  return (await res.text()).length;
});
const naive = await time("every segment on one page (naive baseline)", 3, async () => renderToString(reviewPage({ db, input: { articleId: created.id, lang: "hu", pageSize: Number.MAX_SAFE_INTEGER } })));
console.log(`ratio: the paginated page renders ${(naive / paged).toFixed(1)}x faster than the naive one`);
