// the installed command: build with the package's own script, then run node bin/thidua.js as a user would
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { beforeAll, describe, expect, it } from "vitest";

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
});
