// builds the pane for the browser test: production page plus the fake-host page, Office.js served locally
import { resolve } from "node:path";
import { build } from "vite";

export const OUT = resolve("test-artifacts/pane-dist");

export async function buildPane(): Promise<string> {
  // vitest runs with NODE_ENV=test, which would give the pane React's development build
  const env = process.env["NODE_ENV"];
  process.env["NODE_ENV"] = "production";
  try {
    await buildOnce();
  } finally {
    if (env === undefined) delete process.env["NODE_ENV"];
    else process.env["NODE_ENV"] = env;
  }
  return OUT;
}

async function buildOnce(): Promise<void> {
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
}
