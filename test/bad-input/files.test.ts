// bad-input catalogue, files: what cannot be read is refused in one line naming the file and the damage;
// what is unusual but valid is read. Never a partial read reported as a complete list.
import { execFileSync } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ZipArchive } from "../../src/node/zip/read-zip.js";
import { writeZip } from "../../src/node/zip/write-zip.js";
import { FIXTURES, HEADER, excellent, listWorkbook, tmp } from "../fixtures/build.js";
import { KG, esc, runCase } from "./catalogue.js";
import { packageBytes, sheetXml, writePackage } from "./package.js";

let dir: string;
let good: string;
const list = (n: number) => [["DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG"], [], HEADER, ...Array.from({ length: n }, (_, i) => excellent(i + 1, "Sở Y tế") as (string | number | null)[])];

/** the byte offset of an entry's stored data inside the file */
function dataOffset(bytes: Buffer, name: string): { at: number; length: number } {
  const zip = new ZipArchive(bytes);
  const raw = zip.raw(zip.get(name)!);
  return { at: raw.byteOffset - bytes.byteOffset, length: raw.length };
}

async function variant(name: string, edit: (b: Buffer) => void): Promise<string> {
  const bytes = Buffer.from(await readFile(good));
  edit(bytes);
  const f = join(dir, name);
  await writeFile(f, bytes);
  return f;
}

beforeAll(async () => {
  dir = await tmp();
  good = await listWorkbook(join(dir, "good.xlsx"), Array.from({ length: 22 }, (_, i) => excellent(i + 1, "Sở Y tế")));
});

describe("files that are not workbooks", () => {
  it.each([
    ["empty.xlsx", Buffer.alloc(0), /không phải tệp Excel \.xlsx: tệp rỗng \(0 byte\)$/],
    ["random.xlsx", Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)), /không phải tệp Excel \.xlsx: định dạng không nhận ra$/],
    ["csv.xlsx", Buffer.from("STT;Họ và tên\n1;An\n"), /có vẻ là tệp CSV/],
    ["page.xlsx", Buffer.from("<html><body><table><tr><td>1</td></tr></table></body></html>"), /là trang HTML/],
    ["notes.xlsx", writeZip([{ name: "readme.txt", data: Buffer.from("hello") }]), /là một tệp nén zip khác$/],
  ])("%s", async (name, bytes, line) => {
    const f = join(dir, name);
    await writeFile(f, bytes);
    const r = await runCase(["check", f, ...KG], { code: 2 });
    expect(r.err.trimEnd()).toMatch(new RegExp(`^${esc(f)} .*`));
    expect(r.err.trimEnd()).toMatch(line);
  });

  it("a legacy .xls workbook", async () => {
    const r = await runCase(["check", join(FIXTURES, "legacy-excel-97-2003.xls"), ...KG], { code: 2 });
    expect(r.err).toMatch(/Excel 97-2003/);
  });

  it("an encrypted workbook", async () => {
    const r = await runCase(["check", join(FIXTURES, "password-protected.xlsx"), ...KG], { code: 2 });
    expect(r.err).toMatch(/mật khẩu/);
  });

  it("a missing file", async () => {
    const r = await runCase(["check", join(dir, "nope.xlsx"), ...KG], { code: 2 });
    expect(r.err).toMatch(/^Không tìm thấy tệp: /);
  });

  it("a FIFO is refused without being read (it would block)", async () => {
    const f = join(dir, "pipe.xlsx");
    execFileSync("mkfifo", [f]);
    const r = await runCase(["check", f, ...KG], { code: 2, inputs: [] });
    expect(r.err.trimEnd()).toBe(`${f} không phải tệp thường (FIFO, thiết bị hoặc socket): hãy chỉ ra một tệp .xlsx`);
  });

  it("a device is refused", async () => {
    const r = await runCase(["check", "/dev/zero", ...KG, "--lang", "en"], { code: 2, inputs: [] });
    expect(r.err.trimEnd()).toBe("/dev/zero is not a regular file (a FIFO, device or socket): name an .xlsx file");
  });

  it("a workbook without any sheet", async () => {
    const f = await writePackage(join(dir, "no-sheets.xlsx"), { sheets: [] });
    const r = await runCase(["check", f, ...KG], { code: 2 });
    expect(r.err).toMatch(/không có dữ liệu|trống/);
  });
});

describe("damaged workbooks: exit 2, naming the file and the damage, never a partial list", () => {
  it("a truncated download (no central directory)", async () => {
    const f = await variant("truncated.xlsx", () => undefined);
    const bytes = await readFile(f);
    await writeFile(f, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    const r = await runCase(["check", f, ...KG], { code: 2 });
    expect(r.err).toMatch(new RegExp(`^${esc(f)} bị hỏng`));
  });

  it("damaged deflate data in the sheet part (was: exit 0 and nothing printed)", async () => {
    const f = await variant("bad-deflate.xlsx", (b) => {
      const { at } = dataOffset(b, "xl/worksheets/sheet1.xml");
      b[at] = 0xff; // block type 11: invalid
    });
    for (const format of ["text", "json"]) {
      const r = await runCase(["check", f, ...KG, "--format", format], { code: 2 });
      expect(r.err.trimEnd()).toMatch(new RegExp(`^${esc(f)} bị hỏng: trang tính “Danh sách” không đọc hết được \\(.+\\)$`));
    }
  });

  it("a checksum mismatch in the sheet part", async () => {
    const f = await variant("bad-crc.xlsx", (b) => {
      const { at, length } = dataOffset(b, "xl/worksheets/sheet1.xml");
      b[at + Math.floor(length / 2)]! ^= 0x01;
    });
    const r = await runCase(["check", f, ...KG], { code: 2 });
    expect(r.err).toMatch(/bị hỏng: trang tính “Danh sách” không đọc hết được/);
  });

  it("damaged shared strings", async () => {
    const f = await variant("bad-sst.xlsx", (b) => {
      const { at } = dataOffset(b, "xl/sharedStrings.xml");
      b[at] = 0xff;
    });
    const r = await runCase(["check", f, ...KG], { code: 2 });
    expect(r.err).toMatch(/bị hỏng: phần xl\/sharedStrings\.xml không đọc hết được/);
  });

  it("sheet XML cut off part-way in a sound zip (was: 11 of 22 rows, exit 0)", async () => {
    const xml = sheetXml(list(22));
    const f = await writePackage(join(dir, "cut-xml.xlsx"), { sheets: [{ name: "Danh sách", part: "xl/worksheets/sheet1.xml", xml: xml.slice(0, Math.floor(xml.length / 2)) }] });
    const r = await runCase(["check", f, ...KG, "--format", "json"], { code: 2 });
    expect(r.err).toMatch(/bị hỏng: trang tính “Danh sách” không đọc hết được/);
  });

  it("malformed sheet XML", async () => {
    const xml = sheetXml(list(3)).replace("</row>", "</c></row>");
    const f = await writePackage(join(dir, "malformed.xlsx"), { sheets: [{ name: "Danh sách", part: "xl/worksheets/sheet1.xml", xml }] });
    await runCase(["check", f, ...KG], { code: 2 });
  });

  it("an entity bomb (a DOCTYPE) in a sheet", async () => {
    const bomb = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>';
    const xml = sheetXml(list(3)).replace(/^<\?xml[^>]*\?>/, bomb).replace("Sở Y tế", "&lol2;");
    const f = await writePackage(join(dir, "entities.xlsx"), { sheets: [{ name: "Danh sách", part: "xl/worksheets/sheet1.xml", xml }] });
    const r = await runCase(["check", f, ...KG], { code: 2 });
    expect(r.err).toMatch(/DOCTYPE/);
  });

  it("a sheet whose part is missing from the package", async () => {
    const f = await writePackage(join(dir, "missing-part.xlsx"), { sheets: [{ name: "Danh sách", part: "xl/worksheets/sheet1.xml", xml: sheetXml(list(2)) }], parts: {} });
    const bytes = packageBytes({ sheets: [{ name: "Danh sách", part: "xl/worksheets/sheet1.xml", xml: sheetXml(list(2)) }] });
    const zip = new ZipArchive(bytes);
    await writeFile(f, writeZip(zip.entries.filter((e) => !/sheet1\.xml$/.test(e.name)).map((e) => ({ name: e.name, copy: e, from: zip }))));
    const r = await runCase(["check", f, ...KG], { code: 2 });
    expect(r.err).toMatch(/trang tính “Danh sách” không đọc hết được \(missing part/);
  });

  it("a zip bomb (a part far larger than its directory says) is cut short", async () => {
    const xml = sheetXml(list(2)).replace("</sheetData>", `</sheetData>${" ".repeat(20_000_000)}`);
    const bytes = packageBytes({ sheets: [{ name: "Danh sách", part: "xl/worksheets/sheet1.xml", xml }] });
    const name = Buffer.from("xl/worksheets/sheet1.xml");
    for (let i = bytes.indexOf(name); i >= 0; i = bytes.indexOf(name, i + 1)) {
      if (bytes.readUInt32LE(i - 46) === 0x02014b50) bytes.writeUInt32LE(2000, i - 46 + 24);
      if (bytes.readUInt32LE(i - 30) === 0x04034b50) bytes.writeUInt32LE(2000, i - 30 + 22);
    }
    const f = join(dir, "bomb.xlsx");
    await writeFile(f, bytes);
    const r = await runCase(["check", f, ...KG], { code: 2 });
    expect(r.err).toMatch(/bị hỏng: trang tính “Danh sách”/);
  });

  it("in a round of several files a damaged one is listed and the others are checked; exit 2", async () => {
    const sub = join(dir, "round");
    await mkdir(sub);
    await listWorkbook(join(sub, "a.xlsx"), [excellent(1, "Sở Y tế")]);
    const bad = Buffer.from(await readFile(good));
    bad[dataOffset(bad, "xl/worksheets/sheet1.xml").at] = 0xff;
    await writeFile(join(sub, "b.xlsx"), bad);
    await listWorkbook(join(sub, "c.xlsx"), [excellent(2, "Sở Tài chính")]);
    const r = await runCase(["check", sub, ...KG, "--format", "json"], { code: 2, report: true, inputs: ["a", "b", "c"].map((n) => join(sub, `${n}.xlsx`)) });
    expect(r.err.trimEnd()).toMatch(new RegExp(`^${esc(join(sub, "b.xlsx"))} bị hỏng: trang tính “Danh sách” không đọc hết được`));
    const doc = JSON.parse(r.out) as { sheets: { file: string }[]; problems: { file: string; reason: string; sheet: string }[] };
    expect(doc.sheets.map((s) => s.file)).toEqual([join(sub, "a.xlsx"), join(sub, "c.xlsx")]);
    expect(doc.problems).toEqual([expect.objectContaining({ file: join(sub, "b.xlsx"), reason: "damaged", sheet: "Danh sách" })]);
  });
});

describe("a round of many files: one bad file never stops the others (a clerk gets 30 files from the units)", () => {
  it("a workbook with no list, a renamed CSV, a .xls and an .xlsb are each named and listed; the others are checked and copied; exit 2", async () => {
    const sub = join(dir, "round-mixed");
    await mkdir(sub);
    await listWorkbook(join(sub, "a.xlsx"), [excellent(1, "Sở Y tế")]);
    await writePackage(join(sub, "b-de-tai.xlsx"), { sheets: [{ name: "Đề tài", part: "xl/worksheets/sheet1.xml", xml: sheetXml([["DANH MỤC ĐỀ TÀI"], [], ["STT", "Tên đề tài", "Chủ nhiệm"], [1, "Ứng dụng CNTT", "Lê Văn A"]]) }] });
    await writeFile(join(sub, "c.xlsx"), "STT;Họ và tên\n1;An\n");
    await writeFile(join(sub, "d.xls"), await readFile(join(FIXTURES, "legacy-excel-97-2003.xls")));
    await writeFile(join(sub, "e.xlsb"), writeZip([{ name: "[Content_Types].xml", data: Buffer.from("<Types/>") }, { name: "xl/workbook.bin", data: Buffer.from([0, 1, 2]) }]));
    await listWorkbook(join(sub, "f.xlsx"), [excellent(2, "Sở Tài chính")]);
    const outDir = join(dir, "round-mixed-out");
    const files = ["a.xlsx", "b-de-tai.xlsx", "c.xlsx", "d.xls", "e.xlsb", "f.xlsx"].map((n) => join(sub, n));
    const r = await runCase(["check", sub, ...KG, "--format", "json", "--out-dir", outDir], { code: 2, lines: 4, report: true, inputs: files });
    const err = r.err.trimEnd().split("\n");
    expect(err).toEqual([
      expect.stringMatching(new RegExp(`^${esc(join(sub, "c.xlsx"))} không phải tệp Excel \\.xlsx: có vẻ là tệp CSV`)),
      expect.stringMatching(new RegExp(`^${esc(join(sub, "d.xls"))} là tệp Excel 97-2003 \\(\\.xls\\): hãy mở bằng Excel và lưu lại dạng \\.xlsx$`)),
      expect.stringMatching(new RegExp(`^${esc(join(sub, "e.xlsb"))} không phải tệp Excel \\.xlsx: là sổ làm việc nhị phân Excel \\(\\.xlsb\\)`)),
      expect.stringMatching(new RegExp(`^${esc(join(sub, "b-de-tai.xlsx"))} không có danh sách đề nghị khen thưởng nào`)),
    ]);
    const doc = JSON.parse(r.out) as { sheets: { file: string }[]; problems: { file: string; reason: string }[]; outputs: string[] };
    expect(doc.sheets.map((s) => s.file)).toEqual([join(sub, "a.xlsx"), join(sub, "f.xlsx")]);
    expect(doc.problems.map((p) => [p.file.slice(sub.length + 1), p.reason])).toEqual([
      ["b-de-tai.xlsx", "not-a-list"],
      ["c.xlsx", "unreadable"],
      ["d.xls", "unreadable"],
      ["e.xlsb", "unreadable"],
    ]);
    // copies of the checked files only
    const { readdir } = await import("node:fs/promises");
    expect((await readdir(outDir)).sort()).toEqual(["a.xlsx", "f.xlsx"]);
  });

  it("a folder of only .xls files names each one and says none could be read", async () => {
    const sub = join(dir, "only-xls");
    await mkdir(sub);
    for (const n of ["a.xls", "b.xls"]) await writeFile(join(sub, n), await readFile(join(FIXTURES, "legacy-excel-97-2003.xls")));
    const r = await runCase(["check", sub, ...KG], { code: 2, lines: 3, inputs: [] });
    const err = r.err.trimEnd().split("\n");
    expect(err[0]).toMatch(/a\.xls là tệp Excel 97-2003/);
    expect(err[1]).toMatch(/b\.xls là tệp Excel 97-2003/);
    expect(err[2]).toBe("Không đọc được tệp nào trong 2 tệp (lý do của từng tệp ở trên)");
  });
});

describe("valid packages other tools write", () => {
  const ok = async (f: string, rows = 3) => {
    const r = await runCase(["check", f, ...KG, "--format", "json"], { code: 0 });
    const doc = JSON.parse(r.out) as { sheets: { rows: number }[] };
    expect(doc.sheets.map((s) => s.rows)).toEqual([rows]);
  };

  it("elements with a namespace prefix (<x:row>, as the OpenXML SDK writes)", async () => {
    await ok(await writePackage(join(dir, "prefixed.xlsx"), { prefix: "x:", sheets: [{ name: "Danh sách", part: "xl/worksheets/sheet1.xml", xml: sheetXml(list(3), { p: "x:" }) }] }));
  });

  it("the workbook and sheets at other paths, reached through the relationships", async () => {
    await ok(
      await writePackage(join(dir, "other-paths.xlsx"), {
        workbook: "xl/main.xml",
        sheets: [
          { name: "Danh sách", part: "xl/ds/trang1.xml", xml: sheetXml(list(3)) },
          { name: "Trống", part: "xl/ds/trang2.xml", xml: sheetXml([]) },
        ],
      }),
    );
  });

  it("rows and cells without r attributes", async () => {
    await ok(await writePackage(join(dir, "no-r.xlsx"), { sheets: [{ name: "Danh sách", part: "xl/worksheets/sheet1.xml", xml: sheetXml(list(3), { withR: false }) }] }));
  });

  it("a sparse sheet declaring A1:XFD1048576", async () => {
    const xml = sheetXml(list(3), { dimension: "A1:XFD1048576" });
    await ok(await writePackage(join(dir, "huge-dimension.xlsx"), { sheets: [{ name: "Danh sách", part: "xl/worksheets/sheet1.xml", xml }] }));
  });

  it("a large shared-strings part", async () => {
    const many = Array.from({ length: 200_000 }, (_, i) => `<si><t>chuỗi ${i}</t></si>`).join("");
    const rows = list(3);
    const strings = rows.flat().filter((v): v is string => typeof v === "string");
    const sst = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${strings.map((s) => `<si><t>${s}</t></si>`).join("")}${many}</sst>`;
    const xml = sheetXml(rows).replace(/<c( r="[A-Z]+\d+")? t="inlineStr"><is><t>([^<]*)<\/t><\/is><\/c>/g, (_, r: string | undefined, s: string) => `<c${r ?? ""} t="s"><v>${strings.indexOf(s.replace(/&amp;/g, "&"))}</v></c>`);
    await ok(await writePackage(join(dir, "big-sst.xlsx"), { sharedStrings: sst, sheets: [{ name: "Danh sách", part: "xl/worksheets/sheet1.xml", xml }] }));
  });
});
