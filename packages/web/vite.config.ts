// Vite build of the web app. The workspace packages (@stat3/engine, @stat3/stat3) resolve to their
// TypeScript sources through the "source" export condition, so no separate build step is needed for them.
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ["source", "module", "browser", "default"] },
  worker: { format: "es" },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    sourcemap: false,
    // the worker bundles the engine and the model: its plugin time is expected, not a problem to report
    rolldownOptions: { checks: { pluginTimings: false } },
  },
  server: { proxy: { "/api": "http://127.0.0.1:8080" }, fs: { allow: ["../.."] } },
});
