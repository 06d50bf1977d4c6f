// --format json is written in pieces (one per finding), so a round of many files never holds the whole
// document as one string; the text must still be exactly what JSON.stringify(doc, null, 2) writes
import { describe, expect, it } from "vitest";
import { check } from "../../src/engine/index.js";
import { getPreset } from "../../src/presets/index.js";
import { writeJsonReport } from "../../src/cli/format/json.js";
import type { CellValue } from "../../src/engine/index.js";

const HEADER = ["STT", "Họ và tên", "Cá nhân/Tập thể", "Đơn vị", "Hình thức khen thưởng", "Loại khen thưởng", "Giá trị đóng góp (đồng)"];
const row = (i: number, name: string): CellValue[] => [i, name, "Cá nhân", "Sở Y tế", "Bằng khen của Chủ tịch UBND tỉnh", "Nhà hảo tâm", 90_000_000];

function pieces(rows: CellValue[][], outputs: string[] = []): string[] {
  const report = check(getPreset("kien-giang-2021-covid")!, [{ file: "a.xlsx", name: "Danh sách", rows: [HEADER, ...rows] }]);
  const out: string[] = [];
  writeJsonReport(report, outputs, (p) => out.push(p));
  return out;
}

describe("json report in pieces", () => {
  it("joins to JSON.stringify's own text, findings included", () => {
    // "Lê Văn \"An\"": a quote and accents in a finding's text; three listings: two duplicate findings
    const out = pieces([row(1, 'Lê Văn "An"'), row(2, 'Lê Văn "An"'), row(3, 'Lê Văn "An"'), row(4, "Trần Thị Bình")], ["/tmp/x.xlsx"]);
    const text = out.join("");
    const doc = JSON.parse(text) as { findings: { code: string }[]; outputs: string[] };
    expect(doc.findings.filter((f) => f.code === "duplicate")).toHaveLength(2);
    expect(doc.outputs).toEqual(["/tmp/x.xlsx"]);
    expect(Object.keys(doc).slice(0, 4)).toEqual(["campaign", "sheets", "findings", "units"]);
    expect(text).toBe(JSON.stringify(doc, null, 2) + "\n");
    // one piece per finding, not the whole document at once
    expect(out.length).toBeGreaterThanOrEqual(doc.findings.length + 3);
  });

  it("writes an empty findings list as []", () => {
    const text = pieces([row(1, "Trần Thị Bình")]).join("");
    const doc = JSON.parse(text) as { findings: unknown[] };
    expect(doc.findings).toEqual([]);
    expect(text).toBe(JSON.stringify(doc, null, 2) + "\n");
  });
});
