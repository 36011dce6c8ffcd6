import { Hono, type Context } from "hono";
import { z } from "zod";
import type { AppDeps, AppEnv } from "../app-types";
import { requireUser } from "../auth/guards";
import { may } from "../domain/access";
import type { Lang } from "../domain/languages";
import { AppError } from "../errors";
import { addWord, listWords, removeWord } from "../services/word-list";
import { readJson, requireLangParam } from "./validation";

/** The project word list per language: words the spelling check accepts. */
export function wordListRoutes({ db }: AppDeps) {
  const app = new Hono<AppEnv>();
  app.get("/api/wordlist/:lang", (c) => {
    requireUser(c);
    const lang = requireLangParam(c.req.param("lang"));
    return c.json({ lang, words: listWords({ db, input: { lang } }) });
  });
  const editor = (c: Context<AppEnv>, lang: Lang) => {
    const user = requireUser(c);
    if (!may.editWordList(user, lang)) throw new AppError("FORBIDDEN", `The ${lang} word list is kept by terminologists and reviewers of ${lang}`);
    return user;
  };
  app.post("/api/wordlist/:lang", async (c) => {
    const lang = requireLangParam(c.req.param("lang"));
    const user = editor(c, lang);
    const { word } = await readJson(c, z.object({ word: z.string() }));
    addWord({ db, input: { lang, word }, actorId: user.id });
    return c.json({ lang, words: listWords({ db, input: { lang } }) }, 201);
  });
  app.delete("/api/wordlist/:lang/:word", (c) => {
    const lang = requireLangParam(c.req.param("lang"));
    const user = editor(c, lang);
    removeWord({ db, input: { lang, word: c.req.param("word") }, actorId: user.id });
    return c.body(null, 204);
  });
  return app;
}
