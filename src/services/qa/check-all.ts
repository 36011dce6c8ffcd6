import type { Db } from "../../db/client";
import { articles } from "../../db/schema";
import type { SpellingService } from "../spelling/service";
import { runArticleQa } from "./run-segment";

/** Runs every check on every article (used once after loading the demo). */
export async function checkAllArticles({ db, spelling }: { db: Db; spelling: SpellingService }): Promise<number> {
  let flagged = 0;
  for (const { id } of db.select({ id: articles.id }).from(articles).all()) flagged += (await runArticleQa({ db, spelling, input: { articleId: id } })).length;
  return flagged;
}
