/**
 * How a fast JavaScript reading of a dictionary agrees with Hunspell on a list of words, for
 * the tests that hold the readings to Hunspell's answers.
 */

/**
 * `ours` answers a question about each word ("known?", "refused?") and `theirs` answers the
 * same one from Hunspell: the words ours answers yes and Hunspell no (which must be none), and
 * how many each answers yes.
 *
 * @example
 * agreement(words, acceptor("fr"), (w) => engine.hunspellSpell("fr", w)) // { wrong: [], ours: 5102, theirs: 5361 }
 */
export function agreement(words: Iterable<string>, ours: (word: string) => boolean, theirs: (word: string) => boolean): { wrong: string[]; ours: number; theirs: number } {
  const result = { wrong: [] as string[], ours: 0, theirs: 0 };
  for (const word of words) {
    const yes = ours(word);
    const theirYes = theirs(word);
    if (yes) result.ours++;
    if (theirYes) result.theirs++;
    if (yes && !theirYes) result.wrong.push(word);
  }
  return result;
}
