import { Hono } from "hono";
import { z } from "zod";
import type { AppDeps, AppEnv } from "../app-types";
import { requireRole, requireUser } from "../auth/guards";
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
  app.post("/api/wordlist/:lang", async (c) => {
    const user = requireRole(c, "reviewer", "terminologist");
    const lang = requireLangParam(c.req.param("lang"));
    const { word } = await readJson(c, z.object({ word: z.string() }));
    addWord({ db, input: { lang, word }, actorId: user.id });
    return c.json({ lang, words: listWords({ db, input: { lang } }) }, 201);
  });
  app.delete("/api/wordlist/:lang/:word", (c) => {
    const user = requireRole(c, "reviewer", "terminologist");
    const lang = requireLangParam(c.req.param("lang"));
    removeWord({ db, input: { lang, word: c.req.param("word") }, actorId: user.id });
    return c.body(null, 204);
  });
  return app;
}
