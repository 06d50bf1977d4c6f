// Hưng Yên 2021, implementing Quyết định 1497/QĐ-TTg (seed 002)
import { describe, expect, it } from "vitest";
import { FIRST, preset, ruleTable, run, sheet, tuples, type Row } from "./table.js";

const campaign = preset("hung-yen-2021-covid");

const cols = {
  stt: "STT",
  name: "Tên tập thể, cá nhân",
  type: "Đối tượng",
  unit: "Đơn vị đề nghị",
  form: "Hình thức khen thưởng",
  kind: "Diện khen thưởng",
  contribution: "Số tiền ủng hộ",
  summary: "Tóm tắt thành tích",
};

const collectiveDonor: Row = {
  name: "Công ty CP Dược phẩm Phố Hiến",
  type: "Tập thể",
  unit: "Ủy ban MTTQ Việt Nam tỉnh",
  form: "Bằng khen của Chủ tịch UBND tỉnh",
  kind: "Nhà hảo tâm",
  contribution: 50_000_000,
  summary: "Ủng hộ vật tư y tế cho khu cách ly",
};
const frontLine: Row = {
  name: "Nguyễn Thị Thu",
  type: "Cá nhân",
  unit: "Sở Y tế",
  form: "Bằng khen của Chủ tịch UBND tỉnh",
  kind: "Đột xuất",
  summary: "Trực tiếp điều trị bệnh nhân Covid-19",
};

describe("hung-yen-2021-covid", () => {
  ruleTable(campaign, "required-fields", cols, {
    valid: [{ name: "complete rows", rows: [collectiveDonor, frontLine] }],
    invalid: [
      {
        name: "no nominee type; no unit and no award form",
        rows: [{ ...frontLine, type: null }, { ...frontLine, name: "Đỗ Văn Hùng", unit: null, form: null }],
        errors: [
          [FIRST, "nomineeType", "missing-value", "required-fields"],
          [FIRST + 1, "unit", "missing-value", "required-fields"],
          [FIRST + 1, "awardForm", "missing-value", "required-fields"],
        ],
      },
    ],
  });

  ruleTable(campaign, "award-form", cols, {
    valid: [
      {
        name: "state-level awards, the provincial Bằng khen, Giấy khen of the plan's authorities",
        rows: [
          { ...frontLine, name: "A", form: "Huân chương Lao động hạng Nhì" },
          { ...frontLine, name: "B", form: "Bằng khen của Thủ tướng Chính phủ" },
          { ...frontLine, name: "C", form: "Khen thưởng cấp Nhà nước" },
          { ...frontLine, name: "D", form: "Huân chương Dũng cảm" },
          { ...frontLine, name: "E", form: "BK UBND tỉnh" },
          { ...frontLine, name: "F", form: "Giấy khen của Chủ tịch UBND thị xã" },
          { ...frontLine, name: "G", form: "Giấy khen của Thủ trưởng sở, ban, ngành" },
          { ...frontLine, name: "H", form: "GK" },
        ],
      },
    ],
    invalid: [
      {
        name: "the provincial Emulation Flag; a commemorative medal",
        rows: [
          { ...frontLine, name: "A", form: "Cờ thi đua của UBND tỉnh" },
          { ...frontLine, name: "B", form: "Kỷ niệm chương" },
        ],
        errors: [
          [FIRST, "awardForm", "not-allowed", "award-form"],
          [FIRST + 1, "awardForm", "not-allowed", "award-form"],
        ],
      },
    ],
  });

  ruleTable(campaign, "reward-kind", cols, {
    valid: [
      {
        name: "ad hoc, donor, interim, final",
        rows: [
          { ...frontLine, name: "A", kind: "Đột xuất" },
          { ...frontLine, name: "B", kind: "Khen đột xuất" },
          collectiveDonor,
          { ...frontLine, name: "C", kind: "Sơ kết" },
          { ...frontLine, name: "D", kind: "Tổng kết" },
        ],
      },
    ],
    invalid: [
      {
        name: "a campaign-achievement kind the plan does not have; an unknown kind",
        rows: [
          { ...frontLine, name: "A", kind: "Thành tích xuất sắc" },
          { ...frontLine, name: "B", kind: "Thường xuyên" },
        ],
        errors: [
          [FIRST, "rewardKind", "not-allowed", "reward-kind"],
          [FIRST + 1, "rewardKind", "not-allowed", "reward-kind"],
        ],
      },
    ],
  });

  ruleTable(campaign, "donor-threshold", cols, {
    valid: [
      { name: "collective, exactly 50,000,000", rows: [collectiveDonor] },
      { name: "collective, “50.000.000 đ”", rows: [{ ...collectiveDonor, contribution: "50.000.000 đ" }] },
      { name: "collective, “50 triệu”", rows: [{ ...collectiveDonor, contribution: "50 triệu" }] },
      { name: "collective, “0,05 tỷ”", rows: [{ ...collectiveDonor, contribution: "0,05 tỷ" }] },
      {
        name: "individual donor with 1,000,000: the plan sets no bar for individuals",
        rows: [{ ...collectiveDonor, name: "Vũ Văn Minh", type: "Cá nhân", contribution: 1_000_000 }],
      },
      {
        name: "collective donor for a Giấy khen, not the provincial Bằng khen",
        rows: [{ ...collectiveDonor, form: "Giấy khen", contribution: "5 triệu" }],
      },
      { name: "collective ad hoc award without money", rows: [{ ...frontLine, name: "Trạm Y tế xã Liên Nghĩa", type: "Tập thể" }] },
    ],
    invalid: [
      { name: "collective, 49,999,999", rows: [{ ...collectiveDonor, contribution: 49_999_999 }], errors: [[FIRST, "contribution", "below-threshold", "donor-threshold"]] },
      { name: "collective, “49.999.999 đồng”", rows: [{ ...collectiveDonor, contribution: "49.999.999 đồng" }], errors: [[FIRST, "contribution", "below-threshold", "donor-threshold"]] },
      { name: "collective, “TT” written short, 30 triệu", rows: [{ ...collectiveDonor, type: "TT", contribution: "30 triệu" }], errors: [[FIRST, "contribution", "below-threshold", "donor-threshold"]] },
      { name: "collective donor with no amount", rows: [{ ...collectiveDonor, contribution: null }], errors: [[FIRST, "contribution", "missing-value", "donor-threshold"]] },
    ],
  });

  ruleTable(campaign, "donor-proposer", cols, {
    valid: [
      {
        name: "the provincial Fatherland Front and Red Cross, however written",
        rows: [
          { ...collectiveDonor, name: "A", unit: "Ủy ban MTTQ Việt Nam tỉnh" },
          { ...collectiveDonor, name: "B", unit: "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hưng Yên" },
          { ...collectiveDonor, name: "C", unit: "UBMTTQ tỉnh Hưng Yên" },
          { ...collectiveDonor, name: "D", unit: "Uỷ ban MTTQ tỉnh" },
          { ...collectiveDonor, name: "E", unit: "Hội Chữ thập đỏ tỉnh" },
          { ...collectiveDonor, name: "F", unit: "Hội Chữ thập đỏ tỉnh Hưng Yên" },
          { ...collectiveDonor, name: "G", unit: "hội CTĐ tỉnh" },
        ],
      },
      { name: "an individual donor proposed by a department", rows: [{ ...collectiveDonor, name: "Vũ Văn Minh", type: "Cá nhân", unit: "Sở Y tế" }] },
      { name: "a collective ad hoc award from a department", rows: [{ ...frontLine, name: "Khoa Truyền nhiễm", type: "Tập thể" }] },
      { name: "a collective donor for a department head's Giấy khen", rows: [{ ...collectiveDonor, unit: "Sở Y tế", form: "Giấy khen của Giám đốc Sở" }] },
    ],
    invalid: [
      {
        name: "collective donors for the provincial Bằng khen from a department, a district Front, a district Red Cross, a district",
        rows: [
          { ...collectiveDonor, name: "A", unit: "Sở Y tế" },
          { ...collectiveDonor, name: "B", unit: "Ủy ban MTTQ huyện Văn Lâm" },
          { ...collectiveDonor, name: "C", unit: "Hội Chữ thập đỏ huyện Kim Động" },
          { ...collectiveDonor, name: "D", unit: "Huyện Khoái Châu" },
        ],
        errors: [
          [FIRST, "unit", "not-allowed", "donor-proposer"],
          [FIRST + 1, "unit", "not-allowed", "donor-proposer"],
          [FIRST + 2, "unit", "not-allowed", "donor-proposer"],
          [FIRST + 3, "unit", "not-allowed", "donor-proposer"],
        ],
      },
    ],
  });

  ruleTable(campaign, "duplicate", cols, {
    valid: [{ name: "same name, two units", rows: [frontLine, { ...frontLine, unit: "Bệnh viện Đa khoa tỉnh" }] }],
    invalid: [
      {
        name: "the same collective donor sent by the Front in two workbooks",
        sheets: [
          sheet(cols, [frontLine, collectiveDonor], "Danh sách", "so-y-te.xlsx"),
          sheet(cols, [{ ...collectiveDonor, contribution: "60 triệu" }], "Danh sách", "mttq.xlsx"),
        ],
        errors: [[FIRST, "name", "duplicate", "duplicate"]],
      },
    ],
  });

  it("the duplicate is reported on the second workbook, pointing at the first", () => {
    const report = run(campaign, [
      sheet(cols, [frontLine, collectiveDonor], "Danh sách", "so-y-te.xlsx"),
      sheet(cols, [{ ...collectiveDonor, contribution: "60 triệu" }], "Danh sách", "mttq.xlsx"),
    ]);
    const f = report.findings.find((x) => x.rule === "duplicate")!;
    expect([f.file, f.row, f.rows, f.data["firstRow"]]).toEqual(["mttq.xlsx", FIRST, [FIRST + 1, FIRST], FIRST + 1]);
  });

  it("a clean list has no finding at all", () => {
    const rows: Row[] = [
      frontLine,
      collectiveDonor,
      { ...collectiveDonor, name: "Ngân hàng TMCP Công thương chi nhánh Hưng Yên", unit: "Hội Chữ thập đỏ tỉnh", contribution: "1,2 tỷ" },
      { ...collectiveDonor, name: "Lê Văn Tâm", type: "Cá nhân", contribution: "2 triệu", form: "Giấy khen" },
      { ...frontLine, name: "Trung tâm Kiểm soát bệnh tật tỉnh", type: "Tập thể", kind: "Sơ kết" },
    ];
    const report = run(campaign, [sheet(cols, rows)]);
    expect(tuples(report)).toEqual([]);
    expect(report.totals).toMatchObject({ rows: 5, errors: 0, warnings: 0 });
  });
});
