import { defineConfig } from "drizzle-kit";

// Migrations are generated (`npm run db:generate`) and committed; never `drizzle-kit push`.
export default defineConfig({
  dialect: "sqlite",
  schema: "./src/db/schema.ts",
  out: "./migrations",
});
