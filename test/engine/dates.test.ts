// dates as clerks write them in nomination lists
import { describe, expect, it } from "vitest";
import { parseDateText, serialOf } from "../../src/engine/values/date.js";

const day = (y: number, m: number, d: number) => ({ from: serialOf(y, m, d), to: serialOf(y, m, d) });
const span = (a: [number, number, number], b: [number, number, number]) => ({ from: serialOf(...a), to: serialOf(...b) });

describe("dates as clerks write them", () => {
  it.each([
    ["ngày 15 tháng 3 năm 2020", day(2020, 3, 15)],
    ["Ngày 15 tháng 03 năm 2020.", day(2020, 3, 15)],
    ["15.03.2020", day(2020, 3, 15)],
    ["ngày 01/07/2020", day(2020, 7, 1)],
    ["Ngày 15-03-2020", day(2020, 3, 15)],
    ["15/03/2020.", day(2020, 3, 15)],
    ["tháng 7 năm 2020", span([2020, 7, 1], [2020, 7, 31])],
    ["T7/2020", span([2020, 7, 1], [2020, 7, 31])],
    ["quý III năm 2020", span([2020, 7, 1], [2020, 9, 30])],
    ["Quý 1/2021", span([2021, 1, 1], [2021, 3, 31])],
    ["từ 01/7/2020 đến 30/9/2020", span([2020, 7, 1], [2020, 9, 30])],
    ["01/7/2020 - 30/9/2020", span([2020, 7, 1], [2020, 9, 30])],
  ])("%s", (s, want) => expect(parseDateText(s)).toEqual(want));

  it.each(["ngày mai", "quý V năm 2020", "30/9/2020 - 01/7/2020", "ngày 32/01/2020"])("%s is unreadable", (s) => expect(parseDateText(s)).toBeNull());
});
