import { expect, test } from "vitest";
import { decodeLedger, encodeLedger, type LedgerEntry } from "../../src/addin/office/ledger.js";

const entry = (over: Partial<LedgerEntry>): LedgerEntry => ({
  sheetKey: "k-1",
  sheet: "Danh sách",
  cell: "F10",
  fill: { color: "#FFFFFF", pattern: "None" },
  note: null,
  annotation: "note",
  severity: "error",
  ...over,
});

test("entries survive the round trip, including text Excel would treat as a formula or eat", () => {
  const entries = [
    entry({}),
    entry({ cell: "H11", note: "=SUM(A1:A3)", fill: { color: "#00B050", pattern: "Solid", tintAndShade: 0.4 } }),
    entry({ cell: "B12", note: "'quoted", annotation: "comment", severity: "warning" }),
    entry({ cell: "C3", note: "+84 912 345 678\n@all -- xem lại" }),
  ];
  const matrix = encodeLedger(entries);
  for (const row of matrix) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@']/);
  expect(decodeLedger(matrix)).toEqual(entries);
});

test("rows that do not parse are dropped, a sheet that is not a ledger yields nothing", () => {
  const matrix: unknown[][] = encodeLedger([entry({})]);
  matrix.push(["garbage", "", "", "", "", "", ""]);
  expect(decodeLedger(matrix)).toHaveLength(1);
  expect(decodeLedger([["STT", "Họ và tên"]])).toEqual([]);
});

test("a ledger of the first version (rows named by Worksheet.id) is read with no key, so its rows match by name", () => {
  const matrix = encodeLedger([entry({})]);
  matrix[0]![0] = JSON.stringify("thidua-marks/1");
  matrix[1]![0] = JSON.stringify("{00000000-0001-0000-0000-000000000000}");
  expect(decodeLedger(matrix)).toEqual([entry({ sheetKey: "" })]);
});
