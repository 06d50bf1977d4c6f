// a large worksheet part read in two halves at once (src/node/xlsx/split.ts): whatever the part holds, the
// result is the one pass's, rows, merges and hidden rows alike; a damaged half is a damaged file; a part the
// halves cannot be read apart (no row number, a </row> in a comment) is read in one pass
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readWorkbook } from "../../src/node/read.js";
import { WorkbookError } from "../../src/node/errors.js";
import { tmp } from "../fixtures/build.js";
import { writePackage } from "../bad-input/package.js";
import { readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { ZipArchive } from "../../src/node/zip/read-zip.js";
import { findCuts } from "../../src/node/xlsx/pieces.js";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const ROWS_DEFAULT = 3000;
const ROWS = ROWS_DEFAULT;

interface Options {
  p?: string; // element prefix
  rows?: number; // default ROWS
  /** rows from this number on have no r (their number follows the row before) */
  unnumberedFrom?: number;
  /** text put right after a row's end */
  after?: Record<number, string>;
  /** replaces one row's xml */
  row?: Record<number, string>;
}

/** a list of ROWS rows: shared and inline strings, numbers, a date, an error, hidden rows, merges after sheetData */
function sheetXml(o: Options = {}): string {
  const p = o.p ?? "";
  const ROWS = o.rows ?? ROWS_DEFAULT;
  const ns = p ? `xmlns:${p.slice(0, -1)}="${MAIN}"` : `xmlns="${MAIN}"`;
  const rows: string[] = [];
  for (let n = 1; n <= ROWS; n++) {
    const r = o.unnumberedFrom !== undefined && n >= o.unnumberedFrom ? "" : ` r="${n}"`;
    const ref = (c: string) => (r ? ` r="${c}${n}"` : "");
    const hidden = n % 97 === 0 ? ` hidden="1"` : "";
    const cells = [
      `<${p}c${ref("A")}><${p}v>${n}</${p}v></${p}c>`,
      `<${p}c${ref("B")} t="s"><${p}v>${n % 5}</${p}v></${p}c>`,
      `<${p}c${ref("C")} t="inlineStr"><${p}is><${p}t>Nguyễn Văn ${n}</${p}t></${p}is></${p}c>`,
      n % 7 === 0 ? "" : `<${p}c${ref("D")} s="1"><${p}v>${44000 + n}</${p}v></${p}c>`,
      n % 50 === 0 ? `<${p}c${ref("E")} t="e"><${p}v>#N/A</${p}v></${p}c>` : "",
    ].join("");
    rows.push(o.row?.[n] ?? `<${p}row${r}${hidden}>${cells}</${p}row>${o.after?.[n] ?? ""}`);
  }
  const merges = `<${p}mergeCells count="2"><${p}mergeCell ref="A1:C1"/><${p}mergeCell ref="B${ROWS - 1}:C${ROWS}"/></${p}mergeCells>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><${p}worksheet ${ns}><${p}dimension ref="A1:E${ROWS}"/><${p}sheetData>${rows.join("")}</${p}sheetData>${merges}</${p}worksheet>`;
}

const SST = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}">${["Cá nhân", "Tập thể", "Sở Y tế", "Giấy khen", "Bằng khen"].map((t) => `<si><t>${t}</t></si>`).join("")}</sst>`;
const STYLES = `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN}"><fonts count="1"><font><name val="Times New Roman"/></font></fonts><cellXfs count="2"><xf numFmtId="0" fontId="0"/><xf numFmtId="14" fontId="0"/></cellXfs></styleSheet>`;

let dir: string;
beforeAll(async () => {
  dir = await tmp();
});

/** splitAt 1: any part is read on two threads (the default leaves a part this small to one pass); in pieces of the default size (two, for parts this small) or of `splitPieceBytes` */
type Split = { splitAt: number; splitPieceBytes?: number };

async function both(name: string, o: Options, split: Split) {
  const file = await writePackage(join(dir, name), { sheets: [{ name: "DS", part: "xl/worksheets/sheet1.xml", xml: sheetXml(o) }], sharedStrings: SST, styles: STYLES });
  const [halves, one] = await Promise.all([readWorkbook(file, split), readWorkbook(file)]);
  return { halves, one, file };
}

// in two pieces, this thread's and the worker's; and in pieces of 4 KB (64, the most), which the two threads take
// from either end until they meet: the worker's pieces meet each other too, and which thread reads a piece varies
describe.each([
  ["two pieces", { splitAt: 1 }],
  ["many pieces", { splitAt: 1, splitPieceBytes: 4096 }],
] as [string, Split][])("a sheet read on two threads at once, in %s", (pieces, SPLIT) => {
  const many = SPLIT.splitPieceBytes !== undefined;
  it("gives what one pass gives: rows, merges after sheetData, hidden rows of both halves", async () => {
    const { halves, one } = await both("plain.xlsx", {}, SPLIT);
    expect(halves.halves).toEqual([true]);
    expect(one.halves).toEqual([false]);
    expect(halves.sheets).toEqual(one.sheets);
    expect(halves.hiddenRows).toEqual(one.hiddenRows);
    const s = halves.sheets[0]!;
    expect(s.rows).toHaveLength(ROWS);
    expect(s.rows[ROWS - 1]).toEqual([ROWS, "Cá nhân", `Nguyễn Văn ${ROWS}`, 44000 + ROWS, { error: "#N/A" }]);
    expect(s.merges).toEqual([
      { top: 1, left: 1, bottom: 1, right: 3 },
      { top: ROWS - 1, left: 2, bottom: ROWS, right: 3 },
    ]);
    // hidden rows on both sides of the middle
    expect(s.hiddenRows!.some((r) => r < ROWS / 2) && s.hiddenRows!.some((r) => r > ROWS * 0.6)).toBe(true);
  });

  it("with prefixed elements (x:worksheet, x:sheetData, x:row)", async () => {
    const { halves, one } = await both("prefixed.xlsx", { p: "x:" }, SPLIT);
    expect(halves.halves).toEqual([true]);
    expect(halves.sheets).toEqual(one.sheets);
  });

  it("rows without r from before the middle on: the worker cannot number them, this thread reads them, as one pass", async () => {
    const { halves, one } = await both("unnumbered.xlsx", { unnumberedFrom: Math.floor(ROWS * 0.3) }, SPLIT);
    expect(halves.halves).toEqual([false]);
    expect(halves.sheets).toEqual(one.sheets);
  });

  it("a </row> inside a comment around the middle is no place to split; the result is one pass's", async () => {
    const after: Record<number, string> = {};
    for (let n = Math.floor(ROWS * 0.5); n < ROWS * 0.7; n++) after[n] = "<!-- </row> -->";
    const { halves, one } = await both("comment.xlsx", { after }, SPLIT);
    expect(halves.sheets).toEqual(one.sheets);
  });

  it("where the last piece begins inside a comment, its parse from there fails, and the result is one pass's, not an error", async () => {
    // rows near the end hold a comment with a </row> in it, after most of the row's bytes: a piece's end looked for
    // there finds the comment's. The last piece (always the worker's, read first) is read from inside a comment and
    // fails; that is no damage: the worker reads no more, and this thread, reading on to where that piece begins,
    // finds no row closed there and reads the rest itself
    const from = Math.floor(ROWS * (many ? 0.992 : 0.5));
    const row: Record<number, string> = {};
    for (let n = from; n <= (many ? ROWS : ROWS * 0.55); n++) row[n] = `<row r="${n}"><c r="A${n}"><v>${n}</v></c><!-- ${"x".repeat(400)} </row> --></row>`;
    const xml = sheetXml({ row });
    const bytes = Buffer.from(xml);
    const inComment = (at: number) => bytes.lastIndexOf("<!--", at) > bytes.lastIndexOf("-->", at);
    const cuts = findCuts(bytes, SPLIT.splitPieceBytes ?? 1 << 20);
    expect(inComment(cuts.at(-1)!.start)).toBe(true);
    if (many) expect(inComment(cuts.at(-2)!.start)).toBe(false);
    const file = await writePackage(join(dir, "comment-last.xlsx"), { sheets: [{ name: "DS", part: "xl/worksheets/sheet1.xml", xml }], sharedStrings: SST, styles: STYLES });
    const [halves, one] = await Promise.all([readWorkbook(file, SPLIT), readWorkbook(file)]);
    expect(halves.halves).toEqual([false]);
    expect(halves.sheets).toEqual(one.sheets);
    expect(one.sheets[0]!.rows[from - 1]).toEqual([from]);
  });

  it("where the last piece would begin inside a comment that reads as rows from there, the rows are one pass's", async () => {
    // row t holds a comment with "</row>" and then a row t + 1 in it (the real row t + 1 is left out): the last piece,
    // read from there, reads a row that is not there, and rows in order after it. Only the check of the piece
    // before, that it ends where one pass would stand (the worker's own, in many pieces), keeps it out
    const pieceBytes = SPLIT.splitPieceBytes ?? 1 << 20;
    const build = (t: number) => {
      const fake = `<row r="${t + 1}"><c r="A${t + 1}" t="inlineStr"><is><t>not a row</t></is></c>`;
      return sheetXml({ row: { [t]: `<row r="${t}"><c r="A${t}"><v>${t}</v></c><!-- ${"x".repeat(300)} </row>${fake} --></row>`, [t + 1]: "" } });
    };
    const inComment = (b: Buffer, at: number) => b.lastIndexOf("<!--", at) > b.lastIndexOf("-->", at);
    // the row whose comment the last piece's beginning falls in: looked for from a little past the last n-th on back
    const n = Math.max(2, Math.min(64, Math.round(Buffer.byteLength(build(ROWS - 2)) / pieceBytes)));
    let t = Math.min(ROWS - 2, Math.floor((ROWS * (n - 1)) / n) + 60);
    const lands = (t: number) => {
      const b = Buffer.from(build(t));
      return inComment(b, findCuts(b, pieceBytes).at(-1)!.start);
    };
    while (t > ROWS / 3 && !lands(t)) t--;
    const xml = build(t);
    const cuts = findCuts(Buffer.from(xml), pieceBytes);
    expect(inComment(Buffer.from(xml), cuts.at(-1)!.start)).toBe(true);
    const file = await writePackage(join(dir, "comment-rows.xlsx"), { sheets: [{ name: "DS", part: "xl/worksheets/sheet1.xml", xml }], sharedStrings: SST, styles: STYLES });
    const [halves, one] = await Promise.all([readWorkbook(file, SPLIT), readWorkbook(file)]);
    expect(halves.halves).toEqual([false]);
    expect(halves.sheets).toEqual(one.sheets);
    expect(one.sheets[0]!.rows[t]).toEqual([]);
    expect(JSON.stringify(halves.sheets)).not.toContain("not a row");
  });

  it.each([
    ["in the second half", Math.floor(ROWS * 0.9)],
    ["in the first half", Math.floor(ROWS * 0.1)],
  ])("a cell not closed %s: the file is damaged, as in one pass", async (_, n) => {
    const file = await writePackage(join(dir, `broken-${n}.xlsx`), {
      sheets: [{ name: "DS", part: "xl/worksheets/sheet1.xml", xml: sheetXml({ row: { [n]: `<row r="${n}"><c r="A${n}"><v>1</v></row>` } }) }],
      sharedStrings: SST,
      styles: STYLES,
    });
    for (const splitAt of [1, undefined]) {
      const e = await readWorkbook(file, splitAt === undefined ? {} : SPLIT).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(WorkbookError);
      expect((e as WorkbookError).code).toBe("damaged");
      expect((e as WorkbookError).data["sheet"]).toBe("DS");
    }
  });

  it("a part cut off in the second half is damaged", async () => {
    const xml = sheetXml();
    const file = await writePackage(join(dir, "cut.xlsx"), { sheets: [{ name: "DS", part: "xl/worksheets/sheet1.xml", xml: xml.slice(0, Math.floor(xml.length * 0.8)) }], sharedStrings: SST, styles: STYLES });
    const e = await readWorkbook(file, SPLIT).catch((x: unknown) => x);
    expect((e as WorkbookError).code).toBe("damaged");
  });

  // the worker reads its half before the shared strings are read: a cell that shows one keeps the string's index
  // until this thread puts the string in (sheet.ts, deferShared). Whatever the strings, the rows are one pass's
  it("shared strings in the worker's half, whatever they are, come out as in one pass", async () => {
    const si = (t: string) => (t === "" ? "<si><t/></si>" : `<si><t>${t}</t></si>`);
    // 0-4 as SST; 5 empty; 6 TCVN3 text; 7 rich text whose run names a TCVN3 font
    const strings = ["Cá nhân", "Tập thể", "Sở Y tế", "Giấy khen", "Bằng khen", "", "NguyÔn V¨n An"].map(si);
    strings.push(`<si><r><rPr><rFont val=".VnTime"/></rPr><t>§ång Th¸p</t></r></si>`);
    const sst = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}">${strings.join("")}</sst>`;
    // style 2: a cell in a TCVN3 font
    const styles = `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN}"><fonts count="2"><font><name val="Times New Roman"/></font><font><name val=".VnTime"/></font></fonts><cellXfs count="3"><xf numFmtId="0" fontId="0"/><xf numFmtId="14" fontId="0"/><xf numFmtId="0" fontId="1"/></cellXfs></styleSheet>`;
    const s = (c: string, n: number, i: number | string, st = "") => `<c r="${c}${n}" t="s"${st}><v>${i}</v></c>`;
    const at = (k: number) => Math.floor(ROWS * 0.8) + k; // well inside the worker's half
    const row: Record<number, string> = {
      // an empty string at the end of the row: the row ends at its last value
      [at(0)]: `<row r="${at(0)}"><c r="A${at(0)}"><v>1</v></c>${s("B", at(0), 2)}${s("C", at(0), 5)}</row>`,
      // only empty strings: a row one pass does not set
      [at(1)]: `<row r="${at(1)}">${s("A", at(1), 5)}${s("D", at(1), 5)}</row>`,
      // an empty string between values, TCVN3 text shown in a TCVN3 font and in a plain one, a TCVN3 run font
      [at(2)]: `<row r="${at(2)}">${s("A", at(2), 6, ' s="2"')}${s("B", at(2), 5)}${s("C", at(2), 6)}${s("D", at(2), 7)}</row>`,
      // a later cell in the same column replaces the string; an index past the strings and one that is no number
      [at(3)]: `<row r="${at(3)}">${s("A", at(3), 1)}<c r="A${at(3)}"><v>42</v></c>${s("B", at(3), 99)}${s("C", at(3), "x")}${s("D", at(3), 3)}</row>`,
    };
    const file = await writePackage(join(dir, "deferred.xlsx"), { sheets: [{ name: "DS", part: "xl/worksheets/sheet1.xml", xml: sheetXml({ row }) }], sharedStrings: sst, styles });
    const [halves, one] = await Promise.all([readWorkbook(file, SPLIT), readWorkbook(file)]);
    expect(halves.halves).toEqual([true]);
    expect(halves.sheets).toEqual(one.sheets);
    const rows = one.sheets[0]!.rows;
    expect(rows[at(0) - 1]).toEqual([1, "Sở Y tế"]);
    expect(rows[at(1) - 1]).toEqual([]);
    expect(rows[at(2) - 1]).toEqual(["Nguyễn Văn An", null, "Nguyễn Văn An", "Đồng Tháp"]);
    expect(rows[at(3) - 1]).toEqual([42, null, null, "Giấy khen"]);
    // no cell of the worker's half still holds an index
    expect(halves.sheets[0]!.rows.flat().some((v) => typeof v === "bigint")).toBe(false);
  });

  it("a number cell of blank text (spaces, a no-break space) is no value, in either half; 0 and 0 in spaces are 0", async () => {
    const cells = (n: number) => `<c r="A${n}"><v> </v></c><c r="B${n}"><v>&#160;</v></c><c r="C${n}"><v>0</v></c><c r="D${n}"><v> 0 </v></c><c r="E${n}"><v>7</v></c>`;
    const early = 5;
    const late = Math.floor(ROWS * 0.8);
    const { halves, one } = await both("blank-numbers.xlsx", { row: { [early]: `<row r="${early}">${cells(early)}</row>`, [late]: `<row r="${late}">${cells(late)}</row>` } }, SPLIT);
    expect(halves.halves).toEqual([true]);
    expect(halves.sheets).toEqual(one.sheets);
    for (const n of [early, late]) expect(one.sheets[0]!.rows[n - 1]).toEqual([null, null, 0, 0, 7]);
  });

  it.each([
    ["a later row of the same number replaces it", (n: number) => `<row r="${n}"><c r="A${n}" t="s"><v>4</v></c></row><row r="${n}"><c r="B${n}" t="s"><v>0</v></c></row>`, [null, "Cá nhân"]],
    // one pass keeps the first: a row of empty strings only is no row
    ["a later row of the same number with only an empty string does not", (n: number) => `<row r="${n}"><c r="A${n}" t="s"><v>4</v></c></row><row r="${n}"><c r="B${n}" t="s"><v>5</v></c></row>`, ["Bằng khen"]],
  ])("rows out of order in the worker's half (%s): this thread reads them, as one pass", async (name, xml, expected) => {
    const n = Math.floor(ROWS * 0.8);
    const sst = SST.replace("</sst>", "<si><t/></si></sst>"); // 5: empty
    const file = await writePackage(join(dir, `order-${name.length}.xlsx`), { sheets: [{ name: "DS", part: "xl/worksheets/sheet1.xml", xml: sheetXml({ row: { [n]: xml(n) } }) }], sharedStrings: sst, styles: STYLES });
    const [halves, one] = await Promise.all([readWorkbook(file, SPLIT), readWorkbook(file)]);
    // in many pieces the two rows may fall in two pieces, which are joined as one pass would have read them
    if (!many) expect(halves.halves).toEqual([false]);
    expect(halves.sheets).toEqual(one.sheets);
    expect(one.sheets[0]!.rows[n - 1]).toEqual(expected);
  });

  it("damaged shared strings while the sheet is read in two halves: the file is damaged, naming the strings", async () => {
    const sst = SST.replace("</sst>", "<si><t>cut"); // not well-formed to its end
    const file = await writePackage(join(dir, "sst-damaged.xlsx"), { sheets: [{ name: "DS", part: "xl/worksheets/sheet1.xml", xml: sheetXml() }], sharedStrings: sst, styles: STYLES });
    for (const splitAt of [1, undefined]) {
      const e = await readWorkbook(file, splitAt === undefined ? {} : SPLIT).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(WorkbookError);
      expect((e as WorkbookError).code).toBe("damaged");
      expect((e as WorkbookError).data["part"]).toBe("xl/sharedStrings.xml");
    }
  });

  it.each([
    ["read in two halves", {}],
    ["read by this thread after all (rows without r: the worker cannot number its half)", { unnumberedFrom: Math.floor(ROWS * 0.3) }],
  ])("the part's whole text is kept for a checked copy, %s", async (_, o: Options) => {
    const { file } = await both(`keep-${Object.keys(o).length}.xlsx`, o, SPLIT);
    const r = await readWorkbook(file, { ...SPLIT, keepSheets: true });
    expect(r.halves).toEqual([Object.keys(o).length === 0]);
    expect(r.opened.zip.readText("xl/worksheets/sheet1.xml")).toBe(sheetXml(o).replace(/^\uFEFF/, ""));
  });

  it("a part that inflates far more than worksheet xml does (padding, or a bomb) is read in one pass", async () => {
    // 12 MB of one letter in a comment: deflate stores it in a few kilobytes
    const { halves, one } = await both("padded.xlsx", { rows: 500, after: { 10: `<!--${"a".repeat(12_000_000)}-->` } }, SPLIT);
    expect(halves.halves).toEqual([false]);
    expect(halves.sheets).toEqual(one.sheets);
  });

  it("a part stored without compression is read in two halves too", async () => {
    const { file } = await both("to-store.xlsx", {}, SPLIT);
    // SheetJS's zip container (a dev dependency) writes the same entries stored
    const CFB = (createRequire(import.meta.url)("xlsx") as { CFB: { read(b: Buffer, o: object): unknown; write(c: unknown, o: object): Buffer } }).CFB;
    const stored = join(dir, "stored.xlsx");
    await writeFile(stored, CFB.write(CFB.read(await readFile(file), { type: "buffer" }), { fileType: "zip", compression: false }));
    expect(new ZipArchive(await readFile(stored)).get("xl/worksheets/sheet1.xml")!.method).toBe(0);
    const [halves, one] = await Promise.all([readWorkbook(stored, { ...SPLIT, label: "l" }), readWorkbook(file, { label: "l" })]);
    expect(halves.halves).toEqual([true]);
    expect(halves.sheets).toEqual(one.sheets);
  });

  // the worker inflates a part read in two halves: what it finds wrong, the one pass finds wrong. In the same
  // words, but for deflate data that inflates to garbage: the worker inflates all of it before it parses (the
  // part is larger than its directory says), the one pass parses as it inflates (the garbage is not XML)
  it.each([
    ["a damaged byte in the middle of its deflate data", (b: Buffer, at: number, length: number) => void (b[at + Math.floor(length / 2)]! ^= 0x55)],
    ["its deflate data cut short", (b: Buffer, at: number, length: number) => b.fill(0, at + Math.floor(length * 0.7), at + length)],
    ["a size its directory understates", (b: Buffer, _at: number, _length: number, sizes: number[]) => sizes.forEach((o) => b.writeUInt32LE(b.readUInt32LE(o) - 10, o))],
    ["a checksum its directory gets wrong", (b: Buffer, _at: number, _length: number, _sizes: number[], crcs: number[]) => crcs.forEach((o) => b.writeUInt32LE(b.readUInt32LE(o) ^ 1, o))],
  ])("%s: the file is damaged, as in one pass", async (name, edit) => {
    const { file } = await both(`${name.length}-good.xlsx`, {}, SPLIT);
    const bytes = Buffer.from(await readFile(file));
    const zip = new ZipArchive(bytes);
    const raw = zip.raw(zip.get("xl/worksheets/sheet1.xml")!);
    const nameAt = (sig: number) => {
      const out: number[] = [];
      for (let i = bytes.indexOf("xl/worksheets/sheet1.xml"); i >= 0; i = bytes.indexOf("xl/worksheets/sheet1.xml", i + 1)) {
        if (bytes.readUInt32LE(i - 30) === 0x04034b50 && sig === 0x04034b50) out.push(i - 30);
        if (bytes.readUInt32LE(i - 46) === 0x02014b50 && sig === 0x02014b50) out.push(i - 46);
      }
      return out;
    };
    // the local header and the central directory: size at 22 and 24, checksum at 14 and 16
    const sizes = [...nameAt(0x04034b50).map((o) => o + 22), ...nameAt(0x02014b50).map((o) => o + 24)];
    const crcs = [...nameAt(0x04034b50).map((o) => o + 14), ...nameAt(0x02014b50).map((o) => o + 16)];
    expect(sizes).toHaveLength(2);
    edit(bytes, raw.byteOffset - bytes.byteOffset, raw.length, sizes, crcs);
    const broken = join(dir, `${name.length}-broken.xlsx`);
    await writeFile(broken, bytes);
    const [halves, one] = await Promise.all([readWorkbook(broken, SPLIT).catch((x: unknown) => x), readWorkbook(broken).catch((x: unknown) => x)]);
    expect(one).toBeInstanceOf(WorkbookError);
    expect((one as WorkbookError).code).toBe("damaged");
    expect((one as WorkbookError).data["sheet"]).toBe("DS");
    expect(halves).toBeInstanceOf(WorkbookError);
    expect((halves as WorkbookError).code).toBe("damaged");
    if (name.startsWith("a damaged byte")) expect((halves as WorkbookError).data["sheet"]).toBe("DS");
    else expect((halves as WorkbookError).data).toEqual((one as WorkbookError).data);
  });

  it("progress counts the rows of both halves, in order", async () => {
    // the reader tells progress every 5,000 rows: with 16,000 rows both halves tell some
    const file = await writePackage(join(dir, "progress.xlsx"), { sheets: [{ name: "DS", part: "xl/worksheets/sheet1.xml", xml: sheetXml({ rows: 16_000 }) }], sharedStrings: SST, styles: STYLES });
    const seen: number[] = [];
    const r = await readWorkbook(file, { ...SPLIT, onProgress: (_, n) => seen.push(n) });
    expect(r.halves).toEqual([true]);
    expect(seen.length).toBeGreaterThanOrEqual(2);
    expect(seen.every((n, i) => i === 0 || n > seen[i - 1]!)).toBe(true);
    expect(Math.max(...seen)).toBeGreaterThanOrEqual(10_000); // past this thread's half: the worker's rows added to its
  });
});
