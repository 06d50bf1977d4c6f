// writes or replaces the summary sheet: one 2D values write, then a handful of format calls, then links
import type { Lang, Report, Severity } from "../../engine/index.js";
import { chunkAddresses, columnLetter, quoteSheet } from "../shared/address.js";
import { AddinError, errorCode } from "../shared/errors.js";
import { MARK_FILL } from "./plan.js";
import { buildSummary, numberFormats, SUMMARY_NAMES, SUMMARY_WIDTH } from "./summaryData.js";

const WIDTHS = [150, 110, 90, 70, 160, 420]; // points
const HEADER_FILL = "#D9E1F2";

function rowAddresses(rows: readonly number[], width = SUMMARY_WIDTH): string[] {
  return rows.map((r) => `A${r + 1}:${columnLetter(width)}${r + 1}`);
}

export interface SummaryResult {
  name: string;
  formatOps: number;
  links: number;
}

export async function writeSummary(context: Excel.RequestContext, report: Report, lang: Lang, now = new Date()): Promise<SummaryResult> {
  const data = buildSummary(report, lang, now);
  const previous = [SUMMARY_NAMES.vi, SUMMARY_NAMES.en].map((n) => {
    const s = context.workbook.worksheets.getItemOrNullObject(n);
    s.load("name");
    return s;
  });
  await context.sync();

  context.workbook.application.suspendScreenUpdatingUntilNextSync();
  const old = previous.filter((s) => !s.isNullObject);
  old.forEach((s, i) => (s.name = `~thidua-old-${now.getTime()}-${i}`)); // free the name first
  const ws = context.workbook.worksheets.add(data.name);
  const range = ws.getRangeByIndexes(0, 0, data.rows.length, SUMMARY_WIDTH);
  range.numberFormat = numberFormats(data.rows);
  range.values = data.rows;
  let formatOps = 1;

  const title = ws.getRange("A1").format.font;
  title.bold = true;
  title.size = 14;
  formatOps += 2;
  for (const chunk of chunkAddresses(rowAddresses(data.sectionRows))) {
    ws.getRanges(chunk).format.font.bold = true;
    formatOps++;
  }
  for (const chunk of chunkAddresses(rowAddresses(data.headerRows))) {
    const areas = ws.getRanges(chunk).format;
    areas.font.bold = true;
    areas.fill.color = HEADER_FILL;
    formatOps += 2;
  }
  const bySeverity = new Map<Severity, number[]>();
  for (const { row, severity } of data.severityRows) {
    const list = bySeverity.get(severity);
    if (list) list.push(row);
    else bySeverity.set(severity, [row]);
  }
  for (const [severity, rows] of bySeverity) {
    for (const chunk of chunkAddresses(rows.map((r) => `A${r + 1}`))) {
      ws.getRanges(chunk).format.fill.color = MARK_FILL[severity];
      formatOps++;
    }
  }
  WIDTHS.forEach((w, i) => {
    ws.getRange(`${columnLetter(i + 1)}:${columnLetter(i + 1)}`).format.columnWidth = w;
    formatOps++;
  });
  for (const l of data.links) {
    ws.getCell(l.row, l.col).hyperlink = {
      documentReference: `${quoteSheet(l.sheet)}!${l.cell}`,
      textToDisplay: l.cell,
      screenTip: `${l.sheet}!${l.cell}`,
    };
  }
  ws.activate();
  old.forEach((s) => s.delete());
  try {
    await context.sync();
  } catch (e) {
    const code = errorCode(e);
    if (code === "AccessDenied" || code === "InvalidOperation" || /protect/i.test(String(e))) {
      throw new AddinError("workbook-protected", code);
    }
    throw e;
  }
  return { name: data.name, formatOps, links: data.links.length };
}
