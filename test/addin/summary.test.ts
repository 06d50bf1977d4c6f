import { describe, expect, test } from "vitest";
import type { Report } from "../../src/engine/index.js";
import { buildSummarySheet } from "../../src/engine/index.js";
import { summaryPlan } from "../../src/addin/office/summaryData.js";
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
    expect(cells.find((c) => c.value === 3)?.numberFormat).toBe("#,##0"); // numbers stay numbers, with thousands separators
  });

  test("a workbook whose structure is protected gets a clear error", async () => {
    const h = setup();
    const { report } = await h.port.check(req);
    h.book.structureProtected = true;
    await expect(h.port.writeSummary(report, "vi")).rejects.toMatchObject({ kind: "workbook-protected" });
  });

  test("the summary's plan: the engine's table as values, formats per token, links, print layout", () => {
    const report = {
      campaign: { id: "x", name: "Kế hoạch X" },
      sheets: [],
      findings: [
        { code: "not-allowed", severity: "error", rule: "a", sheet: "S", row: 8, column: "F", cell: "F8", message: "sai", messageId: "not-allowed", data: {} },
        { code: "quota-below-minimum", severity: "warning", rule: "q", sheet: "S", row: 9, column: "E", cell: "E9", unit: "Huyện A", rows: [9], message: "ít", messageId: "quota-below-minimum", data: {} },
      ],
      units: [{ unit: "Huyện A", group: "district", counted: 3, exempt: 0, min: 15, max: 25, status: "under", rows: [9] }],
      codes: { "not-allowed": 1, "quota-below-minimum": 1 },
      awardForms: [],
      totals: { rows: 10, errors: 1, warnings: 1, infos: 0, findings: 2 },
      problems: [],
      partial: false,
    } as Report;
    const table = buildSummarySheet(report, undefined, { lang: "vi", files: [], checkedAt: new Date(2021, 9, 12, 8, 5), sheetNames: new Set(["S"]) });
    const d = summaryPlan(table);
    expect(d.values[3]?.slice(0, 2)).toEqual(["Thời điểm kiểm tra", 44481 + (8 * 60 + 5) / 1440]);
    expect(d.formats[3]?.[1]).toBe("dd/mm/yyyy hh:mm");
    expect(d.values).toContainEqual(["Huyện A", "district", 3, 0, 15, 25, 3 / 25, "Chưa đủ định mức tối thiểu"]);
    expect(d.links.map((l) => [l.sheet, l.cell])).toEqual([["S", "F8"], ["S", "E9"]]);
    expect(d.printTitleRows).toMatch(/^\$\d+:\$\d+$/);
    expect(d.dataBars).toHaveLength(1);
    expect(d.values.at(-2)?.[4]).toBe("Người kiểm tra");
  });
});
