// which sheets are nomination lists, households, codes read through the workbook's table, sheet names
import { describe, expect, it } from "vitest";
import { check, type CellValue, type SheetJob } from "../../src/engine/index.js";
import { campaign } from "../engine/helpers.js";

const c = campaign({
  rules: [
    { kind: "required", id: "req", fields: ["name", "awardForm"] },
    { kind: "allowed", id: "form", field: "awardForm", values: ["bk-ubnd-tinh", "giay-khen"] },
  ],
});
const withTypes = campaign({ rules: [...c.rules, { kind: "allowed", id: "type", field: "nomineeType", values: ["individual", "collective", "household"] }] });

const title: CellValue[][] = [["DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG"], [null]];
const DANHMUC: SheetJob = {
  name: "DANHMUC",
  rows: [
    [null],
    ["STT", "Mã số", "Hình thức khen thưởng", null, "STT", "Mã số phân loại", "Tên phân loại đơn vị"],
    [1, "1650360491", "Bằng khen của Chủ tịch UBND tỉnh", null, 1, "1660638226", "Cơ quan hành chính, sự nghiệp"],
    [2, "1650360499", "Giấy khen", null, 2, "1660638247", "Doanh nghiệp"],
    [3, "1650360184", "Huân chương Lao động", null, 3, "1660638538", "Hộ gia đình"],
  ],
};

describe("households", () => {
  it("reads Hộ gia đình, HOGIADINH, Gia đình ông … and Khen thưởng hộ gia đình as the household nominee type", () => {
    const r = check(withTypes, [
      {
        name: "DS",
        rows: [
          ...title,
          ["STT", "Họ và tên", "Đối tượng", "Hình thức khen thưởng"],
          [1, "Lê Văn Hải", "Hộ gia đình", "Giấy khen"],
          [2, "Lê Văn Hà", "HOGIADINH", "Giấy khen"],
          [3, "Lê Văn Hòa", "Gia đình ông Lê Văn Hòa", "Giấy khen"],
          [4, "Lê Văn Huy", "Khen thưởng hộ gia đình", "Giấy khen"],
          [5, "Lê Văn Hùng", "CANHAN", "Giấy khen"],
          [6, "Sở Tư pháp", "TAPTHE", "Giấy khen"],
        ],
      },
    ]);
    expect(r.findings).toEqual([]);
    expect(r.sheets[0]?.columns["nomineeType"]).toBe("C");
  });
});

describe("only nomination lists are checked", () => {
  it("refuses a list of innovation topics as not-a-list", () => {
    const r = check(c, [
      {
        name: "DANHSACH",
        rows: [
          ["DANH SÁCH ĐỀ TÀI SÁNG KIẾN"],
          [null],
          ["STT", "Tên đề tài", "Ngày công nhận", "Đơn vị công nhận", "Tóm tắt thành tích đạt được", "Tên tác giả", "Phòng ban làm việc", "Tên cơ quan làm việc"],
          [1, "Đề tài cải cách 1", "12/10/2021", "Hội đồng sáng kiến", "Rút ngắn thời gian", "Nguyễn Văn A", "Phòng 1", "Sở Nội vụ"],
        ],
      },
    ]);
    expect(r.problems).toMatchObject([{ sheet: "DANHSACH", reason: "not-a-list" }]);
    expect(r.findings).toEqual([]);
    expect(r.sheets).toEqual([]);
  });

  it("refuses a statistics table and a lookup sheet as not-a-list", () => {
    const stats: SheetJob = {
      name: "Thống kê",
      rows: [["BIỂU THỐNG KÊ"], ["Chỉ tiêu", "Đơn vị tính", "Số lượng"], ["Số tập thể được khen", "Tập thể", 12], ["Số cá nhân được khen", "Người", 40]],
    };
    const r = check(c, [stats, DANHMUC]);
    expect(r.problems.map((p) => [p.sheet, p.reason])).toEqual([
      ["Thống kê", "not-a-list"],
      ["DANHMUC", "not-a-list"],
    ]);
  });

  it("a labour survey whose 'Đối tượng' holds occupations is not checked as a list", () => {
    const rows: CellValue[][] = [["PHIẾU KHẢO SÁT LAO ĐỘNG"], ["STT", "Họ và tên", "Đối tượng", "Giới tính", "Năm sinh"]];
    for (let i = 0; i < 3000; i++) rows.push([i + 1, `Người lao động ${i + 1}`, i % 2 ? "Lao động phổ thông" : "Công nhân", i % 2 ? "Nam" : "Nữ", 1980 + (i % 20)]);
    const r = check(c, [{ name: "Khảo sát", rows }]);
    expect(r.problems).toMatchObject([{ sheet: "Khảo sát", reason: "not-a-list" }]);
    expect(r.findings).toEqual([]);
  });

  it("an empty template is an empty list: columns reported, no findings, not not-a-list", () => {
    const r = check(c, [{ name: "DANHSACH", rows: [...title, ["STT", "Họ và tên", "Cá nhân/Tập thể", "Hình thức khen thưởng"]] }]);
    expect(r.problems).toEqual([]);
    expect(r.sheets).toMatchObject([{ name: "DANHSACH", rows: 0, columns: { name: "B", nomineeType: "C", awardForm: "D" } }]);
    expect(r.findings).toEqual([]);
  });

  it("rows of #N/A left by VLOOKUP columns of a template are empty rows, not nominations", () => {
    const na = { error: "#N/A" };
    const r = check(c, [{ name: "file nhận", rows: [["STT", "Họ và tên", "Hình thức khen thưởng", "Mã hình thức"], [null, null, null, na], [null, null, null, na]] }]);
    expect(r.sheets[0]?.rows).toBe(0);
    expect(r.findings).toEqual([]);
  });
});

describe("codes read through the workbook's own table", () => {
  const list = (forms: CellValue[]): SheetJob => ({
    name: "DANHSACH",
    rows: [...title, ["STT", "Tên tập thể/cá nhân", "Danh hiệu thi đua/Hình thức khen thưởng", "Phân loại đối tượng"], ...forms.map((f, i) => [i + 1, `Người ${i + 1}`, f, "1660638226"])],
  });

  it("reads award-form codes as the forms DANHMUC names and says so in the report", () => {
    const r = check(c, [list(["1650360491", "1650360499", "1650360491"]), DANHMUC]);
    expect(r.findings).toEqual([]);
    expect(r.sheets[0]?.lookups).toEqual({ awardForm: { sheet: "DANHMUC", codeColumn: "B", nameColumn: "C", codes: 3 } });
    expect(r.awardForms.map((a) => [a.form, a.count])).toEqual([
      ["bk-ubnd-tinh", 2],
      ["giay-khen", 1],
    ]);
  });

  it("a form the table names but the campaign does not allow is not-allowed; an unknown code is invalid-value on its cell", () => {
    const r = check(c, [list(["1650360491", "1650360184", "1650369999", "1650360499", "1650360491"]), DANHMUC]);
    expect(r.findings.map((f) => [f.cell, f.code])).toEqual([
      ["C5", "not-allowed"],
      ["C6", "invalid-value"],
    ]);
    expect(r.findings[1]?.message).toContain("DANHMUC");
  });

  it("each workbook's codes through its own table: one code, two meanings in two submissions of one round", () => {
    // b.xlsx's table gives the code a.xlsx uses for the Certificate of Merit to a medal this campaign does not award
    const other: SheetJob = { ...DANHMUC, file: "b.xlsx", rows: DANHMUC.rows.map((r): CellValue[] => (r[1] === "1650360491" ? [r[0] ?? null, r[1], "Huân chương Lao động", ...r.slice(3)] : r)) };
    const r = check(c, [{ ...list(["1650360491"]), file: "a.xlsx" }, { ...DANHMUC, file: "a.xlsx" }, { ...list(["1650360491"]), file: "b.xlsx" }, other]);
    expect(r.findings.map((f) => [f.file, f.cell, f.code])).toEqual([["b.xlsx", "C4", "not-allowed"]]);
    expect(r.awardForms.map((a) => [a.form, a.count])).toEqual([
      ["bk-ubnd-tinh", 1],
      ["huan-chuong-lao-dong", 1],
    ]);
  });
});

describe("sheet names give the nominee type", () => {
  it("'I. Cá nhân' and 'II. Tập thể' are one pool, each row typed by its sheet", () => {
    const d = campaign({ rules: [{ kind: "allowed", id: "type", field: "nomineeType", values: ["individual"] }, { kind: "duplicate", id: "dup", keys: ["name"] }] });
    const s = (name: string, people: string[]): SheetJob => ({ name, rows: [...title, ["STT", "Họ và tên", "Hình thức khen thưởng"], ...people.map((p, i) => [i + 1, p, "Giấy khen"])] });
    const r = check(d, [s("I. Cá nhân", ["Nguyễn Văn A", "Trần Thị B"]), s("II. Tập thể", ["Sở Tư pháp", "Nguyễn Văn A"])]);
    expect(r.findings.filter((f) => f.rule === "type").map((f) => [f.sheet, f.row])).toEqual([
      ["II. Tập thể", 4],
      ["II. Tập thể", 5],
    ]);
    const dup = r.findings.find((f) => f.rule === "dup");
    expect(dup?.locations).toEqual([
      { sheet: "I. Cá nhân", row: 4 },
      { sheet: "II. Tập thể", row: 5 },
    ]);
  });
});

describe("a unit for the whole file", () => {
  it("gives rows without a proposing-unit column the unit the user named", () => {
    const d = campaign({ rules: [{ kind: "required", id: "req", fields: ["unit"] }] });
    const rows = [["STT", "Họ và tên", "Hình thức khen thưởng"], [1, "Nguyễn Văn A", "Giấy khen"]];
    expect(check(d, [{ name: "DS", unit: "Sở Y tế", rows }]).findings).toEqual([]);
    expect(check(d, [{ name: "DS", rows }]).findings.map((f) => f.code)).toEqual(["missing-column"]);
  });
});

describe("every row finding carries its row's unit", () => {
  it("from the unit column, or the unit given for the whole file", () => {
    const d = campaign({ rules: [{ kind: "required", id: "req", fields: ["name", "awardForm"] }, { kind: "allowed", id: "form", field: "awardForm", values: ["giay-khen"] }] });
    const r = check(d, [{ name: "DS", rows: [["STT", "Họ và tên", "Đơn vị đề nghị", "Hình thức khen thưởng"], [1, "Nguyễn Văn A", " Sở  Y tế ", null], [2, "Trần Thị B", "Công an tỉnh", "Huân chương Lao động"]] }]);
    expect(r.findings.map((f) => [f.cell, f.code, f.unit])).toEqual([
      ["D2", "missing-value", "Sở Y tế"],
      ["D3", "not-allowed", "Công an tỉnh"],
    ]);
    const u = check(d, [{ name: "DS", unit: "Sở Tư pháp", rows: [["STT", "Họ và tên", "Hình thức khen thưởng"], [1, "Nguyễn Văn A", null]] }]);
    expect(u.findings.map((f) => [f.cell, f.unit])).toEqual([["C2", "Sở Tư pháp"]]);
  });
});
