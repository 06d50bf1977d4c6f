import { expect, test } from "vitest";
import { LEDGER_SHEET } from "../../src/addin/office/ledger.js";
import { formatting } from "./fixtures.js";
import { kienGiang, noViolations, setup } from "./harness.js";

const req = { sheet: "Danh sách", campaign: kienGiang(), lang: "vi" as const };

test("a protected sheet is still checked, left unmarked, and the user is told why", async () => {
  const h = setup({ protected: true });
  const before = formatting(h.sheet);
  const out = await h.port.check(req);
  expect(out.report.findings).toHaveLength(3);
  expect(out.marked).toBe(0);
  expect(out.notices).toContainEqual({ kind: "protected-no-marks", sheet: "Danh sách" });
  expect(formatting(h.sheet)).toEqual(before);
  expect(h.sheet.handlers).toEqual([]);
  noViolations(h.book);
});

test("clearing skips a sheet protected since it was marked, and keeps its originals for later", async () => {
  const h = setup({ fills: { F10: { color: "#FFFF00", pattern: "Solid" } } });
  await h.port.check(req);
  h.sheet.protected = true;
  const out = await h.port.clearMarks();
  expect(out).toEqual({ restored: 0, skippedSheets: ["Danh sách"] });
  expect(h.book.sheet(LEDGER_SHEET)).toBeDefined();
  h.sheet.protected = false;
  expect(await h.port.clearMarks()).toEqual({ restored: 3, skippedSheets: [] });
  expect(h.sheet.cell(10, 6).fill.color).toBe("#FFFF00");
});
