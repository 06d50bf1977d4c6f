import { describe, expect, test } from "vitest";
import { LEDGER_SHEET } from "../../src/addin/office/ledger.js";
import { MARK_FILL } from "../../src/addin/office/plan.js";
import { contents, formatting } from "./fixtures.js";
import { kienGiang, noViolations, reopen, setup } from "./harness.js";

// F10 (not-allowed) had the clerk's own yellow fill and note; H11 a patterned fill; B12 a white fill
const OWN = {
  fills: {
    F10: { color: "#FFFF00", pattern: "Solid" },
    H11: { color: "#92D050", pattern: "LightUp", patternColor: "#FF0000", tintAndShade: 0.25 },
    B12: { color: "#FFFFFF", pattern: "Solid" },
    B7: { color: "#DDEBF7", pattern: "Solid" },
  },
  notes: { F10: "Đã hỏi lại đơn vị", C7: "=không phải công thức" },
};
const req = { sheet: "Danh sách", campaign: kienGiang(), lang: "vi" as const };

describe("marks and Xóa đánh dấu", () => {
  test("clearing restores each cell's own fill and note exactly", async () => {
    const h = setup(OWN);
    const before = formatting(h.sheet);
    const values = contents(h.sheet);
    await h.port.check(req);
    expect(h.sheet.cell(10, 6).fill).toMatchObject({ color: MARK_FILL.error, pattern: "Solid" });
    expect(h.sheet.notes.get("F10")).toMatch(/^Đã hỏi lại đơn vị\n\nKiểm tra thi đua:/);
    expect(formatting(h.sheet)).not.toEqual(before);
    const out = await h.port.clearMarks();
    expect(out).toEqual({ restored: 3, skippedSheets: [] });
    expect(formatting(h.sheet)).toEqual(before);
    expect(contents(h.sheet)).toEqual(values);
    expect(h.book.sheet(LEDGER_SHEET)).toBeUndefined();
    noViolations(h.book);
  });

  test("also after the workbook was saved and reopened", async () => {
    const h = setup(OWN);
    const before = formatting(h.sheet);
    await h.port.check(req);
    const again = reopen(h);
    expect(again.book.sheet(LEDGER_SHEET)?.visibility).toBe("VeryHidden");
    await again.port.clearMarks();
    expect(formatting(again.sheet)).toEqual(before);
    noViolations(again.book);
  });

  test("a second check does not take the marks for the cells' own formatting", async () => {
    const h = setup(OWN);
    const before = formatting(h.sheet);
    await h.port.check(req);
    await h.port.check(req);
    const again = reopen(h);
    await again.port.check(req);
    expect(again.sheet.notes.get("F10")?.match(/Kiểm tra thi đua:/g)).toHaveLength(1);
    await again.port.clearMarks();
    expect(formatting(again.sheet)).toEqual(before);
  });

  test("a cell fixed since the last check gets its own formatting back at the next check", async () => {
    const h = setup(OWN);
    await h.port.check(req);
    h.sheet.cell(10, 6).value = "Bằng khen UBND tỉnh"; // the clerk fixes F10
    const out = await h.port.check(req);
    expect(out.report.findings.map((f) => f.cell)).not.toContain("F10");
    expect(h.sheet.cell(10, 6).fill).toMatchObject({ color: "#FFFF00", pattern: "Solid" });
    expect(h.sheet.notes.get("F10")).toBe("Đã hỏi lại đơn vị");
    noViolations(h.book);
  });

  test("a fill the user changed after marking stays theirs", async () => {
    const h = setup(OWN);
    await h.port.check(req);
    h.sheet.cell(11, 8).fill = { ...h.sheet.cell(11, 8).fill, color: "#00B0F0", pattern: "Solid" };
    await h.port.clearMarks();
    expect(h.sheet.cell(11, 8).fill.color).toBe("#00B0F0");
    expect(h.sheet.cell(10, 6).fill.color).toBe("#FFFF00");
  });

  test("Office 2021 (ExcelApi 1.14): the message goes in a threaded comment, and clearing removes only ours", async () => {
    const h = setup({ ...OWN, notes: {}, comments: { B12: "Ý kiến của thẩm định viên" } }, { api: "1.14" });
    const before = formatting(h.sheet);
    const out = await h.port.check(req);
    expect(out.annotationMode).toBe("comment");
    expect(out.annotated).toBe(2); // B12 keeps the user's comment alone
    expect(h.sheet.comments.map((c) => c.cell).sort()).toEqual(["B12", "F10", "H11"]);
    await h.port.check(req);
    expect(h.sheet.comments).toHaveLength(3);
    await h.port.clearMarks();
    expect(formatting(h.sheet)).toEqual(before);
    noViolations(h.book);
  });

  test("Office 2021: a cell with a legacy note refuses a comment; the others still get theirs, and the user is told", async () => {
    const h = setup(OWN, { api: "1.14" }); // F10 has the clerk's note, which this host cannot see
    const before = formatting(h.sheet);
    const out = await h.port.check(req);
    expect(out.annotated).toBe(2);
    expect(out.notices).toContainEqual(expect.objectContaining({ kind: "annotations-failed", cells: 1 }));
    expect(h.sheet.comments.map((c) => c.cell).sort()).toEqual(["B12", "H11"]);
    expect(h.sheet.cell(10, 6).fill.color).toBe(MARK_FILL.error);
    await h.port.clearMarks();
    expect(formatting(h.sheet)).toEqual(before);
    noViolations(h.book);
  });
});
