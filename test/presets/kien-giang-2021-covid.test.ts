// Kiên Giang 2021 "Kiên Giang đồng lòng phòng, chống dịch COVID-19" (seed 000)
import { describe, expect, it } from "vitest";
import { FIRST, many, preset, ruleTable, run, sheet, tuples, type Row } from "./table.js";

const campaign = preset("kien-giang-2021-covid");

const cols = {
  stt: "STT",
  name: "Họ và tên / Tên tập thể",
  type: "Cá nhân/Tập thể",
  position: "Chức vụ",
  unit: "Đơn vị đề nghị",
  group: "Khối",
  form: "Hình thức khen thưởng",
  kind: "Loại khen thưởng",
  contribution: "Giá trị đóng góp (đồng)",
  mobilized: "Giá trị vận động (đồng)",
  summary: "Tóm tắt thành tích",
};

const excellent: Row = {
  name: "Nguyễn Văn An",
  type: "Cá nhân",
  position: "Chuyên viên",
  unit: "Sở Tài chính",
  form: "Bằng khen của Chủ tịch UBND tỉnh",
  kind: "Thành tích xuất sắc",
  summary: "Tham gia tổ công tác phòng, chống dịch",
};
const donor: Row = {
  name: "Trần Thị Bình",
  type: "Cá nhân",
  unit: "Ủy ban MTTQ Việt Nam tỉnh",
  form: "BK UBND tỉnh",
  kind: "Nhà hảo tâm",
  summary: "Ủng hộ Quỹ phòng, chống dịch",
};
const company: Row = { ...donor, name: "Công ty TNHH Thương mại Minh Phát", type: "Tập thể" };
const adhoc: Row = { ...excellent, name: "Đội thiện nguyện Bếp ăn 0 đồng", type: "Tập thể", kind: "Đột xuất" };

describe("kien-giang-2021-covid", () => {
  ruleTable(campaign, "required-fields", cols, {
    valid: [{ name: "complete row", rows: [excellent] }],
    invalid: [
      {
        name: "empty name, nominee type, unit and award form",
        rows: [{ ...excellent, name: null, type: null }, { ...excellent, name: "Lê Văn Cường", unit: "  ", form: null }],
        errors: [
          [FIRST, "name", "missing-value", "required-fields"],
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
        name: "the provincial chairman's Bằng khen, however written",
        rows: [
          { ...excellent, form: "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh" },
          { ...excellent, name: "B", form: "BK UBND tỉnh" },
          { ...excellent, name: "C", form: "bằng khen ubnd tỉnh" },
          { ...excellent, name: "D", form: "BK CT UBND tỉnh" },
        ],
      },
    ],
    invalid: [
      {
        name: "Prime Minister's Bằng khen, Giấy khen, an unknown form",
        rows: [
          { ...excellent, form: "Bằng khen của Thủ tướng Chính phủ" },
          { ...excellent, name: "B", form: "Giấy khen" },
          { ...excellent, name: "C", form: "Kỷ niệm chương" },
        ],
        errors: [
          [FIRST, "awardForm", "not-allowed", "award-form"],
          [FIRST + 1, "awardForm", "not-allowed", "award-form"],
          [FIRST + 2, "awardForm", "not-allowed", "award-form"],
        ],
      },
    ],
  });

  ruleTable(campaign, "nominee-type", cols, {
    valid: [{ name: "CN and TT", rows: [{ ...excellent, type: "CN" }, { ...adhoc, type: "TT" }] }],
    invalid: [{ name: "a household", rows: [{ ...donor, type: "Hộ gia đình" }], errors: [[FIRST, "nomineeType", "not-allowed", "nominee-type"]] }],
  });

  ruleTable(campaign, "reward-kind", cols, {
    valid: [{ name: "the plan's three kinds", rows: [excellent, { ...donor, contribution: 80_000_000 }, adhoc] }],
    invalid: [
      {
        name: "interim and final reviews",
        rows: [{ ...excellent, kind: "Sơ kết" }, { ...excellent, name: "B", kind: "Khen thưởng tổng kết" }],
        errors: [
          [FIRST, "rewardKind", "not-allowed", "reward-kind"],
          [FIRST + 1, "rewardKind", "not-allowed", "reward-kind"],
        ],
      },
    ],
  });

  ruleTable(campaign, "donor-threshold", cols, {
    valid: [
      { name: "contribution exactly 75,000,000", rows: [{ ...donor, contribution: 75_000_000 }] },
      { name: "contribution typed “75.000.000 đ”", rows: [{ ...donor, contribution: "75.000.000 đ" }] },
      { name: "contribution typed “75 triệu”", rows: [{ ...donor, contribution: "75 triệu" }] },
      {
        name: "contribution typed “75.000.000đ”, “75,000,000”, “75tr”, “0,075 tỷ”",
        rows: ["75.000.000đ", "75,000,000", "75tr", "0,075 tỷ"].map((v, i) => ({ ...donor, name: `Nhà hảo tâm ${i + 1}`, contribution: v })),
      },
      { name: "collective contribution 75,000,000", rows: [{ ...company, contribution: 75_000_000 }] },
      { name: "individual mobilised exactly 150,000,000", rows: [{ ...donor, contribution: 0, mobilized: 150_000_000 }] },
      { name: "individual mobilised “150 triệu”, no contribution", rows: [{ ...donor, mobilized: "150 triệu" }] },
      { name: "collective mobilised exactly 400,000,000", rows: [{ ...company, contribution: 10_000_000, mobilized: 400_000_000 }] },
      { name: "collective mobilised “0,4 tỷ”", rows: [{ ...company, mobilized: "0,4 tỷ" }] },
      { name: "small contribution but not a donor row", rows: [{ ...excellent, contribution: 1_000_000 }, { ...adhoc, contribution: "5 triệu" }] },
    ],
    invalid: [
      { name: "contribution 74,999,999", rows: [{ ...donor, contribution: 74_999_999 }], errors: [[FIRST, "contribution", "below-threshold", "donor-threshold"]] },
      { name: "contribution typed “74.999.999 đ”", rows: [{ ...donor, contribution: "74.999.999 đ" }], errors: [[FIRST, "contribution", "below-threshold", "donor-threshold"]] },
      { name: "contribution typed “74.999.999,99”", rows: [{ ...donor, contribution: "74.999.999,99" }], errors: [[FIRST, "contribution", "below-threshold", "donor-threshold"]] },
      {
        name: "individual mobilised 149,999,999 and gave 74,999,999",
        rows: [{ ...donor, contribution: 74_999_999, mobilized: 149_999_999 }],
        errors: [[FIRST, "contribution", "below-threshold", "donor-threshold"]],
      },
      {
        name: "individual mobilised 149,999,999 only",
        rows: [{ ...donor, mobilized: "149.999.999" }],
        errors: [[FIRST, "mobilized", "below-threshold", "donor-threshold"]],
      },
      {
        name: "collective mobilised 399,999,999 (150 million is the individuals' bar)",
        rows: [{ ...company, contribution: "10 triệu", mobilized: 399_999_999 }, { ...company, name: "Công ty CP Thủy sản Kiên Giang", mobilized: "150 triệu" }],
        errors: [
          [FIRST, "contribution", "below-threshold", "donor-threshold"],
          [FIRST + 1, "mobilized", "below-threshold", "donor-threshold"],
        ],
      },
      {
        name: "a donor with neither a contribution nor a mobilised value",
        rows: [{ ...donor }],
        errors: [[FIRST, "contribution", "missing-value", "donor-threshold"]],
      },
    ],
  });

  describe("rule quota", () => {
    const district = { ...excellent, unit: "Huyện Gò Quao", position: "Cán bộ xã" };
    const quotaCase = (rows: Row[]) => {
      const report = run(campaign, [sheet(cols, rows)]);
      return {
        tuples: tuples(report, "quota"),
        units: report.units.map((u) => [u.unit, u.group, u.counted, u.status]),
        report,
      };
    };
    const rowsFrom = (from: number, n: number) => Array.from({ length: n }, (_, i) => FIRST + from + i);

    it.each([
      ["district at its minimum, 15", "Huyện Gò Quao", 15, "district"],
      ["district at its maximum, 25", "Huyện Gò Quao", 25, "district"],
      ["city written “TP Rạch Giá”, 25", "TP Rạch Giá", 25, "district"],
      ["district written “UBND huyện Kiên Hải”, 20", "UBND huyện Kiên Hải", 20, "district"],
      ["front-line “Sở Y tế” at 35 (not a 5–10 department)", "Sở Y tế", 35, "front-line"],
      ["front-line “BCH Quân sự tỉnh” at 20", "BCH Quân sự tỉnh", 20, "front-line"],
      ["front-line “Bộ Chỉ huy Bộ đội Biên phòng Kiên Giang” at 28", "Bộ Chỉ huy Bộ đội Biên phòng Kiên Giang", 28, "front-line"],
      ["department at its maximum, 10", "Sở Tài chính", 10, "provincial"],
      ["union at its minimum, 5", "Hội Liên hiệp Phụ nữ tỉnh", 5, "provincial"],
      ["Tỉnh đoàn at 7", "Tỉnh đoàn Kiên Giang", 7, "provincial"],
    ])("valid: %s", (_name, unit, n, group) => {
      const r = quotaCase(many(n, { ...district, unit }));
      expect(r.tuples).toEqual([]);
      expect(r.units).toEqual([[unit, group, n, "ok"]]);
    });

    it.each([
      ["district over, 26", "Huyện Gò Quao", 26, "quota-exceeded"],
      ["district under, 14", "Huyện Gò Quao", 14, "quota-below-minimum"],
      ["front-line over, 36", "Công an tỉnh", 36, "quota-exceeded"],
      ["front-line under, 19", "Sở Y tế", 19, "quota-below-minimum"],
      ["department over, 11", "Sở Tài chính", 11, "quota-exceeded"],
      ["department under, 4", "Sở Giáo dục và Đào tạo", 4, "quota-below-minimum"],
      ["Ủy ban MTTQ tỉnh over, 11", "Ủy ban MTTQ Việt Nam tỉnh", 11, "quota-exceeded"],
    ])("invalid: %s", (_name, unit, n, code) => {
      const r = quotaCase(many(n, { ...district, unit }));
      expect(r.tuples).toEqual([[FIRST, "unit", code, "quota"]]);
      const f = r.report.findings.find((x) => x.rule === "quota")!;
      expect(f.unit).toBe(unit);
      expect(f.rows).toEqual(rowsFrom(0, n));
      expect(f.severity).toBe(code === "quota-exceeded" ? "error" : "warning");
      expect(f.data["counted"]).toBe(n);
    });

    it("valid: ad hoc and donor rows do not count (“không quy định số lượng”)", () => {
      const rows = [
        ...many(25, district),
        ...many(3, { ...adhoc, unit: "Huyện Gò Quao" }, (i) => `Tổ phòng, chống dịch ấp ${i + 1}`),
        ...many(2, { ...donor, unit: "Huyện Gò Quao", contribution: 100_000_000 }, (i) => `Nhà hảo tâm ${i + 1}`),
      ];
      const r = quotaCase(rows);
      expect(r.tuples).toEqual([]);
      expect(r.report.units.find((u) => u.unit === "Huyện Gò Quao")).toMatchObject({ counted: 25, exempt: 5, status: "ok" });
    });

    it("invalid: individuals and collectives are counted together", () => {
      const rows = [...many(20, district), ...many(6, { ...district, type: "Tập thể" }, (i) => `UBND xã ${i + 1}`)];
      expect(quotaCase(rows).tuples).toEqual([[FIRST, "unit", "quota-exceeded", "quota"]]);
    });

    it("invalid: one district written three ways is one proposing unit", () => {
      const rows = [
        ...many(9, district),
        ...many(9, { ...district, unit: "UBND huyện Gò Quao" }, (i) => `Trần Văn ${i + 1}`),
        ...many(8, { ...district, unit: "Ủy ban nhân dân huyện Gò Quao" }, (i) => `Lê Thị ${i + 1}`),
      ];
      const r = quotaCase(rows);
      expect(r.tuples).toEqual([[FIRST, "unit", "quota-exceeded", "quota"]]);
      expect(r.report.findings.find((x) => x.rule === "quota")?.data["counted"]).toBe(26);
    });

    it("valid: the unit-group column puts another front-line unit in the 20–35 group", () => {
      const r = quotaCase(many(30, { ...district, unit: "Bệnh viện Đa khoa tỉnh", group: "Tuyến đầu" }));
      expect(r.tuples).toEqual([]);
      expect(r.units).toEqual([["Bệnh viện Đa khoa tỉnh", "front-line", 30, "ok"]]);
    });

    it("valid: a unit in no group has no quota", () => {
      const r = quotaCase(many(40, { ...district, unit: "Công ty Điện lực Kiên Giang" }));
      expect(r.tuples).toEqual([]);
      expect(r.units).toEqual([["Công ty Điện lực Kiên Giang", null, 40, "no-quota"]]);
    });

    it("invalid: each unit is counted on its own, across sheets", () => {
      const a = sheet(cols, many(13, district), "I. Cá nhân");
      const b = sheet(cols, many(13, { ...district, type: "Tập thể" }, (i) => `Ấp ${i + 1}`), "II. Tập thể");
      const c = sheet(cols, many(5, { ...district, unit: "Sở Tư pháp" }, (i) => `Cán bộ Sở Tư pháp ${i + 1}`), "III. Sở");
      const report = run(campaign, [a, b, c]);
      expect(tuples(report, "quota")).toEqual([[FIRST, "unit", "quota-exceeded", "quota"]]);
      const f = report.findings.find((x) => x.rule === "quota")!;
      expect([f.sheet, f.unit, f.data["counted"], f.rows?.length]).toEqual(["I. Cá nhân", "Huyện Gò Quao", 26, 26]);
    });
  });

  ruleTable(campaign, "duplicate", cols, {
    valid: [
      {
        name: "same name in two units; two different names",
        rows: [excellent, { ...excellent, unit: "Sở Y tế" }, { ...excellent, name: "Nguyễn Văn Ân" }],
      },
    ],
    invalid: [
      {
        name: "the same person twice, spelled with other case and spacing",
        rows: [excellent, { ...excellent, kind: "Đột xuất" }, { ...excellent, name: "  nguyễn  văn AN ", unit: "Sở Tài chính" }],
        errors: [
          [FIRST + 1, "name", "duplicate", "duplicate"],
          [FIRST + 2, "name", "duplicate", "duplicate"],
        ],
      },
    ],
  });

  it("section rows stand in for the reward-kind column", () => {
    const { kind: _kind, ...noKind } = cols;
    const rows: Row[] = [
      { stt: "I.", name: "KHEN THƯỞNG THÀNH TÍCH XUẤT SẮC" },
      ...many(5, excellent),
      { stt: "II.", name: "KHEN THƯỞNG NHÀ HẢO TÂM" },
      { ...donor, stt: 1, contribution: 74_999_999 },
      { ...company, stt: 2, contribution: "75 triệu" },
    ];
    const report = run(campaign, [sheet(noKind, rows)]);
    expect(tuples(report)).toEqual([[FIRST + 7, "contribution", "below-threshold", "donor-threshold"]]);
    expect(report.units.map((u) => [u.unit, u.counted, u.exempt, u.status])).toEqual([
      ["Sở Tài chính", 5, 0, "ok"],
      ["Ủy ban MTTQ Việt Nam tỉnh", 0, 2, "exempt"],
    ]);
  });

  it("a clean list has no finding at all", () => {
    const rows: Row[] = [
      ...many(5, excellent),
      { ...donor, contribution: "75.000.000 đ" },
      { ...company, mobilized: "1,5 tỷ" },
      adhoc,
    ];
    const report = run(campaign, [sheet(cols, rows)]);
    expect(tuples(report)).toEqual([]);
    expect(report.totals).toMatchObject({ rows: 8, errors: 0, warnings: 0 });
  });
});
