// thidua check in-process: exit codes, text and json output, languages, pooled folders, written copies
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { ZipArchive } from "../../src/node/zip/read-zip.js";
import { excellent, listWorkbook, run, sha256, tmp } from "../fixtures/build.js";

const KG = "kien-giang-2021-covid";
const EXAMPLE = "examples/kien-giang-2021-covid.xlsx";
let dir: string;
let clean: string;
let folder: string;

beforeAll(async () => {
  dir = await tmp();
  clean = await listWorkbook(join(dir, "clean.xlsx"), [excellent(1, "Sở Y tế"), excellent(2, "Sở Y tế")]);
  // two submissions from one department, six nominations each: fine alone, over the quota of 10 together
  folder = join(dir, "submissions");
  await mkdir(folder);
  await listWorkbook(join(folder, "a.xlsx"), [1, 2, 3, 4, 5, 6].map((i) => excellent(i, "Sở Tài chính", `Nguyễn Văn A${i}`)));
  await listWorkbook(join(folder, "b.xlsx"), [1, 2, 3, 4, 5, 6].map((i) => excellent(i, "Sở Tài chính", `Trần Thị B${i}`)));
  await writeFile(join(folder, "~$a.xlsx"), "owner lock file of Excel");
  await writeFile(join(folder, "notes.txt"), "not a workbook");
});

describe("an empty list", () => {
  it("a template with its header and no rows says so, in both languages (not \"data rows 4–3\")", async () => {
    const empty = await listWorkbook(join(dir, "empty.xlsx"), []);
    const vi = await run("check", empty, "--campaign", KG);
    expect(vi.code).toBe(0);
    expect(vi.out).toContain("empty.xlsx — Danh sách: tiêu đề ở dòng 3, chưa có dòng dữ liệu nào (danh sách trống)");
    expect(vi.out).not.toMatch(/dữ liệu dòng 4–3/);
    const en = await run("check", empty, "--campaign", KG, "--lang", "en");
    expect(en.out).toContain("empty.xlsx — Danh sách: header at row 3, no data rows yet (an empty list)");
  });
});

describe("exit status", () => {
  it("is 0 when no finding is an error (a warning is not)", async () => {
    const r = await run("check", clean, "--campaign", KG);
    expect(r).toMatchObject({ code: 0, err: "" });
    expect(r.out).toMatch(/D4 +Cảnh báo +Sở Y tế đề nghị 2, ít hơn số lượng tối thiểu 20/);
    expect(r.out).toMatch(/Tổng cộng: 2 dòng, 0 lỗi, 1 cảnh báo/);
  });

  it("is 1 when at least one finding is an error", async () => {
    const r = await run("check", EXAMPLE, "--campaign", KG);
    expect(r.code).toBe(1);
    expect(r.err).toBe("");
  });
});

describe("text output", () => {
  it("groups findings by file and sheet, each at its cell, then the quota table and totals", async () => {
    const { out } = await run("check", EXAMPLE, "--campaign", KG);
    const lines = out.split("\n");
    expect(lines[0]).toMatch(/^Kế hoạch: .*\(kien-giang-2021-covid\)$/);
    expect(out).toContain(`${EXAMPLE} — Danh sách: tiêu đề ở dòng`);
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}H52 +Lỗi +Giá trị đóng góp 74\.999\.999 đ chưa đạt mức tối thiểu.*\[below-threshold\] — Ủy ban MTTQ Việt Nam tỉnh$/));
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}E45 +Cảnh báo +UBND huyện Gò Quao .*\[quota-below-minimum\]$/));
    expect(out).toContain("Định mức theo đơn vị:");
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}Sở Tài chính +Sở, ban, ngành, đoàn thể tỉnh +12 +0 +5 +10 +Vượt định mức$/));
    expect(lines.at(-2)).toBe("Tổng cộng: 52 dòng, 8 lỗi, 1 cảnh báo, 0 thông tin.");
  });

  it("speaks English with --lang en", async () => {
    const { out, code } = await run("check", EXAMPLE, "--campaign", KG, "--lang", "en");
    expect(code).toBe(1);
    expect(out).toMatch(/^Campaign: /);
    expect(out).toMatch(/H52 +Error +Contribution 74,999,999 VND is below the minimum/);
    expect(out).toContain("Total: 52 rows, 8 errors, 1 warning, 0 info.");
  });
});

describe("json output", () => {
  it("is one document of the contract's shape", async () => {
    const { out, code } = await run("check", EXAMPLE, "--campaign", KG, "--format", "json");
    expect(code).toBe(1);
    const doc = JSON.parse(out) as Record<string, unknown>;
    expect(Object.keys(doc).slice(0, 5)).toEqual(["campaign", "sheets", "findings", "units", "totals"]);
    expect(doc["campaign"]).toMatchObject({ id: KG });
    expect(doc["sheets"]).toEqual([
      expect.objectContaining({ file: EXAMPLE, name: "Danh sách", headerRow: expect.any(Number), firstRow: 11, lastRow: 64, rows: 52, columns: expect.objectContaining({ name: "B", unit: "E", contribution: "H", mobilized: "I" }) }),
    ]);
    const findings = doc["findings"] as Record<string, unknown>[];
    const allowed = ["code", "severity", "rule", "file", "sheet", "row", "column", "cell", "field", "unit", "message", "rows", "locations", "messageId", "data"];
    for (const f of findings) expect(Object.keys(f).every((k) => allowed.includes(k))).toBe(true);
    expect(findings).toContainEqual({
      code: "below-threshold",
      severity: "error",
      rule: "donor-threshold",
      file: EXAMPLE,
      sheet: "Danh sách",
      row: 52,
      column: "H",
      cell: "H52",
      field: "contribution",
      unit: "Ủy ban MTTQ Việt Nam tỉnh",
      message: expect.stringContaining("74.999.999"),
      messageId: "below-threshold",
      // language-neutral: the number as read, the criteria as { field, min, max }
      data: expect.objectContaining({ field: "contribution", value: 74_999_999, criteria: expect.arrayContaining([expect.objectContaining({ field: "contribution", min: expect.any(Number) })]) }),
    });
    const quota = findings.find((f) => f["code"] === "quota-exceeded")!;
    expect(quota).toMatchObject({ unit: "Sở Tài chính", row: 33, cell: "E33" });
    expect(quota["rows"]).toHaveLength(12);
    expect(doc["units"]).toContainEqual(expect.objectContaining({ unit: "Sở Tài chính", group: "provincial", counted: 12, min: 5, max: 10, status: "over" }));
    expect(doc["totals"]).toMatchObject({ rows: 52, errors: 8, warnings: 1 });
  });

  it("--lang en renders the same data in English: only `message` differs", async () => {
    const vi = JSON.parse((await run("check", EXAMPLE, "--campaign", KG, "--format", "json")).out) as { findings: Record<string, unknown>[] };
    const en = JSON.parse((await run("check", EXAMPLE, "--campaign", KG, "--format", "json", "--lang", "en")).out) as { findings: Record<string, unknown>[] };
    const strip = (fs: Record<string, unknown>[]) => fs.map(({ message: _m, ...rest }) => rest);
    expect(strip(en.findings)).toEqual(strip(vi.findings));
    const threshold = en.findings.find((f) => f["code"] === "below-threshold")!;
    expect(threshold["message"]).toContain("74,999,999 VND");
    expect(threshold["message"]).not.toEqual(vi.findings.find((f) => f["code"] === "below-threshold")!["message"]);
  });
});

describe("several workbooks form one pool", () => {
  it("counts a quota across the files of a folder, skipping lock files and other files", async () => {
    for (const f of ["a.xlsx", "b.xlsx"]) expect((await run("check", join(folder, f), "--campaign", KG)).code).toBe(0);
    const { out, code } = await run("check", folder, "--campaign", KG, "--format", "json");
    expect(code).toBe(1);
    const doc = JSON.parse(out) as { sheets: { file: string }[]; findings: Record<string, unknown>[]; units: Record<string, unknown>[] };
    expect(doc.sheets.map((s) => s.file)).toEqual([join(folder, "a.xlsx"), join(folder, "b.xlsx")]);
    expect(doc.findings.map((f) => f["code"])).toEqual(["quota-exceeded"]);
    expect(doc.units).toEqual([expect.objectContaining({ unit: "Sở Tài chính", counted: 12, max: 10, status: "over" })]);
  });

  it("writes one checked copy per input with --out-dir, each with the pooled summary", async () => {
    const outDir = join(dir, "checked");
    const { code, out } = await run("check", folder, "--campaign", KG, "--out-dir", outDir);
    expect(code).toBe(1);
    expect(out).toContain(`Đã ghi bản đã kiểm tra: ${join(outDir, "a.xlsx")}`);
    for (const name of ["a.xlsx", "b.xlsx"]) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(join(outDir, name));
      const summary = wb.getWorksheet("Tổng hợp kiểm tra")!;
      const texts: string[] = [];
      summary.eachRow((r) => r.eachCell((c) => texts.push(String(c.value))));
      expect(texts).toContain(`${join(folder, "a.xlsx")}, ${join(folder, "b.xlsx")}`);
      expect(texts).toContain("quota-exceeded");
    }
    // the quota is marked where the engine locates it: the first counted row, in a.xlsx
    const a = new ZipArchive(await readFile(join(outDir, "a.xlsx")));
    const b = new ZipArchive(await readFile(join(outDir, "b.xlsx")));
    expect(a.has("xl/comments1.xml")).toBe(true);
    expect(b.has("xl/comments1.xml")).toBe(false);
  });
});

describe("--out-dir: each copy lists what concerns it", () => {
  it("its own findings and the pooled ones counting its rows; the others are counted in one line (not k² rows for k files)", async () => {
    const round = join(dir, "round-own");
    await mkdir(round);
    const bad = (i: number, unit: string, name: string) => [i, name, "Cá nhân", unit, "Giấy khen", "Thành tích xuất sắc"]; // not allowed
    await listWorkbook(join(round, "a.xlsx"), [bad(1, "Sở Y tế", "Nguyễn Văn A"), excellent(2, "Sở Y tế", "Lê Thị Trùng")]);
    await listWorkbook(join(round, "b.xlsx"), [bad(1, "Sở Tài chính", "Trần Văn B"), excellent(2, "Sở Y tế", "Lê Thị Trùng")]);
    await listWorkbook(join(round, "c.xlsx"), [bad(1, "Công an tỉnh", "Phạm Văn C")]);
    const outDir = join(dir, "round-own-out");
    const r = await run("check", round, "--campaign", KG, "--out-dir", outDir, "--format", "json");
    const doc = JSON.parse(r.out) as { findings: { code: string; file: string }[] };
    const total = doc.findings.length;
    const texts = async (name: string) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(join(outDir, name));
      const out: string[] = [];
      wb.getWorksheet("Tổng hợp kiểm tra")!.eachRow((row) => row.eachCell((c) => out.push(String(c.value))));
      return out;
    };
    const c = await texts("c.xlsx");
    const listedInC = doc.findings.filter((f) => f.file === join(round, "c.xlsx"));
    // "not-allowed": once in the table of codes (the round's), once for c's own finding — not for a's and b's
    expect(doc.findings.filter((f) => f.code === "not-allowed")).toHaveLength(3);
    expect(c.filter((v) => v === "not-allowed")).toHaveLength(2);
    expect(c).toContain(`Các tệp khác của đợt kiểm tra có thêm ${total - listedInC.length} phát hiện, không liệt kê ở đây: xem bản đã kiểm tra của từng tệp.`);
    // the duplicate across a and b is in both copies: it counts a row of each
    // (its code and rule id in the findings table, beside the table of codes, which names it in every copy)
    for (const name of ["a.xlsx", "b.xlsx"]) expect((await texts(name)).filter((v) => v === "duplicate")).toHaveLength(3);
    expect(c.filter((v) => v === "duplicate")).toHaveLength(1);
  });
});

describe("--out", () => {
  it("writes the highlighted copy and never touches the input", async () => {
    const before = await sha256(EXAMPLE);
    const out = join(dir, "kg-checked.xlsx");
    const r = await run("check", EXAMPLE, "--campaign", KG, "--out", out);
    expect(r.code).toBe(1);
    expect(await sha256(EXAMPLE)).toBe(before);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Danh sách", "Tổng hợp kiểm tra"]);
    const fill = wb.getWorksheet("Danh sách")!.getCell("H52").fill as ExcelJS.FillPattern;
    expect(fill.fgColor?.argb).toBe("FFFFC7CE");
  });

  it("names the summary sheet in English with --lang en", async () => {
    const out = join(dir, "kg-checked-en.xlsx");
    await run("check", EXAMPLE, "--campaign", KG, "--out", out, "--lang", "en");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Danh sách", "Check summary"]);
  });
});

describe("--sheet", () => {
  it("checks only the named sheet", async () => {
    const r = await run("check", EXAMPLE, "--campaign", KG, "--sheet", "danh sach", "--format", "json");
    expect((JSON.parse(r.out) as { sheets: { name: string }[] }).sheets.map((s) => s.name)).toEqual(["Danh sách"]);
  });
});

describe("quota status words", () => {
  // one wording everywhere (issue 8): the text output says what the summary sheet and the pane say, and never
  // "Dưới mức tối thiểu", the name of the money-threshold finding
  it("in the text output are the engine's status names, in either language", async () => {
    const { STATUS_NAMES } = await import("../../src/engine/index.js");
    const vi = await run("check", EXAMPLE, "--campaign", KG);
    expect(vi.out).toContain(STATUS_NAMES.under.vi);
    expect(vi.out).toContain(STATUS_NAMES.over.vi);
    expect(vi.out).not.toContain("Dưới mức tối thiểu");
    const en = await run("check", EXAMPLE, "--campaign", KG, "--lang", "en");
    expect(en.out).toContain(STATUS_NAMES.under.en);
  });
});
