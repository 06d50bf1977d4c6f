import { describe, expect, test } from "vitest";
import { MARK_FILL } from "../../src/addin/office/plan.js";
import { LEDGER_SHEET } from "../../src/addin/office/ledger.js";
import { contents, FIRST_ROW, BAD_ROWS, GOOD_ROWS } from "./fixtures.js";
import { kienGiang, noViolations, setup } from "./harness.js";

const expected = BAD_ROWS.map((b, i) => ({ cell: `${b.cell}${FIRST_ROW + 3 + i}`, code: b.code }));

describe("check on the fake host", () => {
  test("findings land on the offending cells, which are filled by severity, with the message as a note", async () => {
    const h = setup();
    const before = contents(h.sheet);
    const out = await h.port.check({ sheet: "Danh sách", campaign: kienGiang(), lang: "vi" });
    expect(out.report.findings.map((f) => ({ cell: f.cell, code: f.code }))).toEqual(expected);
    expect(out.marked).toBe(3);
    expect(out.annotated).toBe(3);
    expect(out.annotationMode).toBe("note");
    for (const { cell } of expected) {
      const c = h.sheet.cell(Number(cell.slice(1)), cell.charCodeAt(0) - 64);
      expect(c.fill).toMatchObject({ color: MARK_FILL.error, pattern: "Solid" });
      expect(h.sheet.notes.get(cell)).toMatch(/^Kiểm tra thi đua:\n• /);
    }
    expect(h.sheet.cell(7, 2).fill.pattern).toBe("None");
    expect(contents(h.sheet)).toEqual(before);
    noViolations(h.book);
    const ledger = h.book.sheet(LEDGER_SHEET);
    expect(ledger?.visibility).toBe("VeryHidden");
    expect(ledger?.owner).toBe("addin");
  });

  test("a small sheet takes four requests: read, originals, marks, notes", async () => {
    const h = setup();
    await h.port.check({ sheet: "Danh sách", campaign: kienGiang(), lang: "vi" });
    expect(h.book.stats.syncs).toBe(4);
    expect(h.book.stats.suspendCalls).toBe(1);
    expect(h.book.stats.formatOps).toBeLessThanOrEqual(3);
  });

  test("a header over two merged rows is found through the merged areas", async () => {
    const h = setup({ twoRowHeader: true });
    const out = await h.port.check({ sheet: "Danh sách", campaign: kienGiang(), lang: "vi" });
    // headerRow is the top header row (engine's header.ts; the comment in types.ts says "last")
    expect(out.report.sheets[0]).toMatchObject({ headerRow: 5, firstRow: FIRST_ROW, columns: { contribution: "H", mobilized: "I" } });
    expect(out.report.findings.map((f) => ({ cell: f.cell, code: f.code }))).toEqual(expected);
    noViolations(h.book);
  });

  test("English messages when the pane asks for English", async () => {
    const h = setup();
    const out = await h.port.check({ sheet: "Danh sách", campaign: kienGiang(), lang: "en" });
    expect(h.sheet.notes.get(out.report.findings[0]!.cell!)).toMatch(/^Nomination check:\n• /);
  });

  test("a sheet with no recognisable header is reported, not thrown, and nothing is marked", async () => {
    const h = setup({ rows: [] });
    for (const k of [...h.sheet.cells.keys()]) h.sheet.cells.delete(k);
    h.sheet.cell(1, 1).value = "Ghi chép linh tinh";
    h.sheet.cell(2, 2).value = 42;
    const out = await h.port.check({ sheet: "Danh sách", campaign: kienGiang(), lang: "vi" });
    expect(out.notices).toContainEqual(expect.objectContaining({ kind: "no-header", sheet: "Danh sách" }));
    expect(out.marked).toBe(0);
    expect(h.book.sheet(LEDGER_SHEET)).toBeUndefined();
    noViolations(h.book);
  });

  test("error cells reach the engine as errors, dates as serial numbers", async () => {
    const h = setup();
    const unit = h.sheet.cell(FIRST_ROW, 5);
    unit.value = null;
    unit.error = "#N/A";
    unit.formula = "=VLOOKUP(B7,DonVi!A:B,2,0)";
    const input = await h.port.readHeader("Danh sách");
    expect(input.rows[FIRST_ROW - 1]?.[4]).toEqual({ error: "#N/A" });
    h.sheet.cell(FIRST_ROW, 10).value = 44480; // 12/10/2021 typed as a date
    const again = await h.port.readHeader("Danh sách");
    expect(again.rows[FIRST_ROW - 1]?.[9]).toBe(44480);
  });

  test("a missing sheet is a clear error", async () => {
    const h = setup();
    await expect(h.port.check({ sheet: "Không có", campaign: kienGiang(), lang: "vi" })).rejects.toMatchObject({ kind: "sheet-not-found" });
  });
});

describe("layout corrections and legacy text", () => {
  test("a correction from the pane reaches the engine: unmapping the award form drops its finding", async () => {
    const h = setup();
    const out = await h.port.check({ sheet: "Danh sách", campaign: kienGiang(), lang: "vi", layout: { columns: { awardForm: 0 } } });
    expect(out.report.sheets[0]?.columns["awardForm"]).toBeUndefined();
    expect(out.report.findings.map((f) => f.cell)).not.toContain("F10");
    expect(out.report.findings.some((f) => f.code === "missing-column")).toBe(true);
    expect(h.sheet.cell(10, 6).fill.pattern).toBe("None"); // a sheet-wide finding marks no cell
  });

  test("a row typed in TCVN3 is read as Vietnamese: its award form is allowed, not flagged", async () => {
    const tcvn = [4, "NguyÔn ThÞ Hång Nhung", "C¸ nh©n", null, "Së Y tÕ", "B»ng khen UBND tØnh", "§ét xuÊt", null, null, null];
    const h = setup({ rows: [...GOOD_ROWS, tcvn] });
    const out = await h.port.check({ sheet: "Danh sách", campaign: kienGiang(), lang: "vi" });
    expect(out.report.findings).toEqual([]);
  });

  test("an empty sheet is said to be empty", async () => {
    const h = setup({ rows: [] });
    h.sheet.cells.clear();
    h.sheet.merges = [];
    const out = await h.port.check({ sheet: "Danh sách", campaign: kienGiang(), lang: "vi" });
    expect(out.notices).toEqual([{ kind: "empty-sheet", sheet: "Danh sách" }]);
  });
});
