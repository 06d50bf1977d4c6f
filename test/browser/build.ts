// builds the pane for the browser test: production page plus the fake-host page, Office.js served locally
import { resolve } from "node:path";
import { build } from "vite";

export const OUT = resolve("test-artifacts/pane-dist");

export async function buildPane(): Promise<string> {
  await build({
    configFile: resolve("vite.config.ts"),
    mode: "offline",
    logLevel: "warn",
    build: {
      outDir: OUT,
      emptyOutDir: true,
      chunkSizeWarningLimit: 2000, // the fake-host page bundles the fake workbook too
      rollupOptions: { input: { taskpane: resolve("taskpane.html"), fakehost: resolve("test/browser/fixture/fakehost.html") } },
    },
  });
  return OUT;
}
