/**
 * `glossa user set-password USERNAME`: the way in for an admin (or anyone) who cannot sign in.
 * The password never comes from the command line, where other users of the machine can read it
 * (ps, shell history): it is typed at a hidden prompt when stdin is a terminal, read from the
 * first line of stdin otherwise (or always with --password-stdin).
 */
import type { Db } from "./db/client";
import { AppError } from "./errors";
import { setPassword } from "./services/users";

/** Reads stdin to its end and returns its first line (a trailing CR or LF is not part of it). */
async function firstLineOf(stream: NodeJS.ReadStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString("utf8").split(/\r?\n/)[0] ?? "";
}

/** Asks on stderr and reads one line from the terminal without echoing it. */
function promptHidden(question: string, stdin: NodeJS.ReadStream): Promise<string> {
  process.stderr.write(question);
  return new Promise((resolve, reject) => {
    let typed = "";
    const done = (error?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off("data", onData);
      process.stderr.write("\n");
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (data: Buffer) => {
      for (const ch of data.toString("utf8")) {
        if (ch === "\r" || ch === "\n") return done();
        if (ch === "\u0003" || ch === "\u0004") return done(new AppError("VALIDATION", "cancelled"));
        if (ch === "\u007f" || ch === "\b") typed = Array.from(typed).slice(0, -1).join("");
        else typed += ch;
      }
    };
    stdin.setRawMode(true);
    stdin.resume();
    stdin.on("data", onData);
  });
}

/**
 * Runs `glossa user set-password USERNAME [--password-stdin]`; returns the exit code.
 *
 * @example
 * // echo 'a long new secret' | glossa user set-password admin --password-stdin
 * await runUserCommand({ db, args: ["set-password", "admin"], passwordStdin: true });
 */
export async function runUserCommand({ db, args, passwordStdin, stdin = process.stdin }: { db: Db; args: string[]; passwordStdin: boolean; stdin?: NodeJS.ReadStream }): Promise<number> {
  const [action, username, extra] = args;
  if (action !== "set-password" || !username || extra !== undefined) {
    throw new AppError("VALIDATION", "usage: glossa user set-password USERNAME [--password-stdin]");
  }
  let password: string;
  if (stdin.isTTY && !passwordStdin) {
    password = await promptHidden(`New password for ${username}: `, stdin);
    if ((await promptHidden("Again: ", stdin)) !== password) throw new AppError("VALIDATION", "the two passwords differ");
  } else {
    password = await firstLineOf(stdin);
  }
  if (!password) throw new AppError("VALIDATION", "no password given on stdin");
  const user = await setPassword({ db, input: { username, password } });
  console.log(`password of ${user.username} changed`);
  return 0;
}
