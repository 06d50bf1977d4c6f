// the installed command: build with the package's own script, then run node bin/thidua.js as a user would
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { writeBenchWorkbook } from "../../bench/generate.js";
import { SPLIT_MIN_BYTES } from "../../src/node/xlsx/split.js";
import { ZipArchive } from "../../src/node/zip/read-zip.js";
import { tmp } from "../fixtures/build.js";

beforeAll(() => {
  execFileSync("npm", ["run", "build:cli", "--silent"], { stdio: "pipe" });
});

describe("bin/thidua.js", () => {
  it("checks an example and exits with the check's status", () => {
    const r = spawnSync(process.execPath, ["bin/thidua.js", "check", "examples/kien-giang-2021-covid.xlsx", "--campaign", "kien-giang-2021-covid", "--format", "json"], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(1);
    const doc = JSON.parse(r.stdout) as { totals: { errors: number } };
    expect(doc.totals.errors).toBeGreaterThan(0);
  });

  it("stops quietly when the reader of its output goes away (| head): no EPIPE stack trace", async () => {
    // the reader closes after the first bytes, as `| head -c 1` does; a big report keeps the command writing
    const child = spawn(process.execPath, ["bin/thidua.js", "check", "examples/kien-giang-2021-covid.xlsx", "--campaign", "kien-giang-2021-covid", "--format", "json"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let err = "";
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    child.stdout.once("data", () => child.stdout.destroy());
    const status = await new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
    expect(err).toBe("");
    expect([0, 1, 141]).toContain(status);
  });

  it("a command group without its command says what is missing, not commander's '(outputHelp)'", () => {
    const r = spawnSync(process.execPath, ["bin/thidua.js", "rules"], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr.trimEnd().split("\n").at(-1)).toBe("Thiếu lệnh: thidua rules check, new hoặc schema (xem thidua rules --help)");
    const en = spawnSync(process.execPath, ["bin/thidua.js", "--lang", "en"], { encoding: "utf8" });
    expect(en.status).toBe(2);
    expect(en.stderr).not.toContain("outputHelp");
    expect(en.stderr.trimEnd().split("\n").at(-1)).toBe("Missing command: check, presets or rules (see thidua --help)");
  });

  it("exits 2 with one line on stderr for bad input", () => {
    const r = spawnSync(process.execPath, ["bin/thidua.js", "check", "no-such.xlsx", "--campaign", "kien-giang-2021-covid"], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("Không tìm thấy tệp: no-such.xlsx\n");
  });

  it("reads a large sheet in two halves with the worker built beside it, as the unbundled code does", async () => {
    const dir = await tmp();
    const file = join(dir, "large.xlsx");
    await writeBenchWorkbook(file, 26_000);
    const part = new ZipArchive(readFileSync(file)).get("xl/worksheets/sheet1.xml")!;
    expect(part.size).toBeGreaterThanOrEqual(SPLIT_MIN_BYTES); // so that it is read in two halves
    // told when a worker thread first answers (it tells progress, then its rows): node's own Worker, wrapped before the command loads
    // (module.syncBuiltinESMExports puts the wrapper behind the ES module's named export too)
    const preload = join(dir, "online.cjs");
    await writeFile(
      preload,
      `const wt = require("node:worker_threads");
const W = wt.Worker;
wt.Worker = class extends W { constructor(...a) { super(...a); this.once("message", () => process.stderr.write("worker read\\n")); } };
require("node:module").syncBuiltinESMExports();`,
    );
    const args = ["check", file, "--campaign", "kien-giang-2021-covid", "--format", "json"];
    const bundled = spawnSync(process.execPath, ["--require", preload, "bin/thidua.js", ...args], { encoding: "utf8", maxBuffer: 1 << 28 });
    expect(bundled.stderr).toBe("worker read\n");
    const unbundled = spawnSync(process.execPath, ["--input-type=module", "-e", `const { main } = await import("./dist/cli/main.js"); process.exitCode = await main(${JSON.stringify(args)});`], {
      encoding: "utf8",
      maxBuffer: 1 << 28,
    });
    expect(bundled.status).toBe(1);
    expect(unbundled.status).toBe(1);
    expect(bundled.stdout).toBe(unbundled.stdout);
    expect((JSON.parse(bundled.stdout) as { findings: unknown[] }).findings.length).toBeGreaterThan(100);
  }, 60_000);
});
