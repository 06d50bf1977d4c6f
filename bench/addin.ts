// the add-in's benchmark: one check of a 50,000-row sheet with 5,000 offending cells on the counting
// fake (requests and formatting operations), the pane's initial JavaScript and its on-demand engine worker, gzipped
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { build } from "vite";
import { createWorkbookPort } from "../src/addin/office/port.js";
import { getPreset } from "../src/presets/index.js";
import { createFakeHost } from "../test/addin/fake/host.js";
import { bigBook } from "../test/addin/scale.js";
import { initialJs, workerJs } from "../test/browser/bundle.js";
import { createEngineRunner } from "../src/addin/worker/runner.js";

const ROWS = 50_000;
const EVERY = 10; // every tenth row offends: 5,000 cells

/** a fresh production build of the pane (not whatever dist/ holds), React in its production build */
async function paneDist(): Promise<string> {
  const out = resolve("test-artifacts/bench-pane");
  const env = process.env["NODE_ENV"];
  process.env["NODE_ENV"] = "production";
  try {
    await build({ configFile: resolve("vite.config.ts"), logLevel: "silent", build: { outDir: out, emptyOutDir: true } });
  } finally {
    if (env === undefined) delete process.env["NODE_ENV"];
    else process.env["NODE_ENV"] = env;
  }
  return out;
}

export async function benchAddin(): Promise<Record<string, string | number>> {
  const campaign = getPreset("kien-giang-2021-covid");
  if (!campaign) throw new Error("preset kien-giang-2021-covid missing");
  const book = bigBook(ROWS, EVERY);
  // Node has no Web Worker: the engine runs on the main thread here, the pane's fallback; requests and
  // formatting operations do not depend on where it runs
  const engine = createEngineRunner();
  const port = createWorkbookPort(createFakeHost(book), { engine });
  const req = { sheet: "Danh sách", campaign, lang: "vi" as const };

  let t = performance.now();
  const first = await port.check(req);
  const firstMs = performance.now() - t;
  const firstStats = { ...book.stats };
  book.resetStats();
  t = performance.now();
  await port.check(req);
  const againMs = performance.now() - t;
  const againStats = { ...book.stats };
  book.resetStats();
  await port.clearMarks();
  const clearStats = { ...book.stats };
  if (book.violations.length > 0) throw new Error(`value writes to the user's sheet: ${book.violations[0]}`);

  const dist = await paneDist();
  const js = initialJs(dist);
  const worker = workerJs(dist);
  if (js.files.some((f) => f.includes("engine.worker"))) throw new Error("the engine worker is part of the initial JavaScript");
  return {
    "addin.rows": ROWS,
    "addin.flaggedCells": first.marked,
    "addin.findings": first.report.findings.length,
    "addin.check.syncs": firstStats.syncs,
    "addin.check.formatOps": firstStats.formatOps,
    "addin.check.annotationOps": firstStats.annotationOps,
    "addin.check.maxAddressChars": firstStats.maxAddressChars,
    "addin.check.maxResponseKB": Math.round(firstStats.maxResponseBytes / 1024),
    "addin.check.ms": Math.round(firstMs),
    "addin.check.engineRunsOn": engine.lastMode ?? "none",
    "addin.recheck.syncs": againStats.syncs,
    "addin.recheck.formatOps": againStats.formatOps,
    "addin.recheck.ms": Math.round(againMs),
    "addin.clear.syncs": clearStats.syncs,
    "addin.clear.formatOps": clearStats.formatOps,
    "addin.pane.initialJsKBgz": Math.round((js.gzipBytes / 1024) * 10) / 10,
    "addin.pane.initialJsFiles": js.files.length,
    "addin.pane.workerJsKBgz": Math.round((worker.gzipBytes / 1024) * 10) / 10,
    "addin.pane.workerTcvn3KBgz": Math.round((worker.lazy.reduce((n, c) => n + c.gzipBytes, 0) / 1024) * 10) / 10,
  };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve("bench/addin.ts")) {
  const r = await benchAddin();
  for (const [k, v] of Object.entries(r)) console.log(`${k.padEnd(32)} ${v}`);
}
