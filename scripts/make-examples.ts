// generates examples/<preset-id>.xlsx: a realistic nomination list per built-in campaign, mostly valid,
// with some rows that break each of the campaign's rules (run: npx tsx scripts/make-examples.ts)
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { makeYearlyExamples } from "./examples-yearly.js";
import { makeRealExamples } from "./examples-real.js";
import { encodeTcvn3 } from "../src/engine/index.js";

type V = ExcelJS.CellValue;
type Row = V[];

interface Column {
  header: string;
  /** a second header row under a merged parent, e.g. "Đóng góp" under "Giá trị (đồng)" */
  sub?: string;
  width: number;
  money?: boolean;
  date?: boolean;
  percent?: boolean;
}

interface Spec {
  id: string;
  sheet: string;
  agency: [string, string];
  number: string;
  placeDate: string;
  title: string;
  subtitle: string;
  columns: Column[];
  /** parent header text over a run of sub-headed columns */
  group?: string;
  sections: { label: string; rows: Row[] }[];
  /** columns (1-based) summed in the "Tổng cộng" row */
  totals?: number[];
  signers: [string, string, string, string];
  /** cells written in a TCVN3 ".VnTime" font, as legacy files do: [row index in the first section, column] */
  legacy?: [number, number][];
}

const FONT = "Times New Roman";
const thin: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};
const d = (y: number, m: number, day: number) => new Date(Date.UTC(y, m - 1, day));

function sheetOf(wb: ExcelJS.Workbook, s: Spec): void {
  const ws = wb.addWorksheet(s.sheet, { pageSetup: { orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  const n = s.columns.length;
  const last = ws.getColumn(n).letter;
  const half = Math.max(3, Math.floor(n / 2) - 1);
  const right = ws.getColumn(half + 2).letter;
  ws.columns = s.columns.map((c) => ({ width: c.width }));
  const put = (ref: string, to: string, value: string, font: Partial<ExcelJS.Font>) => {
    ws.mergeCells(`${ref}:${to}`);
    const cell = ws.getCell(ref);
    cell.value = value;
    cell.font = { name: FONT, size: 12, ...font };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  };
  const mid = ws.getColumn(half).letter;
  put("A1", `${mid}1`, s.agency[0], {});
  put("A2", `${mid}2`, s.agency[1], { bold: true, underline: true });
  put("A3", `${mid}3`, s.number, {});
  put(`${right}1`, `${last}1`, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true });
  put(`${right}2`, `${last}2`, "Độc lập - Tự do - Hạnh phúc", { bold: true, underline: true });
  put(`${right}3`, `${last}3`, s.placeDate, { italic: true });
  put("A5", `${last}5`, s.title, { bold: true, size: 14 });
  put("A6", `${last}6`, s.subtitle, { italic: true });
  ws.getRow(5).height = 36;

  // header: one row, or two with the grouped money columns under one merged parent
  const h1 = 8;
  const two = s.columns.some((c) => c.sub);
  const h2 = two ? h1 + 1 : h1;
  const firstSub = s.columns.findIndex((c) => c.sub) + 1;
  const lastSub = s.columns.length - [...s.columns].reverse().findIndex((c) => c.sub);
  s.columns.forEach((c, i) => {
    const col = i + 1;
    const letter = ws.getColumn(col).letter;
    if (c.sub) {
      ws.getCell(`${letter}${h2}`).value = c.sub;
    } else {
      ws.getCell(`${letter}${h1}`).value = c.header;
      if (two) ws.mergeCells(`${letter}${h1}:${letter}${h2}`);
    }
  });
  if (two) {
    const a = ws.getColumn(firstSub).letter;
    const b = ws.getColumn(lastSub).letter;
    ws.mergeCells(`${a}${h1}:${b}${h1}`);
    ws.getCell(`${a}${h1}`).value = s.group ?? "";
  }
  for (let r = h1; r <= h2; r++)
    for (let c = 1; c <= n; c++) {
      const cell = ws.getCell(r, c);
      cell.font = { name: FONT, size: 12, bold: true };
      cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
      cell.border = thin;
    }
  // the column-number row under the header, as many templates have: (1) (2) (3) …
  const numRow = h2 + 1;
  for (let c = 1; c <= n; c++) {
    const cell = ws.getCell(numRow, c);
    cell.value = `(${c})`;
    cell.font = { name: FONT, size: 10, italic: true };
    cell.alignment = { horizontal: "center" };
    cell.border = thin;
  }

  let r = numRow + 1;
  const firstData = r;
  let stt = 0;
  s.sections.forEach((sec, si) => {
    ws.mergeCells(r, 1, r, n);
    const head = ws.getCell(r, 1);
    head.value = sec.label;
    head.font = { name: FONT, size: 12, bold: true };
    head.border = thin;
    r++;
    sec.rows.forEach((values, ri) => {
      const row = ws.getRow(r);
      row.getCell(1).value = ++stt;
      values.forEach((v, j) => (row.getCell(j + 2).value = v));
      for (let c = 1; c <= n; c++) {
        const cell = row.getCell(c);
        const col = s.columns[c - 1]!;
        cell.font = { name: FONT, size: 12 };
        cell.border = thin;
        cell.alignment = { vertical: "middle", wrapText: true, ...(c === 1 ? { horizontal: "center" } : {}) };
        if (col.money && typeof cell.value === "number") cell.numFmt = "#,##0";
        if (col.date && cell.value instanceof Date) cell.numFmt = "dd/mm/yyyy";
        if (col.percent && typeof cell.value === "number" && cell.value <= 1) cell.numFmt = "0.0%";
      }
      for (const [li, lc] of si === 0 ? (s.legacy ?? []) : []) {
        if (li !== ri) continue;
        const cell = row.getCell(lc);
        cell.value = encodeTcvn3(String(cell.value));
        cell.font = { name: ".VnTime", size: 13 };
      }
      r++;
    });
  });
  const lastData = r - 1;
  if (s.totals?.length) {
    ws.mergeCells(r, 1, r, 2);
    ws.getCell(r, 1).value = "Tổng cộng";
    ws.getCell(r, 1).font = { name: FONT, size: 12, bold: true };
    for (const c of s.totals) {
      const letter = ws.getColumn(c).letter;
      let sum = 0;
      for (let k = firstData; k <= lastData; k++) {
        const v = ws.getCell(k, c).value;
        if (typeof v === "number") sum += v;
      }
      const cell = ws.getCell(r, c);
      cell.value = { formula: `SUM(${letter}${firstData}:${letter}${lastData})`, result: sum };
      cell.numFmt = "#,##0";
      cell.font = { name: FONT, size: 12, bold: true };
    }
    for (let c = 1; c <= n; c++) ws.getCell(r, c).border = thin;
    r++;
  }
  // signature block
  r += 1;
  const leftEnd = ws.getColumn(Math.max(2, half - 1)).letter;
  put(`A${r}`, `${leftEnd}${r}`, s.signers[0], { bold: true });
  put(`${right}${r}`, `${last}${r}`, s.signers[1], { bold: true });
  put(`${right}${r + 1}`, `${last}${r + 1}`, "(Ký tên, đóng dấu)", { italic: true });
  put(`A${r + 5}`, `${leftEnd}${r + 5}`, s.signers[2], { bold: true });
  put(`${right}${r + 5}`, `${last}${r + 5}`, s.signers[3], { bold: true });
  ws.views = [{ state: "frozen", ySplit: numRow, xSplit: 0 }];
}

async function write(dir: string, s: Spec): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "thidua examples";
  wb.created = wb.modified = new Date(Date.UTC(2021, 10, 15, 8, 0, 0));
  sheetOf(wb, s);
  const file = join(dir, `${s.id}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

// ---------------------------------------------------------------- the five lists

const family = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Phan", "Trương", "Bùi", "Đặng", "Đỗ", "Ngô", "Dương", "Lý"];
const middle = ["Văn", "Thị", "Minh", "Hoàng", "Thanh", "Ngọc", "Quốc", "Hữu", "Thu", "Kim"];
const given = ["An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hòa", "Hùng", "Khoa", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Vy", "Yến"];
const person = (i: number) => `${family[i % family.length]} ${middle[(i * 7) % middle.length]} ${given[(i * 11) % given.length]}`;

const summary = "Có thành tích xuất sắc trong công tác phòng, chống dịch COVID-19 trên địa bàn tỉnh";

function kienGiang2021(): Spec {
  const ind: Row[] = [];
  const col: Row[] = [];
  const excellent = (name: string, pos: string, unit: string): Row => [name, "Cá nhân", pos, unit, "Bằng khen UBND tỉnh", "Thành tích xuất sắc", null, null, summary, null];
  // front-line: Sở Y tế sends 21 (quota 20–35): fine
  for (let i = 0; i < 21; i++) ind.push(excellent(person(i), i % 3 ? "Bác sĩ" : "Điều dưỡng", "Sở Y tế"));
  // a provincial department sends 12 (quota 5–10): quota-exceeded
  for (let i = 0; i < 12; i++) ind.push(excellent(person(40 + i), "Chuyên viên", "Sở Tài chính"));
  // a district sends 3 (quota 15–25): quota-below-minimum (a warning)
  for (let i = 0; i < 3; i++) ind.push(excellent(person(80 + i), "Cán bộ", "UBND huyện Gò Quao"));
  // donors: 75 million qualifies, written every way clerks write it
  ind.push(["Trần Văn Phước", "Cá nhân", "Doanh nhân", "Ủy ban MTTQ Việt Nam tỉnh", "Bằng khen UBND tỉnh", "Nhà hảo tâm", 80_000_000, null, "Ủng hộ Quỹ phòng, chống dịch COVID-19 tỉnh", null]);
  ind.push(["Lâm Thị Ngọc Bích", "Cá nhân", "Chủ doanh nghiệp", "Ủy ban MTTQ Việt Nam tỉnh", "BK UBND tỉnh", "Nhà hảo tâm", "75.000.000 đ", null, "Ủng hộ 01 máy thở", null]);
  ind.push(["Quách Văn Lộc", "CN", "Kinh doanh", "Ủy ban MTTQ Việt Nam tỉnh", "Bằng khen UBND tỉnh", "Nhà hảo tâm", "75 triệu", null, "Ủng hộ tiền mặt", null]);
  ind.push(["Hứa Minh Trí", "Cá nhân", "Kinh doanh", "Ủy ban MTTQ Việt Nam tỉnh", "Bằng khen UBND tỉnh", "Nhà hảo tâm", 20_000_000, "150.000.000", "Vận động các nhà hảo tâm ủng hộ", null]);
  // … 74,999,999 does not: below-threshold
  ind.push(["Tô Thị Kiều", "Cá nhân", "Kinh doanh", "Ủy ban MTTQ Việt Nam tỉnh", "Bằng khen UBND tỉnh", "Nhà hảo tâm", 74_999_999, null, "Ủng hộ nhu yếu phẩm", null]);
  // unreadable money: invalid-value
  ind.push(["Mai Văn Tài", "Cá nhân", "Kinh doanh", "Ủy ban MTTQ Việt Nam tỉnh", "Bằng khen UBND tỉnh", "Nhà hảo tâm", "khoảng bảy chục", null, "Ủng hộ gạo", null]);
  // ad hoc awards: no quota
  ind.push(["Đoàn Văn Mạnh", "Cá nhân", "Chiến sĩ", "Công an tỉnh", "Bằng khen UBND tỉnh", "Đột xuất", null, null, "Dũng cảm cứu người tại khu cách ly", null]);
  // an award form the campaign does not give: not-allowed
  ind.push(["Châu Thị Mỹ", "Cá nhân", "Y sĩ", "Sở Y tế", "Giấy khen", "Đột xuất", null, null, summary, null]);
  // a reward kind outside the plan: not-allowed
  ind.push(["Kha Văn Sang", "Cá nhân", "Cán bộ", "UBND huyện Gò Quao", "Bằng khen UBND tỉnh", "Sơ kết", null, null, summary, null]);
  // the same person twice, once typed with decomposed accents (NFD): duplicate
  ind.push(["Nguyễn Thị Hòa", "Cá nhân", "Điều dưỡng", "Sở Y tế", "Bằng khen UBND tỉnh", "Đột xuất", null, null, summary, null]);
  ind.push(["Nguyễn Thị Hòa".normalize("NFD"), "Cá nhân", "Điều dưỡng", "Sở Y tế", "Bằng khen UBND tỉnh", "Đột xuất", null, null, summary, "Trùng"]);
  // a missing name: missing-value
  ind.push([null, "Cá nhân", "Bác sĩ", "Sở Y tế", "Bằng khen UBND tỉnh", "Đột xuất", null, null, summary, null]);

  col.push(["Khoa Hồi sức tích cực, Bệnh viện Đa khoa tỉnh", "Tập thể", null, "Sở Y tế", "Bằng khen UBND tỉnh", "Thành tích xuất sắc", null, null, summary, null]);
  col.push(["Công ty TNHH Thương mại Hòa Phát Kiên Giang", "Tập thể", null, "Ủy ban MTTQ Việt Nam tỉnh", "Bằng khen UBND tỉnh", "Nhà hảo tâm", "1,2 tỷ", null, "Ủng hộ xây bệnh viện dã chiến", null]);
  // a collective mobilised 300 million: the collective bar is 400 million, so below-threshold
  col.push(["Hội Doanh nhân trẻ tỉnh", "Tập thể", null, "Ủy ban MTTQ Việt Nam tỉnh", "Bằng khen UBND tỉnh", "Nhà hảo tâm", null, 300_000_000, "Vận động hội viên ủng hộ", null]);
  col.push(["Tổ COVID cộng đồng ấp Vĩnh Hòa", "Tập thể", null, "UBND huyện Gò Quao", "Bằng khen UBND tỉnh", "Đột xuất", null, null, summary, null]);
  return {
    id: "kien-giang-2021-covid",
    sheet: "Danh sách",
    agency: ["UBND TỈNH KIÊN GIANG", "SỞ NỘI VỤ"],
    number: "Số: 215/TTr-SNV",
    placeDate: "Kiên Giang, ngày 15 tháng 11 năm 2021",
    title: "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG\nPhong trào thi đua đặc biệt “Kiên Giang đồng lòng phòng, chống dịch COVID-19”",
    subtitle: "(Kèm theo Tờ trình số 215/TTr-SNV ngày 15/11/2021 của Sở Nội vụ)",
    columns: [
      { header: "STT", width: 6 },
      { header: "Họ và tên / Tên tập thể", width: 30 },
      { header: "Cá nhân/Tập thể", width: 11 },
      { header: "Chức vụ", width: 14 },
      { header: "Đơn vị đề nghị", width: 26 },
      { header: "Hình thức khen thưởng", width: 22 },
      { header: "Loại khen thưởng", width: 18 },
      { header: "Giá trị (đồng)", sub: "Đóng góp", width: 16, money: true },
      { header: "Giá trị (đồng)", sub: "Vận động", width: 16, money: true },
      { header: "Tóm tắt thành tích", width: 40 },
      { header: "Ghi chú", width: 10 },
    ],
    group: "Giá trị (đồng)",
    sections: [
      { label: "I. CÁ NHÂN", rows: ind },
      { label: "II. TẬP THỂ", rows: col },
    ],
    totals: [8, 9],
    signers: ["NGƯỜI LẬP BIỂU", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Lê Thị Thanh Hương", "Nguyễn Văn Thắng"],
    // one proposing unit typed in a TCVN3 (.VnTime) file: read as "UBND huyện Gò Quao"
    legacy: [[34, 5]],
  };
}

function konTum2021(): Spec {
  const ind: Row[] = [
    ["Y Đông", "Giám đốc Sở Nội vụ", "Bằng khen của Thủ tướng Chính phủ", "15/11/2021", "Chỉ đạo điều hành công tác phòng, chống dịch tại Sở", null],
    ["Nguyễn Văn Hòa", "Phó Giám đốc Sở", "Bằng khen của Chủ tịch UBND tỉnh", d(2021, 11, 20), "Trực tiếp phụ trách tổ công tác hỗ trợ khu cách ly", null],
    ["A Thịnh", "Chánh Văn phòng Sở", "Bằng khen UBND tỉnh", "1/11/2021", "Bảo đảm hậu cần cho lực lượng tuyến đầu", null],
    ["Trần Thị Thu Hà", "Chuyên viên Phòng Tổ chức", "Giấy khen của Giám đốc Sở Nội vụ", "2021-12-03", "Tham gia trực chốt kiểm soát dịch", null],
    ["Lê Quang Vinh", "Chuyên viên Ban Thi đua - Khen thưởng", "GK", d(2021, 12, 10), "Tình nguyện tham gia tiêm chủng", null],
    ["Phạm Thị Ngọc Ánh", "Kế toán", "Giấy khen Giám đốc Sở Nội vụ", "05-01-2022", "Vận động quyên góp ủng hộ", null],
    // before the campaign began (1/11/2021): outside-period, as text and as a real date
    ["Đinh Văn Long", "Chuyên viên Phòng Công chức", "Giấy khen của Giám đốc Sở Nội vụ", "15/10/2021", "Tham gia trực chốt", null],
    ["Rơ Mah Thị Hiền", "Văn thư", "Giấy khen của Giám đốc Sở Nội vụ", d(2021, 10, 31), "Hỗ trợ khu cách ly", null],
    // a date that does not exist: invalid-value
    ["Võ Minh Tuấn", "Chuyên viên Chi cục Văn thư - Lưu trữ", "Giấy khen của Giám đốc Sở Nội vụ", "31/11/2021", "Số hóa hồ sơ người cách ly", null],
    // another authority's certificate is not the department's to propose: not-allowed
    ["Hoàng Thị Yến", "Chuyên viên", "Giấy khen của Chủ tịch UBND huyện", d(2021, 11, 25), "Tham gia trực chốt", null],
    // no award form: missing-value
    ["Bùi Văn Khánh", "Lái xe", null, d(2021, 12, 1), "Vận chuyển người bệnh", null],
    // listed twice: duplicate (this campaign matches by name)
    ["Trần Thị Thu Hà", "Chuyên viên Phòng Tổ chức", "Giấy khen của Giám đốc Sở Nội vụ", "2021-12-03", "Tham gia trực chốt kiểm soát dịch", "Trùng"],
  ];
  const col: Row[] = [
    ["Ban Thi đua - Khen thưởng", null, "Bằng khen của Chủ tịch UBND tỉnh", d(2021, 12, 15), "Hoàn thành xuất sắc nhiệm vụ phòng, chống dịch", null],
    ["Chi cục Văn thư - Lưu trữ", null, "Giấy khen của Giám đốc Sở Nội vụ", "20/12/2021", "Bảo đảm lưu trữ hồ sơ phòng, chống dịch", null],
  ];
  return {
    id: "kon-tum-snv-2021-covid",
    sheet: "DS khen thưởng",
    agency: ["UBND TỈNH KON TUM", "SỞ NỘI VỤ"],
    number: "Số: 1021/SNV-TĐKT",
    placeDate: "Kon Tum, ngày 10 tháng 01 năm 2022",
    title: "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG\nthực hiện Kế hoạch số 57/KH-SNV ngày 11/11/2021 về phong trào thi đua đặc biệt phòng, chống dịch Covid-19",
    subtitle: "(Kèm theo Tờ trình số 1021/SNV-TĐKT của Sở Nội vụ)",
    columns: [
      { header: "STT", width: 6 },
      { header: "Họ và tên", width: 28 },
      { header: "Chức vụ, đơn vị công tác", width: 32 },
      { header: "Hình thức đề nghị khen thưởng", width: 30 },
      { header: "Thời gian lập thành tích", width: 16, date: true },
      { header: "Tóm tắt thành tích", width: 44 },
      { header: "Ghi chú", width: 10 },
    ],
    sections: [
      { label: "I. CÁ NHÂN", rows: ind },
      { label: "II. TẬP THỂ", rows: col },
    ],
    signers: ["NGƯỜI LẬP BIỂU", "GIÁM ĐỐC", "A Lên", "Y Đông"],
  };
}

function hungYen2021(): Spec {
  const ind: Row[] = [
    ["Nguyễn Văn Thành", "Cá nhân", "Sở Y tế", "Bằng khen của Chủ tịch UBND tỉnh", "Đột xuất", null, "Dũng cảm cứu người bệnh trong khu cách ly"],
    ["Đào Thị Lan", "CN", "Hội Chữ thập đỏ tỉnh", "Bằng khen UBND tỉnh", "Nhà hảo tâm", "30.000.000 đ", "Ủng hộ tiền mặt (cá nhân: kế hoạch không đặt mức)"],
    ["Lưu Văn Hiếu", "Cá nhân", "Công an tỉnh", "Giấy khen", "Sơ kết", null, "Thành tích trong đợt sơ kết"],
    // state-level awards go through Sở Nội vụ: allowed here
    ["Phạm Minh Quang", "Cá nhân", "Sở Y tế", "Huân chương Lao động hạng Ba", "Tổng kết", null, "Thành tích xuất sắc trong 2 năm chống dịch"],
    // the Emulation Flag is not among this plan's forms: not-allowed
    ["Vũ Thị Huyền", "Cá nhân", "Sở Y tế", "Cờ thi đua", "Tổng kết", null, "Thành tích xuất sắc"],
    // "excellent achievement" is not one of this plan's kinds: not-allowed
    ["Trịnh Văn Nam", "Cá nhân", "UBND huyện Văn Lâm", "Bằng khen UBND tỉnh", "Thành tích xuất sắc", null, "Thành tích xuất sắc"],
    // no nominee type: the section "I. CÁ NHÂN" supplies it; no proposing unit: missing-value
    ["Đỗ Thị Mai", null, null, "Bằng khen UBND tỉnh", "Đột xuất", null, "Hỗ trợ người dân vùng phong tỏa"],
  ];
  const col: Row[] = [
    ["Công ty Cổ phần Dược phẩm Phố Hiến", "Tập thể", "Ủy ban MTTQ Việt Nam tỉnh", "Bằng khen của Chủ tịch UBND tỉnh", "Nhà hảo tâm", 50_000_000, "Ủng hộ vật tư y tế"],
    ["Ngân hàng TMCP Công thương chi nhánh Hưng Yên", "TT", "Ủy ban MTTQ Việt Nam tỉnh", "BK UBND tỉnh", "Nhà hảo tâm", "1,5 tỷ", "Ủng hộ Quỹ vắc xin"],
    ["Hội Doanh nghiệp huyện Văn Giang", "Tập thể", "Hội Chữ thập đỏ tỉnh", "Bằng khen UBND tỉnh", "Nhà hảo tâm", "75 triệu", "Ủng hộ nhu yếu phẩm"],
    // 49,999,999 is under the 50 million bar for a collective donor: below-threshold
    ["Công ty TNHH May Tiên Hưng", "Tập thể", "Ủy ban MTTQ Việt Nam tỉnh", "Bằng khen UBND tỉnh", "Nhà hảo tâm", 49_999_999, "Ủng hộ khẩu trang"],
    // a collective donor proposed by a department, not by the Front or the Red Cross: not-allowed
    ["Công ty Cổ phần Nhựa Hưng Yên", "Tập thể", "Sở Công Thương", "Bằng khen UBND tỉnh", "Nhà hảo tâm", 120_000_000, "Ủng hộ máy thở"],
    ["Trạm Y tế xã Liên Nghĩa", "Tập thể", "UBND huyện Văn Giang", "Giấy khen của Chủ tịch UBND huyện", "Đột xuất", null, "Tổ chức tiêm chủng an toàn"],
    // listed twice: duplicate
    ["Công ty Cổ phần Dược phẩm Phố Hiến", "Tập thể", "Ủy ban MTTQ Việt Nam tỉnh", "Bằng khen của Chủ tịch UBND tỉnh", "Nhà hảo tâm", 50_000_000, "Trùng với dòng trên"],
  ];
  return {
    id: "hung-yen-2021-covid",
    sheet: "Danh sách đề nghị",
    agency: ["ỦY BAN MTTQ VIỆT NAM", "TỈNH HƯNG YÊN"],
    number: "Số: 88/TTr-MTTQ-BTT",
    placeDate: "Hưng Yên, ngày 20 tháng 12 năm 2021",
    title: "DANH SÁCH ĐỀ NGHỊ CHỦ TỊCH UBND TỈNH TẶNG BẰNG KHEN\ncác tập thể, cá nhân có thành tích trong phòng, chống dịch Covid-19",
    subtitle: "(Thực hiện Quyết định số 1497/QĐ-TTg ngày 10/9/2021 của Thủ tướng Chính phủ)",
    columns: [
      { header: "STT", width: 6 },
      { header: "Tên tập thể, cá nhân", width: 36 },
      { header: "Đối tượng", width: 11 },
      { header: "Đơn vị đề nghị", width: 28 },
      { header: "Hình thức khen thưởng", width: 30 },
      { header: "Diện khen thưởng", width: 18 },
      { header: "Số tiền ủng hộ (đồng)", width: 18, money: true },
      { header: "Ghi chú", width: 36 },
    ],
    sections: [
      { label: "I. CÁ NHÂN", rows: ind },
      { label: "II. TẬP THỂ", rows: col },
    ],
    totals: [7],
    signers: ["NGƯỜI LẬP BIỂU", "TM. BAN THƯỜNG TRỰC\nCHỦ TỊCH", "Nguyễn Thị Thu", "Trần Quốc Văn"],
  };
}

function kienGiang2019(): Spec {
  const ind: Row[] = [
    ["Danh Sơn", "Bí thư Chi bộ", "Đảng ủy xã Mong Thọ", "Bằng khen của Chủ tịch UBND tỉnh", "15/9/2019", "20/5/2020", "Lãnh đạo chi bộ hoàn thành xuất sắc nhiệm vụ"],
    ["Lê Thị Kim Cúc", "Hiệu trưởng", "Trường THPT Nguyễn Trung Trực", "BK UBND tỉnh", d(2019, 10, 1), d(2020, 1, 15), "Trường đạt chuẩn quốc gia chào mừng Đại hội"],
    ["Trần Văn Hậu", "Giám đốc", "Bệnh viện Đa khoa tỉnh", "Bằng khen UBND tỉnh", "29/10/2019", "30/6/2020", "Hoàn thành công trình chào mừng Đại hội (ngày cuối của đợt thi đua)"],
    ["Nguyễn Minh Thư", "Chủ nhiệm", "Hợp tác xã Tân Thành", "Giấy khen", d(2019, 9, 20), "01/6/2019", "Ngày đầu của đợt thi đua"],
    // registered the day after the deadline (29/10/2019): after-deadline
    ["Phạm Văn Đời", "Giám đốc", "Công ty Cổ phần Thủy sản Kiên Giang", "Bằng khen UBND tỉnh", "30/10/2019", d(2020, 3, 2), "Vượt chỉ tiêu xuất khẩu"],
    // an achievement the day after the campaign closed: outside-period
    ["Võ Thị Bé Năm", "Chủ tịch Hội Phụ nữ", "UBND xã Bình An", "Bằng khen UBND tỉnh", d(2019, 10, 10), "01/7/2020", "Xây dựng mô hình phụ nữ tiết kiệm"],
    ["Hồ Văn Tư", "Trưởng ấp", "UBND xã Vĩnh Hòa Hưng", "Giấy khen", d(2019, 10, 12), d(2019, 5, 20), "Thành tích trước đợt thi đua"],
    // an unreadable date: invalid-value
    ["Lâm Quốc Tuấn", "Chuyên viên", "Sở Kế hoạch và Đầu tư", "Giấy khen", "2019-13-01", d(2020, 2, 1), "Hoàn thành xuất sắc nhiệm vụ"],
    // a Prime Minister's certificate is not this campaign's to give: not-allowed
    ["Dương Thành Trung", "Bí thư Huyện ủy", "Huyện ủy An Biên", "BK TTCP", d(2019, 10, 5), d(2020, 6, 1), "Lãnh đạo tổ chức thành công Đại hội"],
    // listed twice: duplicate
    ["Lê Thị Kim Cúc", "Hiệu trưởng", "Trường THPT Nguyễn Trung Trực", "BK UBND tỉnh", d(2019, 10, 1), d(2020, 1, 15), "Trùng"],
  ];
  const col: Row[] = [
    ["Đảng bộ xã Mong Thọ A", "Đảng bộ", "Huyện ủy Châu Thành", "Bằng khen UBND tỉnh", "20/10/2019", "15/4/2020", "Tổ chức Đại hội điểm thành công"],
    ["Phòng Giáo dục và Đào tạo huyện Tân Hiệp", "Tập thể", "UBND huyện Tân Hiệp", "Bằng khen của Chủ tịch UBND tỉnh", d(2019, 10, 20), d(2020, 5, 30), "Hoàn thành xuất sắc nhiệm vụ năm học"],
  ];
  return {
    id: "kien-giang-2019-party-congress",
    sheet: "Sheet1",
    agency: ["UBND TỈNH KIÊN GIANG", "BAN THI ĐUA - KHEN THƯỞNG"],
    number: "Số: 312/BTĐKT-NV",
    placeDate: "Rạch Giá, ngày 10 tháng 7 năm 2020",
    title: "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG\nĐợt thi đua đặc biệt lập thành tích chào mừng Đại hội Đảng bộ các cấp, nhiệm kỳ 2020 - 2025",
    subtitle: "(Thực hiện Kế hoạch số 136/KH-UBND ngày 13/9/2019 của UBND tỉnh)",
    columns: [
      { header: "STT", width: 6 },
      { header: "Họ và tên", width: 26 },
      { header: "Chức vụ", width: 18 },
      { header: "Cơ quan, đơn vị", width: 30 },
      { header: "Hình thức khen thưởng", width: 30 },
      { header: "Ngày đăng ký thi đua", width: 14, date: true },
      { header: "Ngày lập thành tích", width: 14, date: true },
      { header: "Thành tích", width: 40 },
    ],
    sections: [
      { label: "I. CÁ NHÂN", rows: ind },
      { label: "II. TẬP THỂ", rows: col },
    ],
    signers: ["NGƯỜI LẬP BIỂU", "TRƯỞNG BAN", "Trần Thị Mỹ", "Lê Văn Hùng"],
  };
}

function tuyenQuang2021(): Spec {
  const col: Row[] = [
    ["UBND xã Kim Quan", "UBND huyện Yên Sơn", "Bằng khen của Chủ tịch UBND tỉnh", d(2021, 12, 31), 0.92, 0.76, "Vùng xanh", "Hoàn thành tiêm vắc xin vượt chỉ tiêu"],
    ["UBND thị trấn Na Hang", "UBND huyện Na Hang", "Bằng khen UBND tỉnh", "31/12/2021", "85%", "72,5%", "Giữ vững", "Giữ vững vùng xanh"],
    ["UBND phường Minh Xuân", "UBND thành phố Tuyên Quang", "Bằng khen UBND tỉnh", "12/10/2021", 50, 70, "Cấp độ 1", "Tỷ lệ đúng ngưỡng kế hoạch (50% và 70%)"],
    // below the plan's targets: warnings
    ["UBND xã Hồng Quang", "UBND huyện Lâm Bình", "Bằng khen UBND tỉnh", d(2021, 12, 20), "45%", "65%", "Vùng vàng", "Đang đẩy mạnh tiêm chủng"],
    // an achievement before the campaign began (12/10/2021): outside-period
    ["UBND xã Trung Hà", "UBND huyện Chiêm Hóa", "Bằng khen UBND tỉnh", "11/10/2021", 0.8, 0.71, "Vùng xanh", "Thành tích trước khi phát động"],
    // no award form: missing-value
    ["Trung tâm Y tế huyện Sơn Dương", "Sở Y tế", null, d(2022, 3, 31), null, null, null, "Tổ chức tiêm chủng an toàn"],
  ];
  const ind: Row[] = [
    ["Bác sĩ Hoàng Văn Bình", "Sở Y tế", "Bằng khen của Chủ tịch UBND tỉnh", d(2021, 11, 5), null, null, null, "Trực tiếp điều trị bệnh nhân COVID-19"],
    ["Ma Thị Thanh", "UBND huyện Hàm Yên", "Giấy khen của Chủ tịch UBND huyện", "20/11/2021", null, null, null, "Tình nguyện viên tại chốt kiểm soát"],
    // listed twice: duplicate
    ["Ma Thị Thanh", "UBND huyện Hàm Yên", "Giấy khen của Chủ tịch UBND huyện", "20/11/2021", null, null, null, "Trùng"],
  ];
  return {
    id: "tuyen-quang-2021-covid",
    sheet: "Danh sách",
    agency: ["UBND TỈNH TUYÊN QUANG", "SỞ NỘI VỤ"],
    number: "Số: 45/TTr-SNV",
    placeDate: "Tuyên Quang, ngày 15 tháng 4 năm 2022",
    title: "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG\nPhong trào thi đua đặc biệt “Tuyên Quang đoàn kết, chung sức, đồng lòng thi đua phòng, chống và chiến thắng đại dịch COVID-19”",
    subtitle: "(Thực hiện Kế hoạch số 174/KH-UBND ngày 12/10/2021 của UBND tỉnh)",
    columns: [
      { header: "STT", width: 6 },
      { header: "Tên tập thể, cá nhân", width: 32 },
      { header: "Đơn vị đề nghị", width: 26 },
      { header: "Hình thức khen thưởng", width: 30 },
      { header: "Ngày lập thành tích", width: 14, date: true },
      { header: "Tỷ lệ tiêm vắc xin người từ 18 tuổi trở lên (%)", width: 16, percent: true },
      { header: "Tỷ lệ tiêm vắc xin toàn dân (%)", width: 16, percent: true },
      { header: "Vùng xanh", width: 12 },
      { header: "Tóm tắt thành tích", width: 36 },
    ],
    sections: [
      { label: "I. TẬP THỂ", rows: col },
      { label: "II. CÁ NHÂN", rows: ind },
    ],
    signers: ["NGƯỜI LẬP BIỂU", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Nguyễn Thu Trang", "Lý Văn Quân"],
  };
}

export const EXAMPLES: (() => Spec)[] = [kienGiang2021, konTum2021, hungYen2021, kienGiang2019, tuyenQuang2021];

export async function makeExamples(dir = "examples"): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const files: string[] = [];
  for (const make of EXAMPLES) files.push(await write(dir, make()));
  files.push(...(await makeYearlyExamples(dir)));
  files.push(...(await makeRealExamples(dir)));
  return files;
}

if (import.meta.url === new URL(`file://${process.argv[1] ?? ""}`).href) {
  for (const f of await makeExamples(process.argv[2] ?? "examples")) console.log(f);
}
