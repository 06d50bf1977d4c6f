// reading cells into the engine's values: dates, formulas, errors, rich text, links, merges, sheet choice
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { WorkbookError } from "../../src/node/errors.js";
import { readWorkbook } from "../../src/node/read.js";
import { tmp } from "../fixtures/build.js";

let values: string; // one row of every kind of value
let header: string; // a two-row merged header
let errors: string; // a formula whose cached result is an error

beforeAll(async () => {
  const dir = await tmp();
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Giá trị");
  const date = ws.getCell("A1");
  date.value = new Date(Date.UTC(2021, 9, 1));
  date.numFmt = "dd/mm/yyyy";
  ws.getCell("B1").value = { formula: "1+2", result: 3 };
  ws.getCell("C1").value = { formula: 'CONCATENATE("Sở ","Y tế")', result: "Sở Y tế" };
  ws.getCell("D1").value = { error: "#N/A" };
  ws.getCell("F1").value = { richText: [{ text: "Nguyễn " }, { font: { bold: true }, text: "Văn An" }] };
  ws.getCell("G1").value = { text: "Sở Tài chính", hyperlink: "https://example.org/stc" };
  ws.getCell("H1").value = "";
  ws.getCell("I1").value = true;
  ws.getCell("J1").value = "12/10/2021";
  ws.getCell("K1").value = 75_000_000;
  ws.getCell("A3").value = "after a blank row";
  values = join(dir, "values.xlsx");
  await wb.xlsx.writeFile(values);

  const hb = new ExcelJS.Workbook();
  const hs = hb.addWorksheet("Danh sách");
  hs.getCell("A1").value = "Họ và tên";
  hs.mergeCells("A1:A2");
  hs.getCell("B1").value = "Giá trị (đồng)";
  hs.mergeCells("B1:C1");
  hs.getCell("B2").value = "Đóng góp";
  hs.getCell("C2").value = "Vận động";
  hs.getRow(3).values = ["Trần Văn Phước", 80_000_000, null];
  hb.addWorksheet("Tổng hợp kiểm tra").getCell("A1").value = "old summary";
  header = join(dir, "two-row-header.xlsx");
  await hb.xlsx.writeFile(header);

  const eb = new ExcelJS.Workbook();
  const es = eb.addWorksheet("Lỗi");
  es.getCell("A1").value = { formula: "NA()", result: { error: "#N/A" } };
  es.getCell("B1").value = { formula: "1/0", result: { error: "#DIV/0!" } };
  errors = join(dir, "formula-error-result.xlsx");
  await eb.xlsx.writeFile(errors);
});

describe("reading cells", () => {
  it("turns each kind of cell into the engine's value", async () => {
    const r = await readWorkbook(values);
    const [row1, row2, row3] = r.sheets[0]!.rows;
    expect(row1).toEqual([44470, 3, "Sở Y tế", { error: "#N/A" }, null, "Nguyễn Văn An", "Sở Tài chính", null, true, "12/10/2021", 75_000_000]);
    expect(row2).toEqual([]);
    expect(row3).toEqual(["after a blank row"]);
    expect(r.sheets[0]).toMatchObject({ name: "Giá trị", rowOffset: 1, colOffset: 1, file: values });
  });

  it("gives the merged areas of a two-row header", async () => {
    const r = await readWorkbook(header, { exclude: ["Tổng hợp kiểm tra"] });
    expect(r.sheets.map((s) => s.name)).toEqual(["Danh sách"]);
    const s = r.sheets[0]!;
    expect(s.merges).toEqual(
      expect.arrayContaining([
        { top: 1, left: 1, bottom: 2, right: 1 },
        { top: 1, left: 2, bottom: 1, right: 3 },
      ]),
    );
    expect(s.rows.slice(0, 3)).toEqual([["Họ và tên", "Giá trị (đồng)"], [null, "Đóng góp", "Vận động"], ["Trần Văn Phước", 80_000_000]]);
  });

  it("reads a formula's cached error as an error value", async () => {
    const r = await readWorkbook(errors);
    expect(r.sheets[0]!.rows[0]).toEqual([{ error: "#N/A" }, { error: "#DIV/0!" }]);
  });
});

describe("choosing sheets", () => {
  it("takes --sheet by exact name, then ignoring case and accents", async () => {
    expect((await readWorkbook(header, { sheet: "Danh sách" })).sheets.map((s) => s.name)).toEqual(["Danh sách"]);
    expect((await readWorkbook(header, { sheet: "danh sach" })).sheets.map((s) => s.name)).toEqual(["Danh sách"]);
  });

  it("names the sheets there are when --sheet names none", async () => {
    const e = await readWorkbook(header, { sheet: "Sheet9" }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(WorkbookError);
    expect(e).toMatchObject({ code: "sheet-not-found", data: { sheet: "Sheet9", sheets: "Danh sách, Tổng hợp kiểm tra" } });
  });

  it("leaves out an earlier summary sheet unless it is asked for", async () => {
    const all = await readWorkbook(header, { exclude: ["Tổng hợp kiểm tra", "Check summary"] });
    expect(all.sheets.map((s) => s.name)).toEqual(["Danh sách"]);
    const asked = await readWorkbook(header, { sheet: "Tổng hợp kiểm tra", exclude: ["Tổng hợp kiểm tra"] });
    expect(asked.sheets.map((s) => s.name)).toEqual(["Tổng hợp kiểm tra"]);
  });

  it("labels the sheets with the name given for the file", async () => {
    const r = await readWorkbook(header, { label: "submissions/a.xlsx" });
    expect(r.sheets.every((s) => s.file === "submissions/a.xlsx")).toBe(true);
  });
});
