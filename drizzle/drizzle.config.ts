import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  schema: "./lib/db/schema.ts",
  out: "./drizzle/migrations",
  // Only `drizzle-kit generate` is used, which needs no connection; migrations run at start-up.
});
