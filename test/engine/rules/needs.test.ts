// a column only some rows need (money for donors, a registration date for registered units, the proposer of
// collective donors): missing is an error only when a row of the sheet needs it, else one info line
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check, type Finding } from "../../../src/engine/index.js";
import { listWorkbook, run as runCli, tmp } from "../../fixtures/build.js";
import { FIRST, preset, sheet, tuples } from "../../presets/table.js";
import { campaign } from "../helpers.js";

const KG = preset("kien-giang-2021-covid");
const HY = preset("hung-yen-2021-covid");

/** a Kiên Giang list without the money columns */
const cols = { stt: "STT", name: "Họ và tên / Tên tập thể", type: "Cá nhân/Tập thể", unit: "Đơn vị đề nghị", form: "Hình thức khen thưởng", kind: "Loại khen thưởng" };
const adhoc = { name: "Nguyễn Văn An", type: "Cá nhân", unit: "Sở Y tế", form: "Bằng khen UBND tỉnh", kind: "Đột xuất" };
const donor = { name: "Công ty TNHH Minh Phát", type: "Tập thể", unit: "Ủy ban MTTQ Việt Nam tỉnh", form: "Bằng khen UBND tỉnh", kind: "Nhà hảo tâm" };

const missing = (fs: Finding[]) => fs.filter((f) => f.code === "missing-column");

describe("money columns for donors (kien-giang-2021-covid donor-threshold)", () => {
  it("no donor row: no error, one info line naming both absent columns", () => {
    const r = check(KG, [sheet(cols, [adhoc, { ...adhoc, name: "Trần Thị Bình" }])]);
    expect(r.totals.errors).toBe(0);
    const m = missing(r.findings);
    expect(m).toHaveLength(1);
    expect(m[0]).toMatchObject({ severity: "info", rule: "donor-threshold", field: "contribution", messageId: "missing-column-unneeded" });
    expect(m[0]?.row).toBeUndefined();
    expect(m[0]?.data).toMatchObject({ absent: ["contribution", "mobilized"], rules: ["donor-threshold"] });
    expect(m[0]?.message).toContain("Giá trị đóng góp");
    expect(m[0]?.message).toContain("không dòng nào");
  });

  it("one donor row: one error on that row, at its reward-kind cell, naming the alternatives", () => {
    const r = check(KG, [sheet(cols, [adhoc, donor, { ...adhoc, name: "Trần Thị Bình" }])]);
    const m = missing(r.findings);
    expect(m).toHaveLength(1);
    expect(m[0]).toMatchObject({ severity: "error", rule: "donor-threshold", row: FIRST + 1, cell: `F${FIRST + 1}`, field: "contribution", rows: [FIRST + 1], unit: "Ủy ban MTTQ Việt Nam tỉnh" });
    expect(m[0]?.data).toMatchObject({ fields: ["contribution", "mobilized"], needed: 1 });
    expect(m[0]?.message).toMatch(/“Giá trị đóng góp[^”]*” hoặc “Giá trị vận động[^”]*”/);
    expect(r.totals.errors).toBe(1);
  });

  it("donors counted: every row that needed the column is listed", () => {
    const r = check(KG, [sheet(cols, [donor, adhoc, { ...donor, name: "Bà Lê Thị Cúc", type: "Cá nhân" }])]);
    expect(missing(r.findings).map((f) => [f.row, f.rows, f.severity])).toEqual([[FIRST, [FIRST, FIRST + 2], "error"]]);
  });

  it("a donor section row makes its rows need the money (no reward-kind column)", () => {
    const { kind: _k, ...noKind } = cols;
    const rows = [{ stt: "I", name: "ĐỘT XUẤT" }, adhoc, { stt: "II", name: "NHÀ HẢO TÂM" }, donor];
    const r = check(KG, [sheet(noKind, rows)]);
    expect(missing(r.findings).map((f) => [f.row, f.field, f.severity, f.cell])).toEqual([[FIRST + 3, "contribution", "error", undefined]]);
  });

  it("with the contribution column, an absent mobilisation column is not reported: every donor is judged on its contribution", () => {
    const withMoney = { ...cols, money: "Giá trị đóng góp (đồng)" };
    const r = check(KG, [sheet(withMoney, [{ ...donor, money: 80_000_000 }, { ...donor, name: "Bà Lê Thị Cúc", money: 1_000_000 }, adhoc])]);
    expect(tuples(r)).toEqual([[FIRST + 1, "contribution", "below-threshold", "donor-threshold"]]);
  });

  it("an empty list (a template) needs no column: info, never an error", () => {
    const r = check(KG, [sheet({ stt: "STT", name: "Họ và tên", form: "Hình thức khen thưởng" }, [])]);
    expect(r.totals.errors).toBe(0);
    expect(missing(r.findings).map((f) => [f.severity, f.messageId])).toEqual([["info", "missing-column-unneeded"]]);
  });

  it("a column every row needs is still an error for the whole sheet", () => {
    const { unit: _u, ...noUnit } = cols;
    const r = check(KG, [sheet(noUnit, [adhoc])]);
    expect(missing(r.findings).filter((f) => f.severity === "error").map((f) => [f.field, f.row, f.messageId])).toEqual([["unit", undefined, "missing-column"]]);
  });
});

describe("hung-yen-2021-covid: money and proposer only for collective donors", () => {
  const hy = { stt: "STT", name: "Tên tập thể, cá nhân", type: "Cá nhân/Tập thể", unit: "Đơn vị đề nghị", form: "Hình thức khen thưởng", kind: "Diện khen thưởng" };
  const person = { name: "Nguyễn Văn An", type: "Cá nhân", unit: "Sở Y tế", form: "Bằng khen UBND tỉnh", kind: "Nhà hảo tâm" };
  it("individual donors need no money column (the plan sets no bar for them)", () => {
    const r = check(HY, [sheet(hy, [person])]);
    expect(r.totals.errors).toBe(0);
    expect(missing(r.findings).map((f) => [f.severity, f.field])).toEqual([["info", "contribution"]]);
  });
  it("a collective donor does", () => {
    const r = check(HY, [sheet(hy, [person, { ...person, name: "Công ty CP Hưng Phát", type: "Tập thể", unit: "Ủy ban MTTQ Việt Nam tỉnh" }])]);
    expect(missing(r.findings).map((f) => [f.severity, f.field, f.row])).toEqual([["error", "contribution", FIRST + 1]]);
  });
});

describe("a registration date for registered units only", () => {
  const c = campaign({ rules: [{ kind: "deadline", id: "reg", field: "registrationDate", by: "2019-10-29", when: { nomineeType: "collective" } }] });
  const rows = (type: string) => [["STT", "Họ và tên", "Cá nhân/Tập thể", "Đơn vị đề nghị"], [1, "Nguyễn Văn A", "Cá nhân", "Sở Y tế"], [2, "Phòng Kế hoạch", type, "Sở Y tế"]];
  it("no collective row: info", () => {
    const r = check(c, [{ name: "DS", rows: rows("Cá nhân") }]);
    expect(r.findings.map((f) => [f.code, f.severity, f.field])).toEqual([["missing-column", "info", "registrationDate"]]);
  });
  it("a collective row: the error on it, at its nominee-type cell", () => {
    const r = check(c, [{ name: "DS", rows: rows("Tập thể") }]);
    expect(r.findings.map((f) => [f.code, f.severity, f.cell])).toEqual([["missing-column", "error", "C3"]]);
  });
});

describe("the command", () => {
  const header = ["STT", "Họ và tên / Tên tập thể", "Cá nhân/Tập thể", "Đơn vị đề nghị", "Hình thức khen thưởng", "Loại khen thưởng"];
  const row = (i: number, kind: string) => [i, `Nguyễn Văn A${i}`, "Cá nhân", "Sở Y tế", "Bằng khen UBND tỉnh", kind];
  it("exits 0 with one info line on a list with no donor row and no money column; 1 once a donor is listed", async () => {
    const dir = await tmp();
    const plain = await listWorkbook(join(dir, "plain.xlsx"), [row(1, "Đột xuất"), row(2, "Đột xuất")], { header });
    const ok = await runCli("check", plain, "--campaign", "kien-giang-2021-covid");
    expect(ok.code).toBe(0);
    expect(ok.out.split("\n").filter((l) => l.includes("[missing-column]"))).toHaveLength(1);
    expect(ok.out).toMatch(/Thông tin .*không dòng nào/);
    const withDonor = await listWorkbook(join(dir, "donor.xlsx"), [row(1, "Đột xuất"), row(2, "Nhà hảo tâm")], { header });
    const bad = await runCli("check", withDonor, "--campaign", "kien-giang-2021-covid", "--lang", "en");
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/F5 +Error +Column “Contribution[^”]*” or “Mobili[^”]*” not found .*1 row\(s\) need it/);
  });
});
