import { defineConfig } from "vitest/config";
import path from "node:path";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["lib/**/*.test.ts", "rules/**/*.test.ts", "cli/**/*.test.ts", "tests/unit/**/*.test.ts", "components/**/*.test.ts", "tests/fuzz/**/*.test.ts"],
    environment: "node",
  },
});
