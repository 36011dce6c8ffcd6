#!/usr/bin/env node
// Thin launcher so `npx glossa` works without a build step: tsx compiles the TypeScript CLI on the fly.
import { register } from "tsx/esm/api";

register();
await import("../src/cli.ts");
