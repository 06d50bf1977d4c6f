// the summary sheet as rows of cells: header block, quota table, counts, then every finding with a link
import { quoteSheet, type Report, type Severity } from "../../engine/index.js";

export type Translate = (key: string, data?: Record<string, string | number>) => string;

export type CellStyle = "title" | "label" | "header" | "link" | "wrap" | Severity;

export interface SummaryCell {
  /** text is always written as text (an inline string), never read as a formula */
  v: string | number | null;
  style?: CellStyle;
  /** internal link target, e.g. 'Danh sách'!H112 */
  link?: string;
}

export interface SummaryInput {
  report: Report;
  /** the file this copy is made from (its label in the report); links go only to its own cells */
  file: string | undefined;
  files: string[];
  checkedAt: Date;
  t: Translate;
  /** sheet names of this workbook, to check a link's target exists */
  sheetNames: Set<string>;
  /** a unit group's label in the summary's language (the report holds its id) */
  groupLabel?: (id: string) => string;
}

/** Excel allows about 65,000 hyperlinks on a sheet */
export const MAX_LINKS = 65_000;
const MAX_TEXT = 32_767;


function stamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

const text = (v: string | number | null | undefined, style?: CellStyle): SummaryCell => {
  const s = v === undefined ? null : typeof v === "string" && v.length > MAX_TEXT ? v.slice(0, MAX_TEXT) : v;
  return style ? { v: s, style } : { v: s };
};

export function summaryRows(input: SummaryInput): SummaryCell[][] {
  const { report, t } = input;
  const rows: SummaryCell[][] = [];
  const heading = (key: string) => rows.push([], [text(t(key), "title")]);
  const header = (keys: string[]) => rows.push(keys.map((k) => text(t(k), "header")));

  rows.push([text(t("summary.title"), "title")]);
  rows.push([text(t("summary.campaign"), "label"), text(`${report.campaign.name} (${report.campaign.id})`)]);
  rows.push([text(t("summary.files"), "label"), text(input.files.join(", "))]);
  rows.push([text(t("summary.checkedAt"), "label"), text(stamp(input.checkedAt))]);
  rows.push([text(t("summary.rows"), "label"), text(report.totals.rows)]);
  rows.push([text(t("summary.errors"), "label"), text(report.totals.errors, report.totals.errors ? "error" : undefined)]);
  rows.push([text(t("summary.warnings"), "label"), text(report.totals.warnings, report.totals.warnings ? "warning" : undefined)]);
  rows.push([text(t("summary.infos"), "label"), text(report.totals.infos)]);
  if (report.partial) rows.push([text(t("summary.partial"), "warning")]);

  heading("summary.sheetsTitle");
  header(["summary.col.file", "summary.col.sheet", "summary.col.headerRow", "summary.col.firstRow", "summary.col.lastRow", "summary.col.rows"]);
  for (const s of report.sheets) rows.push([text(s.file ?? ""), text(s.name), text(s.headerRow), text(s.firstRow), text(s.lastRow), text(s.rows)]);
  for (const p of report.problems) rows.push([text(p.file ?? ""), text(p.sheet), text(p.message, "warning")]);

  heading("summary.unitsTitle");
  header(["summary.col.unit", "summary.col.group", "summary.col.counted", "summary.col.exempt", "summary.col.min", "summary.col.max", "summary.col.status"]);
  for (const u of report.units) {
    const st = u.status === "over" ? "error" : u.status === "under" ? "warning" : undefined;
    const group = u.group === null ? "" : (input.groupLabel?.(u.group) ?? u.group);
    rows.push([text(u.unit), text(group), text(u.counted), text(u.exempt), text(u.min), text(u.max), text(t(`summary.status.${u.status}`), st)]);
  }
  if (!report.units.length) rows.push([text(t("summary.none"))]);

  heading("summary.codesTitle");
  header(["summary.col.kind", "summary.col.code", "summary.col.count"]);
  const codes = Object.entries(report.codes).filter(([, n]) => n);
  for (const [code, n] of codes) rows.push([text(t(`summary.codeNames.${code}`)), text(code), text(n ?? 0)]);
  if (!codes.length) rows.push([text(t("summary.none"))]);

  heading("summary.formsTitle");
  header(["summary.col.form", "summary.col.count"]);
  for (const f of report.awardForms) rows.push([text(f.label), text(f.count)]);
  if (!report.awardForms.length) rows.push([text(t("summary.none"))]);

  heading("summary.findingsTitle");
  header(["summary.col.severity", "summary.col.code", "summary.col.file", "summary.col.sheet", "summary.col.cell", "summary.col.unit", "summary.col.message"]);
  let links = 0;
  for (const f of report.findings) {
    const where = f.cell ?? (f.row !== undefined ? `${t("summary.row")} ${f.row}` : "");
    const target = f.cell ?? (f.row !== undefined ? `A${f.row}` : undefined);
    const own = f.file === input.file && input.sheetNames.has(f.sheet);
    const cell: SummaryCell = text(where, own && target ? "link" : undefined);
    if (own && target && links < MAX_LINKS) {
      cell.link = `${quoteSheet(f.sheet)}!${target}`;
      links++;
    } else delete cell.style;
    rows.push([text(t(`summary.severity.${f.severity}`), f.severity), text(f.code), text(f.file ?? ""), text(f.sheet), cell, text(f.unit ?? ""), text(f.message, "wrap")]);
  }
  if (!report.findings.length) rows.push([text(t("summary.noFindings"))]);
  return rows;
}

/** column widths in characters for the summary sheet */
export const SUMMARY_WIDTHS = [28, 24, 16, 26, 12, 30, 90];

