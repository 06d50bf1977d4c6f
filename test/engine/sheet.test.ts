// reading a real-looking sheet: title block, merged two-row header, sections, totals, signature
import { describe, expect, it } from "vitest";
import { check, detectLayout, type CellValue } from "../../src/engine/index.js";
import { campaign } from "./helpers.js";

const c = campaign({
  rules: [
    { kind: "required", id: "req", fields: ["name", "unit", "nomineeType"] },
    { kind: "threshold", id: "donor", when: { rewardKind: "donor" }, anyOf: [{ field: "contribution", min: 75_000_000 }, { field: "mobilized", min: 400_000_000, when: { nomineeType: "collective" } }] },
  ],
});

const N = null;
const rows: CellValue[][] = [
  ["UBND TỈNH KIÊN GIANG", N, N, N, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
  ["SỞ Y TẾ", N, N, N, "Độc lập - Tự do - Hạnh phúc"],
  [N],
  ["DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG PHONG TRÀO THI ĐUA CỦA CÁC ĐƠN VỊ"],
  [N],
  ["STT", "Ho\u0323 va\u0300 te\u0302n / Tên tập thể", "Đơn vị", "Loại khen thưởng", "Giá trị (đồng)", N, "Ghi chú"],
  [N, N, N, N, "Đóng góp", "Vận động", N],
  ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"],
  ["I. CÁ NHÂN"],
  [1, "Nguyễn Văn A", "Sở Y tế", "Nhà hảo tâm", 75_000_000, N, N],
  [2, "Trần Thị B", "Sở Y tế", "Nhà hảo tâm", "74.999.999 đ", N, N],
  ["II. TẬP THỂ"],
  [3, "Công ty C", "Sở Y tế", "Nhà hảo tâm", N, "400 triệu", N],
  [4, N, "Sở Y tế", "Đột xuất", N, N, N],
  [5, N, N, N, N, N, N],
  ["Tổng cộng", N, N, N, 149_999_999, N, N],
  [N],
  [N, "Kiên Giang, ngày 12 tháng 10 năm 2021"],
  [N, "NGƯỜI LẬP BIỂU", N, N, "THỦ TRƯỞNG ĐƠN VỊ"],
  [N, "(Ký, ghi rõ họ tên)", N, N, "(Ký tên, đóng dấu)"],
  [N, "Lê Văn Ký", N, N, "Phạm Văn Dấu"],
];
const merges = [
  { top: 6, left: 5, bottom: 6, right: 6 },
  { top: 6, left: 1, bottom: 7, right: 1 },
  { top: 6, left: 2, bottom: 7, right: 2 },
];

describe("layout", () => {
  it("finds a two-row merged header below the title block", () => {
    const r = detectLayout({ name: "DS", rows, merges }, c);
    expect(r.ok && r.layout).toMatchObject({
      headerRow: 6,
      headerRows: 2,
      firstRow: 9,
      lastRow: 14,
      columns: { rowNumber: 1, name: 2, unit: 3, rewardKind: 4, contribution: 5, mobilized: 6, note: 7 },
    });
  });

  it("finds it without merge information too (blank cells under a parent)", () => {
    const r = detectLayout({ name: "DS", rows }, c);
    expect(r.ok && r.layout.columns).toMatchObject({ contribution: 5, mobilized: 6, name: 2 });
  });

  it("takes the user's correction of a column", () => {
    const r = detectLayout({ name: "DS", rows, merges }, c, { columns: { note: 0, summary: 7 } });
    expect(r.ok && r.layout.columns).toMatchObject({ summary: 7 });
    expect(r.ok && r.layout.columns["note"]).toBeUndefined();
  });

  it("says what it looked for when there is no header", () => {
    const r = detectLayout({ name: "X", rows: [["a", "b"], [1, 2]] }, c);
    expect(r).toMatchObject({ ok: false, reason: "no-header" });
    expect(!r.ok && r.lookedFor.join(" ")).toContain("Họ và tên");
    expect(detectLayout({ name: "E", rows: [[null, ""]] }, c)).toMatchObject({ ok: false, reason: "empty" });
  });
});

describe("rows", () => {
  it("skips sections, totals and the signature block; sections set the nominee type", () => {
    const r = check(c, [{ name: "DS", rows, merges }]);
    // "I. CÁ NHÂN" and "II. TẬP THỂ" give rows 10-14 their nominee type: no missing-value for it
    expect(r.findings.map((f) => [f.row, f.field, f.code])).toEqual([
      [11, "contribution", "below-threshold"],
      [14, "name", "missing-value"],
    ]);
    expect(r.sheets[0]).toMatchObject({ headerRow: 6, firstRow: 9, lastRow: 14, rows: 4, columns: { name: "B", contribution: "E" } });
  });
});

describe("rows that are not nominations", () => {
  it("an unlabelled totals row (only amounts) is skipped; a row with a label and an amount is not", () => {
    const r = check(c, [
      {
        name: "DS",
        rows: [
          ["STT", "Họ và tên", "Đơn vị", "Loại khen thưởng", "Giá trị đóng góp (đồng)"],
          [1, "Nguyễn Văn A", "Sở Y tế", "Nhà hảo tâm", 80_000_000],
          [null, null, null, null, 80_000_000],
          [null, null, "Sở Y tế", null, 5],
        ],
      },
    ]);
    expect(r.findings.map((f) => [f.row, f.field, f.code])).toEqual([
      [undefined, "nomineeType", "missing-column"],
      [4, "name", "missing-value"],
    ]);
    expect(r.totals.rows).toBe(2);
  });
});
