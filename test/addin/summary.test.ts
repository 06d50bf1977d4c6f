import { describe, expect, test } from "vitest";
import type { Report } from "../../src/engine/index.js";
import { buildSummary } from "../../src/addin/office/summaryData.js";
import { contents } from "./fixtures.js";
import { kienGiang, noViolations, setup } from "./harness.js";

const req = { sheet: "Danh sách", campaign: kienGiang(), lang: "vi" as const };

function textOf(h: ReturnType<typeof setup>, name: string): string[] {
  const s = h.book.sheet(name)!;
  return [...s.cells.values()].map((c) => String(c.value ?? ""));
}

describe("Tạo bảng tổng hợp", () => {
  test("one 2D write, then formats; findings link to their cells; running again replaces it", async () => {
    const h = setup();
    const values = contents(h.sheet);
    const { report } = await h.port.check(req);
    h.book.resetStats();
    const name = await h.port.writeSummary(report, "vi");
    expect(name).toBe("Tổng hợp kiểm tra");
    expect(h.book.stats.valueWrites).toBe(1);
    expect(h.book.stats.syncs).toBe(2);
    const s = h.book.sheet(name)!;
    expect(s.owner).toBe("addin");
    expect(h.book.active?.name).toBe(name);
    const links = [...s.cells.values()].filter((c) => c.hyperlink).map((c) => c.hyperlink?.documentReference);
    expect(links).toEqual(["'Danh sách'!F10", "'Danh sách'!H11", "'Danh sách'!B12"]);
    expect(textOf(h, name)).toContain("TỔNG HỢP KIỂM TRA DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG");

    await h.port.writeSummary(report, "vi");
    expect(h.book.sheets.map((x) => x.name)).toEqual(["Danh sách", "thidua_marks", "Tổng hợp kiểm tra"]);
    expect(contents(h.sheet)).toEqual(values);
    noViolations(h.book);
  });

  test("English UI writes Check summary and replaces the Vietnamese one", async () => {
    const h = setup();
    const { report } = await h.port.check(req);
    await h.port.writeSummary(report, "vi");
    expect(await h.port.writeSummary(report, "en")).toBe("Check summary");
    expect(h.book.sheet("Tổng hợp kiểm tra")).toBeUndefined();
    expect(textOf(h, "Check summary")).toContain("NOMINATION LIST CHECK SUMMARY");
  });

  test("text that looks like a formula stays text (formula injection)", async () => {
    const h = setup();
    const { report } = await h.port.check(req);
    const evil: Report = {
      ...report,
      units: [{ unit: "=HYPERLINK(\"http://evil\",\"x\")", group: "+cmd", counted: 3, exempt: 0, min: 1, max: 2, status: "over", rows: [7] }],
      findings: report.findings.map((f, i) => (i === 0 ? { ...f, unit: "@SUM(1)", message: "-2+3" } : f)),
    };
    const name = await h.port.writeSummary(evil, "vi");
    const cells = [...h.book.sheet(name)!.cells.values()];
    expect(cells.filter((c) => c.formula !== undefined)).toEqual([]);
    for (const text of ["=HYPERLINK(\"http://evil\",\"x\")", "+cmd", "@SUM(1)", "-2+3"]) {
      const c = cells.find((x) => x.value === text);
      expect(c?.numberFormat, text).toBe("@");
    }
    expect(cells.find((c) => c.value === 3)?.numberFormat).toBe("General");
  });

  test("a workbook whose structure is protected gets a clear error", async () => {
    const h = setup();
    const { report } = await h.port.check(req);
    h.book.structureProtected = true;
    await expect(h.port.writeSummary(report, "vi")).rejects.toMatchObject({ kind: "workbook-protected" });
  });

  test("the summary's data: totals, units with quota status, findings by severity", () => {
    const report = {
      campaign: { id: "x", name: "Kế hoạch X" },
      sheets: [],
      findings: [
        { code: "quota-below-minimum", severity: "warning", rule: "q", sheet: "S", row: 9, column: "E", unit: "Huyện A", rows: [9], message: "ít", messageId: "quota-below-minimum", data: {} },
        { code: "not-allowed", severity: "error", rule: "a", sheet: "S", row: 8, column: "F", cell: "F8", message: "sai", messageId: "not-allowed", data: {} },
      ],
      units: [{ unit: "Huyện A", group: "district", counted: 3, exempt: 0, min: 15, max: 25, status: "under", rows: [9] }],
      codes: { "not-allowed": 1, "quota-below-minimum": 1 },
      awardForms: [],
      totals: { rows: 10, errors: 1, warnings: 1, infos: 0, findings: 2 },
      problems: [],
      partial: false,
    } as Report;
    const d = buildSummary(report, "vi", new Date(2021, 9, 12, 8, 5));
    expect(d.rows[2]).toEqual(["Thời điểm kiểm tra", "12/10/2021 08:05", "", "", "", ""]);
    expect(d.rows).toContainEqual(["Huyện A", "district", 3, 15, 25, "Dưới tối thiểu"]);
    const details = d.severityRows.map((r) => [d.rows[r.row]?.[0], d.rows[r.row]?.[3]]);
    expect(details).toEqual([["Lỗi", "F8"], ["Cảnh báo", "E9"]]);
    expect(d.links.map((l) => l.cell)).toEqual(["F8", "E9"]);
  });
});
