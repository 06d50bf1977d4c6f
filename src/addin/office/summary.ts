// writes or replaces the summary sheet from the engine's summary table: values in row slices, a handful of
// format calls per style token, borders, print layout (ExcelApi 1.9), data bars (1.6) and links — in as
// many requests as Excel on the web's 5 MB request limit needs, on a sheet of a temporary name that takes
// the summary's name (replacing the old one) only in the last request, so a refused request leaves the
// previous summary as it was
import type { Campaign, Lang, Report } from "../../engine/index.js";
import { PALETTE } from "../../engine/report/style.js";
import { chunkAddresses, columnLetter, quoteSheet } from "../shared/address.js";
import { loadEngine } from "../shared/engine.js";
import { AddinError, errorCode } from "../shared/errors.js";
import { Batcher, type BatchOp, MAX_OP_BYTES, rowSlices } from "./batch.js";
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

  const old = previous.filter((s) => !s.isNullObject);
  const temp = `~thidua-new-${now.getTime()}`;
  let sheet: Excel.Worksheet | null = null;
  const ws = () => sheet!;
  const ops: BatchOp[] = [{ bytes: 100, queue: () => void (sheet = context.workbook.worksheets.add(temp)) }];
  const width = data.values[0]?.length ?? 1;
  for (const [start, end] of rowSlices(data.values, MAX_OP_BYTES / 2, 4)) {
    const rows = data.values.slice(start, end);
    const formats = data.formats.slice(start, end);
    ops.push({
      bytes: JSON.stringify(rows).length + JSON.stringify(formats).length,
      queue: () => {
        const range = ws().getRangeByIndexes(start, 0, rows.length, width);
        range.numberFormat = formats;
        range.values = rows;
        range.format.verticalAlignment = "Top";
      },
    });
  }
  let formatOps = 2;
  const fmt = (bytes: number, apply: () => void) => {
    formatOps++;
    ops.push({ bytes: bytes + 200, queue: apply });
  };
  for (const [token, addresses] of data.styled) {
    const look = data.looks[token] as (typeof data.looks)[typeof token] & { bold?: boolean; size?: number; italic?: boolean; underline?: boolean; color?: string; fill?: string; wrap?: boolean };
    for (const chunk of chunkAddresses(addresses)) {
      fmt(chunk.length, () => {
        const f = ws().getRanges(chunk).format;
        if (look.bold) f.font.bold = true;
        if (look.size) f.font.size = look.size;
        if (look.italic) f.font.italic = true;
        if (look.underline) f.font.underline = "Single";
        if (look.color) f.font.color = look.color;
        if (look.fill) f.fill.color = look.fill;
        if (look.wrap) f.wrapText = true;
        f.horizontalAlignment = look.align === "right" ? "Right" : look.align === "center" ? "Center" : "Left";
      });
    }
  }
  for (const address of data.tables) {
    fmt(address.length, () => {
      const borders = ws().getRange(address).format.borders;
      for (const e of EDGES) {
        const b = borders.getItem(e);
        b.style = "Continuous";
        b.color = PALETTE.border;
      }
    });
  }
  data.widths.forEach((w, i) => fmt(0, () => void (ws().getRange(`${columnLetter(i + 1)}:${columnLetter(i + 1)}`).format.columnWidth = w)));
  for (const [h, rows] of data.heights) {
    for (const chunk of chunkAddresses(rows)) fmt(chunk.length, () => void (ws().getRanges(chunk).format.rowHeight = h));
  }
  for (const address of data.dataBars) {
    fmt(address.length, () => {
      const cf = ws().getRange(address).conditionalFormats.add("DataBar");
      cf.dataBar.lowerBoundRule = { type: "Number", formula: "0" };
      cf.dataBar.upperBoundRule = { type: "Number", formula: "1" };
      cf.dataBar.positiveFormat.fillColor = PALETTE.bar;
    });
  }
  formatOps--; // the page setup below is not counted, as before
  fmt(0, () => {
    if (data.freezeRows > 0) ws().freezePanes.freezeRows(data.freezeRows);
    if (data.filter) ws().autoFilter.apply(ws().getRange(data.filter));
    const page = ws().pageLayout;
    page.orientation = "Landscape";
    page.paperSize = "A4";
    page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    if (data.printTitleRows) page.setPrintTitleRows(data.printTitleRows);
  });
  for (const l of data.links) {
    const link = { documentReference: `${quoteSheet(l.sheet)}!${l.cell}`, textToDisplay: l.text, screenTip: `${l.sheet}!${l.cell}` };
    ops.push({ bytes: JSON.stringify(link).length + 100, queue: () => void (ws().getCell(l.row, l.col).hyperlink = link) });
  }
  ops.push({
    bytes: 200,
    queue: () => {
      context.workbook.application.suspendScreenUpdatingUntilNextSync();
      old.forEach((s, i) => (s.name = `~thidua-old-${now.getTime()}-${i}`)); // free the name first
      ws().name = data.name;
      ws().activate();
      old.forEach((s) => s.delete());
    },
  });
  const batch = new Batcher(context);
  try {
    await batch.addAll(ops);
    await batch.flush();
  } catch (e) {
    if (sheet && batch.syncs > 1) await dropTemp(context, temp);
    const code = errorCode(e);
    if (code === "AccessDenied" || /protect/i.test(String(e))) throw new AddinError("workbook-protected", code);
    throw e;
  }
  return { name: data.name, formatOps, links: data.links.length };
}

/** a summary left half-written by a refused request goes, so the next run starts clean */
async function dropTemp(context: Excel.RequestContext, name: string): Promise<void> {
  try {
    context.workbook.worksheets.getItemOrNullObject(name).delete();
    await context.sync();
  } catch {
    // nothing more to do: the sheet keeps its temporary name and the next summary is written beside it
  }
}
