// Kon Tum, Sở Nội vụ, Kế hoạch 57/KH-SNV (seed 001)
import { describe, expect, it } from "vitest";
import { toSerial } from "../../src/engine/index.js";
import { FIRST, preset, ruleTable, run, sheet, tuples, type Row } from "./table.js";

const campaign = preset("kon-tum-snv-2021-covid");
const day = (y: number, m: number, d: number) => toSerial(new Date(Date.UTC(y, m - 1, d)));

// the department's own list: position and workplace in one column, no separate unit column
const cols = {
  stt: "STT",
  name: "Họ và tên",
  position: "Chức vụ, đơn vị công tác",
  form: "Hình thức đề nghị khen thưởng",
  date: "Thời gian lập thành tích",
  summary: "Tóm tắt thành tích",
};

const base: Row = {
  name: "Phạm Thị Hoa",
  position: "Chuyên viên Phòng Xây dựng chính quyền",
  form: "Giấy khen của Giám đốc Sở Nội vụ",
  date: day(2021, 11, 20),
  summary: "Tham gia trực chốt kiểm soát dịch",
};

describe("kon-tum-snv-2021-covid", () => {
  ruleTable(campaign, "required-fields", cols, {
    valid: [{ name: "name and award form present", rows: [base] }],
    invalid: [
      {
        name: "no name; no award form",
        rows: [{ ...base, name: null }, { ...base, name: "Y Blúp", form: "" }],
        errors: [
          [FIRST, "name", "missing-value", "required-fields"],
          [FIRST + 1, "awardForm", "missing-value", "required-fields"],
        ],
      },
    ],
  });

  ruleTable(campaign, "award-form", cols, {
    valid: [
      {
        name: "the four forms of the plan, as written in lists",
        rows: [
          { ...base, name: "A", form: "Huân chương Lao động hạng Ba" },
          { ...base, name: "B", form: "Bằng khen của Thủ tướng Chính phủ" },
          { ...base, name: "C", form: "BK TTCP" },
          { ...base, name: "D", form: "Bằng khen của Chủ tịch UBND tỉnh" },
          { ...base, name: "E", form: "Giấy khen của Giám đốc Sở Nội vụ" },
          { ...base, name: "F", form: "Giấy khen" },
          { ...base, name: "G", form: "GK" },
          { ...base, name: "H", form: "Giấy khen của Giám đốc Sở" },
        ],
      },
    ],
    invalid: [
      {
        name: "the Emulation Flag, a district chairman's or another department's Giấy khen, an unknown form",
        rows: [
          { ...base, name: "A", form: "Cờ thi đua" },
          { ...base, name: "B", form: "Giấy khen của Chủ tịch UBND huyện" },
          { ...base, name: "C", form: "Giấy khen của Giám đốc Sở Y tế" },
          { ...base, name: "D", form: "Giấy khen Giám đốc Sở Giáo dục và Đào tạo" },
          { ...base, name: "E", form: "Bằng khen của Bộ trưởng Bộ Nội vụ" },
        ],
        errors: [
          [FIRST, "awardForm", "not-allowed", "award-form"],
          [FIRST + 1, "awardForm", "not-allowed", "award-form"],
          [FIRST + 2, "awardForm", "not-allowed", "award-form"],
          [FIRST + 3, "awardForm", "not-allowed", "award-form"],
          [FIRST + 4, "awardForm", "not-allowed", "award-form"],
        ],
      },
    ],
  });

  ruleTable(campaign, "achievement-period", cols, {
    valid: [
      {
        name: "from 1/11/2021 on, no end",
        rows: [
          { ...base, name: "A", date: day(2021, 11, 1) },
          { ...base, name: "B", date: "01/11/2021" },
          { ...base, name: "C", date: "1-11-2021" },
          { ...base, name: "D", date: "11/2021" },
          { ...base, name: "E", date: "tháng 11 năm 2021" },
          { ...base, name: "F", date: "15/3/2023" },
          { ...base, name: "G", date: null },
        ],
      },
    ],
    invalid: [
      {
        name: "31/10/2021 and October 2021",
        rows: [
          { ...base, name: "A", date: day(2021, 10, 31) },
          { ...base, name: "B", date: "31/10/2021" },
          { ...base, name: "C", date: "10/2021" },
        ],
        errors: [
          [FIRST, "achievementDate", "outside-period", "achievement-period"],
          [FIRST + 1, "achievementDate", "outside-period", "achievement-period"],
          [FIRST + 2, "achievementDate", "outside-period", "achievement-period"],
        ],
      },
    ],
  });

  ruleTable(campaign, "duplicate", cols, {
    valid: [{ name: "two people", rows: [base, { ...base, name: "Phạm Thị Hòa" }] }],
    invalid: [
      {
        name: "the same name twice, even with another position (names alone are compared)",
        rows: [base, { ...base, position: "Phó Trưởng phòng", form: "Bằng khen của Chủ tịch UBND tỉnh" }],
        errors: [[FIRST + 1, "name", "duplicate", "duplicate"]],
      },
    ],
  });

  it("a clean list has no finding at all, without a unit column", () => {
    const rows: Row[] = [
      base,
      { ...base, name: "Phòng Công chức, viên chức", position: "", form: "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh" },
      { ...base, name: "A Thuận", form: "Huân chương Lao động hạng Ba", date: "12/2021" },
    ];
    const report = run(campaign, [sheet(cols, rows)]);
    expect(tuples(report)).toEqual([]);
    expect(report.totals).toMatchObject({ rows: 3, errors: 0, warnings: 0 });
  });

  it("a list without achievement dates says the period could not be checked", () => {
    const { date: _date, ...noDate } = cols;
    const report = run(campaign, [sheet(noDate, [base])]);
    expect(tuples(report)).toEqual([[null, "achievementDate", "missing-column", "achievement-period"]]);
  });
});
