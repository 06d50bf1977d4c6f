// the installed command: build with the package's own script, then run node bin/thidua.js as a user would
import { execFileSync, spawnSync } from "node:child_process";
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

  it("exits 2 with one line on stderr for bad input", () => {
    const r = spawnSync(process.execPath, ["bin/thidua.js", "check", "no-such.xlsx", "--campaign", "kien-giang-2021-covid"], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("Không tìm thấy tệp: no-such.xlsx\n");
  });
});
