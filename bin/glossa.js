#!/usr/bin/env node
// Thin launcher so `npx glossa` works without a build step: tsx compiles the TypeScript CLI on the fly.
import { fileURLToPath } from "node:url";
import { register } from "tsx/esm/api";

// The project's tsconfig (JSX through hono/jsx) wherever the command is run from.
register({ tsconfig: fileURLToPath(new URL("../tsconfig.json", import.meta.url)) });
await import("../src/cli.ts");
