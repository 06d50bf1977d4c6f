// writes or replaces the summary sheet from the engine's summary table: one 2D values write, then a handful
// of format calls per style token, borders, print layout (ExcelApi 1.9), data bars (1.6) and links
import type { Campaign, Lang, Report } from "../../engine/index.js";
import { PALETTE } from "../../engine/report/style.js";
import { chunkAddresses, columnLetter, quoteSheet } from "../shared/address.js";
import { loadEngine } from "../shared/engine.js";
import { AddinError, errorCode } from "../shared/errors.js";
import { SUMMARY_NAMES, summaryPlan } from "./summaryData.js";

export interface SummaryResult {
  name: string;
  formatOps: number;
  links: number;
}

const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"] as const;

export async function writeSummary(context: Excel.RequestContext, report: Report, lang: Lang, campaign?: Campaign, now = new Date()): Promise<SummaryResult> {
  const engine = await loadEngine();
  const sheetNames = new Set([...report.sheets.map((s) => s.name), ...report.findings.map((f) => f.sheet)]);
  const table = engine.buildSummarySheet(report, campaign, { lang, files: [], checkedAt: now, sheetNames });
  const data = summaryPlan(table);
  const previous = Object.values(SUMMARY_NAMES).map((n) => {
    const s = context.workbook.worksheets.getItemOrNullObject(n);
    s.load("name");
    return s;
  });
  await context.sync();

  context.workbook.application.suspendScreenUpdatingUntilNextSync();
  const old = previous.filter((s) => !s.isNullObject);
  old.forEach((s, i) => (s.name = `~thidua-old-${now.getTime()}-${i}`)); // free the name first
  const ws = context.workbook.worksheets.add(data.name);
  const all = ws.getRangeByIndexes(0, 0, data.values.length, data.values[0]?.length ?? 1);
  all.numberFormat = data.formats;
  all.values = data.values;
  all.format.verticalAlignment = "Top";
  let formatOps = 2;

  for (const [token, addresses] of data.styled) {
    const look = data.looks[token] as (typeof data.looks)[typeof token] & { bold?: boolean; size?: number; italic?: boolean; underline?: boolean; color?: string; fill?: string; wrap?: boolean };
    for (const chunk of chunkAddresses(addresses)) {
      const f = ws.getRanges(chunk).format;
      if (look.bold) f.font.bold = true;
      if (look.size) f.font.size = look.size;
      if (look.italic) f.font.italic = true;
      if (look.underline) f.font.underline = "Single";
      if (look.color) f.font.color = look.color;
      if (look.fill) f.fill.color = look.fill;
      if (look.wrap) f.wrapText = true;
      f.horizontalAlignment = look.align === "right" ? "Right" : look.align === "center" ? "Center" : "Left";
      formatOps++;
    }
  }
  for (const address of data.tables) {
    const borders = ws.getRange(address).format.borders;
    for (const e of EDGES) {
      const b = borders.getItem(e);
      b.style = "Continuous";
      b.color = PALETTE.border;
    }
    formatOps++;
  }
  data.widths.forEach((w, i) => {
    ws.getRange(`${columnLetter(i + 1)}:${columnLetter(i + 1)}`).format.columnWidth = w;
    formatOps++;
  });
  for (const [h, rows] of data.heights) {
    for (const chunk of chunkAddresses(rows)) {
      ws.getRanges(chunk).format.rowHeight = h;
      formatOps++;
    }
  }
  for (const address of data.dataBars) {
    const cf = ws.getRange(address).conditionalFormats.add("DataBar");
    cf.dataBar.lowerBoundRule = { type: "Number", formula: "0" };
    cf.dataBar.upperBoundRule = { type: "Number", formula: "1" };
    cf.dataBar.positiveFormat.fillColor = PALETTE.bar;
    formatOps++;
  }
  if (data.freezeRows > 0) ws.freezePanes.freezeRows(data.freezeRows);
  if (data.filter) ws.autoFilter.apply(ws.getRange(data.filter));
  const page = ws.pageLayout;
  page.orientation = "Landscape";
  page.paperSize = "A4";
  page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (data.printTitleRows) page.setPrintTitleRows(data.printTitleRows);
  for (const l of data.links) {
    ws.getCell(l.row, l.col).hyperlink = {
      documentReference: `${quoteSheet(l.sheet)}!${l.cell}`,
      textToDisplay: l.text,
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
