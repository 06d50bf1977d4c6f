// each rule kind, firing and not firing, as [row, field, code, rule] tuples
import { describe, expect, it } from "vitest";
import { check } from "../../src/engine/index.js";
import { campaign, run, sheet, tuples } from "./helpers.js";

describe("required", () => {
  const c = campaign({ rules: [{ kind: "required", id: "req", fields: ["name", "unit"] }] });
  it("fires on an empty cell, not on a filled one", () => {
    expect(run(c, [{ unit: "Sở Y tế" }, { unit: null }])).toEqual([[3, "unit", "missing-value", "req"]]);
  });
  it("only when its condition holds", () => {
    const d = campaign({ rules: [{ kind: "required", id: "req", fields: ["contribution"], when: { rewardKind: "donor" } }] });
    expect(run(d, [{ kind: "Nhà hảo tâm" }, { kind: "Đột xuất" }, { kind: "Nhà hảo tâm", contribution: 1 }])).toEqual([[2, "contribution", "missing-value", "req"]]);
  });
});

describe("allowed", () => {
  const c = campaign({ rules: [{ kind: "allowed", id: "form", field: "awardForm", values: ["bk-ubnd-tinh"] }] });
  it("accepts synonyms and short forms", () => {
    expect(run(c, [{ form: "BK UBND tỉnh" }, { form: "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh" }, { form: "bằng khen của chủ tịch ubnd tỉnh kiên giang" }, { form: null }])).toEqual([]);
  });
  it("rejects other forms", () => {
    expect(run(c, [{ form: "Giấy khen" }, { form: "BK TTCP" }, { form: "Huy chương vàng" }])).toEqual([
      [2, "awardForm", "not-allowed", "form"],
      [3, "awardForm", "not-allowed", "form"],
      [4, "awardForm", "not-allowed", "form"],
    ]);
  });
  it("matches unit name patterns for a kind", () => {
    const d = campaign({
      rules: [{ kind: "allowed", id: "who", field: "unit", patterns: ["Hội Chữ thập đỏ*", "*MTTQ*"], when: { rewardKind: "donor", nomineeType: "collective" } }],
    });
    expect(
      run(d, [
        { kind: "Nhà hảo tâm", type: "Tập thể", unit: "Ủy ban MTTQ Việt Nam tỉnh" },
        { kind: "Nhà hảo tâm", type: "TT", unit: "Hội Chữ thập đỏ tỉnh" },
        { kind: "Nhà hảo tâm", type: "Tập thể", unit: "Sở Tài chính" },
        { kind: "Nhà hảo tâm", type: "Cá nhân", unit: "Sở Tài chính" },
      ]),
    ).toEqual([[4, "unit", "not-allowed", "who"]]);
  });
});

describe("threshold with alternatives", () => {
  const c = campaign({
    rules: [
      {
        kind: "threshold",
        id: "donor",
        when: { rewardKind: "donor" },
        anyOf: [
          { field: "contribution", min: 75_000_000 },
          { field: "mobilized", min: 150_000_000, when: { nomineeType: "individual" } },
          { field: "mobilized", min: 400_000_000, when: { nomineeType: "collective" } },
        ],
      },
    ],
  });
  const donor = { kind: "Nhà hảo tâm" };
  it("75,000,000 qualifies; 74,999,999 does not", () => {
    expect(run(c, [{ ...donor, contribution: 75_000_000 }, { ...donor, contribution: 74_999_999 }, { ...donor, contribution: "75 triệu" }])).toEqual([
      [3, "contribution", "below-threshold", "donor"],
    ]);
  });
  it("mobilised amounts depend on the nominee type", () => {
    expect(
      run(c, [
        { ...donor, type: "CN", mobilized: 150_000_000 },
        { ...donor, type: "CN", mobilized: 149_999_999 },
        { ...donor, type: "TT", mobilized: 150_000_000 },
        { ...donor, type: "TT", mobilized: "400.000.000 đ" },
        { ...donor, type: "TT", contribution: 1, mobilized: 399_999_999 },
      ]),
    ).toEqual([
      [3, "mobilized", "below-threshold", "donor"],
      [4, "mobilized", "below-threshold", "donor"],
      [6, "contribution", "below-threshold", "donor"],
    ]);
  });
  it("no amount at all is missing-value; an unreadable one is invalid-value only; other kinds are not checked", () => {
    expect(run(c, [{ ...donor }, { ...donor, contribution: "nhiều" }, { kind: "Đột xuất", contribution: 5 }])).toEqual([
      [2, "contribution", "missing-value", "donor"],
      [3, "contribution", "invalid-value", "value-type"],
    ]);
  });
  it("a maximum gives above-threshold", () => {
    const d = campaign({ rules: [{ kind: "threshold", id: "cap", anyOf: [{ field: "contribution", max: 10 }] }] });
    expect(run(d, [{ contribution: 10 }, { contribution: 11 }])).toEqual([[3, "contribution", "above-threshold", "cap"]]);
  });
});

describe("date windows", () => {
  const c = campaign({
    rules: [
      { kind: "period", id: "period", field: "achievementDate", from: "2019-06-01", to: "2020-06-30" },
      { kind: "deadline", id: "reg", field: "registrationDate", by: "2019-10-29" },
    ],
  });
  it("30/6/2020 is in the period, 1/7/2020 is not; 31/5/2019 is not", () => {
    expect(run(c, [{ date: "30/6/2020" }, { date: "1/7/2020" }, { date: 43617 }, { date: "31/05/2019" }])).toEqual([
      [3, "achievementDate", "outside-period", "period"],
      [5, "achievementDate", "outside-period", "period"],
    ]);
  });
  it("deadlines include their last day", () => {
    expect(run(c, [{ reg: "29/10/2019" }, { reg: "30/10/2019" }])).toEqual([[3, "registrationDate", "after-deadline", "reg"]]);
  });
  it("open end", () => {
    const d = campaign({ rules: [{ kind: "period", id: "p", field: "achievementDate", from: "2021-11-01" }] });
    expect(run(d, [{ date: "1/11/2021" }, { date: "31/10/2021" }, { date: "1/1/2030" }, { date: "11/2021" }, { date: "10/2021" }])).toEqual([
      [3, "achievementDate", "outside-period", "p"],
      [6, "achievementDate", "outside-period", "p"],
    ]);
  });
});

describe("duplicates", () => {
  const c = campaign({ rules: [{ kind: "duplicate", id: "dup" }] });
  it("same normalised name and unit, not a different accent", () => {
    expect(
      run(c, [
        { name: "Nguyễn Văn An", unit: "Sở Y tế" },
        { name: "  nguyễn  văn an ", unit: "SỞ Y TẾ" },
        { name: "Nguye\u0302\u0303n Va\u0306n An", unit: "So Y te" },
        { name: "Nguyễn Văn Ân", unit: "Sở Y tế" },
        { name: "Nguyễn Văn An", unit: "Công an tỉnh" },
      ]),
    ).toEqual([
      [3, "name", "duplicate", "dup"],
      [4, "name", "duplicate", "dup"],
    ]);
  });
  it("across workbooks in one run", () => {
    const r = check(c, [sheet([{ name: "Lê B" }], "DS", "a.xlsx"), sheet([{ name: "Lê B" }], "DS", "b.xlsx")]);
    expect(r.findings.map((f) => [f.file, f.row, f.code, f.rows])).toEqual([["b.xlsx", 2, "duplicate", [2, 2]]]);
    expect(r.findings[0]?.data["firstWhere"]).toContain("a.xlsx");
  });
});

describe("duplicates in a pool", () => {
  const c = campaign({ rules: [{ kind: "duplicate", id: "dup", keys: ["name"] }] });
  it("say where every row is when they span workbooks, and leave out an empty unit", () => {
    const r = check(c, [sheet([{ name: "Lê B", unit: null }], "DS", "a.xlsx"), sheet([{ name: "Lê B", unit: null }], "DS", "b.xlsx")]);
    expect(r.findings[0]?.locations).toEqual([
      { file: "a.xlsx", sheet: "DS", row: 2 },
      { file: "b.xlsx", sheet: "DS", row: 2 },
    ]);
    expect(r.findings[0]?.message).toBe("“Lê B” đã có ở dòng 2 (a.xlsx, DS).");
  });
});
