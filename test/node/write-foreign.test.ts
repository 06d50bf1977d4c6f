// a workbook written by another program (LibreOffice): its own notes, VML and xml habits survive --out
import { copyFile, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { createT } from "../../src/cli/i18n.js";
import { check } from "../../src/engine/index.js";
import { readWorkbook } from "../../src/node/read.js";
import { buildCheckedCopy } from "../../src/node/write.js";
import { ZipArchive } from "../../src/node/zip/read-zip.js";
import { getPreset } from "../../src/presets/index.js";
import { FIXTURES, sha256, tmp } from "../fixtures/build.js";

function noteOf(c: ExcelJS.Cell): string {
  const n = c.note as ExcelJS.Comment | string | undefined;
  return n === undefined ? "" : typeof n === "string" ? n : (n.texts ?? []).map((r) => r.text).join("");
}

describe("a LibreOffice workbook with notes", () => {
  it("gets its marks and keeps its own notes", async () => {
    const dir = await tmp();
    const input = join(dir, "lo.xlsx");
    await copyFile(join(FIXTURES, "libreoffice-written-with-notes.xlsx"), input);
    const before = await sha256(input);
    const read = await readWorkbook(input, { label: "lo.xlsx" });
    const report = check(getPreset("kien-giang-2021-covid")!, read.sheets);
    const e4 = report.findings.find((f) => f.cell === "E4")!;
    expect(e4.code).toBe("not-allowed");

    const out = join(dir, "checked.xlsx");
    await writeFile(out, buildCheckedCopy(read.opened, report, { label: "lo.xlsx", files: ["lo.xlsx"], campaign: getPreset("kien-giang-2021-covid")!, lang: "vi" }));
    expect(await sha256(input)).toBe(before);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet("Danh sách")!;
    expect(noteOf(ws.getCell("E4"))).toBe(`ghi chú cũ\n\nKiểm tra thi đua:\n• ${e4.message}`);
    expect(noteOf(ws.getCell("B5"))).toBe("ghi chú khác");
    expect(noteOf(ws.getCell("G4"))).toBe(`Kiểm tra thi đua:\n• ${report.findings.find((f) => f.cell === "G4")!.message}`);
    expect((ws.getCell("G4").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFFC7CE");

    const zip = new ZipArchive(await readFile(out));
    for (const e of zip.entries.filter((x) => /\.(xml|rels|vml)$/.test(x.name))) expect(XMLValidator.validate(zip.inflate(e).toString("utf8")), e.name).toBe(true);
    // LibreOffice's two shapes are still there, ours are added to the same drawing
    const vml = zip.readText("xl/drawings/vmlDrawing1.vml")!;
    expect(vml.match(/<v:shape\b/g)).toHaveLength(2 + report.findings.filter((f) => f.cell && f.cell !== "E4").length);
  });
});
