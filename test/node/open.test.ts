// telling a workbook from files that are not one: each bad input has its own error code
import { copyFile, mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { WorkbookError } from "../../src/node/errors.js";
import { openWorkbook } from "../../src/node/open.js";
import { readWorkbook } from "../../src/node/read.js";
import { ZipArchive } from "../../src/node/zip/read-zip.js";
import { writeZip } from "../../src/node/zip/write-zip.js";
import { FIXTURES, listWorkbook, tmp, writeBytes } from "../fixtures/build.js";

let dir: string;
let good: string;

async function code(file: string): Promise<[string, Record<string, string>]> {
  const e = await readWorkbook(file).then(
    () => undefined,
    (x: unknown) => x,
  );
  if (!(e instanceof WorkbookError)) throw new Error(`expected a WorkbookError, got ${String(e)}`);
  return [e.code, e.data];
}

beforeAll(async () => {
  dir = await tmp();
  good = await listWorkbook(join(dir, "good.xlsx"), [[1, "Nguyễn Văn An", "Cá nhân", "Sở Y tế", "Bằng khen UBND tỉnh"]]);
});

describe("bad inputs", () => {
  it("a missing file", async () => {
    expect(await code(join(dir, "nope.xlsx"))).toEqual(["missing-file", {}]);
  });

  it("a folder where a file was expected", async () => {
    await mkdir(join(dir, "folder.xlsx"));
    expect((await code(join(dir, "folder.xlsx")))[0]).toBe("not-a-file");
  });

  it.each([
    ["renamed.csv.xlsx", "STT,Họ và tên,Đơn vị\n1,Nguyễn Văn An,Sở Y tế\n", "csv"],
    ["notes.txt.xlsx", "Danh sách đề nghị khen thưởng năm 2021", "text"],
    ["export-html.xls.xlsx", "<html><body><table><tr><td>STT</td></tr></table></body></html>", "html"],
    ["zero-bytes.xlsx", "", "empty-file"],
  ])("a file that is not a zip: %s", async (name, body, kind) => {
    expect(await code(await writeBytes(join(dir, name), body))).toEqual(["not-xlsx", { kind }]);
  });

  it("a zip that is not a workbook (a Word document renamed)", async () => {
    const docx = writeZip([
      { name: "[Content_Types].xml", data: Buffer.from('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>') },
      { name: "word/document.xml", data: Buffer.from("<w:document/>") },
    ]);
    expect(await code(await writeBytes(join(dir, "report.docx.xlsx"), docx))).toEqual(["not-xlsx", { kind: "docx" }]);
  });

  it("a truncated download", async () => {
    const bytes = await readFile(good);
    const [c] = await code(await writeBytes(join(dir, "truncated.xlsx"), bytes.subarray(0, Math.floor(bytes.length / 2))));
    expect(c).toBe("corrupt");
  });

  it("a workbook whose sheet data was damaged (checksum mismatch)", async () => {
    const bytes = Buffer.from(await readFile(good));
    const zip = new ZipArchive(bytes);
    const sheet = zip.get("xl/worksheets/sheet1.xml")!;
    const raw = zip.raw(sheet);
    const at = raw.byteOffset - bytes.byteOffset + Math.floor(raw.length / 2);
    bytes[at] = bytes[at]! ^ 0xff;
    const [c, d] = await code(await writeBytes(join(dir, "damaged.xlsx"), bytes));
    expect(c).toBe("damaged");
    expect(d["sheet"]).toBe("Danh sách");
    expect(d["detail"]).toMatch(/sheet1\.xml/);
  });

  it("a password-protected workbook", async () => {
    const f = join(dir, "password-protected.xlsx");
    await copyFile(join(FIXTURES, "password-protected.xlsx"), f);
    expect(await code(f)).toEqual(["encrypted", {}]);
  });

  it("an Excel 97-2003 workbook, even renamed to .xlsx", async () => {
    const f = join(dir, "legacy.xlsx");
    await copyFile(join(FIXTURES, "legacy-excel-97-2003.xls"), f);
    expect(await code(f)).toEqual(["legacy-xls", {}]);
  });

  it("some other compound file: password-protected or legacy, we cannot tell", async () => {
    const cfb = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    expect(await code(await writeBytes(join(dir, "unknown-ole.xlsx"), cfb))).toEqual(["encrypted", { maybeXls: "1" }]);
  });

  it("a workbook with no cells", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1");
    wb.addWorksheet("Sheet2").getCell("B2").value = "";
    const f = join(dir, "empty-workbook.xlsx");
    await wb.xlsx.writeFile(f);
    expect(await code(f)).toEqual(["empty", {}]);
  });
});

describe("a good workbook", () => {
  it("opens with its sheets located", async () => {
    const o = await openWorkbook(good);
    expect(o.pkg.sheets).toEqual([expect.objectContaining({ name: "Danh sách", part: "xl/worksheets/sheet1.xml", kind: "worksheet", state: "visible" })]);
  });
});
