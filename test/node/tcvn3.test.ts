// legacy TCVN3 text: one decoder in the engine; the Node reader passes each cell's font as the hint
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { check } from "../../src/engine/index.js";
import { readWorkbook } from "../../src/node/read.js";
import { createRequire } from "node:module";
import { decodeLegacy, decodeTcvn3, encodeTcvn3, isTcvn3Font } from "../../src/engine/index.js";
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

  it("has iconv-lite's TCVN3 table for bytes 0x80–0xFF (the library is the reference)", () => {
    const tables = createRequire(import.meta.url)("iconv-lite/encodings/sbcs-data-generated.js") as Record<string, { chars: string }>;
    const high = tables["tcvn"]!.chars.slice(128);
    const faces = Array.from({ length: 128 }, (_, i) => String.fromCharCode(0x80 + i)).join(""); // the Latin-1 reading of each byte
    expect(decodeTcvn3(faces).normalize("NFD")).toBe(high.normalize("NFD"));
  });

  it("decides NUL, unknown characters and the Unicode form once", () => {
    expect(decodeTcvn3("C¸\u0000nh©n")).toBe("Cá nhân"); // NUL becomes a space
    expect(decodeTcvn3("C¸ nh©n ✓")).toBe("C¸ nh©n ✓"); // a character that is no byte: the text is Unicode already
    expect(decodeTcvn3("Lª")).toBe("Lê".normalize("NFC"));
  });

  it("decodes by the font hint, else only when the text looks like TCVN3", () => {
    expect(decodeLegacy("B¶n", ".VnTime")).toBe("Bản");
    expect(decodeLegacy("Gß Quao", "Arial")).toBe("Gò Quao"); // looks like TCVN3
    expect(decodeLegacy("Hà Tiên", "Arial")).toBe("Hà Tiên"); // Unicode that could be bytes: left alone without the hint
    // a no-break space (text pasted from a web page or Word) is the same character in both readings: it is no
    // sign of TCVN3, so Unicode text holding one stays as written ("Võ Hà" is not "Vé Hµ")
    expect(decodeLegacy("Võ\u00a0Hà", "Arial")).toBe("Võ\u00a0Hà");
    expect(decodeLegacy("Xã\u00a0Tân Hiệp")).toBe("Xã\u00a0Tân Hiệp");
    expect(decodeLegacy("Gß\u00a0Quao")).toBe("Gò\u00a0Quao"); // TCVN3 with a no-break space still decodes
  });

  it("knows the TCVN3 font family", () => {
    expect([".VnTime", ".VnTimeH", " .vnArial", "Times New Roman", undefined].map(isTcvn3Font)).toEqual([true, true, true, false, false]);
  });
});

describe("TCVN3 cells in a workbook", () => {
  it("decodes while reading: a .VnTime cell by its font, another cell when it looks like TCVN3", async () => {
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
    expect(rows[2]![1]).toBe("Nguyễn Thị Hòa"); // no font hint: guessed by its look, in the same one decoder

    const report = check(getPreset("kien-giang-2021-covid")!, r.sheets);
    // both rows count for one unit, and the legacy name reads as Unicode in messages
    expect(report.units.map((u) => [u.unit, u.counted])).toEqual([["Sở Tài chính", 2]]);
  });
});
