// Worker threads start as plain Node: register tsx here so the TypeScript worker can load.
import { register } from "tsx/esm/api";

register();
await import("./article-import-worker.ts");
