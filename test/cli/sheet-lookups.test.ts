// thidua check --sheet X: one sheet is checked, and the workbook's other sheets still explain its codes
import { describe, expect, it } from "vitest";
import { run } from "../fixtures/build.js";

const QB = new URL("../../../shared/real-world/quang-binh/qb_totrinhdenghi_1668416671.xlsx", import.meta.url).pathname;
const RULES = new URL("../../examples/rules/khen-thuong-chung.json", import.meta.url).pathname;

describe("--sheet and code tables", () => {
  it("the award-form codes of DANHSACH are read through DANHMUC even when only DANHSACH is checked", async () => {
    const r = await run("check", QB, "--campaign", RULES, "--sheet", "DANHSACH", "--format", "json");
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(report.sheets.map((s: { name: string }) => s.name)).toEqual(["DANHSACH"]);
    expect(report.sheets[0].lookups).toEqual({ awardForm: { sheet: "DANHMUC", codeColumn: "B", nameColumn: "C", codes: 19 } });
    expect(report.findings).toEqual([]);
    // DANHMUC is read for its table only: not checked, not listed as a problem
    expect(report.problems).toEqual([]);
  });
});
