import { spawnSync } from "node:child_process";
import { join } from "node:path";

const root = join(import.meta.dirname, "../..");

/** Runs the `glossa` command as a user would (tsx, no demo), with `input` on its stdin. */
export function glossa(args: string[], env: Record<string, string>, input?: string) {
  return spawnSync(process.execPath, ["--import", "tsx", join(root, "src/cli.ts"), ...args], {
    cwd: root,
    env: { ...process.env, GLOSSA_DEMO: "0", ...env },
    encoding: "utf8",
    input,
  });
}
