import { describe, expect, test } from "vitest";
import { chunkAddresses, columnLetter, columnNumber, parseArea, quoteSheet, splitAreas, stripSheet } from "../../src/addin/shared/address.js";

describe("column letters", () => {
  test.each([
    [1, "A"],
    [26, "Z"],
    [27, "AA"],
    [52, "AZ"],
    [703, "AAA"],
    [16384, "XFD"],
  ])("%i <-> %s", (n, s) => {
    expect(columnLetter(n)).toBe(s);
    expect(columnNumber(s)).toBe(n);
  });
});

describe("areas", () => {
  test("sheet prefixes, quotes and commas inside quotes", () => {
    const list = splitAreas("'Danh sách, 2'!A1:C1,'Danh sách, 2'!$D$5, E7");
    expect(list).toEqual(["'Danh sách, 2'!A1:C1", "'Danh sách, 2'!$D$5", "E7"]);
    expect(list.map(parseArea)).toEqual([
      { top: 1, left: 1, bottom: 1, right: 3 },
      { top: 5, left: 4, bottom: 5, right: 4 },
      { top: 7, left: 5, bottom: 7, right: 5 },
    ]);
    expect(stripSheet("'It''s'!B2")).toBe("B2");
    expect(quoteSheet("It's")).toBe("'It''s'");
    expect(quoteSheet("Danh sách")).toBe("'Danh sách'");
  });

  test("getRanges chunks stay under 8,000 characters and keep every area once", () => {
    const areas = Array.from({ length: 5000 }, (_, i) => `F${10 * i + 7}`);
    const chunks = chunkAddresses(areas);
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks) expect(c.length).toBeLessThanOrEqual(8000);
    expect(chunks.join(",").split(",")).toEqual(areas);
  });
});
