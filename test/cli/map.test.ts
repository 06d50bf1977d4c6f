// thidua check --map field=COLUMN and --unit: the user's own columns and the unit of a whole file
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { listWorkbook, run, tmp } from "../fixtures/build.js";

const KG = "kien-giang-2021-covid";
let noUnit: string;
let oddHeader: string;

beforeAll(async () => {
  const dir = await tmp();
  const header = ["STT", "Họ và tên", "Cá nhân/Tập thể", "Nơi công tác", "Hình thức khen thưởng", "Loại khen thưởng", "Giá trị đóng góp (đồng)", "Giá trị vận động (đồng)"];
  const row = (i: number) => [i, `Nguyễn Văn A${i}`, "Cá nhân", "Phòng Nghiệp vụ Y", "Bằng khen UBND tỉnh", "Thành tích xuất sắc", null, null];
  noUnit = await listWorkbook(join(dir, "no-unit.xlsx"), [row(1), row(2)], { header });
  // the proposing unit under a header no list uses
  oddHeader = await listWorkbook(join(dir, "odd.xlsx"), [row(1), row(2)].map((r) => [...r.slice(0, 3), "Sở Y tế", ...r.slice(4)]), {
    header: header.map((h) => (h === "Nơi công tác" ? "Nơi gửi danh sách" : h)),
  });
});

describe("--unit", () => {
  it("gives every row of a file without a proposing-unit column that unit: quotas count it", async () => {
    const without = JSON.parse((await run("check", noUnit, "--campaign", KG, "--format", "json")).out);
    expect(without.findings.map((f: { code: string; field?: string }) => [f.code, f.field])).toContainEqual(["missing-column", "unit"]);
    const r = await run("check", noUnit, "--campaign", KG, "--format", "json", "--unit", "Sở Y tế");
    const report = JSON.parse(r.out);
    expect(report.findings.filter((f: { code: string }) => f.code === "missing-column")).toEqual([]);
    expect(report.units).toMatchObject([{ unit: "Sở Y tế", counted: 2, status: "under" }]);
    expect(report.sheets[0].columns.workplace).toBe("D");
  });
});

describe("--map", () => {
  it("maps a field to the column the user names, and the report says so", async () => {
    const r = await run("check", oddHeader, "--campaign", KG, "--format", "json", "--map", "unit=D");
    const report = JSON.parse(r.out);
    expect(report.sheets[0].columns.unit).toBe("D");
    expect(report.sheets[0].mappedBy.unit).toBe("user");
    expect(report.units).toMatchObject([{ unit: "Sở Y tế", counted: 2 }]);
  });

  it("repeats, and field=- drops a detected column", async () => {
    const r = await run("check", noUnit, "--campaign", KG, "--format", "json", "--map", "unit=D", "--map", "workplace=-");
    const cols = JSON.parse(r.out).sheets[0].columns;
    expect(cols.unit).toBe("D");
    expect(cols.workplace).toBeUndefined();
  });

  it.each([["unit"], ["unit=4"], ["nosuchfield=C"]])("refuses %s with one line naming the fields, exit 2", async (m) => {
    const r = await run("check", noUnit, "--campaign", KG, "--map", m);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).toContain("--map");
    expect(r.err).toContain("awardForm");
  });
});
