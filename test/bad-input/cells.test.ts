// bad-input catalogue, cells: unusual values are read as the engine's values, checked without a crash,
// and survive --out unchanged (read back by SheetJS, an independent reader)
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readWorkbook } from "../../src/node/read.js";
import { HEADER, tmp } from "../fixtures/build.js";
import { KG, runCase, sameCells } from "./catalogue.js";
import { writePackage } from "./package.js";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const STYLES =
  `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/></numFmts>` +
  `<fonts count="2"><font><sz val="11"/><name val="Times New Roman"/></font><font><sz val="13"/><name val=".VnTime"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0"/></cellStyleXfs>` +
  `<cellXfs count="4"><xf numFmtId="0" fontId="0"/><xf numFmtId="14" fontId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" applyFont="1"/></cellXfs></styleSheet>`;

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
const str = (ref: string, s: string, style = "") => `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${esc(s)}</t></is></c>`;
const head = HEADER.map((h, j) => str(`${String.fromCharCode(65 + j)}3`, h)).join("");
/** a data row at r: number, name cell xml, type, unit, award, kind, money cell xml */
const row = (r: number, name: string, unit: string, money = "") =>
  `<row r="${r}"><c r="A${r}"><v>${r - 3}</v></c>${name}${str(`C${r}`, "Cá nhân")}${str(`D${r}`, unit)}${str(`E${r}`, "Bằng khen UBND tỉnh")}${str(`F${r}`, "Thành tích xuất sắc")}${money}</row>`;

const LONG = "Đ".repeat(32_767);
const EMOJI = "Nguyễn Văn 🎉 An 👨‍👩‍👧";
const NFD = "Nguye\u0302\u0303n Va\u0306n Bi\u0300nh";
const TCVN3 = "NguyÔn V¨n An"; // "Nguyễn Văn An" typed in .VnTime

let dir: string;
let file: string;
let file1904: string;

beforeAll(async () => {
  dir = await tmp();
  const rows = [
    row(4, `<c r="B4" t="str"><f>CONCATENATE("Trần ","Văn Cường")</f><v>Trần Văn Cường</v></c>`, "Sở Y tế"),
    row(5, `<c r="B5"><f>Z1</f></c>`, "Sở Y tế"), // a formula with no cached value: an empty name
    row(6, `<c r="B6" t="e"><f>NA()</f><v>#N/A</v></c>`, "Sở Y tế"),
    row(7, `<c r="B7" t="inlineStr"><is><r><t xml:space="preserve">Lê </t></r><r><rPr><b/></rPr><t>Thị Dung</t></r><rPh><t>phonetic</t></rPh></is></c>`, "Sở Y tế"),
    row(8, str("B8", LONG), "Sở Tài chính"),
    row(9, str("B9", EMOJI), "Sở Tài chính"),
    row(10, str("B10", NFD), "Sở Tài chính"),
    row(11, str("B11", TCVN3, ' s="3"'), "Sở Tài chính"),
    row(12, str("B12", "=HYPERLINK(\"http://evil\",\"x\")"), "=1+1", `<c r="G12" t="e"><v>#VALUE!</v></c>`),
    row(13, str("B13", "@SUM(A1) +cmd|' /C calc'!A0"), "-2+3"),
  ];
  const xml = (extra: string) =>
    `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData><row r="1">${str("A1", "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG")}</row><row r="3">${head}</row>${rows.join("")}${extra}</sheetData></worksheet>`;
  file = await writePackage(join(dir, "cells.xlsx"), { styles: STYLES, sheets: [{ name: "Danh sách", part: "xl/worksheets/sheet1.xml", xml: xml("") }] });
  // the 1904 system: the same serial is 1,462 days later than in the 1900 system
  const dates = `<row r="20"><c r="A20" s="1"><v>43008</v></c><c r="B20" s="2"><v>43008.75</v></c><c r="C20"><v>43008</v></c></row>`;
  file1904 = await writePackage(join(dir, "dates-1904.xlsx"), { date1904: true, styles: STYLES, sheets: [{ name: "Danh sách", part: "xl/worksheets/sheet1.xml", xml: xml(dates) }] });
});

describe("cells", () => {
  it("reads each unusual cell as the engine's value", async () => {
    const s = (await readWorkbook(file)).sheets[0]!;
    const name = (r: number) => s.rows[r - 1]![1];
    expect(name(4)).toBe("Trần Văn Cường");
    expect(name(5)).toBeNull();
    expect(name(6)).toEqual({ error: "#N/A" });
    expect(name(7)).toBe("Lê Thị Dung");
    expect(name(8)).toBe(LONG);
    expect(name(9)).toBe(EMOJI);
    expect(name(10)).toBe(NFD);
    expect(name(11)).toBe("Nguyễn Văn An");
    expect(name(12)).toBe('=HYPERLINK("http://evil","x")');
    expect(s.rows[11]![6]).toEqual({ error: "#VALUE!" });
  });

  it("1904 dates by number format: built-in and custom formats, the time of day dropped; a plain number stays a number", async () => {
    const s = (await readWorkbook(file1904)).sheets[0]!;
    expect(s.rows[19]!.slice(0, 3)).toEqual([43008 + 1462, 43008 + 1462, 43008]);
  });

  it("checks them without a crash and the --out copy keeps every cell", async () => {
    const out = join(dir, "cells-checked.xlsx");
    const r = await runCase(["check", file, ...KG, "--out", out, "--format", "json"], { code: 1 });
    const doc = JSON.parse(r.out) as { findings: { code: string; row: number }[] };
    expect(doc.findings.some((f) => f.row === 5 && f.code === "missing-value")).toBe(true);
    await sameCells(file, out);
  });

  it("formula-like text lands in the summary as text, never as a formula", async () => {
    const out = join(dir, "cells-summary.xlsx");
    await runCase(["check", file, ...KG, "--out", out], { code: 1 });
    const { readBack } = await import("./reader.js");
    const XLSX = await import("xlsx");
    const { readFile } = await import("node:fs/promises");
    const wb = XLSX.read(await readFile(out), { type: "buffer", cellFormula: true });
    const summary = wb.Sheets[wb.SheetNames[wb.SheetNames.length - 1]!]!;
    const cells = Object.entries(summary).filter(([k]) => !k.startsWith("!")) as [string, { f?: string; v?: unknown; t?: string }][];
    expect(cells.filter(([, c]) => c.f !== undefined)).toEqual([]);
    const texts = cells.map(([, c]) => String(c.v));
    expect(texts.some((t) => t.includes("=1+1"))).toBe(true);
    expect((await readBack(out)).sheets.length).toBe(2);
  });
});
