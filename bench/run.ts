// npm run bench: speed and memory of the engine and of `thidua check`, against baselines measured in the
// same run (the machine is shared and noisy: each figure is the median of 3). `-- --write` records them
// in BENCHMARKS.md. Each command phase runs in its own child process, so its peak RSS is its own.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { benchSheet, writeBenchWorkbook } from "./generate.js";
import { globRows } from "./globs.js";
import { readFloorRows } from "./read-floor.js";
import { copiesRows } from "./copies.js";
import { addinPayloadRows } from "./addinPayload.js";
import { addinLiveRows } from "./addinLive.js";
import { addinLookupRows } from "./addinLookups.js";

const ROWS = Number(process.env["BENCH_ROWS"] ?? 100_000);
const REPEAT = Number(process.env["BENCH_REPEAT"] ?? 3);
const CAMPAIGN = "kien-giang-2021-covid";
const root = new URL("..", import.meta.url).pathname;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mb = (bytes: number) => Math.round(bytes / 1_048_576);
const s = (ms: number) => (ms / 1000).toFixed(2);

interface Sample {
  wall: number; // ms, spawn to exit, node start-up included
  ms: number; // ms, the work as timed inside the child
  rss: number; // bytes, the child's peak resident set
}

function child(script: string, args: string[]): Sample {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [join(root, "bench/children", script), ...args], { cwd: root, encoding: "utf8", maxBuffer: 1 << 26 });
  const wall = performance.now() - t0;
  if (r.status !== 0 && !(script === "thidua.mjs" && r.status === 1)) throw new Error(`${script} failed (${r.status}): ${r.stderr}`);
  const o = JSON.parse(r.stdout) as { ms: number; rss: number; code?: number };
  if (o.code === 2) throw new Error(`thidua ${args.join(" ")} could not run`);
  return { wall, ms: o.ms, rss: o.rss };
}

function summarise(xs: Sample[]): Sample {
  return { wall: median(xs.map((x) => x.wall)), ms: median(xs.map((x) => x.ms)), rss: Math.max(...xs.map((x) => x.rss)) };
}

async function main(): Promise<void> {
  const write = process.argv.includes("--write");
  const loadAtStart = loadavg()[0]!.toFixed(1);
  console.log(`thidua benchmark: ${ROWS.toLocaleString("en")} rows, median of ${REPEAT}`);
  execFileSync("npm", ["run", "build:cli", "--silent"], { cwd: root, stdio: "inherit" });
  const dir = await mkdtemp(join(tmpdir(), "thidua-bench-"));
  try {
    const file = join(dir, "bench.xlsx");
    await writeBenchWorkbook(file, ROWS);
    const size = (await stat(file)).size;
    console.log(`workbook: ${file} (${mb(size)} MB)`);

    // 1. the engine alone, rows already in memory, in a child of its own (its heap holds nothing of this
    // process's workbook writing) on the engine as built (dist/, what `thidua` runs), not as tsx loads the
    // sources for development: tsx keeps function names by wrapping each closure in a defineProperty call,
    // which slows the rules' hot paths. Run before and after the commands: one busy spell of the shared machine
    // does not set the median of the 18 runs
    const sheetJson = join(dir, "sheet.json");
    await writeFile(sheetJson, JSON.stringify(benchSheet(ROWS)));
    const engineRuns = () => {
      const r = spawnSync(process.execPath, [join(root, "bench/children/engine.mjs"), sheetJson, CAMPAIGN, String(Math.max(REPEAT, 9))], { cwd: root, encoding: "utf8", maxBuffer: 1 << 26 });
      if (r.status !== 0) throw new Error(`engine.mjs failed (${r.status}): ${r.stderr}`);
      return JSON.parse(r.stdout) as { engine: number[]; hinted: number[]; findings: number };
    };
    const early = engineRuns();
    // 2. the command against bare reads and writes of the same file with the same library
    const runs = { stream: [] as Sample[], full: [] as Sample[], check: [] as Sample[], readWrite: [] as Sample[], checkOut: [] as Sample[] };
    for (let i = 0; i < REPEAT; i++) {
      // interleaved, so that a slow spell of the machine hits command and baseline alike
      runs.stream.push(child("bare-read.mjs", [file, "stream"]));
      runs.check.push(child("thidua.mjs", ["check", file, "--campaign", CAMPAIGN, "--format", "json"]));
      runs.full.push(child("bare-read.mjs", [file, "full"]));
      runs.readWrite.push(child("bare-read-write.mjs", [file, join(dir, "rw.xlsx")]));
      runs.checkOut.push(child("thidua.mjs", ["check", file, "--campaign", CAMPAIGN, "--format", "json", "--out", join(dir, "checked.xlsx")]));
    }
    const late = engineRuns();
    const engine = [...early.engine, ...late.engine];
    const hinted = [...early.hinted, ...late.hinted];
    const findings = late.findings;
    const engineMs = median(engine);
    const hintedMs = median(hinted);
    const rowsPerSec = Math.round(ROWS / (engineMs / 1000));
    const m = {
      stream: summarise(runs.stream),
      full: summarise(runs.full),
      check: summarise(runs.check),
      readWrite: summarise(runs.readWrite),
      checkOut: summarise(runs.checkOut),
    };
    const ratio = (a: number, b: number) => (a / b).toFixed(2);
    const peak = Math.max(m.check.rss, m.checkOut.rss);

    const rows: [string, string, string][] = [
      ["engine, rows in memory", `${rowsPerSec.toLocaleString("en")} rows/s (${s(engineMs)} s, median of ${engine.length}, ${findings.toLocaleString("en")} findings)`, "≥ 500,000 rows/s"],
      ["engine with the wrong-campaign hint (every preset compared) / without", `${(hintedMs / engineMs).toFixed(2)}× (${s(hintedMs)} s)`, "≤ 1.05× (120 rows sampled)"],
      ["bare read, exceljs streaming reader", `${s(m.stream.wall)} s, ${mb(m.stream.rss)} MB`, ""],
      ["`thidua check`", `${s(m.check.wall)} s, ${mb(m.check.rss)} MB`, ""],
      ["`thidua check` / bare exceljs streaming read", `${ratio(m.check.wall, m.stream.wall)}× (work alone, start-up excluded: ${ratio(m.check.ms, m.stream.ms)}×)`, "< 1× (our reader is the faster one)"],
      ["bare read, exceljs full model", `${s(m.full.wall)} s, ${mb(m.full.rss)} MB`, ""],
      ["`thidua check` / bare full read", `${ratio(m.check.wall, m.full.wall)}×`, ""],
      ["bare read + write, exceljs full model", `${s(m.readWrite.wall)} s, ${mb(m.readWrite.rss)} MB`, ""],
      ["`thidua check --out`", `${s(m.checkOut.wall)} s, ${mb(m.checkOut.rss)} MB`, ""],
      ["`thidua check --out` / bare read + write", `${ratio(m.checkOut.wall, m.readWrite.wall)}× (work alone: ${ratio(m.checkOut.ms, m.readWrite.ms)}×)`, "≤ 1.3×"],
      ["`thidua check --out` / `thidua check`", `${ratio(m.checkOut.wall, m.check.wall)}×`, ""],
      ["peak memory (RSS) of the command", `${mb(peak)} MB`, "≤ 1 GB"],
      ...readFloorRows(file, dir, REPEAT, CAMPAIGN),
      ...globRows(),
      ...(await copiesRows()),
      ...(await addinPayloadRows()),
      ...(await addinLiveRows()),
      ...(await addinLookupRows()),
    ];

    // 3. the add-in's own figures, when its helper has written them
    let addin: Record<string, string | number> | string = "bench/addin.ts not present: skipped";
    if (existsSync(join(root, "bench/addin.ts"))) {
      const path = "./addin.js";
      const mod = (await import(path)) as { benchAddin?: () => Promise<Record<string, string | number>> };
      addin = mod.benchAddin ? await mod.benchAddin() : "bench/addin.ts has no benchAddin(): skipped";
    }

    const w = Math.max(...rows.map((r) => r[0].length));
    console.log("");
    for (const [k, v, goal] of rows) console.log(`${k.padEnd(w)}  ${v}${goal ? `   (goal ${goal})` : ""}`);
    console.log("");
    const missed = missedGoals(rows);
    console.log(missed.length ? `goals missed in this run: ${missed.join("; ")}` : "every goal with a bound was met in this run");
    if (typeof addin === "string") console.log(`add-in: ${addin}`);
    else for (const [k, v] of Object.entries(addin)) console.log(`add-in ${k}: ${v}`);

    if (write) {
      const load = loadavg()[0]!.toFixed(1);
      const machine = `${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${mb(totalmem())} MB RAM, node ${process.version}, run ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC, load average ${loadAtStart} at the start and ${load} at the end of the run (absolute times scale with it; the ratios are what to compare)`;
      const table = ["| measure | figure | goal |", "| --- | --- | --- |", ...rows.map(([k, v, g]) => `| ${k} | ${v} | ${g} |`)].join("\n");
      const addinTable =
        typeof addin === "string" ? addin : ["| measure | figure |", "| --- | --- |", ...Object.entries(addin).map(([k, v]) => `| ${k} | ${v} |`)].join("\n");
      await writeFile(join(root, "BENCHMARKS.md"), benchmarksMd(table, addinTable, machine, mb(size), missedGoals(rows)));
      console.log("written: BENCHMARKS.md");
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** the rows whose figure is on the wrong side of a bound ("≤ 5×", "≥ 500,000 rows/s", "< 400 MB", "≤ 1 GB") */
function missedGoals(rows: [string, string, string][]): string[] {
  const num = (s: string) => Number(s.replace(/,/g, ""));
  const out: string[] = [];
  for (const [k, v, goal] of rows) {
    const g = /^([<≤≥])\s*([\d.,]+)\s*(×|rows\/s|MB|GB)/.exec(goal);
    if (!g) continue;
    const [, op, boundText, unit] = g as unknown as [string, string, string, string];
    const bound = num(boundText) * (unit === "GB" ? 1024 : 1);
    const m = unit === "MB" || unit === "GB" ? /([\d.,]+) MB/.exec(v) : unit === "×" ? /([\d.,]+)×/.exec(v) : /([\d.,]+) rows\/s/.exec(v);
    if (!m) continue;
    const x = num(m[1]!);
    const ok = op === "<" ? x < bound : op === "≤" ? x <= bound : x >= bound;
    if (!ok) out.push(`${k}: ${v.split(" (")[0]} (goal ${goal})`);
  }
  return out;
}

function benchmarksMd(table: string, addin: string, machine: string, sizeMb: number, missed: string[]): string {
  return `# Benchmarks

\`npm run bench\` (\`-- --write\` rewrites this file). A generated nomination list of ${ROWS.toLocaleString("en")} rows
(${sizeMb} MB .xlsx: title block, header, 12 columns, about 3% of rows breaking a rule) checked against
\`${CAMPAIGN}\`. Every figure is the median of ${REPEAT} runs (the engine's of at least 18, in two children before and after the commands, the floor's and its two ratios' of at least 7, interleaved) made in the same run as its baseline; each command
and each baseline runs in its own child process (wall time from spawn to exit, node's start-up included),
so its peak RSS is its own. Machine: ${machine}; shared with other work, so figures move between runs.

${table}

${missed.length ? `**Goals missed in this run:** ${missed.join("; ")}.` : "Every goal with a bound was met in this run."}

- **Start-up**: \`thidua check --campaign <preset>\` loads no zod and builds no schema: the built-in
  campaigns are parsed and validated at build and test time (src/presets/parsed.json, checked by
  test/presets/parsed.test.ts), and the rule-file schema is imported only to read a rule file.
- **Engine**: rows already in memory, timed in a child process of its own (median of its runs, half before and
  half after the commands) on the engine as built
  (dist/, what \`thidua\` runs; tsx, which loads the sources for development, wraps every closure to keep its
  name and makes the rules' hot paths slower); an absolute figure, so it moves with the machine's load more
  than the ratios do.
- **Many copies**: the same workbook submitted many times; one duplicate finding per later occurrence, so
  time and the JSON report grow linearly (header recognition is remembered per campaign across files).
- **Reading**: \`thidua check\` reads each part it needs once, straight from the project's zip container,
  with \`saxes\` as the XML parser (src/node/xlsx). A worksheet part of 8 MB or more (this one: 36 MB) is
  parsed on two threads at once, in pieces of about 1 MB that a worker thread and this one take from either
  end until they meet (src/node/xlsx/split.ts), when the machine has
  two cores or more. It is measured against the floor of issue 6 (a child that
  only inflates the sheet and shared-strings parts with node's zlib and counts the \`<c\` tags), and, for
  comparison, against bare reads with exceljs's streaming reader and full model, which it no longer uses.
- **Writing**: \`--out\` does not load the workbook into exceljs's model and write it back. It copies the
  .xlsx package part by part and rewrites only what changes (the marked sheets' cell styles, styles.xml,
  the notes, the summary sheet, the workbook's sheet list). That keeps everything else byte for byte as it
  was (charts, pictures, pivot tables, data validation and other parts exceljs would drop or rewrite) and
  is why it runs well under the bare exceljs read + write it is measured against.

## Add-in

${addin}
`;
}

await main();
