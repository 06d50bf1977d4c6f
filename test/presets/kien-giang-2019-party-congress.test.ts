// Kiên Giang, Kế hoạch 136/KH-UBND, 2019: special campaign for the Party congresses (seed 003)
import { describe, expect, it } from "vitest";
import { toSerial } from "../../src/engine/index.js";
import { FIRST, preset, ruleTable, run, sheet, tuples, type Row } from "./table.js";

const campaign = preset("kien-giang-2019-party-congress");
const day = (y: number, m: number, d: number) => toSerial(new Date(Date.UTC(y, m - 1, d)));

const cols = {
  stt: "STT",
  name: "Họ và tên",
  position: "Chức vụ",
  unit: "Cơ quan, đơn vị",
  form: "Hình thức đề nghị",
  registered: "Ngày đăng ký thi đua",
  achieved: "Thời gian lập thành tích",
  summary: "Thành tích đạt được",
};

const base: Row = {
  name: "Huỳnh Văn Tài",
  position: "Phó Chủ tịch UBND xã",
  unit: "UBND huyện Hòn Đất",
  form: "Bằng khen của Chủ tịch UBND tỉnh",
  registered: "15/10/2019",
  achieved: day(2020, 3, 15),
  summary: "Hoàn thành vượt mức chỉ tiêu Nghị quyết",
};
const rows = (key: string, values: unknown[]): Row[] =>
  values.map((v, i) => ({ ...base, name: `Cán bộ ${i + 1}`, [key]: v }) as Row);
const at = (n: number, field: string, code: string, rule: string) =>
  Array.from({ length: n }, (_, i) => [FIRST + i, field, code, rule] as [number, string, string, string]);

describe("kien-giang-2019-party-congress", () => {
  ruleTable(campaign, "required-fields", cols, {
    valid: [{ name: "name and award form present", rows: [base] }],
    invalid: [
      {
        name: "no name; no award form",
        rows: [{ ...base, name: "" }, { ...base, name: "Thạch Thị Sa Rên", form: null }],
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
        name: "the provincial Bằng khen and unit heads' Giấy khen",
        rows: rows("form", ["Bằng khen của Chủ tịch UBND tỉnh", "BK UBND tỉnh", "Giấy khen của Giám đốc Sở", "Giấy khen của Chủ tịch UBND huyện", "GK"]),
      },
    ],
    invalid: [
      {
        name: "awards above the province",
        rows: rows("form", ["Bằng khen của Thủ tướng Chính phủ", "Huân chương Lao động hạng Ba", "Cờ thi đua"]),
        errors: at(3, "awardForm", "not-allowed", "award-form"),
      },
    ],
  });

  ruleTable(campaign, "achievement-period", cols, {
    valid: [
      {
        name: "from 1/6/2019 to 30/6/2020 inclusive, as serials and as text",
        rows: rows("achieved", [day(2019, 6, 1), "01/06/2019", "6/2019", "30/6/2020", day(2020, 6, 30), "tháng 6/2020", "30-06-2020"]),
      },
    ],
    invalid: [
      {
        name: "31/5/2019 and 1/7/2020, May 2019 and July 2020",
        rows: rows("achieved", [day(2019, 5, 31), "31/5/2019", "1/7/2020", day(2020, 7, 1), "5/2019", "7/2020"]),
        errors: at(6, "achievementDate", "outside-period", "achievement-period"),
      },
    ],
  });

  ruleTable(campaign, "registration-deadline", cols, {
    valid: [
      {
        name: "by 29/10/2019 (“trước ngày 30/10/2019”)",
        rows: rows("registered", ["29/10/2019", day(2019, 10, 29), "15/9/2019", "ngày 28 tháng 10 năm 2019"]),
      },
    ],
    invalid: [
      {
        name: "30/10/2019 and later",
        rows: rows("registered", ["30/10/2019", day(2019, 10, 30), "5/11/2019"]),
        errors: at(3, "registrationDate", "after-deadline", "registration-deadline"),
      },
    ],
  });

  ruleTable(campaign, "duplicate", cols, {
    valid: [{ name: "same name in two districts", rows: [base, { ...base, unit: "UBND huyện Tân Hiệp" }] }],
    invalid: [
      {
        name: "the same person twice in one district",
        rows: [base, { ...base, form: "Giấy khen" }],
        errors: [[FIRST + 1, "name", "duplicate", "duplicate"]],
      },
    ],
  });

  it("a clean list has no finding at all", () => {
    const list: Row[] = [
      base,
      { ...base, name: "Trường THPT Nguyễn Trung Trực", position: null, unit: "Sở Giáo dục và Đào tạo", achieved: "12/2019" },
      { ...base, name: "Lâm Thị Ngọc", unit: "Bệnh viện Đa khoa tỉnh", form: "Giấy khen", registered: day(2019, 10, 29), achieved: "30/6/2020" },
    ];
    const report = run(campaign, [sheet(cols, list)]);
    expect(tuples(report)).toEqual([]);
    expect(report.totals).toMatchObject({ rows: 3, errors: 0, warnings: 0 });
  });
});
