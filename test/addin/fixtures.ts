// nomination sheets built in the fake workbook, shaped like the lists clerks send (title block, merged header)
import type { FakeBook, FakeSheet, Fill, Scalar } from "./fake/model.js";
import { NO_FILL } from "./fake/model.js";

export const HEADERS = [
  "STT",
  "Họ và tên / Tên tập thể",
  "Cá nhân/Tập thể",
  "Chức vụ",
  "Đơn vị đề nghị",
  "Hình thức khen thưởng",
  "Loại khen thưởng",
  "Giá trị đóng góp (đồng)",
  "Giá trị vận động (đồng)",
  "Ghi chú",
];

/** the first data row in `nominationSheet` */
export const FIRST_ROW = 7;

export type Row = Scalar[];

export const GOOD_ROWS: Row[] = [
  [1, "Nguyễn Văn An", "Cá nhân", "Bác sĩ", "Sở Y tế", "Bằng khen của Chủ tịch UBND tỉnh", "Đột xuất", null, null, null],
  [2, "Trần Thị Bình", "Cá nhân", "Điều dưỡng", "Sở Y tế", "Bằng khen UBND tỉnh", "Đột xuất", null, null, null],
  [3, "Công ty TNHH Minh Phát", "Tập thể", null, "Ủy ban MTTQ Việt Nam tỉnh", "Bằng khen UBND tỉnh", "Nhà hảo tâm", 80_000_000, null, null],
];

/** rows that break the Kiên Giang 2021 plan, with the cell the finding lands on */
export const BAD_ROWS: { row: Row; cell: string; code: string }[] = [
  { row: [4, "Lê Văn Cường", "Cá nhân", "Cán bộ", "Sở Y tế", "Giấy khen", "Đột xuất", null, null, null], cell: "F", code: "not-allowed" },
  { row: [5, "Phạm Thị Dung", "Cá nhân", null, "Ủy ban MTTQ Việt Nam tỉnh", "BK UBND tỉnh", "Nhà hảo tâm", 50_000_000, null, null], cell: "H", code: "below-threshold" },
  { row: [6, null, "Cá nhân", "Cán bộ", "Sở Y tế", "Bằng khen UBND tỉnh", "Đột xuất", null, null, null], cell: "B", code: "missing-value" },
];

export interface SheetSpec {
  name?: string;
  rows?: Row[];
  /** "A7" -> a fill the user gave that cell */
  fills?: Record<string, Partial<Fill>>;
  notes?: Record<string, string>;
  comments?: Record<string, string>;
  protected?: boolean;
  /** header split over two merged rows (rows 5–6), like many real lists */
  twoRowHeader?: boolean;
}

function col(letter: string): number {
  return letter.charCodeAt(0) - 64;
}

function put(s: FakeSheet, row: number, c: number, v: Scalar): void {
  if (v === null) return;
  s.cell(row, c).value = v;
}

export function nominationSheet(book: FakeBook, spec: SheetSpec = {}): FakeSheet {
  const s = book.addSheet(spec.name ?? "Danh sách");
  put(s, 1, 1, "ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG");
  put(s, 1, 6, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  put(s, 3, 1, "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG");
  s.merges.push({ top: 1, left: 1, bottom: 1, right: 4 }, { top: 1, left: 6, bottom: 1, right: 10 }, { top: 3, left: 1, bottom: 3, right: 10 });
  if (spec.twoRowHeader) {
    // "Giá trị (đồng)" spans H5:I5 above "Đóng góp" / "Vận động"; the other headers span rows 5–6
    HEADERS.forEach((h, i) => {
      if (i === 7 || i === 8) return;
      put(s, 5, i + 1, h);
      s.merges.push({ top: 5, left: i + 1, bottom: 6, right: i + 1 });
    });
    put(s, 5, 8, "Giá trị (đồng)");
    s.merges.push({ top: 5, left: 8, bottom: 5, right: 9 });
    put(s, 6, 8, "Đóng góp");
    put(s, 6, 9, "Vận động");
  } else {
    HEADERS.forEach((h, i) => put(s, 6, i + 1, h));
  }
  const rows = spec.rows ?? [...GOOD_ROWS, ...BAD_ROWS.map((b) => b.row)];
  rows.forEach((r, i) => r.forEach((v, j) => put(s, FIRST_ROW + i, j + 1, v)));
  for (const [cell, fill] of Object.entries(spec.fills ?? {})) {
    s.cell(Number(cell.slice(1)), col(cell[0]!)).fill = { ...NO_FILL, ...fill };
  }
  for (const [cell, text] of Object.entries(spec.notes ?? {})) s.notes.set(cell, text);
  for (const [cell, text] of Object.entries(spec.comments ?? {})) s.comments.push({ id: book.newId("user-comment-"), cell, content: text });
  s.protected = spec.protected ?? false;
  return s;
}

/** every cell's formatting and annotation, to compare a sheet before and after */
export function formatting(s: FakeSheet): unknown {
  const cells = [...s.cells.entries()]
    .filter(([, c]) => c.fill.pattern !== "None" || c.bold || c.fontSize)
    .map(([k, c]) => [k, c.fill, c.bold ?? false, c.fontSize ?? null])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  return { cells, notes: [...s.notes.entries()].sort(), comments: s.comments.map((c) => [c.cell, c.content]).sort() };
}

/** every cell's value, formula and number format: must never change on a user's sheet */
export function contents(s: FakeSheet): unknown {
  return [...s.cells.entries()]
    .filter(([, c]) => c.value !== null || c.formula !== undefined || c.error !== undefined || c.numberFormat !== "General")
    .map(([k, c]) => [k, c.value, c.formula ?? null, c.error ?? null, c.numberFormat])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
}
