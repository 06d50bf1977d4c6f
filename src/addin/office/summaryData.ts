// the summary sheet as data: one rectangle of cells, the rows to format and the cells to link
import type { Finding, Lang, Report, Severity } from "../../engine/index.js";

export const SUMMARY_NAMES: Readonly<Record<Lang, string>> = { vi: "Tổng hợp kiểm tra", en: "Check summary" };
export const SUMMARY_WIDTH = 6;

const L = {
  vi: {
    title: "TỔNG HỢP KIỂM TRA DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG",
    campaign: "Kế hoạch",
    checkedAt: "Thời điểm kiểm tra",
    rows: "Số dòng",
    errors: "Lỗi",
    warnings: "Cảnh báo",
    partial: "Danh sách lỗi bị cắt bớt (quá nhiều lỗi).",
    units: "THEO ĐƠN VỊ",
    unitHead: ["Đơn vị", "Khối", "Số đề nghị", "Tối thiểu", "Tối đa", "Tình trạng"],
    codes: "THEO LOẠI LỖI",
    codeHead: ["Mã", "Số lượng"],
    details: "CHI TIẾT",
    detailHead: ["Mức độ", "Mã", "Trang tính", "Ô", "Đơn vị", "Nội dung"],
    severity: { error: "Lỗi", warning: "Cảnh báo", info: "Thông tin" },
    status: { ok: "Đạt", over: "Vượt chỉ tiêu", under: "Dưới tối thiểu", exempt: "Không tính chỉ tiêu", "no-quota": "Không có chỉ tiêu" },
    none: "Không có lỗi nào.",
  },
  en: {
    title: "NOMINATION LIST CHECK SUMMARY",
    campaign: "Plan",
    checkedAt: "Checked at",
    rows: "Rows",
    errors: "Errors",
    warnings: "Warnings",
    partial: "The list of findings was cut short (too many findings).",
    units: "BY UNIT",
    unitHead: ["Unit", "Group", "Nominated", "Minimum", "Maximum", "Status"],
    codes: "BY CODE",
    codeHead: ["Code", "Count"],
    details: "DETAILS",
    detailHead: ["Severity", "Code", "Sheet", "Cell", "Unit", "Message"],
    severity: { error: "Error", warning: "Warning", info: "Info" },
    status: { ok: "Within quota", over: "Over quota", under: "Below minimum", exempt: "Exempt", "no-quota": "No quota" },
    none: "No findings.",
  },
} as const;

export type SummaryCell = string | number;

export interface SummaryLink {
  row: number; // 0-based within the matrix
  col: number;
  sheet: string;
  cell: string;
}

export interface SummaryData {
  name: string;
  rows: SummaryCell[][];
  titleRow: number;
  sectionRows: number[];
  headerRows: number[];
  /** 0-based row of each finding with its severity, for the severity fill */
  severityRows: { row: number; severity: Severity }[];
  links: SummaryLink[];
}

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

function pad(cells: SummaryCell[]): SummaryCell[] {
  const out = cells.slice(0, SUMMARY_WIDTH);
  while (out.length < SUMMARY_WIDTH) out.push("");
  return out;
}

function stamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

function byPlace(a: Finding, b: Finding): number {
  return RANK[a.severity] - RANK[b.severity] || a.sheet.localeCompare(b.sheet) || (a.row ?? 0) - (b.row ?? 0) || a.code.localeCompare(b.code);
}

export function buildSummary(report: Report, lang: Lang, now: Date): SummaryData {
  const t = L[lang];
  const rows: SummaryCell[][] = [];
  const sectionRows: number[] = [];
  const headerRows: number[] = [];
  const severityRows: SummaryData["severityRows"] = [];
  const links: SummaryLink[] = [];
  const add = (cells: SummaryCell[]) => rows.push(pad(cells)) - 1;

  const titleRow = add([t.title]);
  add([t.campaign, report.campaign.name]);
  add([t.checkedAt, stamp(now)]);
  add([t.rows, report.totals.rows, t.errors, report.totals.errors, t.warnings, report.totals.warnings]);
  if (report.partial) add([t.partial]);
  add([]);

  sectionRows.push(add([t.units]));
  headerRows.push(add([...t.unitHead]));
  for (const u of report.units) add([u.unit, u.group ?? "", u.counted, u.min ?? "", u.max ?? "", t.status[u.status]]);
  add([]);

  sectionRows.push(add([t.codes]));
  headerRows.push(add([...t.codeHead]));
  for (const [code, n] of Object.entries(report.codes)) add([code, n ?? 0]);
  add([]);

  sectionRows.push(add([t.details]));
  headerRows.push(add([...t.detailHead]));
  const findings = [...report.findings].sort(byPlace);
  if (findings.length === 0) add([t.none]);
  for (const f of findings) {
    const target = f.cell ?? (f.column && f.row ? `${f.column}${f.row}` : f.row ? `A${f.row}` : "");
    const r = add([t.severity[f.severity], f.code, f.sheet, target, f.unit ?? "", f.message]);
    severityRows.push({ row: r, severity: f.severity });
    if (target) links.push({ row: r, col: 3, sheet: f.sheet, cell: target });
  }
  return { name: SUMMARY_NAMES[lang], rows, titleRow, sectionRows, headerRows, severityRows, links };
}

/** text cells get the text number format so that "=…", "+…", "-…", "@…" stay text; numbers stay numbers */
export function numberFormats(rows: readonly SummaryCell[][]): string[][] {
  return rows.map((r) => r.map((v) => (typeof v === "number" ? "General" : "@")));
}
