// anything that stops a check: exit 2, nothing on stdout, one specific line on stderr
import { existsSync } from "node:fs";
import { copyFile, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { PRESET_IDS } from "../../src/presets/index.js";
import { FIXTURES, excellent, listWorkbook, run, tmp } from "../fixtures/build.js";

const KG = ["--campaign", "kien-giang-2021-covid"];
let dir: string;
let good: string;

async function fails(...argv: string[]): Promise<string> {
  const r = await run(...argv);
  expect(r.code, r.err).toBe(2);
  expect(r.out).toBe("");
  expect(r.err.endsWith("\n")).toBe(true);
  expect(r.err.trimEnd().split("\n")).toHaveLength(1);
  return r.err.trimEnd();
}

beforeAll(async () => {
  dir = await tmp();
  good = await listWorkbook(join(dir, "good.xlsx"), [excellent(1, "Sở Y tế")]);
});

describe("unreadable workbooks", () => {
  it("a missing file", async () => {
    expect(await fails("check", join(dir, "missing.xlsx"), ...KG)).toBe(`Không tìm thấy tệp: ${join(dir, "missing.xlsx")}`);
  });

  it("a CSV renamed to .xlsx", async () => {
    const f = join(dir, "renamed-csv.xlsx");
    await writeFile(f, "STT,Họ và tên\n1,Nguyễn Văn An\n");
    expect(await fails("check", f, ...KG)).toBe(`${f} không phải tệp Excel .xlsx: có vẻ là tệp CSV/văn bản đổi đuôi`);
  });

  it("a corrupt (truncated) workbook", async () => {
    const f = join(dir, "truncated.xlsx");
    const bytes = await readFile(good);
    await writeFile(f, bytes.subarray(0, bytes.length - 200));
    expect(await fails("check", f, ...KG)).toMatch(new RegExp(`^${f.replace(/[.]/g, "\\.")} bị hỏng, không đọc được \\(.+\\)$`));
  });

  it("a password-protected workbook", async () => {
    const f = join(dir, "password-protected.xlsx");
    await copyFile(join(FIXTURES, "password-protected.xlsx"), f);
    expect(await fails("check", f, ...KG)).toBe(`${f} được đặt mật khẩu (đã mã hóa): hãy gỡ mật khẩu trong Excel rồi lưu lại`);
  });

  it("a legacy .xls workbook", async () => {
    const f = join(FIXTURES, "legacy-excel-97-2003.xls");
    expect(await fails("check", f, ...KG)).toMatch(/là tệp Excel 97-2003 \(\.xls\): hãy mở bằng Excel và lưu lại dạng \.xlsx$/);
  });

  it("an empty workbook", async () => {
    const f = join(dir, "empty.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1");
    await wb.xlsx.writeFile(f);
    expect(await fails("check", f, ...KG)).toBe(`${f} không có dữ liệu: bảng tính trống`);
  });

  it("a workbook with no recognisable header, naming the columns looked for", async () => {
    const f = join(dir, "inventory.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Kho");
    ws.addRow(["Mã hàng", "Tên hàng", "Số lượng"]);
    ws.addRow(["A01", "Khẩu trang", 500]);
    await wb.xlsx.writeFile(f);
    const line = await fails("check", f, ...KG);
    expect(line).toMatch(new RegExp(`^Không tìm thấy dòng tiêu đề trong ${f.replace(/[.]/g, "\\.")} \\(trang tính: Kho\\); đã tìm các cột: .+`));
    expect(line).toContain("Họ và tên");
    expect(line).toContain("Đơn vị đề nghị");
  });

  it("a sheet that is not there", async () => {
    expect(await fails("check", good, ...KG, "--sheet", "Sheet9")).toBe(`Không có trang tính “Sheet9” trong ${good} (các trang tính: Danh sách)`);
  });

  it("a folder with no workbook", async () => {
    expect(await fails("check", FIXTURES + "../cli", ...KG)).toMatch(/^Thư mục .* không có tệp \.xlsx nào$/);
  });
});

describe("campaigns", () => {
  it("none given: says how to choose one", async () => {
    expect(await fails("check", good)).toBe(`Chưa chọn kế hoạch: thêm --campaign <mã> (có sẵn: ${PRESET_IDS.join(", ")}) hoặc --campaign <tệp quy tắc .json>`);
  });

  it("an unknown preset id: lists the known ids", async () => {
    expect(await fails("check", good, "--campaign", "kien-giang-2022")).toBe(`Không có kế hoạch “kien-giang-2022”. Các kế hoạch có sẵn: ${PRESET_IDS.join(", ")}`);
  });

  it("an invalid rule file: its first error's JSON path and message", async () => {
    const f = join(dir, "broken-rules.json");
    await writeFile(f, JSON.stringify({ id: "my-plan", name: { vi: "Kế hoạch", en: "Plan" }, plan: { title: "KH" }, rules: [{ id: "t", kind: "threshold", anyOf: [{ field: "contribution" }] }, { id: "q", kind: "quota", limits: [] }] }));
    expect(await fails("check", good, "--campaign", f)).toMatch(
      new RegExp(`^Tệp quy tắc ${f.replace(/[.]/g, "\\.")} không hợp lệ: \\$\\.rules\\[0\\]\\.anyOf\\[0\\]\\.min: .+ \\(và 1 lỗi khác: xem thidua rules check .+\\)$`),
    );
  });

  it("a rule file that is not JSON", async () => {
    const f = join(dir, "not-json.json");
    await writeFile(f, '{ "id": "x",\n  "name": }');
    expect(await fails("check", good, "--campaign", f)).toMatch(/^Tệp quy tắc .* không phải JSON hợp lệ: cần một giá trị .* ở chỗ “}” \(dòng 2, cột 11\)$/);
  });

  it("a rule file that is not there", async () => {
    expect(await fails("check", good, "--campaign", join(dir, "nope.json"))).toBe(`Không tìm thấy tệp quy tắc: ${join(dir, "nope.json")}`);
  });
});

describe("arguments", () => {
  it("--out and --out-dir together", async () => {
    expect(await fails("check", good, ...KG, "--out", join(dir, "a.xlsx"), "--out-dir", dir)).toBe("Chỉ dùng một trong hai: --out hoặc --out-dir");
  });

  it("--out onto the input itself", async () => {
    expect(await fails("check", good, ...KG, "--out", good)).toBe(`Không ghi đè tệp đầu vào ${good}: hãy chọn tên khác cho bản sao`);
    // an .xlsx copy under another name would be refused or misread by Excel: said, and nothing written
    const csv = join(dir, "ket-qua.csv");
    expect(await fails("check", good, ...KG, "--out", csv)).toBe(`Bản đã kiểm tra là sổ Excel: --out cần tên tệp đuôi .xlsx (đã cho: ${csv})`);
    expect(existsSync(csv)).toBe(false);
  });

  it("--out-dir onto the input's own folder", async () => {
    expect(await fails("check", good, ...KG, "--out-dir", dir)).toBe(`Không ghi đè tệp đầu vào ${good}: hãy chọn tên khác cho bản sao`);
  });

  it("--out with several inputs", async () => {
    const other = await listWorkbook(join(dir, "other.xlsx"), [excellent(1, "Sở Y tế")]);
    expect(await fails("check", good, other, ...KG, "--out", join(dir, "x.xlsx"))).toBe("Có 2 tệp đầu vào: dùng --out-dir <thư mục> thay cho --out");
  });

  it("an unknown option, a bad --format, no command", async () => {
    expect(await fails("check", good, ...KG, "--colour")).toMatch(/^Tham số không hợp lệ: không có tùy chọn “--colour” \(xem thidua --help\)$/);
    expect(await fails("check", good, ...KG, "--format", "xml")).toMatch(/^Tham số không hợp lệ: .*“xml”/);
    expect(await fails()).toBe("Thiếu lệnh: check, presets hoặc rules (xem thidua --help)");
  });

  it("in English with --lang en", async () => {
    expect(await fails("check", join(dir, "missing.xlsx"), ...KG, "--lang", "en")).toBe(`File not found: ${join(dir, "missing.xlsx")}`);
  });
});
