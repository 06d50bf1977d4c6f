// the yearly round's examples: a 2026 list (individuals and collectives) and two past decisions, for the README
// (written by scripts/make-examples.ts; the names, units and figures are made up)
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";

type V = ExcelJS.CellValue;
const FONT = "Times New Roman";
const thin: Partial<ExcelJS.Borders> = { top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } };

interface Table {
  name: string;
  agency: [string, string];
  placeDate: string;
  title: string[];
  header: [string, number][]; // text, width
  sections: { label?: string; rows: V[][] }[];
  signers: [string, string];
}

function sheet(wb: ExcelJS.Workbook, t: Table): void {
  const ws = wb.addWorksheet(t.name, { pageSetup: { orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  const n = t.header.length;
  ws.columns = t.header.map(([, w]) => ({ width: w }));
  const last = ws.getColumn(n).letter;
  const mid = ws.getColumn(Math.max(3, Math.floor(n / 2) - 1)).letter;
  const right = ws.getColumn(Math.max(4, Math.floor(n / 2) + 1)).letter;
  const put = (a: string, b: string, v: string, font: Partial<ExcelJS.Font> = {}) => {
    ws.mergeCells(`${a}:${b}`);
    const c = ws.getCell(a);
    c.value = v;
    c.font = { name: FONT, size: 12, ...font };
    c.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  };
  put("A1", `${mid}1`, t.agency[0]);
  put("A2", `${mid}2`, t.agency[1], { bold: true });
  put(`${right}1`, `${last}1`, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true });
  put(`${right}2`, `${last}2`, "Độc lập - Tự do - Hạnh phúc", { bold: true, underline: true });
  put(`${right}3`, `${last}3`, t.placeDate, { italic: true });
  t.title.forEach((line, i) => put(`A${5 + i}`, `${last}${5 + i}`, line, { bold: i === 0, italic: i > 0, size: i === 0 ? 14 : 12 }));
  const h = 6 + t.title.length;
  t.header.forEach(([text], i) => {
    const c = ws.getCell(h, i + 1);
    c.value = text;
    c.font = { name: FONT, size: 12, bold: true };
    c.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    c.border = thin;
  });
  let r = h + 1;
  let stt = 0;
  for (const s of t.sections) {
    if (s.label) {
      ws.mergeCells(r, 1, r, n);
      const c = ws.getCell(r, 1);
      c.value = s.label;
      c.font = { name: FONT, size: 12, bold: true };
      r++;
    }
    for (const values of s.rows) {
      const row = ws.getRow(r++);
      row.getCell(1).value = ++stt;
      values.forEach((v, j) => (row.getCell(j + 2).value = v));
      for (let c = 1; c <= n; c++) {
        row.getCell(c).font = { name: FONT, size: 12 };
        row.getCell(c).border = thin;
        row.getCell(c).alignment = { vertical: "middle", wrapText: true };
      }
    }
  }
  r++;
  ws.getCell(r, 2).value = t.signers[0];
  ws.getCell(r, n - 1).value = t.signers[1];
  ws.getRow(r).font = { name: FONT, size: 12, bold: true };
}

const UNIT = "Phòng Nội vụ";
const individuals: V[][] = [
  // Họ và tên, Ngày sinh, Chức vụ, Đơn vị, Danh hiệu/Hình thức, Xếp loại năm 2026, Số sáng kiến, Năm 2026, Kỷ luật, Ghi chú
  ["Nguyễn Thị Hạnh", "12/03/1984", "Chuyên viên", UNIT, "Lao động tiên tiến", "Hoàn thành tốt nhiệm vụ", 0, null, "Không", null],
  ["Trần Văn Dũng", "05/09/1979", "Phó Trưởng phòng", UNIT, "Lao động tiên tiến, Chiến sĩ thi đua cơ sở", "Hoàn thành xuất sắc nhiệm vụ", 1, null, "Không", null],
  ["Lê Thị Thu", "21/11/1990", "Chuyên viên", UNIT, "LĐTT, CSTĐCS", "HTTNV", 0, null, "Không", "chưa có sáng kiến"],
  ["Phạm Minh Tuấn", "02/02/1981", "Trưởng phòng", UNIT, "Chiến sĩ thi đua cấp tỉnh", "HTXSNV", 2, "CSTĐCS", "Không", null],
  ["Võ Thị Lan", "17/07/1986", "Chuyên viên", "Phòng Tư pháp", "CSTĐ cấp tỉnh", "HTXSNV", 1, "CSTĐCS", "Không", "năm 2024 chỉ đạt LĐTT"],
  ["Lý Văn Sơn", "30/04/1983", "Chánh Văn phòng", "UBND huyện Gò Quao", "Chiến sĩ thi đua cấp tỉnh", "HTXSNV", 1, "CSTĐCS", "Không", null],
  ["Huỳnh Văn Nam", "09/10/1988", "Chuyên viên", "Phòng Tư pháp", "Bằng khen của Chủ tịch UBND tỉnh", "HTXSNV", 1, "CSTĐCS", "Không", null],
  ["Đặng Thu Trang", "14/01/1992", "Chuyên viên", "Phòng Tư pháp", "BK UBND tỉnh", "HTTNV", 0, null, "Không", null],
  ["Bùi Quốc Hùng", "23/08/1975", "Chuyên viên", UNIT, "Lao động tiên tiến", "Hoàn thành nhiệm vụ", 0, null, "Không", null],
  ["Ngô Văn Phúc", "11/12/1980", "Chuyên viên", "Phòng Tư pháp", "Lao động tiên tiến", "HTTNV", 0, null, "Đang xem xét kỷ luật", null],
  ["Dương Thị Mai", "03/06/1987", "Kế toán", "Phòng Tài chính - Kế hoạch", "Lao động tiên tiến", "HTTNV", 0, null, "Khiển trách, chấp hành xong ngày 30/06/2026", null],
  ["Trương Minh Khoa", "19/05/1985", "Chuyên viên", "Phòng Tài chính - Kế hoạch", "Chiến sĩ thi đua cấp tỉnh", "HTXSNV", 1, "CSTĐCS", "Không", "mới chuyển công tác"],
];

const collectives: V[][] = [
  // Tên tập thể, Đơn vị, Danh hiệu thi đua, Tổng số cá nhân, Số cá nhân hoàn thành nhiệm vụ, Số cá nhân đạt LĐTT, Số cá nhân đạt CSTĐCS, Số cá nhân bị kỷ luật, Xếp loại
  ["Phòng Nội vụ", "UBND huyện Gò Quao", "Tập thể lao động tiên tiến", 10, 10, 7, 1, 0, "HTTNV"],
  ["Phòng Tư pháp", "UBND huyện Gò Quao", "Tập thể lao động tiên tiến", 13, 13, 9, 1, 0, "HTTNV"],
  ["Phòng Tài chính - Kế hoạch", "UBND huyện Gò Quao", "Tập thể lao động xuất sắc", 20, 20, 16, 2, 0, "HTXSNV"],
  ["Trường THCS Lê Lợi", "UBND huyện Gò Quao", "Tập thể lao động xuất sắc", 30, 29, 25, 3, 0, "HTXSNV"],
];

function list2026(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const common = { agency: ["UBND HUYỆN GÒ QUAO", "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG"] as [string, string], placeDate: "Gò Quao, ngày 10 tháng 12 năm 2026", signers: ["NGƯỜI LẬP BIỂU", "TM. HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG"] as [string, string] };
  sheet(wb, {
    ...common,
    name: "Cá nhân",
    title: ["DANH SÁCH ĐỀ NGHỊ TẶNG DANH HIỆU THI ĐUA VÀ HÌNH THỨC KHEN THƯỞNG NĂM 2026", "(Kèm theo Tờ trình số 45/TTr-HĐTĐKT ngày 10/12/2026)"],
    header: [["STT", 6], ["Họ và tên", 24], ["Ngày sinh", 12], ["Chức vụ", 18], ["Đơn vị", 24], ["Danh hiệu thi đua/Hình thức khen thưởng", 32], ["Xếp loại năm 2026", 18], ["Số sáng kiến", 10], ["Năm 2026", 12], ["Kỷ luật", 24], ["Ghi chú", 18]],
    sections: [{ label: "I. CÁ NHÂN", rows: individuals }],
  });
  sheet(wb, {
    ...common,
    name: "Tập thể",
    title: ["DANH SÁCH ĐỀ NGHỊ CÔNG NHẬN DANH HIỆU TẬP THỂ NĂM 2026"],
    header: [["STT", 6], ["Tên tập thể", 28], ["Đơn vị", 22], ["Danh hiệu thi đua", 28], ["Tổng số cá nhân", 10], ["Số cá nhân hoàn thành nhiệm vụ", 12], ["Số cá nhân đạt LĐTT", 12], ["Số cá nhân đạt CSTĐCS", 12], ["Số cá nhân bị kỷ luật", 12], ["Xếp loại", 14]],
    sections: [{ label: "II. TẬP THỂ", rows: collectives }],
  });
  return wb;
}

const QD_HEADER: [string, number][] = [["STT", 6], ["Họ và tên", 24], ["Ngày sinh", 12], ["Chức vụ", 18], ["Đơn vị", 26]];

/** 2024: a decision whose heading names the title and the year */
function decision2024(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  sheet(wb, {
    name: "Danh sách",
    agency: ["UBND HUYỆN GÒ QUAO", "Số: 1520/QĐ-UBND"],
    placeDate: "Gò Quao, ngày 20 tháng 01 năm 2025",
    title: ["DANH SÁCH CÁ NHÂN ĐƯỢC TẶNG DANH HIỆU CHIẾN SĨ THI ĐUA CƠ SỞ NĂM 2024", "(Kèm theo Quyết định số 1520/QĐ-UBND ngày 20/01/2025 của Chủ tịch UBND huyện)"],
    header: QD_HEADER,
    sections: [
      {
        rows: [
          ["Phạm Minh Tuấn", "02/02/1981", "Trưởng phòng", "Phòng Nội vụ"],
          ["Lý Văn Sơn", "30/04/1983", "Chánh Văn phòng", "Văn phòng HĐND và UBND huyện Gò Quao"],
          ["Trương Minh Khoa", "19/05/1985", "Chuyên viên", "Trường THCS Lê Lợi"],
          ["Đỗ Thị Hoa", "08/08/1982", "Giáo viên", "Trường THCS Lê Lợi"],
        ],
      },
    ],
    signers: ["", "CHỦ TỊCH"],
  });
  return wb;
}

/** 2025: a decision with a title column; its heading has no year, which comes from the file name (qd-2025.xlsx) */
function decision2025(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  sheet(wb, {
    name: "Danh sách",
    agency: ["UBND HUYỆN GÒ QUAO", "Số: 215/QĐ-UBND"],
    placeDate: "Gò Quao, ngày 16 tháng 01 năm 2026",
    title: ["DANH SÁCH CÁ NHÂN ĐƯỢC CÔNG NHẬN DANH HIỆU THI ĐUA", "(Kèm theo Quyết định số 215/QĐ-UBND của Chủ tịch UBND huyện)"],
    header: [...QD_HEADER, ["Danh hiệu thi đua", 26]],
    sections: [
      {
        rows: [
          ["Phạm Minh Tuấn", "02/02/1981", "Trưởng phòng", "Phòng Nội vụ", "Chiến sĩ thi đua cơ sở"],
          ["Võ Thị Lan", "17/07/1986", "Chuyên viên", "Phòng Tư pháp", "Chiến sĩ thi đua cơ sở"],
          ["Lý Văn Sơn", "30/04/1983", "Chánh Văn phòng", "UBND huyện Gò Quao", "CSTĐCS"],
          ["Huỳnh Văn Nam", "09/10/1988", "Chuyên viên", "Phòng Tư pháp", "CSTĐCS"],
          ["Đặng Thu Trang", "14/01/1992", "Chuyên viên", "Phòng Tư pháp", "Lao động tiên tiến"],
          ["Võ Thị Lan", "17/07/1986", "Chuyên viên", "Phòng Tư pháp", "Lao động tiên tiến"],
        ],
      },
    ],
    signers: ["", "CHỦ TỊCH"],
  });
  return wb;
}

/** examples/luat-tdkt-2022.xlsx and examples/lich-su/qd-2024.xlsx, qd-2025.xlsx */
export async function makeYearlyExamples(dir = "examples"): Promise<string[]> {
  const hist = join(dir, "lich-su");
  await mkdir(hist, { recursive: true });
  const out: [ExcelJS.Workbook, string][] = [
    [list2026(), join(dir, "luat-tdkt-2022.xlsx")],
    [decision2024(), join(hist, "qd-2024.xlsx")],
    [decision2025(), join(hist, "qd-2025.xlsx")],
  ];
  for (const [wb, file] of out) {
    wb.creator = "thidua examples";
    wb.created = new Date(Date.UTC(2026, 11, 10));
    wb.modified = wb.created;
    await wb.xlsx.writeFile(file);
  }
  return out.map(([, f]) => f);
}
