import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { Readable } from "node:stream";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runUserCommand } from "../src/cli-users";
import { testConfig } from "../src/config";
import { openDatabase } from "../src/db/client";
import { ensureAdmin } from "../src/db/seed";
import { authenticate } from "../src/services/users";
import { glossa } from "./support/cli";

/** A database file with the admin GLOSSA_ADMIN_TOKEN creates; returns its path and the printed lines. */
async function databaseWithAdmin() {
  const path = join(mkdtempSync(join(tmpdir(), "glossa-users-")), "g.db");
  const db = openDatabase(path);
  const printed: string[] = [];
  await ensureAdmin(db, testConfig({ dbPath: path, adminToken: "admin-token-123" }), (line) => printed.push(line));
  await ensureAdmin(db, testConfig({ dbPath: path, adminToken: "admin-token-123" }), (line) => printed.push(line));
  return { path, db, printed };
}

describe("the admin's way in", () => {
  it("prints a generated password once, when GLOSSA_ADMIN_TOKEN creates the admin, and it signs in", async () => {
    const { db, printed } = await databaseWithAdmin();
    expect(printed).toHaveLength(1);
    const password = /password[^:]*:\s*(\S+)/.exec(printed[0]!)![1]!;
    expect((await authenticate({ db, username: "admin", password })).username).toBe("admin");
  });

  it("glossa user set-password reads the new password from stdin, never from the command line", async () => {
    const { path, db } = await databaseWithAdmin();
    const result = glossa(["user", "set-password", "admin", "--password-stdin"], { GLOSSA_DB: path }, "a long new secret\n");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("password of admin changed");
    expect((await authenticate({ db, username: "admin", password: "a long new secret" })).username).toBe("admin");
    // Piped input works without the flag too (no terminal, no prompt).
    expect(glossa(["user", "set-password", "admin"], { GLOSSA_DB: path }, "another long secret").status).toBe(0);
    expect((await authenticate({ db, username: "admin", password: "another long secret" })).username).toBe("admin");
  });

  it("exits non-zero with a one-line reason on bad input", async () => {
    const { path } = await databaseWithAdmin();
    const short = glossa(["user", "set-password", "admin"], { GLOSSA_DB: path }, "short\n");
    expect(short.status).not.toBe(0);
    expect(short.stderr).toBe("glossa: A password has at least 8 characters\n");
    // parseArgs refuses an option it does not know: there is no way to pass the password in argv.
    expect(glossa(["user", "set-password", "admin", "--password", "on-the-command-line"], { GLOSSA_DB: path }).stderr).toMatch(/^glossa: Unknown option '--password'/);
  });

  it("refuses an unknown user, an empty stdin and a wrong sub-command", async () => {
    const { db } = await databaseWithAdmin();
    const stdin = (text: string) => Readable.from([Buffer.from(text)]) as unknown as NodeJS.ReadStream;
    await expect(runUserCommand({ db, args: ["set-password", "nobody"], passwordStdin: true, stdin: stdin("long enough password\n") })).rejects.toThrow("There is no user nobody");
    await expect(runUserCommand({ db, args: ["set-password", "admin"], passwordStdin: true, stdin: stdin("") })).rejects.toThrow("no password given on stdin");
    await expect(runUserCommand({ db, args: ["frobnicate", "admin"], passwordStdin: true, stdin: stdin("x") })).rejects.toThrow(/^usage: glossa user set-password/);
  });
});
