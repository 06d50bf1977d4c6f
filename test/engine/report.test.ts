// findings' shape, summary data, missing columns, unreadable cells, limits, languages
import { describe, expect, it } from "vitest";
import { check } from "../../src/engine/index.js";
import { campaign, run, sheet, tuples } from "./helpers.js";

const c = campaign({
  rules: [
    { kind: "allowed", id: "form", field: "awardForm", values: ["bk-ubnd-tinh"] },
    { kind: "threshold", id: "donor", when: { rewardKind: "donor" }, anyOf: [{ field: "contribution", min: 75_000_000 }] },
    { kind: "period", id: "period", field: "achievementDate", from: "2021-11-01", severity: "warning" },
  ],
});

describe("unreadable cells", () => {
  it("error cells and text where a number or date belongs are invalid-value, never a pass", () => {
    expect(
      run(c, [
        { kind: "Nhà hảo tâm", contribution: { error: "#N/A" } },
        { kind: "Nhà hảo tâm", contribution: "#VALUE!" },
        { date: "hôm qua" },
        { date: true },
        { type: "Doanh nghiệp" },
        { form: { error: "#REF!" } },
      ]),
    ).toEqual([
      [2, "contribution", "invalid-value", "value-type"],
      [3, "contribution", "invalid-value", "value-type"],
      [4, "achievementDate", "invalid-value", "value-type"],
      [5, "achievementDate", "invalid-value", "value-type"],
      [6, "nomineeType", "invalid-value", "value-type"],
      [7, "awardForm", "invalid-value", "value-type"],
    ]);
  });
});

describe("impossible dates written like ISO dates", () => {
  // examples/kien-giang-2019-party-congress.xlsx has "2019-13-01": rendering its finding threw "bad ISO date"
  it.each(["2019-13-01", "2021-02-30", "2021-00-10"])("%s is an invalid-value shown as written, in both languages", (text) => {
    for (const lang of ["vi", "en"] as const) {
      const r = check(c, [sheet([{ form: "BK UBND tỉnh", date: text }])], { lang });
      expect(tuples(r.findings)).toEqual([[2, "achievementDate", "invalid-value", "value-type"]]);
      expect(r.findings[0]!.message).toContain(`“${text}”`);
    }
  });
});

describe("missing columns", () => {
  it("one sheet finding per absent field, naming the rules it stops", () => {
    const r = check(c, [{ name: "DS", rows: [["Họ và tên", "Đơn vị"], ["A", "Sở Y tế"]] }]);
    expect(r.findings.map((f) => [f.code, f.field, f.severity, f.row, f.data["rules"]])).toEqual([
      ["missing-column", "awardForm", "error", undefined, ["form"]],
      // the donor rule is stopped by its condition's column; whether any row needs the money cannot be told
      // until the reward kind is there, so the money column is not reported as well (one finding per cause)
      ["missing-column", "rewardKind", "error", undefined, ["donor"]],
      ["missing-column", "achievementDate", "warning", undefined, ["period"]],
    ]);
  });
});

describe("report", () => {
  const r = check(c, [sheet([{ form: "BK UBND tỉnh", date: "1/11/2021" }, { form: "Giấy khen", date: "1/10/2021" }, { form: "BK UBND tỉnh" }])], { lang: "vi" });

  it("findings carry the contract's fields", () => {
    expect(r.findings[0]).toMatchObject({ code: "not-allowed", severity: "error", rule: "form", sheet: "DS", row: 3, column: "E", cell: "E3", field: "awardForm" });
    expect(r.findings[0]?.message).toContain("Giấy khen");
    expect(r.findings[1]).toMatchObject({ code: "outside-period", severity: "warning", cell: "I3" });
  });

  it("sums up codes, award forms and totals", () => {
    expect(r.codes).toEqual({ "not-allowed": 1, "outside-period": 1 });
    expect(r.awardForms).toEqual([
      { form: "bk-ubnd-tinh", label: "Bằng khen của Chủ tịch UBND tỉnh", count: 2 },
      { form: "giay-khen", label: "Giấy khen", count: 1 },
    ]);
    expect(r.totals).toEqual({ rows: 3, errors: 1, warnings: 1, infos: 0, findings: 2 });
    expect(r.partial).toBe(false);
  });

  it("speaks English when asked, with the same codes and data", () => {
    const en = check(c, [sheet([{ form: "Giấy khen" }])], { lang: "en" });
    expect(en.findings[0]?.message).toMatch(/is not allowed/);
    expect(en.campaign.name).toBe("Test");
    expect(tuples(en.findings)).toEqual([[2, "awardForm", "not-allowed", "form"]]);
  });

  it("a rule's own message template wins", () => {
    const d = campaign({ rules: [{ kind: "allowed", id: "f", field: "awardForm", values: ["giay-khen"], message: { vi: "Sai: {{value}}", en: "Wrong: {{value}}" } }] });
    expect(check(d, [sheet([{ form: "BK TTCP" }])]).findings[0]?.message).toBe("Sai: BK TTCP");
  });

  it("stops at the finding limit and says the report is partial", () => {
    const many = check(c, [sheet(Array.from({ length: 50 }, () => ({ form: "GK" })))], { maxFindings: 10 });
    expect(many.findings).toHaveLength(10);
    expect(many.partial).toBe(true);
  });

  it("lists sheets it could not read instead of failing", () => {
    const p = check(c, [{ name: "Hướng dẫn", rows: [["Điền danh sách ở trang sau"]] }, sheet([{ form: "GK" }])]);
    expect(p.problems).toMatchObject([{ sheet: "Hướng dẫn", reason: "no-header" }]);
    expect(p.findings).toHaveLength(1);
  });
});

describe("legacy TCVN3 text", () => {
  it("is guessed and decoded by the engine when the edge asks (no font names), and left alone otherwise", () => {
    const guessed = check(c, [sheet([{ form: "GiÊy khen" }])], { guessLegacy: true });
    expect(guessed.findings[0]?.data["value"]).toBe("Giấy khen");
    const raw = check(c, [sheet([{ form: "GiÊy khen" }])]);
    expect(raw.findings[0]?.data["value"]).toBe("GiÊy khen");
  });
});

describe("progress", () => {
  it("reports the end", () => {
    const seen: number[][] = [];
    check(c, [sheet([{}, {}])], { onProgress: (d, t) => seen.push([d, t]) });
    expect(seen.at(-1)).toEqual([3, 3]);
  });
});
