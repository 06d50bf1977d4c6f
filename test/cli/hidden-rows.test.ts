// rows hidden in Excel (<row hidden="1">, ECMA-376 §18.3.1.73) are checked like the others, and the clerk is
// told: the report lists them per sheet, the text output says how many and how many findings are on them,
// and the summary sheet has a column for them. The input is never changed (its rows stay hidden).
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { check } from "../../src/engine/index.js";
import { excellent, run, sha256, tmp } from "../fixtures/build.js";
import { campaign, sheet } from "../engine/helpers.js";

const KG = "kien-giang-2021-covid";
let file: string;
let before: string;

beforeAll(async () => {
  const dir = await tmp();
  file = join(dir, "hidden.xlsx");
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Danh sách");
  ws.getCell("A1").value = "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG";
  ws.getRow(3).values = ["STT", "Họ và tên", "Cá nhân/Tập thể", "Đơn vị đề nghị", "Hình thức khen thưởng", "Loại khen thưởng"];
  const rows = [excellent(1, "Sở Y tế", "Nguyễn Văn An"), excellent(2, "Sở Y tế", "Lê Thị Bé"), excellent(3, "Sở Y tế", "Trần Văn Cả"), excellent(4, "Sở Y tế", "Nguyễn Văn An")];
  rows.forEach((r, i) => (ws.getRow(4 + i).values = r.slice(0, 6)));
  ws.getRow(5).hidden = true; // a row with no finding
  ws.getRow(7).hidden = true; // the second listing of Nguyễn Văn An: a duplicate hidden from view
  ws.getRow(9).hidden = true; // below the list, empty: not a nomination row
  await wb.xlsx.writeFile(file);
  before = await sha256(file);
});

describe("hidden rows", () => {
  it("the JSON report lists the hidden nomination rows of each sheet; they are checked", async () => {
    const r = await run("check", file, "--campaign", KG, "--format", "json");
    const report = JSON.parse(r.out);
    expect(report.sheets[0].hiddenRows).toEqual([5, 7]);
    expect(report.findings.filter((f: { code: string; row: number }) => f.code === "duplicate").map((f: { row: number }) => f.row)).toEqual([7]);
    expect(await sha256(file)).toBe(before);
  });

  it("the text output says how many rows are hidden and how many findings are on them, in vi and en", async () => {
    const vi = await run("check", file, "--campaign", KG);
    expect(vi.out).toContain("Lưu ý: 2 dòng đề nghị đang bị ẩn trong Excel (dòng 5, 7) — vẫn được kiểm tra; 1 phát hiện nằm ở các dòng này.");
    const en = await run("check", file, "--campaign", KG, "--lang", "en");
    expect(en.out).toContain("Note: 2 nomination rows are hidden in Excel (rows 5, 7) — checked all the same; 1 finding is on them.");
  });

  it("the summary sheet of the copy names them; the copy keeps them hidden", async () => {
    const out = join(await tmp(), "checked.xlsx");
    await run("check", file, "--campaign", KG, "--out", out);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet("Danh sách")?.getRow(7).hidden).toBe(true);
    const texts: string[] = [];
    wb.getWorksheet("Tổng hợp kiểm tra")?.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    expect(texts).toContain("Dòng đang ẩn (vẫn kiểm tra)");
    expect(texts).toContain("2 dòng: 5, 7");
  });

  it("no note and no column when nothing is hidden", () => {
    const c = campaign({ rules: [{ kind: "duplicate", id: "d" }] });
    const r = check(c, [{ ...sheet([{ name: "A" }, { name: "B" }]), hiddenRows: [1, 10] }]); // the header and a row past the list
    expect(r.sheets[0]?.hiddenRows).toBeUndefined();
  });
});
