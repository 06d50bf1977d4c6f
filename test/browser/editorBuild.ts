// builds the pane, editor.html and the editor test's fake-host page into a folder of their own
import { resolve } from "node:path";
import { build } from "vite";

export const EDITOR_OUT = resolve("test-artifacts/editor-dist");

export async function buildEditorPages(): Promise<string> {
  // vitest runs with NODE_ENV=test, which would give the pages React's development build
  const env = process.env["NODE_ENV"];
  process.env["NODE_ENV"] = "production";
  try {
    await build({
      configFile: resolve("vite.config.ts"),
      mode: "offline",
      logLevel: "warn",
      build: {
        outDir: EDITOR_OUT,
        emptyOutDir: true,
        chunkSizeWarningLimit: 2000,
        rollupOptions: {
          input: { taskpane: resolve("taskpane.html"), editor: resolve("editor.html"), editorhost: resolve("test/browser/fixture/editorhost.html") },
        },
      },
    });
  } finally {
    if (env === undefined) delete process.env["NODE_ENV"];
    else process.env["NODE_ENV"] = env;
  }
  return EDITOR_OUT;
}
