// check --history / --year on the README's yearly-round example: the commands the README shows, run as written
import { readFileSync } from "node:fs";
import { copyFile, mkdir } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { run, tmp } from "../fixtures/build.js";

const README = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
const commands = README.split("\n")
  .map((l) => l.trim())
  .filter((l) => l.startsWith("npx thidua check examples/luat-tdkt-2022.xlsx"))
  .map((l) => l.replace(/\s+#.*$/, "").split(/\s+/).slice(2));

interface Doc {
  findings: { code: string; severity: string; rule: string; sheet: string; row?: number; cell?: string; data?: Record<string, string | number> }[];
  history: { file: string; years: number[]; yearFrom: string; records: number }[];
  totals: { errors: number; warnings: number };
}

describe("the README's yearly-round commands", () => {
  it("are there, in Vietnamese first and in English", () => {
    expect(commands.length).toBeGreaterThanOrEqual(3);
    expect(README.indexOf("### Khen thưởng thường xuyên hằng năm")).toBeLessThan(README.indexOf("### The yearly round"));
  });

  it.each(commands.map((c) => [c.join(" "), c] as const))("%s", async (_s, argv) => {
    const r = await run(...argv);
    expect(r.err).toBe("");
    expect(r.code).toBe(1);
    if (argv.includes("json")) {
      const doc = JSON.parse(r.out) as Doc;
      expect(doc.history.map((h) => [h.file.replace(/\\/g, "/").split("/").pop(), h.years, h.yearFrom])).toEqual([
        ["qd-2024.xlsx", [2024], "title"],
        ["qd-2025.xlsx", [2025], "file"],
      ]);
      const cstdTinh = doc.findings.filter((f) => f.rule === "cstd-cap-tinh").map((f) => [f.code, f.row, f.data?.["found"], f.data?.["missing"]]);
      // Võ Thị Lan: CSTĐCS 2025 (decision) and 2026 (the list's column), not 2024; Trương Minh Khoa moved units
      expect(cstdTinh).toEqual([
        ["not-eligible", 14, "2025, 2026", "2024"],
        ["history-not-found", 21, "2026", "2024, 2025"],
      ]);
      expect(doc.findings.filter((f) => f.sheet === "Tập thể" && f.code === "not-eligible").map((f) => [f.rule, f.cell])).toEqual([
        ["tap-the-lao-dong-tien-tien", "G10"],
        ["tap-the-lao-dong-xuat-sac", "F12"],
      ]);
    } else if (argv.includes("en")) {
      expect(r.out).toContain("(found 2025, 2026; missing 2024)");
      expect(r.out).toContain("History read:");
    } else {
      expect(r.out).toContain("(có 2025, 2026; thiếu 2024)");
      expect(r.out).toContain("Lịch sử khen thưởng đã đọc:");
    }
  });
});

describe("check --history and --year", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tmp();
    await mkdir(join(dir, "lich-su"));
    for (const f of ["qd-2024.xlsx", "qd-2025.xlsx"]) await copyFile(join("examples/lich-su", f), join(dir, "lich-su", f));
  });
  it("a folder of decisions reads them all and never takes a list as history", async () => {
    const r = await run("check", "--history", join(dir, "lich-su"), "examples/luat-tdkt-2022.xlsx", "--campaign", "luat-tdkt-2022", "--format", "json");
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.out) as Doc & { sheets: { file: string }[] };
    expect(doc.history.length).toBe(2);
    expect(new Set(doc.sheets.map((s) => s.file))).toEqual(new Set(["examples/luat-tdkt-2022.xlsx"]));
  });
  it("without history every streak is left to the appraiser (info), and --year changes the assessed year", async () => {
    const r = await run("check", "examples/luat-tdkt-2022.xlsx", "--campaign", "luat-tdkt-2022", "--format", "json", "--year", "2027");
    const doc = JSON.parse(r.out) as Doc;
    const streaks = doc.findings.filter((f) => f.rule === "cstd-cap-tinh");
    expect(streaks.every((f) => f.code === "history-not-found" && f.severity === "info")).toBe(true);
    expect(streaks.map((f) => f.data?.["year"])).toEqual([2027, 2027, 2027, 2027]);
  });
  it("a bad --year is refused with one line, exit 2", async () => {
    const r = await run("check", "examples/luat-tdkt-2022.xlsx", "--campaign", "luat-tdkt-2022", "--year", "25");
    expect(r.code).toBe(2);
    expect(r.err).toBe("--year cần một năm bốn chữ số (1990–2100), không phải “25”\n");
  });
  it("a missing history file is refused with one line, exit 2", async () => {
    const r = await run("check", "examples/luat-tdkt-2022.xlsx", "--campaign", "luat-tdkt-2022", "--history", join(dir, "khong-co.xlsx"));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/khong-co\.xlsx/);
    expect(r.err.split("\n").length).toBe(2);
  });
});
