// a large nomination list for the benchmark: the same rows in memory (for the engine) and as .xlsx
import ExcelJS from "exceljs";
import type { CellValue, SheetInput } from "../src/engine/index.js";

export const HEADER = [
  "STT",
  "Họ và tên / Tên tập thể",
  "Cá nhân/Tập thể",
  "Chức vụ",
  "Đơn vị đề nghị",
  "Hình thức khen thưởng",
  "Loại khen thưởng",
  "Giá trị đóng góp (đồng)",
  "Giá trị vận động (đồng)",
  "Ngày lập thành tích",
  "Tóm tắt thành tích",
  "Ghi chú",
];
const TITLE_ROWS = 5; // title block, then the header on row 6, data from row 7

const units = ["Sở Y tế", "Công an tỉnh", "Sở Tài chính", "Sở Giáo dục và Đào tạo", "UBND huyện Gò Quao", "UBND thành phố Rạch Giá", "UBND huyện An Biên", "Ủy ban MTTQ Việt Nam tỉnh"];
const family = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Phan", "Bùi", "Đặng", "Đỗ"];
const given = ["An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hòa", "Lan", "Linh", "Nam", "Phúc", "Tâm"];

/** one data row; about 3% of rows break a rule (below threshold, unreadable money, wrong award form, no name) */
function dataRow(i: number): CellValue[] {
  const donor = i % 4 === 0;
  const unit = donor ? "Ủy ban MTTQ Việt Nam tỉnh" : units[i % 7]!;
  let money: CellValue = donor ? 80_000_000 + (i % 1000) * 1000 : null;
  if (donor && i % 100 === 0) money = 74_999_999;
  if (donor && i % 300 === 4) money = "75.000.000 đ";
  if (donor && i % 500 === 8) money = "khoảng bảy chục";
  const name = i % 997 === 0 ? null : `${family[i % 10]} Văn ${given[i % 12]} ${i}`;
  const form = i % 211 === 0 ? "Giấy khen" : i % 3 === 0 ? "BK UBND tỉnh" : "Bằng khen của Chủ tịch UBND tỉnh";
  return [
    i,
    name,
    i % 5 === 0 ? "Tập thể" : "Cá nhân",
    "Chuyên viên",
    unit,
    form,
    donor ? "Nhà hảo tâm" : i % 9 === 0 ? "Đột xuất" : "Thành tích xuất sắc",
    money,
    null,
    44470 + (i % 60),
    "Có thành tích xuất sắc trong công tác phòng, chống dịch COVID-19",
    null,
  ];
}

export function benchSheet(n: number): SheetInput {
  const rows: CellValue[][] = [["UBND TỈNH KIÊN GIANG"], ["SỞ NỘI VỤ"], [], ["DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG"], [], HEADER];
  for (let i = 1; i <= n; i++) rows.push(dataRow(i));
  return { file: "bench.xlsx", name: "Danh sách", rows, merges: [{ top: 1, left: 1, bottom: 1, right: 4 }, { top: 4, left: 1, bottom: 4, right: 12 }] };
}

/** writes the same list with exceljs's streaming writer (dates as real dates) */
export async function writeBenchWorkbook(file: string, n: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  const ws = wb.addWorksheet("Danh sách");
  const sheet = benchSheet(n);
  ws.mergeCells("A1:D1");
  ws.mergeCells("A4:L4");
  sheet.rows.forEach((r, i) => {
    const row = ws.getRow(i + 1);
    r.forEach((v, j) => {
      if (v === null) return;
      const cell = row.getCell(j + 1);
      if (i > TITLE_ROWS && j === 9 && typeof v === "number") {
        cell.value = new Date(Date.UTC(1899, 11, 30) + v * 86_400_000);
        cell.numFmt = "dd/mm/yyyy";
      } else cell.value = v as ExcelJS.CellValue;
    });
    row.commit();
  });
  ws.commit();
  await wb.commit();
}
