// one Report's summary rendered through both faces: the command's copy (read back with exceljs) and the
// add-in (the fake host) give the same cell grid: values, styles and links
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { buildSummarySheet, LOOKS, type Report } from "../../src/engine/index.js";
import { writeSummary } from "../../src/addin/office/summary.js";
import { openWorkbook } from "../../src/node/open.js";
import { buildCheckedCopy } from "../../src/node/write.js";
import { kienGiang, setup } from "../addin/harness.js";
import { tmp } from "../fixtures/build.js";
import { readFile, writeFile } from "node:fs/promises";
import { ZipArchive } from "../../src/node/zip/read-zip.js";

interface Face {
  v: string | number | null;
  bold: boolean;
  fill: string | null;
  format: string;
  align: string;
  wrap: boolean;
  link: string | null;
}

const NOW = new Date(2026, 11, 1, 9, 30);
const hex = (c: string | undefined | null) => (c ? `#${c.replace(/^#|^FF(?=[0-9A-F]{6}$)/gi, "").toUpperCase()}` : null);

async function commandGrid(report: Report, sheetName: string): Promise<{ grid: Face[][]; ws: ExcelJS.Worksheet }> {
  const dir = await tmp();
  const src = join(dir, "list.xlsx");
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet(sheetName).getCell("A1").value = "x";
  await wb.xlsx.writeFile(src);
  const opened = await openWorkbook(src);
  const out = join(dir, "checked.xlsx");
  await writeFile(out, buildCheckedCopy(opened, report, { label: undefined, files: [], campaign: kienGiang(), lang: "vi", checkedAt: NOW }));
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(out);
  // exceljs does not read internal (location) hyperlinks back: take them from the sheet's xml
  const zip = new ZipArchive(await readFile(out));
  const xml = zip.entries.map((e) => (/^xl\/worksheets\/[^/]+\.xml$/.test(e.name) ? (zip.readText(e.name) ?? "") : "")).find((x) => x.includes("TỔNG HỢP KIỂM TRA")) ?? "";
  const locations = new Map([...xml.matchAll(/<hyperlink ref="([A-Z]+\d+)" location="([^"]+)"/g)].map((m) => [m[1]!, m[2]!.replace(/&apos;/g, "'")]));
  const ws = back.getWorksheet("Tổng hợp kiểm tra")!;
  const grid: Face[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row: Face[] = [];
    for (let c = 1; c <= 8; c++) {
      const cell = ws.getCell(r, c);
      const raw = cell.value as unknown;
      // exceljs gives a date-formatted number as a Date (UTC); back to the serial both faces wrote
      const v =
        raw instanceof Date
          ? raw.getTime() / 86_400_000 + 25_569
          : raw && typeof raw === "object" && "text" in (raw as object)
            ? (raw as { text: string }).text
            : (raw as string | number | null);
      const fill = cell.fill?.type === "pattern" && cell.fill.pattern === "solid" ? hex(cell.fill.fgColor?.argb) : null;
      const link = locations.get(cell.address) ?? null;
      row.push({ v: v === undefined || v === "" ? null : v, bold: !!cell.font?.bold, fill, format: cell.numFmt || "General", align: cell.alignment?.horizontal ?? "general", wrap: !!cell.alignment?.wrapText, link });
    }
    grid.push(row);
  }
  return { grid, ws };
}

describe("one summary, two faces", () => {
  it("the command's copy and the add-in's sheet hold the same cells, styles and links", async () => {
    const h = setup();
    const { report } = await h.port.check({ sheet: "Danh sách", campaign: kienGiang(), lang: "vi" });
    expect(report.findings.length).toBeGreaterThan(0);

    await h.host.run((context) => writeSummary(context as unknown as Excel.RequestContext, report, "vi", kienGiang(), NOW));
    const s = h.book.sheet("Tổng hợp kiểm tra")!;
    const { grid: command, ws } = await commandGrid(report, "Danh sách");

    const addin: Face[][] = command.map((row, i) =>
      row.map((_, j) => {
        const c = s.peek(i + 1, j + 1);
        const v = c?.value ?? null;
        return {
          v: v === "" ? null : (v as string | number | null),
          bold: !!c?.bold,
          fill: c && c.fill.pattern === "Solid" ? hex(c.fill.color) : null,
          format: c?.numberFormat ?? "General",
          align: (c?.align ?? "General").toLowerCase(),
          wrap: !!c?.wrap,
          link: c?.hyperlink?.documentReference ?? null,
        };
      }),
    );
    // text cells are "@" on both faces; an empty cell of the command's sheet has no format at all
    const norm = (g: Face[][]) =>
      g.map((r) =>
        r.map((c) =>
          c.v === null && !c.fill && !c.bold
            ? null
            : { ...c, v: typeof c.v === "number" ? Math.round(c.v * 1e6) / 1e6 : c.v, format: c.v === null ? "" : c.format, align: c.v === null ? "" : c.align },
        ),
      );
    expect(norm(addin)).toEqual(norm(command));

    // and both are the engine's table
    const table = buildSummarySheet(report, kienGiang(), { lang: "vi", files: [], checkedAt: NOW, sheetNames: new Set(["Danh sách"]) });
    expect(command.length).toBe(table.rows.length);
    const links = table.rows.flat().filter((c) => c.link).map((c) => c.link);
    expect(links.length).toBeGreaterThan(0);
    expect(addin.flat().filter((c) => c.link).map((c) => c.link)).toEqual(links);
    const numbers = table.rows.flatMap((r, i) => r.flatMap((c, j) => (typeof c.v === "number" && c.style === "number" ? [[i, j]] : [])));
    for (const [i, j] of numbers) expect(command[i!]![j!]).toMatchObject({ format: LOOKS.number.format, align: "right" });
    // the print layout, in both
    expect(s.frozenRows).toBe(table.freezeRows);
    expect(s.pageLayout).toMatchObject({ orientation: "Landscape", paperSize: "A4", zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 } });
    expect(s.pageLayout.printTitleRows).toBe(`$${table.printTitleRow! + 1}:$${table.printTitleRow! + 1}`);
    expect(s.autoFilter).not.toBeNull();
    expect(s.conditionalFormats.map((c) => c.type)).toEqual(["DataBar"]);
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9, fitToWidth: 1, fitToHeight: 0 });
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: table.freezeRows });
    expect(ws.autoFilter).toBeTruthy();
  });
});
