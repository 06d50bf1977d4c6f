// lists shaped like the ones offices really send, for the README (written by scripts/make-examples.ts into
// examples/danh-sach/): title blocks, headers merged over two rows, honorifics and ranks in names, a workplace
// column beside the proposing unit, dates as clerks write them, households, award forms as codes explained by a
// DANHMUC sheet, a second sheet "II. Tập thể", a stray statistics sheet. Names, units and figures are made up;
// each list is built to have the findings test/examples/real.test.ts asserts, and no others.
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";

type V = ExcelJS.CellValue;
const FONT = "Times New Roman";
const thin: Partial<ExcelJS.Borders> = { top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } };
const d = (y: number, m: number, day: number) => new Date(Date.UTC(y, m - 1, day));

/** a header cell, or a parent merged over the sub-headers of the row below it */
type Head = string | { group: string; subs: string[] };

interface ListSheet {
  name: string;
  /** agency (two lines) left, the date line right, then the title lines, merged across */
  agency?: [string, string];
  placeDate?: string;
  title: string[];
  header: Head[];
  widths?: number[];
  /** data rows (the STT is numbered when the first cell is undefined); a string is a section row */
  rows: (V[] | string)[];
  signers?: [string, string];
  state?: "visible" | "hidden";
  numFmt?: Record<number, string>; // 1-based column -> number format
}

/** a plain table (a code table, a statistics table): a header row and rows, no title block */
interface PlainSheet {
  name: string;
  plain: true;
  title?: string;
  header: string[];
  rows: V[][];
  state?: "visible" | "hidden";
}

export interface RealExample {
  file: string;
  sheets: (ListSheet | PlainSheet)[];
}

function put(ws: ExcelJS.Worksheet, r: number, c1: number, c2: number, v: string, font: Partial<ExcelJS.Font> = {}): void {
  if (c2 > c1) ws.mergeCells(r, c1, r, c2);
  const cell = ws.getCell(r, c1);
  cell.value = v;
  cell.font = { name: FONT, size: 12, ...font };
  cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
}

function listSheet(wb: ExcelJS.Workbook, s: ListSheet): void {
  const ws = wb.addWorksheet(s.name, { state: s.state ?? "visible", pageSetup: { orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  const flat = s.header.flatMap((h) => (typeof h === "string" ? [h] : h.subs));
  const n = flat.length;
  ws.columns = flat.map((_, i) => ({ width: s.widths?.[i] ?? 18 }));
  const half = Math.max(2, Math.floor(n / 2));
  let r = 1;
  if (s.agency) {
    put(ws, 1, 1, half - 1, s.agency[0]);
    put(ws, 2, 1, half - 1, s.agency[1], { bold: true, underline: true });
    put(ws, 1, half, n, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true });
    put(ws, 2, half, n, "Độc lập - Tự do - Hạnh phúc", { bold: true, underline: true });
    if (s.placeDate) put(ws, 3, half, n, s.placeDate, { italic: true });
    r = 5;
  }
  s.title.forEach((line, i) => put(ws, r + i, 1, n, line, { bold: i === 0, italic: i > 0, size: i === 0 ? 14 : 12 }));
  r += s.title.length + 1;
  const two = s.header.some((h) => typeof h !== "string");
  let c = 1;
  for (const h of s.header) {
    if (typeof h === "string") {
      ws.getCell(r, c).value = h;
      if (two) ws.mergeCells(r, c, r + 1, c);
      c++;
    } else {
      ws.getCell(r, c).value = h.group;
      ws.mergeCells(r, c, r, c + h.subs.length - 1);
      h.subs.forEach((sub, k) => (ws.getCell(r + 1, c + k).value = sub));
      c += h.subs.length;
    }
  }
  const last = two ? r + 1 : r;
  for (let hr = r; hr <= last; hr++)
    for (let k = 1; k <= n; k++) {
      const cell = ws.getCell(hr, k);
      cell.font = { name: FONT, size: 12, bold: true };
      cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
      cell.border = thin;
    }
  r = last + 1;
  let stt = 0;
  for (const row of s.rows) {
    if (typeof row === "string") {
      ws.mergeCells(r, 1, r, n);
      ws.getCell(r, 1).value = row;
      ws.getCell(r, 1).font = { name: FONT, size: 12, bold: true };
      r++;
      continue;
    }
    const cells = row[0] === undefined ? [++stt, ...row.slice(1)] : row;
    cells.forEach((v, k) => {
      const cell = ws.getCell(r, k + 1);
      cell.value = v ?? null;
      cell.font = { name: FONT, size: 12 };
      cell.border = thin;
      const fmt = s.numFmt?.[k + 1];
      if (fmt && (typeof v === "number" || v instanceof Date)) cell.numFmt = fmt;
    });
    r++;
  }
  if (s.signers) {
    r++;
    put(ws, r, 1, half - 1, s.signers[0], { bold: true });
    put(ws, r, half, n, s.signers[1], { bold: true });
    put(ws, r + 1, half, n, "(Ký tên, đóng dấu)", { italic: true });
  }
}

function plainSheet(wb: ExcelJS.Workbook, s: PlainSheet): void {
  const ws = wb.addWorksheet(s.name, { state: s.state ?? "visible" });
  let r = 1;
  if (s.title) {
    put(ws, 1, 1, s.header.length, s.title, { bold: true });
    r = 3;
  }
  ws.getRow(r).values = s.header;
  ws.getRow(r).font = { name: FONT, bold: true };
  s.rows.forEach((row, i) => (ws.getRow(r + 1 + i).values = row));
  ws.columns.forEach((col) => (col.width = 22));
}

// ------------------------------------------------------------------ the lists

/**
 * Huyện Giồng Riềng (Kiên Giang 2021): a district's list with a title block, "Giá trị (đồng)" merged over
 * "Đóng góp | Vận động", honorifics ("Ông", "Bà", "Đ/c"), "Đơn vị công tác" beside "Đơn vị đề nghị", a
 * households section ("Hộ ông …") the plan does not reward, a donor below the bar, one person listed twice.
 */
function giongRieng(): RealExample {
  const U = "UBND huyện Giồng Riềng";
  const row = (name: string, type: string, pos: string | null, work: string | null, kind: string, give: V, mob: V, what: string): V[] => [
    undefined,
    name,
    type,
    pos,
    work,
    U,
    "Bằng khen của Chủ tịch UBND tỉnh",
    kind,
    give,
    mob,
    what,
  ];
  return {
    file: "giong-rieng-kien-giang-2021.xlsx",
    sheets: [
      {
        name: "Danh sách",
        agency: ["UBND TỈNH KIÊN GIANG", "UBND HUYỆN GIỒNG RIỀNG"],
        placeDate: "Giồng Riềng, ngày 20 tháng 12 năm 2021",
        title: ["DANH SÁCH ĐỀ NGHỊ CHỦ TỊCH UBND TỈNH TẶNG BẰNG KHEN", "(Phong trào thi đua “Kiên Giang đồng lòng phòng, chống dịch COVID-19”)"],
        header: [
          "STT",
          "Họ và tên / Tên tập thể",
          "Cá nhân/Tập thể",
          "Chức vụ",
          "Đơn vị công tác",
          "Đơn vị đề nghị",
          "Hình thức khen thưởng",
          "Loại khen thưởng",
          { group: "Giá trị (đồng)", subs: ["Đóng góp", "Vận động"] },
          "Tóm tắt thành tích",
        ],
        widths: [6, 30, 12, 18, 28, 24, 30, 18, 14, 14, 40],
        numFmt: { 9: "#,##0", 10: "#,##0" },
        rows: [
          "I. CÁ NHÂN",
          row("Ông Nguyễn Văn Hải", "Cá nhân", "Phó Chủ tịch", "UBND xã Thạnh Hưng", "Đột xuất", null, null, "Trực chốt kiểm soát dịch 60 ngày liên tục"),
          row("Bà Trần Thị Mỹ Lệ", "Cá nhân", "Trạm trưởng", "Trạm Y tế xã Bàn Tân Định", "Đột xuất", null, null, "Tổ chức tiêm vắc xin an toàn"),
          row("Đ/c Lê Hoàng Phúc", "Cá nhân", "Chỉ huy trưởng", "Ban Chỉ huy Quân sự xã Ngọc Chúc", "Đột xuất", null, null, "Vận chuyển người bệnh trong đêm"),
          row("Ông Phạm Văn Tư", "Cá nhân", null, "Ấp Hòa Lợi, xã Hòa An", "Nhà hảo tâm", 80_000_000, null, "Ủng hộ 80 triệu đồng cho Quỹ phòng, chống dịch"),
          // a donor under the bar: 20 million given, 50 million mobilised (needs 75 / 150)
          row("Bà Huỳnh Thị Sáu", "Cá nhân", null, "Chợ Giồng Riềng", "Nhà hảo tâm", 20_000_000, 50_000_000, "Nấu 3.000 suất cơm cho khu cách ly"),
          // the same man as the first row, written without "Ông": a duplicate
          row("Nguyễn Văn Hải", "Cá nhân", "Phó Chủ tịch", "UBND xã Thạnh Hưng", "Đột xuất", null, null, "Trực chốt kiểm soát dịch"),
          "II. TẬP THỂ",
          row("Trạm Y tế xã Thạnh Hòa", "Tập thể", null, null, "Đột xuất", null, null, "Lấy 12.000 mẫu xét nghiệm"),
          row("Doanh nghiệp tư nhân Phước Thành", "Tập thể", null, null, "Nhà hảo tâm", 120_000_000, 450_000_000, "Ủng hộ và vận động ủng hộ"),
          "III. HỘ GIA ĐÌNH",
          // the plan rewards collectives and individuals only
          row("Hộ ông Danh Sơn", "Hộ gia đình", null, "Ấp Vĩnh Hòa, xã Vĩnh Thạnh", "Nhà hảo tâm", 90_000_000, null, "Hiến 90 triệu đồng và 5 tấn gạo"),
        ],
        signers: ["NGƯỜI LẬP BIỂU", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"],
      },
    ],
  };
}

/**
 * Sở Nội vụ Kon Tum (Kế hoạch 57/KH-SNV): award forms as codes (HT01 …) that a DANHMUC sheet explains, one sheet
 * per nominee type ("I. Cá nhân", "II. Tập thể"), ranks and titles in names, dates as "ngày 15 tháng 3 năm 2022"
 * and "15.03.2022", and a statistics sheet that is no list.
 */
function konTumCodes(): RealExample {
  const forms: [string, string][] = [
    ["HT01", "Huân chương Lao động hạng Ba"],
    ["HT02", "Bằng khen của Thủ tướng Chính phủ"],
    ["HT03", "Bằng khen của Chủ tịch UBND tỉnh"],
    ["HT04", "Giấy khen của Giám đốc Sở Nội vụ"],
    ["HT05", "Cờ thi đua của UBND tỉnh"],
  ];
  const agency: [string, string] = ["UBND TỈNH KON TUM", "SỞ NỘI VỤ"];
  return {
    file: "so-noi-vu-kon-tum-ma-hinh-thuc.xlsx",
    sheets: [
      {
        name: "I. Cá nhân",
        agency,
        placeDate: "Kon Tum, ngày 25 tháng 3 năm 2022",
        title: ["DANH SÁCH CÁ NHÂN ĐỀ NGHỊ KHEN THƯỞNG", "trong phòng, chống dịch Covid-19 (Kế hoạch số 57/KH-SNV)"],
        header: ["TT", "Họ và tên", "Năm sinh", "Chức vụ", "Nơi công tác", "Mã hình thức khen thưởng", "Thời gian lập thành tích", "Tóm tắt thành tích"],
        widths: [5, 28, 10, 22, 30, 14, 24, 40],
        rows: [
          [undefined, "Thượng tá Y Đôn", 1975, "Phó Chỉ huy trưởng", "Ban Chỉ huy Quân sự tỉnh (biệt phái)", "HT03", "ngày 15 tháng 12 năm 2021", "Chỉ huy khu cách ly tập trung"],
          [undefined, "Bác sĩ A Thiên", 1988, "Bác sĩ", "Trung tâm Y tế huyện Đăk Hà", "HT04", "15.03.2022", "Điều trị người bệnh Covid-19"],
          [undefined, "Nguyễn Thị Hồng Nhung", 1990, "Chuyên viên", "Phòng Tổ chức, biên chế", "HT04", d(2022, 1, 10), "Trực tổng đài hỗ trợ người dân"],
          // an achievement before the plan began (1/11/2021)
          [undefined, "Đinh Văn Tâm", 1982, "Chánh Văn phòng", "Văn phòng Sở", "HT04", "ngày 20 tháng 9 năm 2021", "Thành tích trước khi phát động"],
          // a code the DANHMUC sheet does not have
          [undefined, "Y Blông", 1979, "Phó phòng", "Phòng Xây dựng chính quyền", "HT09", "tháng 1 năm 2022", "Hỗ trợ cơ sở cách ly"],
        ],
        signers: ["NGƯỜI LẬP BIỂU", "GIÁM ĐỐC"],
      },
      {
        name: "II. Tập thể",
        agency,
        placeDate: "Kon Tum, ngày 25 tháng 3 năm 2022",
        title: ["DANH SÁCH TẬP THỂ ĐỀ NGHỊ KHEN THƯỞNG"],
        header: ["TT", "Tên tập thể", "Mã hình thức khen thưởng", "Thời gian lập thành tích", "Tóm tắt thành tích"],
        widths: [5, 36, 14, 24, 40],
        rows: [
          [undefined, "Phòng Tổ chức, biên chế và tổ chức phi chính phủ", "HT04", "15.03.2022", "Bảo đảm nhân lực cho khu cách ly"],
          // the Emulation Flag is not an award form of this plan
          [undefined, "Ban Thi đua - Khen thưởng", "HT05", "ngày 01/02/2022", "Tổng hợp khen thưởng đột xuất"],
        ],
      },
      {
        name: "DANHMUC",
        plain: true,
        header: ["Mã", "Hình thức khen thưởng"],
        rows: forms,
      },
      {
        name: "Thống kê",
        plain: true,
        title: "SỐ LIỆU TỔNG HỢP",
        header: ["STT", "Chỉ tiêu", "Đơn vị tính", "Số lượng"],
        rows: [
          [1, "Số cá nhân đề nghị", "người", 5],
          [2, "Số tập thể đề nghị", "tập thể", 2],
          [3, "Tổng số", "", 7],
        ],
      },
    ],
  };
}

/**
 * Xã Bình An (Kiên Giang 2019, Đại hội Đảng): one header row worded otherwise ("Họ tên / Tên tập thể",
 * "Nơi công tác", "Hình thức đề nghị", "Ngày đăng ký thi đua"), police ranks, dates as text in several forms,
 * a registration after the deadline and an achievement after the period.
 */
function binhAn2019(): RealExample {
  return {
    file: "xa-binh-an-kien-giang-2019.xlsx",
    sheets: [
      {
        name: "Sheet1",
        agency: ["UBND HUYỆN CHÂU THÀNH", "UBND XÃ BÌNH AN"],
        placeDate: "Bình An, ngày 10 tháng 7 năm 2020",
        title: ["DANH SÁCH TẬP THỂ, CÁ NHÂN ĐỀ NGHỊ KHEN THƯỞNG", "Phong trào thi đua đặc biệt lập thành tích chào mừng Đại hội Đảng bộ các cấp"],
        header: ["STT", "Họ tên / Tên tập thể", "Nơi công tác", "Đơn vị đề nghị", "Hình thức đề nghị", "Ngày đăng ký thi đua", "Thời gian lập thành tích", "Ghi chú"],
        widths: [6, 30, 28, 22, 28, 16, 26, 16],
        rows: [
          [undefined, "Trung úy Lê Minh Trí", "Công an xã Bình An", "UBND xã Bình An", "Giấy khen", "20/10/2019", "ngày 15 tháng 3 năm 2020", null],
          [undefined, "Đồng chí Trần Văn Lực", "Văn phòng Đảng ủy xã", "UBND xã Bình An", "Giấy khen", "ngày 25/10/2019", "15.03.2020", null],
          [undefined, "Chi bộ ấp Bình Lạc", null, "UBND xã Bình An", "Bằng khen UBND tỉnh", d(2019, 10, 1), "tháng 5 năm 2020", null],
          // registered after 29/10/2019
          [undefined, "Bà Nguyễn Thị Kim Hoa", "Hội Liên hiệp Phụ nữ xã", "UBND xã Bình An", "Giấy khen", "ngày 02/11/2019", "01.06.2020", "Đăng ký muộn"],
          // an achievement after the period (30/6/2020)
          [undefined, "Ông Danh Thành", "Ấp Bình Thới", "UBND xã Bình An", "Giấy khen", "21.10.2019", "ngày 05 tháng 7 năm 2020", null],
        ],
        signers: ["NGƯỜI LẬP", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"],
      },
    ],
  };
}

/**
 * Ủy ban MTTQ tỉnh Hưng Yên: donors, money written as text ("50 triệu", "45.000.000 đ"), a households row
 * ("Gia đình ông …"), a header merged over two rows, a collective donor under the bar and one put forward by a
 * unit that may not, a sheet of totals beside it.
 */
function hungYenDonors(): RealExample {
  const MT = "Ủy ban MTTQ Việt Nam tỉnh";
  const row = (name: string, type: string, addr: string, unit: string, money: V, goods: string | null): V[] => [
    undefined,
    name,
    type,
    addr,
    unit,
    "Bằng khen của Chủ tịch UBND tỉnh",
    "Nhà hảo tâm",
    money,
    goods,
  ];
  return {
    file: "mttq-hung-yen-nha-hao-tam-2021.xlsx",
    sheets: [
      {
        name: "DS nhà hảo tâm",
        agency: ["UBMTTQ VIỆT NAM TỈNH HƯNG YÊN", "BAN THƯỜNG TRỰC"],
        placeDate: "Hưng Yên, ngày 30 tháng 11 năm 2021",
        title: ["DANH SÁCH TẬP THỂ, CÁ NHÂN, HỘ GIA ĐÌNH ĐÓNG GÓP ỦNG HỘ PHÒNG, CHỐNG DỊCH COVID-19", "đề nghị Chủ tịch UBND tỉnh tặng Bằng khen"],
        header: [
          "STT",
          "Tên tập thể, cá nhân",
          "Đối tượng",
          "Địa chỉ",
          "Đơn vị đề nghị",
          "Hình thức khen thưởng",
          "Diện khen thưởng",
          { group: "Đóng góp, ủng hộ", subs: ["Số tiền ủng hộ (đồng)", "Hiện vật"] },
        ],
        widths: [6, 34, 14, 30, 28, 30, 16, 18, 30],
        numFmt: { 8: "#,##0" },
        rows: [
          row("Công ty Cổ phần Dệt may Phố Hiến", "Tập thể", "KCN Phố Nối A, Văn Lâm", MT, 150_000_000, null),
          row("Ngân hàng TMCP Công thương chi nhánh Hưng Yên", "Tập thể", "TP Hưng Yên", "Hội Chữ thập đỏ tỉnh", "50 triệu", "02 máy thở"),
          // under 50 million
          row("Hợp tác xã Nhãn lồng Tân Hưng", "Tập thể", "Xã Tân Hưng, TP Hưng Yên", MT, "45.000.000 đ", "3 tấn nhãn lồng"),
          // a collective donor put forward by a unit other than the Front or the Red Cross
          row("Công ty TNHH Thép Việt Ý", "Tập thể", "Mỹ Hào", "UBND thị xã Mỹ Hào", 200_000_000, "Thiết bị y tế"),
          // the plan sets no bar for individuals or households
          row("Bà Đào Thị Thu", "Cá nhân", "Phường Lam Sơn, TP Hưng Yên", MT, "10 triệu", null),
          row("Gia đình ông Vũ Văn Khải", "Hộ gia đình", "Xã Liên Nghĩa, Văn Giang", MT, null, "2 tấn rau xanh"),
        ],
        signers: ["NGƯỜI LẬP BIỂU", "TM. BAN THƯỜNG TRỰC\nCHỦ TỊCH"],
      },
      {
        name: "Tổng hợp",
        plain: true,
        title: "TỔNG HỢP SỐ LIỆU ỦNG HỘ",
        header: ["STT", "Chỉ tiêu", "Đơn vị tính", "Số lượng"],
        rows: [
          [1, "Tập thể", "đơn vị", 4],
          [2, "Cá nhân", "người", 1],
          [3, "Hộ gia đình", "hộ", 1],
          [4, "Tổng số tiền", "triệu đồng", 455],
        ],
      },
    ],
  };
}

export const REAL_EXAMPLES: (() => RealExample)[] = [giongRieng, konTumCodes, binhAn2019, hungYenDonors];

export async function makeRealExamples(dir: string): Promise<string[]> {
  const out = join(dir, "danh-sach");
  await mkdir(out, { recursive: true });
  const files: string[] = [];
  for (const make of REAL_EXAMPLES) {
    const ex = make();
    const wb = new ExcelJS.Workbook();
    wb.creator = "thidua examples";
    wb.created = wb.modified = new Date(Date.UTC(2022, 2, 25, 8, 0, 0));
    for (const s of ex.sheets) {
      if ("plain" in s) plainSheet(wb, s);
      else listSheet(wb, s);
    }
    const file = join(out, ex.file);
    await wb.xlsx.writeFile(file);
    files.push(file);
  }
  return files;
}
