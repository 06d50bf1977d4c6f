// the README's realistic lists (examples/danh-sach/, written by scripts/examples-real.ts): each read with the
// mapping it is built to have (columns, how each was decided, code tables) and exactly the findings planted in
// it — no false alarm from a title block, merged headers, honorifics, a workplace column, clerks' dates, codes,
// households, a second sheet or a statistics sheet. Both the committed files and freshly generated ones.
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check, formatFinding } from "../../src/engine/index.js";
import { readWorkbook } from "../../src/node/read.js";
import { getPreset } from "../../src/presets/index.js";
import { makeRealExamples, REAL_EXAMPLES } from "../../scripts/examples-real.js";
import { tmp } from "../fixtures/build.js";

const COMMITTED = new URL("../../examples/danh-sach/", import.meta.url).pathname;

interface Expect {
  campaign: string;
  sheets: { name: string; headerRow: number; rows: number; columns: Record<string, string>; content?: string[]; lookups?: Record<string, unknown>; nomineeType?: unknown }[];
  /** [sheet, cell, code, rule] */
  findings: [string, string, string, string][];
  problems: [string, string][];
}

const LOOKUP = { awardForm: { sheet: "DANHMUC", codeColumn: "A", nameColumn: "B", codes: 5 } };

const EXPECTED: Record<string, Expect> = {
  "giong-rieng-kien-giang-2021.xlsx": {
    campaign: "kien-giang-2021-covid",
    sheets: [
      {
        name: "Danh sách",
        headerRow: 8, // "Giá trị (đồng)" merged over "Đóng góp | Vận động" on rows 8–9
        rows: 9,
        // "Đơn vị công tác" (E) is the workplace, "Đơn vị đề nghị" (F) the proposing unit
        columns: { rowNumber: "A", name: "B", nomineeType: "C", position: "D", workplace: "E", unit: "F", awardForm: "G", rewardKind: "H", contribution: "I", mobilized: "J", summary: "K" },
      },
    ],
    findings: [
      ["Danh sách", "I15", "below-threshold", "donor-threshold"], // 20 million given, 50 mobilised
      ["Danh sách", "B16", "duplicate", "duplicate"], // "Nguyễn Văn Hải" = "Ông Nguyễn Văn Hải" (row 11)
      ["Danh sách", "C21", "not-allowed", "nominee-type"], // "Hộ ông Danh Sơn": the plan rewards no households
    ],
    problems: [],
  },
  "so-noi-vu-kon-tum-ma-hinh-thuc.xlsx": {
    campaign: "kon-tum-snv-2021-covid",
    sheets: [
      {
        name: "I. Cá nhân",
        headerRow: 8,
        rows: 5,
        columns: { rowNumber: "A", name: "B", birthDate: "C", position: "D", workplace: "E", awardForm: "F", achievementDate: "G", summary: "H" },
        lookups: LOOKUP,
        nomineeType: { type: "individual", by: "sheet-name" },
      },
      {
        name: "II. Tập thể",
        headerRow: 7,
        rows: 2,
        columns: { rowNumber: "A", name: "B", awardForm: "C", achievementDate: "D", summary: "E" },
        lookups: LOOKUP,
        nomineeType: { type: "collective", by: "sheet-name" },
      },
    ],
    findings: [
      ["I. Cá nhân", "G12", "outside-period", "achievement-period"], // "ngày 20 tháng 9 năm 2021", before 1/11/2021
      ["I. Cá nhân", "F13", "invalid-value", "value-type"], // HT09: not in DANHMUC
      ["II. Tập thể", "C9", "not-allowed", "award-form"], // HT05 = Cờ thi đua
    ],
    problems: [
      ["DANHMUC", "not-a-list"],
      ["Thống kê", "not-a-list"],
    ],
  },
  "xa-binh-an-kien-giang-2019.xlsx": {
    campaign: "kien-giang-2019-party-congress",
    sheets: [
      {
        name: "Sheet1",
        headerRow: 8,
        rows: 5,
        columns: { rowNumber: "A", name: "B", workplace: "C", unit: "D", awardForm: "E", registrationDate: "F", achievementDate: "G", note: "H" },
      },
    ],
    findings: [
      ["Sheet1", "F12", "after-deadline", "registration-deadline"], // "ngày 02/11/2019"
      ["Sheet1", "G13", "outside-period", "achievement-period"], // "ngày 05 tháng 7 năm 2020"
    ],
    problems: [],
  },
  "mttq-hung-yen-nha-hao-tam-2021.xlsx": {
    campaign: "hung-yen-2021-covid",
    sheets: [
      {
        name: "DS nhà hảo tâm",
        headerRow: 8,
        rows: 6,
        columns: { rowNumber: "A", name: "B", nomineeType: "C", unit: "E", awardForm: "F", rewardKind: "G", contribution: "H" },
        // the generic "Đối tượng" is confirmed by its values (Tập thể, Cá nhân, Hộ gia đình)
        content: ["nomineeType"],
      },
    ],
    findings: [
      ["DS nhà hảo tâm", "H12", "below-threshold", "donor-threshold"], // "45.000.000 đ" < 50 million
      ["DS nhà hảo tâm", "E13", "not-allowed", "donor-proposer"], // a collective donor put forward by UBND thị xã
    ],
    problems: [["Tổng hợp", "not-a-list"]],
  },
};

async function verify(dir: string, file: string): Promise<void> {
  const want = EXPECTED[file]!;
  const campaign = getPreset(want.campaign)!;
  const wb = await readWorkbook(join(dir, file), { label: file });
  const r = check(campaign, wb.sheets);
  expect(r.sheets.map((s) => s.name)).toEqual(want.sheets.map((s) => s.name));
  for (const w of want.sheets) {
    const s = r.sheets.find((x) => x.name === w.name)!;
    expect([s.headerRow, s.rows], w.name).toEqual([w.headerRow, w.rows]);
    expect(s.columns, w.name).toEqual(w.columns);
    const byContent = Object.entries(s.mappedBy ?? {}).filter(([, how]) => how !== "header").map(([f]) => f);
    expect(byContent, w.name).toEqual(w.content ?? []);
    expect(Object.keys(s.mappedBy ?? {}).sort()).toEqual(Object.keys(w.columns).sort());
    expect(s.lookups, w.name).toEqual(w.lookups);
    expect(s.nomineeType, w.name).toEqual(w.nomineeType);
  }
  expect(r.findings.map((f) => [f.sheet, f.cell, f.code, f.rule])).toEqual(want.findings);
  expect(r.problems.map((p) => [p.sheet, p.reason])).toEqual(want.problems);
  // each list is checked with its own campaign: no hint that it belongs to another
  expect(r.hints ?? []).toEqual([]);
}

describe("realistic example lists", () => {
  it("every list the script writes is committed and expected here", async () => {
    const names = REAL_EXAMPLES.map((m) => m().file).sort();
    expect(names).toEqual(Object.keys(EXPECTED).sort());
    expect((await readdir(COMMITTED)).filter((f) => f.endsWith(".xlsx")).sort()).toEqual(names);
  });

  for (const file of Object.keys(EXPECTED)) it(`${file} (committed)`, () => verify(COMMITTED, file));

  it("freshly generated, they read the same", async () => {
    const dir = await tmp();
    await makeRealExamples(dir);
    for (const file of Object.keys(EXPECTED)) await verify(join(dir, "danh-sach"), file);
  });

  it("a code the list's own table does not know is said plainly, in both languages", async () => {
    const file = "so-noi-vu-kon-tum-ma-hinh-thuc.xlsx";
    const campaign = getPreset(EXPECTED[file]!.campaign)!;
    const wb = await readWorkbook(join(COMMITTED, file), { label: file });
    const f = check(campaign, wb.sheets).findings.find((x) => x.cell === "F13")!;
    expect(f.message).toBe("Không đọc được Hình thức khen thưởng: mã “HT09” không có trong bảng mã “DANHMUC”.");
    expect(formatFinding(f, "en", campaign)).toBe("Cannot read Award form: code “HT09” is not in the code table “DANHMUC”.");
  });
});
