// legacy TCVN3 text: decoded from a ".VnTime" cell by the reader, and by the engine's guess elsewhere
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { check } from "../../src/engine/index.js";
import { readWorkbook } from "../../src/node/read.js";
import { decodeTcvn3, encodeTcvn3, isTcvn3Font } from "../../src/node/tcvn3.js";
import { getPreset } from "../../src/presets/index.js";
import { excellent, HEADER, tmp } from "../fixtures/build.js";

describe("decodeTcvn3", () => {
  it.each([
    ["NguyÔn V¨n An", "Nguyễn Văn An"],
    ["žy ban nh©n d©n huyÖn Gß Quao", "Ủy ban nhân dân huyện Gò Quao"],
    ["B»ng khen cña Chñ tÞch UBND tØnh", "Bằng khen của Chủ tịch UBND tỉnh"],
    ["§ång Th¸p", "Đồng Tháp"],
    ["C¸ nh©n", "Cá nhân"],
  ])("%s -> %s", (legacy, unicode) => {
    expect(decodeTcvn3(legacy)).toBe(unicode);
    expect(encodeTcvn3(unicode)).toBe(legacy);
  });

  it("leaves Unicode and plain ASCII text alone", () => {
    expect(decodeTcvn3("Nguyễn Văn An")).toBe("Nguyễn Văn An");
    expect(decodeTcvn3("UBND tinh 2021")).toBe("UBND tinh 2021");
  });

  it("knows the TCVN3 font family", () => {
    expect([".VnTime", ".VnTimeH", " .vnArial", "Times New Roman", undefined].map(isTcvn3Font)).toEqual([true, true, true, false, false]);
  });
});

describe("TCVN3 cells in a workbook", () => {
  it("decodes a .VnTime cell while reading, and leaves the same bytes in another font to the engine", async () => {
    const file = join(await tmp(), "tcvn3-vntime-cells.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Danh sách");
    ws.getRow(1).values = HEADER;
    ws.getRow(2).values = excellent(1, encodeTcvn3("Sở Tài chính"));
    ws.getCell("D2").font = { name: ".VnTime" };
    ws.getRow(3).values = excellent(2, "Sở Tài chính", encodeTcvn3("Nguyễn Thị Hòa"));
    await wb.xlsx.writeFile(file);

    const r = await readWorkbook(file);
    const rows = r.sheets[0]!.rows;
    expect(rows[1]![3]).toBe("Sở Tài chính"); // font said TCVN3: decoded at the edge
    expect(rows[2]![1]).toBe(encodeTcvn3("Nguyễn Thị Hòa")); // no font hint: as stored

    const report = check(getPreset("kien-giang-2021-covid")!, r.sheets, { decodeLegacy: decodeTcvn3 });
    // both rows count for one unit, and the legacy name reads as Unicode in messages
    expect(report.units.map((u) => [u.unit, u.counted])).toEqual([["Sở Tài chính", 2]]);
  });
});
