// defect: getCellProperties gives "#FFFFFF" for No Fill and for white (office-js #6218, #4900)
import { describe, expect, test } from "vitest";
import { snapshotOf, isMarkFill } from "../../src/addin/office/fill.js";
import { MARK_FILL } from "../../src/addin/office/plan.js";
import { formatting } from "./fixtures.js";
import { kienGiang, noViolations, setup } from "./harness.js";

const req = { sheet: "Danh sách", campaign: kienGiang(), lang: "vi" as const };
const props = (fill: Record<string, unknown>) => ({ format: { fill } }) as unknown as Excel.CellProperties;

describe("No Fill, white and the add-in's marks told apart", () => {
  test.each([
    ["No Fill (tintAndShade null)", { color: "#FFFFFF", pattern: null, tintAndShade: null }, { color: "#FFFFFF", pattern: "None" }],
    ["No Fill (pattern None)", { color: "#FFFFFF", pattern: "None", tintAndShade: 0 }, { color: "#FFFFFF", pattern: "None" }],
    ["solid white (pattern null)", { color: "#FFFFFF", pattern: null, tintAndShade: 0 }, { color: "#FFFFFF", pattern: "Solid", tintAndShade: 0 }],
    ["a mark read back with pattern null", { color: "#FFC7CE", pattern: null, tintAndShade: 0 }, { color: "#FFC7CE", pattern: "Solid", tintAndShade: 0 }],
    ["a tinted theme colour", { color: "#DDEBF7", pattern: "Solid", tintAndShade: 0.8 }, { color: "#DDEBF7", pattern: "Solid", tintAndShade: 0.8 }],
  ])("%s", (_what, fill, snapshot) => {
    expect(snapshotOf(props(fill))).toEqual(snapshot);
  });

  test("a mark is its colour with a Solid or null pattern; a tinted or patterned fill of the same colour is not", () => {
    expect(isMarkFill(snapshotOf(props({ color: "#FFC7CE", pattern: null, tintAndShade: 0 })), "error")).toBe(true);
    expect(isMarkFill(snapshotOf(props({ color: "#ffc7ce", pattern: "Solid", tintAndShade: 0 })), "error")).toBe(true);
    expect(isMarkFill(snapshotOf(props({ color: "#FFC7CE", pattern: "LightUp", tintAndShade: 0 })), "error")).toBe(false);
    expect(isMarkFill(snapshotOf(props({ color: "#FFC7CE", pattern: null, tintAndShade: 0.4 })), "error")).toBe(false);
    expect(isMarkFill(snapshotOf(props({ color: "#FFFFFF", pattern: null, tintAndShade: null })), "error")).toBe(false);
  });

  test("a white cell is white again after clearing, a cell with no fill has none, and marks are removed", async () => {
    const h = setup({ fills: { B12: { color: "#FFFFFF", pattern: "Solid" } } }); // F10, H11 have no fill
    const before = formatting(h.sheet);
    await h.port.check(req);
    for (const [r, c] of [[10, 6], [11, 8], [12, 2]] as const) expect(h.sheet.cell(r, c).fill).toMatchObject({ color: MARK_FILL.error, pattern: "Solid" });
    await h.port.clearMarks();
    expect(h.sheet.cell(12, 2).fill).toMatchObject({ color: "#FFFFFF", pattern: "Solid" });
    expect(h.sheet.cell(10, 6).fill.pattern).toBe("None");
    expect(h.sheet.cell(11, 8).fill.pattern).toBe("None");
    expect(formatting(h.sheet)).toEqual(before);
    noViolations(h.book);
  });
});
