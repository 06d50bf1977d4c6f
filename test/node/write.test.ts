// --out: a copy with findings filled and noted in place and a summary sheet; the input never changes
import { readFile, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { XMLValidator } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { check, parseCampaign, type Campaign, type Report } from "../../src/engine/index.js";
import { createT } from "../../src/cli/i18n.js";
import { WorkbookError } from "../../src/node/errors.js";
import { openWorkbook } from "../../src/node/open.js";
import { readWorkbook } from "../../src/node/read.js";
import { buildCheckedCopy, writeCheckedCopy } from "../../src/node/write.js";
import { ZipArchive } from "../../src/node/zip/read-zip.js";
import { HEADER, sha256, tmp } from "../fixtures/build.js";

const parsed = parseCampaign({
  id: "write-test",
  name: { vi: "Kiểm thử ghi", en: "Write test" },
  plan: { title: "Test plan" },
  unitGroups: [{ id: "dept", label: { vi: "Sở", en: "Department" }, patterns: ["Sở *"] }],
  rules: [
    { id: "required", kind: "required", fields: ["name", "unit"] },
    { id: "form", kind: "allowed", field: "awardForm", values: ["bk-ubnd-tinh"] },
    { id: "form-info", kind: "allowed", field: "awardForm", values: ["giay-khen"], severity: "info" },
    { id: "donor", kind: "threshold", severity: "warning", when: { rewardKind: "donor" }, anyOf: [{ field: "contribution", min: 75_000_000 }] },
    { id: "quota", kind: "quota", limits: [{ group: "dept", max: 2 }] },
  ],
});
if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
const campaign: Campaign = parsed.campaign;

const FILL = { error: "FFFFC7CE", warning: "FFFFEB9C", info: "FFDDEBF7" };
const t = createT("vi");
let dir: string;
let input: string;
let output: string;
let report: Report;
let before: string;

async function makeInput(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Danh sách");
  ws.mergeCells("A1:F1");
  ws.getCell("A1").value = "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG";
  ws.getRow(3).values = HEADER;
  ws.getRow(4).values = [1, "Nguyễn Văn An", "Cá nhân", "Sở Y tế", "Huân chương", "Nhà hảo tâm", 74_999_999];
  ws.getRow(5).values = [2, "Trần Văn Bình", "Cá nhân", "Sở Y tế", "Giấy khen", "Đột xuất"];
  ws.getRow(6).values = [3, null, "Cá nhân", "=SUM(1,2)", "Giấy khen", "Đột xuất"];
  ws.getRow(7).values = [4, "Lê Văn Cường", "Cá nhân", "Sở Y tế", "Bằng khen UBND tỉnh", "Đột xuất"];
  ws.getCell("E5").note = "ghi chú của người lập";
  ws.getCell("E7").font = { bold: true, name: "Times New Roman" };
  ws.getCell("E7").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF00FF00" } };
  wb.addWorksheet("Ghi chú").getCell("A1").value = "untouched sheet";
  await wb.xlsx.writeFile(file);
}

beforeAll(async () => {
  dir = await tmp();
  input = join(dir, "list.xlsx");
  output = join(dir, "list.checked.xlsx");
  await makeInput(input);
  before = await sha256(input);
  const read = await readWorkbook(input, { label: "list.xlsx" });
  report = check(campaign, read.sheets, { lang: "vi" });
  await writeCheckedCopy(read.opened, report, output, { label: "list.xlsx", files: ["list.xlsx"], campaign, lang: "vi" as const });
});

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

function fillOf(c: ExcelJS.Cell): string | undefined {
  const f = c.fill as ExcelJS.FillPattern | undefined;
  return f?.type === "pattern" ? f.fgColor?.argb : undefined;
}

function noteOf(c: ExcelJS.Cell): string {
  const n = c.note as ExcelJS.Comment | string | undefined;
  if (n === undefined) return "";
  return typeof n === "string" ? n : (n.texts ?? []).map((r) => r.text).join("");
}

describe("the findings this workbook gives", () => {
  it("are the ones the marks below rely on", () => {
    expect(report.findings.map((f) => [f.cell, f.code, f.severity]).sort()).toEqual(
      [
        ["B6", "missing-value", "error"],
        ["D4", "quota-exceeded", "error"],
        ["E4", "not-allowed", "error"],
        ["E4", "not-allowed", "info"],
        ["E5", "not-allowed", "error"],
        ["E6", "not-allowed", "error"],
        ["E7", "not-allowed", "info"],
        ["G4", "below-threshold", "warning"],
      ].sort(),
    );
  });
});

describe("the checked copy", () => {
  it("leaves the input byte for byte as it was", async () => {
    expect(await sha256(input)).toBe(before);
  });

  it("fills each offending cell by its worst severity, keeping its other formatting", async () => {
    const ws = (await load(output)).getWorksheet("Danh sách")!;
    expect(["E4", "G4", "E7", "D4", "B6", "E5", "B4", "A4"].map((a) => fillOf(ws.getCell(a)))).toEqual([
      FILL.error,
      FILL.warning,
      FILL.info,
      FILL.error,
      FILL.error,
      FILL.error,
      undefined,
      undefined,
    ]);
    expect(ws.getCell("E7").font).toMatchObject({ bold: true, name: "Times New Roman" });
  });

  it("notes each cell with its messages under the heading the add-in writes too (one note text for both faces)", async () => {
    const ws = (await load(output)).getWorksheet("Danh sách")!;
    const e4 = report.findings.filter((f) => f.cell === "E4").map((f) => `• ${f.message}`);
    expect(noteOf(ws.getCell("E4"))).toBe(["Kiểm tra thi đua:", ...e4].join("\n"));
    expect(noteOf(ws.getCell("G4"))).toBe(`Kiểm tra thi đua:\n• ${report.findings.find((f) => f.cell === "G4")!.message}`);
    expect(noteOf(ws.getCell("B6"))).toBe(`Kiểm tra thi đua:\n• ${report.findings.find((f) => f.cell === "B6")!.message}`);
    // the quota is marked on the unit cell of the unit's first counted row
    expect(noteOf(ws.getCell("D4"))).toMatch(/Sở Y tế/);
  });

  it("keeps a note the user wrote and adds the finding after it", async () => {
    const ws = (await load(output)).getWorksheet("Danh sách")!;
    const note = noteOf(ws.getCell("E5"));
    expect(note.startsWith("ghi chú của người lập")).toBe(true);
    expect(note).toContain(report.findings.find((f) => f.cell === "E5")!.message);
  });

  it("changes no value of any sheet", async () => {
    const a = await readWorkbook(input);
    const b = await readWorkbook(output, { exclude: ["Tổng hợp kiểm tra"] });
    expect(b.sheets.map((s) => [s.name, s.rows])).toEqual(a.sheets.map((s) => [s.name, s.rows]));
  });

  it("copies every part it does not need to touch byte for byte", async () => {
    const a = new ZipArchive(await readFile(input));
    const b = new ZipArchive(await readFile(output));
    const touched = new Set(["[content_types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/_rels/sheet1.xml.rels", "xl/comments1.xml", "xl/drawings/vmldrawing1.vml"]);
    const same = a.entries.filter((e) => !touched.has(e.name.toLowerCase()));
    expect(same.length).toBeGreaterThan(4);
    for (const e of same) expect(b.raw(b.get(e.name)!).equals(a.raw(e)), e.name).toBe(true);
    // the untouched sheet is among them
    expect(same.map((e) => e.name)).toContain("xl/worksheets/sheet2.xml");
  });

  it("writes well-formed xml in every part it changed or added", async () => {
    const b = new ZipArchive(await readFile(output));
    for (const e of b.entries.filter((x) => /\.(xml|rels|vml)$/.test(x.name))) {
      const r = XMLValidator.validate(b.inflate(e).toString("utf8"));
      expect(r, e.name).toBe(true);
    }
  });
});

describe("the summary sheet", () => {
  it("is added at the end under its Vietnamese name", async () => {
    const wb = await load(output);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Danh sách", "Ghi chú", "Tổng hợp kiểm tra"]);
  });

  it("holds the header block, the quota table, counts and every finding", async () => {
    const ws = (await load(output)).getWorksheet("Tổng hợp kiểm tra")!;
    const texts: string[] = [];
    ws.eachRow((r) => r.eachCell((c) => texts.push(String(c.value))));
    for (const s of ["Kiểm thử ghi (write-test)", "list.xlsx", "Sở Y tế", "Vượt định mức", "quota-exceeded", "Vượt số lượng", "Huân chương", "Bằng khen của Chủ tịch UBND tỉnh"]) expect(texts).toContain(s);
    for (const f of report.findings) expect(texts).toContain(f.message);
  });

  it("links each finding to its cell", async () => {
    const b = new ZipArchive(await readFile(output));
    const xml = b.readText("xl/worksheets/sheet3.xml")!;
    const links = [...xml.matchAll(/<hyperlink ref="([A-Z]+\d+)" location="([^"]+)"/g)].map((m) => m[2]);
    expect(links.sort()).toEqual(report.findings.map((f) => `'Danh sách'!${f.cell}`).sort());
  });

  it("stores text beginning with = + - @ as text, never as a formula", async () => {
    const b = new ZipArchive(await readFile(output));
    const xml = b.readText("xl/worksheets/sheet3.xml")!;
    expect(xml).not.toMatch(/<f[\s>]/);
    expect(xml).toMatch(/<c r="[A-Z]+\d+"(?: s="\d+")? t="inlineStr"><is><t xml:space="preserve">=SUM\(1,2\)<\/t><\/is><\/c>/);
    const ws = (await load(output)).getWorksheet("Tổng hợp kiểm tra")!;
    const found: unknown[] = [];
    ws.eachRow((r) => r.eachCell((c) => String(c.text).startsWith("=SUM") && found.push(c.value)));
    // the unit of the quota table and of each row finding of that unit: text every time
    expect(found.length).toBeGreaterThan(1);
    expect(found.every((v) => v === "=SUM(1,2)")).toBe(true);
  });

  it("is replaced, not repeated, when a checked copy is checked again", async () => {
    const again = await openWorkbook(output);
    const buf = buildCheckedCopy(again, report, { label: "list.xlsx", files: ["list.xlsx"], campaign, lang: "vi" as const });
    const file = join(dir, "again.xlsx");
    await writeFile(file, buf);
    const wb = await load(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Danh sách", "Ghi chú", "Tổng hợp kiểm tra"]);
  });

  it("is named in English with an English translator", async () => {
    const read = await openWorkbook(input);
    const buf = buildCheckedCopy(read, report, { label: "list.xlsx", files: ["list.xlsx"], campaign, lang: "en" });
    const file = join(dir, "en.xlsx");
    await writeFile(file, buf);
    const ws = (await load(file)).getWorksheet("Check summary")!;
    expect(ws.getCell("A1").value).toBe("NOMINATION LIST CHECK SUMMARY");
  });

});

describe("refusing to overwrite the input", () => {
  it("by the same path, or through a link to it", async () => {
    const read = await openWorkbook(input);
    const opts = { label: "list.xlsx", files: ["list.xlsx"], campaign, lang: "vi" as const };
    await expect(writeCheckedCopy(read, report, input, opts)).rejects.toMatchObject({ code: "out-is-input" });
    const link = join(dir, "link.xlsx");
    await symlink(input, link);
    await expect(writeCheckedCopy(read, report, link, opts)).rejects.toBeInstanceOf(WorkbookError);
    expect(await sha256(input)).toBe(before);
  });
});
