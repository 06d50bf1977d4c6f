// npm run build:cli, after tsc: the command as a few ES modules (dist/bundle/), which bin/thidua.js runs.
// Node 20 has no compile cache for ES modules, and resolving, reading and compiling the ~100 small modules of
// dist/ and node_modules took 0.18–0.22 s of every run before any work began; bundled, minified and with
// what only some runs need (the rule-file schema and zod, imported on demand) split off into a chunk of its
// own, 0.05–0.09 s. esbuild (the bundler tsx and vite already use) bundles the JavaScript tsc built: tsc
// stays the one compiler. The sheet-half worker is an entry of its own, beside the chunk that starts it
// (xlsx/split.ts looks for ./sheet-worker.js next to itself).
import { rm } from "node:fs/promises";
import { build } from "esbuild";

const outdir = "dist/bundle";
await rm(outdir, { recursive: true, force: true });
await build({
  entryPoints: { thidua: "dist/cli/main.js", "sheet-worker": "dist/node/xlsx/sheet-worker.js" },
  outdir,
  bundle: true,
  splitting: true,
  minify: true,
  platform: "node",
  target: "node20",
  format: "esm",
  logLevel: "warning",
  legalComments: "none",
  // the CommonJS packages bundled (commander, saxes) call require; an ES module has none of its own
  banner: { js: "import { createRequire as __thiduaRequire } from 'node:module'; const require = __thiduaRequire(import.meta.url);" },
});
