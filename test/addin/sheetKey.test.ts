// defect: the ledger named sheets by Worksheet.id, which changes on reopen (office-js-docs #297, #1390, #552)
import { describe, expect, test } from "vitest";
import { LEDGER_SHEET } from "../../src/addin/office/ledger.js";
import { MARK_FILL } from "../../src/addin/office/plan.js";
import { SHEET_KEY_PROP } from "../../src/addin/office/sheetKey.js";
import { formatting } from "./fixtures.js";
import { kienGiang, noViolations, reopen, setup } from "./harness.js";

const OWN = { fills: { F10: { color: "#FFFF00", pattern: "Solid" }, B12: { color: "#FFFFFF", pattern: "Solid" } }, notes: { F10: "Đã hỏi lại đơn vị" } };
const req = (sheet = "Danh sách") => ({ sheet, campaign: kienGiang(), lang: "vi" as const });

describe("the ledger finds its sheet by a key of its own", () => {
  test("the checked sheet gets the key as a custom property, and keeps it on a second check", async () => {
    const h = setup(OWN);
    await h.port.check(req());
    const key = h.sheet.customProperties.get(SHEET_KEY_PROP.toLowerCase())?.value;
    expect(key).toMatch(/.{8,}/);
    await h.port.check(req());
    expect(h.sheet.customProperties.get(SHEET_KEY_PROP.toLowerCase())?.value).toBe(key);
  });

  test("after save and reopen (new sheet ids), a re-check keeps the originals and clearing restores them", async () => {
    const h = setup(OWN);
    const before = formatting(h.sheet);
    const idBefore = h.sheet.id;
    await h.port.check(req());
    const again = reopen(h);
    expect(again.sheet.id).not.toBe(idBefore);
    await again.port.check(req());
    expect(again.sheet.cell(10, 6).fill.color).toBe(MARK_FILL.error);
    await again.port.clearMarks();
    expect(formatting(again.sheet)).toEqual(before);
    expect(again.book.sheet(LEDGER_SHEET)).toBeUndefined();
    noViolations(again.book);
  });

  test("a sheet renamed after reopening is still found by its key", async () => {
    const h = setup(OWN);
    const before = formatting(h.sheet);
    await h.port.check(req());
    const again = reopen(h);
    again.sheet.name = "DS đã sửa";
    expect(await again.port.clearMarks()).toEqual({ restored: 3, skippedSheets: [] });
    expect(formatting(again.sheet)).toEqual(before);
  });

  test("without ExcelApi 1.12 sheets go by name; an entry whose sheet is not found is kept, not dropped", async () => {
    const h = setup(OWN, { api: "1.11" });
    const before = formatting(h.sheet);
    await h.port.check(req());
    expect(h.sheet.customProperties.size).toBe(0);
    const again = reopen(h, { api: "1.11" });
    again.sheet.name = "Tạm";
    expect(await again.port.clearMarks()).toEqual({ restored: 0, skippedSheets: [] });
    expect(again.book.sheet(LEDGER_SHEET)).toBeDefined(); // the originals wait for their sheet
    again.sheet.name = "Danh sách";
    expect(await again.port.clearMarks()).toEqual({ restored: 3, skippedSheets: [] });
    expect(formatting(again.sheet)).toEqual(before);
  });

  test("a copy of a marked sheet gets a key of its own; clearing each restores each", async () => {
    const h = setup(OWN);
    const before = formatting(h.sheet);
    await h.port.check(req());
    // "Move or Copy": cells, formats and custom properties go with the copy
    const copy = h.book.addSheet("Danh sách (2)");
    for (const [k, c] of h.sheet.cells) copy.cells.set(k, structuredClone(c));
    copy.customProperties = new Map([...h.sheet.customProperties].map(([k, v]) => [k, { ...v }]));
    const copyBefore = formatting(copy);
    await h.port.check(req("Danh sách (2)"));
    expect(copy.customProperties.get(SHEET_KEY_PROP.toLowerCase())?.value).not.toBe(h.sheet.customProperties.get(SHEET_KEY_PROP.toLowerCase())?.value);
    await h.port.clearMarks();
    expect(formatting(h.sheet)).toEqual(before);
    // the copy's marks were copied with it: what it had before its own check comes back
    expect(formatting(copy)).toEqual(copyBefore);
  });
});
