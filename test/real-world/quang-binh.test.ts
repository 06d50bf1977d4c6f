// the Quảng Bình system's real workbooks (../shared/real-world/quang-binh, see its README), checked with a
// general rule file: the columns its README describes, no finding from a mis-mapped column, DETAI refused
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check, columnNumber, parseCampaign, type Campaign, type Report, type SheetInput } from "../../src/engine/index.js";
import { readWorkbook } from "../../src/node/read.js";
import { PRESETS } from "../../src/presets/index.js";

const DIR = new URL("../../../shared/real-world/quang-binh/", import.meta.url).pathname;
const RULES = new URL("../../examples/rules/khen-thuong-chung.json", import.meta.url).pathname;

async function general(): Promise<Campaign> {
  const r = parseCampaign(JSON.parse(await readFile(RULES, "utf8")));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.campaign;
}

async function read(...files: string[]): Promise<SheetInput[]> {
  const out: SheetInput[] = [];
  for (const f of files) out.push(...(await readWorkbook(join(DIR, f), { label: f })).sheets);
  return out;
}

async function checked(...files: string[]): Promise<{ report: Report; sheets: SheetInput[] }> {
  const sheets = await read(...files);
  return { report: check(await general(), sheets), sheets };
}

/** field -> column letter, as the README describes each layout */
const LAYOUTS: Record<string, { sheet: string; columns: Record<string, string>; rows: number; unmapped: string[] }[]> = {
  "qb_NHANDULIEU.xlsx": [{ sheet: "DANHSACH", rows: 4, columns: { nomineeType: "B", name: "C", position: "D", workplace: "E", awardForm: "F" }, unmapped: ["G", "H"] }],
  "qb_totrinhdenghi_1668416671.xlsx": [{ sheet: "DANHSACH", rows: 9, columns: { nomineeType: "B", name: "C", position: "D", workplace: "E", awardForm: "F" }, unmapped: ["G", "H"] }],
  "qb_uploads_1668505173_1668509988.xlsx": [
    { sheet: "DANHSACH", rows: 4, columns: { nomineeType: "C", name: "D", position: "E", workplace: "F", awardForm: "H" }, unmapped: ["B", "G", "I", "J"] },
  ],
  // "Ngày sinh" is the birth date (issue 10: it tells two people of one name apart in past decisions)
  "qb_CANHAN.xlsx": [{ sheet: "DANHSACH", rows: 0, columns: { name: "B", birthDate: "D", position: "E", workplace: "G", awardForm: "J" }, unmapped: ["C", "F", "H", "I"] }],
  "qb_uploads_1660272179_1660983616.xlsx": [{ sheet: "DANHSACH", rows: 2, columns: { name: "B", birthDate: "D", position: "E", workplace: "G", awardForm: "J" }, unmapped: ["C", "F", "H", "I"] }],
  "qb_TAPTHE.xlsx": [{ sheet: "DANHSACH", rows: 0, columns: { name: "B", awardForm: "D" }, unmapped: ["C"] }],
  "qb_totrinhdenghi_1668023061.xlsx": [{ sheet: "DANHSACH", rows: 3, columns: { name: "B", awardForm: "D" }, unmapped: ["C"] }],
  "qb_quyetdinh_1667496226.xlsx": [{ sheet: "DANHSACH", rows: 2, columns: { name: "B", birthDate: "D", position: "F", awardForm: "G" }, unmapped: ["C", "E"] }],
  "qb_MauTDKT.xlsx": [
    { sheet: "file nhận", rows: 0, columns: { name: "C", position: "D", workplace: "E", nomineeType: "F", awardForm: "G" }, unmapped: ["B", "H", "I"] },
    { sheet: "Hướng dẫn", rows: 5, columns: { name: "C", position: "D", workplace: "E", nomineeType: "F", awardForm: "G" }, unmapped: ["B", "H", "I"] },
  ],
  "qb_MauTDKT_20231004.xlsx": [
    { sheet: "file nhận", rows: 0, columns: { name: "C", position: "D", workplace: "E", nomineeType: "F", awardForm: "G" }, unmapped: ["B", "H", "I"] },
    { sheet: "Hướng dẫn", rows: 5, columns: { name: "C", position: "D", workplace: "E", nomineeType: "F", awardForm: "G" }, unmapped: ["B", "H", "I"] },
  ],
};

const REFUSED = ["qb_DETAI.xlsx", "qb_totrinh_1662744083_detai.xlsx"];

describe("Quảng Bình workbooks read as their README says", () => {
  it("every workbook of the folder is covered below", async () => {
    const files = (await readdir(DIR)).filter((f) => f.endsWith(".xlsx")).sort();
    expect(files).toEqual([...Object.keys(LAYOUTS), ...REFUSED].sort());
  });

  for (const [file, layouts] of Object.entries(LAYOUTS))
    it(`${file}: the columns the README describes, no finding from a mis-mapped column`, async () => {
      const { report, sheets } = await checked(file);
      expect(report.sheets.map((s) => s.name)).toEqual(layouts.map((l) => l.sheet));
      for (const l of layouts) {
        const s = report.sheets.find((x) => x.name === l.sheet)!;
        expect(s.rows).toBe(l.rows);
        expect(s.columns).toMatchObject(l.columns);
        // no proposing unit invented from a workplace, no unit group from "phòng ban/khối", no reward kind from "Phân loại khen thưởng"
        for (const f of ["unit", "unitGroup", "rewardKind"]) expect(s.columns[f]).toBeUndefined();
        const used = new Set(Object.values(s.columns));
        for (const col of l.unmapped) expect(used.has(col), `${l.sheet} ${col}`).toBe(false);
      }
      // what is left is true: an award-form cell left empty (no "no nominee-type column" line: every sheet
      // without that column tells the type another way, see below)
      for (const f of report.findings) {
        expect([f.code, f.field]).toEqual(["missing-value", "awardForm"]);
        const input = sheets.find((x) => x.name === f.sheet)!;
        expect(input.rows[f.row! - 1]?.[columnNumber(f.column!) - 1] ?? null).toBeNull();
      }
      // the other sheets are lookup tables or empty, never lists checked with false alarms
      for (const p of report.problems) expect(["not-a-list", "empty"]).toContain(p.reason);
    });

  // lists without a nominee-type column whose rows are all one type: said by the title, the file's name or
  // the columns (Giới tính, Ngày sinh); the report says what told it, and no info line says the column is absent
  it.each([
    ["qb_CANHAN.xlsx", "individual", "file-name"],
    ["qb_uploads_1660272179_1660983616.xlsx", "individual", "columns"],
    ["qb_quyetdinh_1667496226.xlsx", "individual", "columns"],
    ["qb_TAPTHE.xlsx", "collective", "title"],
    ["qb_totrinhdenghi_1668023061.xlsx", "collective", "title"],
  ])("%s: every row is %s (told by its %s), no missing nominee-type column", async (file, type, by) => {
    const { report } = await checked(file);
    expect(report.sheets[0]?.columns["nomineeType"]).toBeUndefined();
    expect(report.sheets[0]?.nomineeType).toEqual({ type, by });
    expect(report.findings.filter((f) => f.code === "missing-column")).toEqual([]);
  });

  it("a rule on the nominee type reads the type the title told: collectives refused where only individuals may be nominated", async () => {
    const only = parseCampaign({
      id: "tt",
      name: { vi: "Thử", en: "Test" },
      plan: { title: "Thử" },
      rules: [{ id: "individuals-only", kind: "allowed", field: "nomineeType", values: ["individual"] }],
    });
    if (!only.ok) throw new Error("rule file");
    const report = check(only.campaign, await read("qb_totrinhdenghi_1668023061.xlsx"));
    expect(report.findings.map((f) => [f.code, f.rule, f.row])).toEqual([
      ["not-allowed", "individuals-only", 4],
      ["not-allowed", "individuals-only", 5],
      ["not-allowed", "individuals-only", 6],
    ]);
  });

  it("award-form codes are read through DANHMUC, and the report says so", async () => {
    const { report } = await checked("qb_totrinhdenghi_1668416671.xlsx");
    expect(report.sheets[0]?.lookups).toEqual({ awardForm: { sheet: "DANHMUC", codeColumn: "B", nameColumn: "C", codes: 19 } });
    expect(report.findings).toEqual([]);
    expect(report.awardForms).toMatchObject([{ form: "bang-khen", count: 9 }]);
  });

  it("TAPTHE / CANHAN / HOGIADINH and 'Khen thưởng … hộ gia đình' are nominee types, households among them", async () => {
    const { report } = await checked("qb_NHANDULIEU.xlsx", "qb_MauTDKT.xlsx");
    expect(report.findings.filter((f) => f.field === "nomineeType")).toEqual([]);
  });

  it("the same nominees sent twice (two uploads) are duplicates, each with its file, sheet and row", async () => {
    const { report } = await checked("qb_NHANDULIEU.xlsx", "qb_uploads_1668505173_1668509988.xlsx");
    const dups = report.findings.filter((f) => f.code === "duplicate");
    expect(dups.map((d) => d.data["name"])).toEqual(["UBND Tỉnh Quảng Bình", "UBND Thành phố Đồng Hới", "Trần Mạnh Hải", "Gia đình ông Lê Văn Hải"]);
    expect(dups[0]?.locations).toEqual([
      { file: "qb_NHANDULIEU.xlsx", sheet: "DANHSACH", row: 4 },
      { file: "qb_uploads_1668505173_1668509988.xlsx", sheet: "DANHSACH", row: 4 },
    ]);
  });

  // the wrong-campaign hint: the general rule file fits these lists (a user's own file that fits gets none),
  // and no preset fits clearly better either — no title names a preset's province or plan, and the award forms
  // (Bằng khen, Giấy khen) fit several presets alike — so checking against a preset gives none as well
  it("no wrong-campaign hint, with the general rule file or any preset", async () => {
    const files = (await readdir(DIR)).filter((f) => f.endsWith(".xlsx")).sort();
    const sheets = await read(...files);
    const hinted = (c: Campaign) => check(c, sheets, { hintCandidates: PRESETS }).hints;
    expect(hinted(await general())).toEqual([]);
    for (const p of PRESETS) expect(hinted(p), p.id).toEqual([]);
  });

  it.each(REFUSED)("%s (innovation topics) is refused as not-a-list", async (file) => {
    const { report } = await checked(file);
    expect(report.sheets).toEqual([]);
    expect(report.findings).toEqual([]);
    expect(report.problems.map((p) => [p.sheet, p.reason])).toEqual([
      ["DANHSACH", "not-a-list"],
      ["DANHMUC", "not-a-list"],
    ]);
  });
});
