import { expect, test } from "vitest";
import { rectAddress } from "../../src/addin/shared/address.js";
import { runAddresses } from "../../src/addin/office/runs.js";

const cells = (list: string) =>
  list.split(" ").map((a) => {
    const m = /^([A-Z])(\d+)$/.exec(a)!;
    return { row: Number(m[2]), col: m[1]!.charCodeAt(0) - 64 };
  });

test.each([
  ["F7", ["F7"]],
  ["F7 F8 F9", ["F7:F9"]],
  ["F7 F9", ["F7", "F9"]],
  ["B7 B8 C7 C8", ["B7:C8"]],
  ["B7 B8 C8", ["B7:B8", "C8"]],
  ["B7 C7 D7 F7", ["B7:D7", "F7"]],
  ["H12 H11 H10 H11", ["H10:H12"]],
])("%s -> %j", (input, expected) => {
  expect(runAddresses(cells(input)).sort()).toEqual([...expected].sort());
});

test("rectangles address themselves", () => {
  expect(rectAddress({ top: 2, left: 1, bottom: 2, right: 1 })).toBe("A2");
  expect(rectAddress({ top: 2, left: 1, bottom: 9, right: 3 })).toBe("A2:C9");
});
