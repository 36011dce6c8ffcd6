import { and, eq } from "drizzle-orm";
import type { Db, DbOrTx } from "../db/client";
import { wordList } from "../db/schema";
import type { Lang } from "../domain/languages";
import { AppError } from "../errors";
import { recordAudit } from "./audit";
import { bumpVersion, readVersion } from "./versions";

const VERSION_KEY = "wordlist.version";

const bump = (tx: DbOrTx) => bumpVersion(tx, VERSION_KEY);
export const wordListVersion = (db: DbOrTx): string => readVersion(db, VERSION_KEY);

/** The project dictionary of one language ("add to dictionary"), alphabetical. */
export function listWords({ db, input }: { db: DbOrTx; input: { lang: Lang } }): string[] {
  return db.select({ word: wordList.word }).from(wordList).where(eq(wordList.lang, input.lang)).all().map((r) => r.word).sort((a, b) => a.localeCompare(b, input.lang));
}

/**
 * @example
 * addWord({ db, input: { lang: "hu", word: "Wangfujing" }, actorId })
 */
export function addWord({ db, input, actorId }: { db: Db; input: { lang: Lang; word: string }; actorId: number }): void {
  const word = input.word.normalize("NFC").trim();
  if (!word || /\s/.test(word) || word.length > 100) throw new AppError("VALIDATION", "A dictionary entry is one word of at most 100 characters");
  db.transaction((tx) => {
    const inserted = tx.insert(wordList).values({ lang: input.lang, word, addedBy: actorId }).onConflictDoNothing().returning().get();
    if (!inserted) return;
    bump(tx);
    recordAudit(tx, { userId: actorId, action: "wordlist.add", entity: "word", entityId: `${input.lang}:${word}`, after: { word } });
  });
}

export function removeWord({ db, input, actorId }: { db: Db; input: { lang: Lang; word: string }; actorId: number }): void {
  db.transaction((tx) => {
    const removed = tx.delete(wordList).where(and(eq(wordList.lang, input.lang), eq(wordList.word, input.word.normalize("NFC")))).returning().get();
    if (!removed) throw new AppError("NOT_FOUND", `“${input.word}” is not in the ${input.lang} word list`);
    bump(tx);
    recordAudit(tx, { userId: actorId, action: "wordlist.remove", entity: "word", entityId: `${input.lang}:${input.word}`, before: { word: input.word } });
  });
}
