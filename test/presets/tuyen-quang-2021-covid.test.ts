// Tuyên Quang, Kế hoạch 174/KH-UBND, 2021 (seed 004)
import { describe, expect, it } from "vitest";
import { toSerial } from "../../src/engine/index.js";
import { FIRST, preset, ruleTable, run, sheet, tuples, type Row } from "./table.js";

const campaign = preset("tuyen-quang-2021-covid");
const day = (y: number, m: number, d: number) => toSerial(new Date(Date.UTC(y, m - 1, d)));

const cols = {
  stt: "STT",
  name: "Tên tập thể, cá nhân",
  unit: "Đơn vị",
  form: "Hình thức khen thưởng",
  date: "Thời gian lập thành tích",
  adults: "Tỷ lệ tiêm vắc xin (người từ 18 tuổi trở lên)",
  all: "Tỷ lệ tiêm vắc xin toàn dân",
  green: "Vùng xanh",
  note: "Ghi chú",
};

const commune: Row = {
  name: "UBND xã Hợp Thành",
  unit: "UBND huyện Sơn Dương",
  form: "Bằng khen của Chủ tịch UBND tỉnh",
  date: "15/12/2021",
  adults: 0.62,
  all: "71%",
  green: "Vùng xanh",
};
const person: Row = { name: "Hoàng Văn Thắng", unit: "Công an huyện Sơn Dương", form: "Giấy khen", date: day(2021, 11, 2) };
const rows = (key: string, values: unknown[]): Row[] =>
  values.map((v, i) => ({ ...commune, name: `UBND xã ${i + 1}`, [key]: v }) as Row);
const at = (n: number, field: string, code: string, rule: string) =>
  Array.from({ length: n }, (_, i) => [FIRST + i, field, code, rule] as [number, string, string, string]);

describe("tuyen-quang-2021-covid", () => {
  ruleTable(campaign, "required-fields", cols, {
    valid: [{ name: "a commune and a person", rows: [commune, person] }],
    invalid: [
      {
        name: "no name; no award form",
        rows: [{ ...person, name: null }, { ...person, name: "Ma Thị Lan", form: " " }],
        errors: [
          [FIRST, "name", "missing-value", "required-fields"],
          [FIRST + 1, "awardForm", "missing-value", "required-fields"],
        ],
      },
    ],
  });

  ruleTable(campaign, "achievement-period", cols, {
    valid: [
      {
        name: "from 12/10/2021 on, no end",
        rows: rows("date", ["12/10/2021", day(2021, 10, 12), "11/2021", "10/2021", "31/3/2022", day(2023, 1, 1)]),
      },
    ],
    invalid: [
      {
        name: "11/10/2021 and September 2021",
        rows: rows("date", ["11/10/2021", day(2021, 10, 11), "9/2021"]),
        errors: at(3, "achievementDate", "outside-period", "achievement-period"),
      },
    ],
  });

  ruleTable(campaign, "vaccination-adults", cols, {
    valid: [
      { name: "50% and more, however typed", rows: rows("adults", [50, "50%", 0.5, "50,0 %", "0,5", 62, "100%"]) },
      { name: "an individual with no rate", rows: [person] },
    ],
    invalid: [
      {
        name: "below 50%",
        rows: rows("adults", [49.99, "49,5%", 0.4999, "45"]),
        errors: at(4, "vaccinationRateAdults", "below-threshold", "vaccination-adults"),
      },
    ],
  });

  ruleTable(campaign, "vaccination-population", cols, {
    valid: [{ name: "70% and more", rows: rows("all", [70, "70%", 0.7, "85,5%"]) }],
    invalid: [
      {
        name: "below 70%",
        rows: rows("all", [69.99, "69%", 0.69]),
        errors: at(3, "vaccinationRate", "below-threshold", "vaccination-population"),
      },
    ],
  });

  ruleTable(campaign, "green-zone", cols, {
    valid: [{ name: "green, however written", rows: rows("green", ["Vùng xanh", "Xanh", "Cấp 1", "cấp độ 1", "Có"]) }],
    invalid: [
      {
        name: "yellow, orange, red, unknown",
        rows: rows("green", ["Vùng vàng", "Cấp độ 3", "Đỏ", "Chưa đánh giá"]),
        errors: at(4, "greenZone", "not-allowed", "green-zone"),
      },
    ],
  });

  it("a zone that is not green is named by what the column holds, not by the one value allowed", () => {
    const vi = run(campaign, [sheet(cols, [{ ...commune, green: "Vùng vàng" }])]).findings.find((f) => f.rule === "green-zone")!;
    expect(vi.message).toBe("Phân loại vùng dịch “Vùng vàng” không được phép trong phong trào này (được phép: Vùng xanh).");
  });

  it("the locality targets are warnings, not errors", () => {
    const report = run(campaign, [sheet(cols, [{ ...commune, adults: "40%", all: "60%", green: "Vùng cam" }])]);
    expect(report.findings.map((f) => [f.rule, f.severity])).toEqual([
      ["vaccination-adults", "warning"],
      ["vaccination-population", "warning"],
      ["green-zone", "warning"],
    ]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 3 });
  });

  it("finds the rate columns under other usual headers", () => {
    const other = { ...cols, adults: "Tỷ lệ tiêm chủng người từ 18 tuổi", all: "Tỷ lệ tiêm chủng (%)" };
    const report = run(campaign, [sheet(other, [{ ...commune, adults: 45, all: 65 }])]);
    expect(report.sheets[0]?.columns).toMatchObject({ vaccinationRateAdults: "F", vaccinationRate: "G", greenZone: "H" });
    expect(tuples(report)).toEqual([
      [FIRST, "vaccinationRateAdults", "below-threshold", "vaccination-adults"],
      [FIRST, "vaccinationRate", "below-threshold", "vaccination-population"],
    ]);
  });

  ruleTable(campaign, "duplicate", cols, {
    valid: [{ name: "same name, two units", rows: [person, { ...person, unit: "Công an huyện Yên Sơn" }] }],
    invalid: [
      {
        name: "the same commune twice",
        rows: [commune, { ...commune, form: "Giấy khen" }],
        errors: [[FIRST + 1, "name", "duplicate", "duplicate"]],
      },
    ],
  });

  it("a clean list has no finding at all", () => {
    const report = run(campaign, [sheet(cols, [commune, person, { ...commune, name: "UBND xã Thanh Phát", adults: "50%", all: 0.7 }])]);
    expect(tuples(report)).toEqual([]);
    expect(report.totals).toMatchObject({ rows: 3, errors: 0, warnings: 0 });
  });

  it("a list of individuals without the locality columns: missing columns are info only (optional rules)", () => {
    const { adults: _a, all: _b, green: _c, ...plain } = cols;
    const report = run(campaign, [sheet(plain, [person])]);
    expect(tuples(report)).toEqual([
      [null, "vaccinationRateAdults", "missing-column", "vaccination-adults"],
      [null, "vaccinationRate", "missing-column", "vaccination-population"],
      [null, "greenZone", "missing-column", "green-zone"],
    ]);
    expect(report.findings.map((f) => f.severity)).toEqual(["info", "info", "info"]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0, infos: 3 });
  });
});
