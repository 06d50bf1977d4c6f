// the workbook's other sheets, read for the code tables they may hold (DANHMUC, a hidden HTKT used by VLOOKUP),
// so the add-in reads a list's codes through them as the command does with the whole file. Only the top-left
// window the engine scans for tables (sheet/lookup.ts: 5,000 rows × 40 columns) is read, values only, in
// requests under the payload cap; nothing is written there.
import type { SheetInput } from "../../engine/index.js";
import { isPayloadError } from "../shared/errors.js";
import { convertBlock } from "./convert.js";
import { LEDGER_SHEET } from "./ledger.js";
import { CHUNK_CELLS } from "./read.js";
import { SUMMARY_NAMES } from "./summaryData.js";

/** the window lookup.ts scans: its SCAN_ROWS / SCAN_COLS and the first row and column */
export const LOOKUP_ROWS = 5001;
export const LOOKUP_COLS = 41;
/** a workbook of more sheets than this is read for tables in its first ones only */
export const LOOKUP_MAX_SHEETS = 30;

export interface SizedSheet {
  name: string;
  used: Excel.Range;
}

/** the sheets never read for tables: the add-in's own (its marks ledger, its summary) and the checked one */
export function notLookups(sheet: string): Set<string> {
  return new Set([sheet, LEDGER_SHEET, ...Object.values(SUMMARY_NAMES)]);
}

/** the other sheets' windows on their own (the layout editor, the campaign editor's try-out): three requests */
export async function readOtherSheets(context: Excel.RequestContext, sheet: string): Promise<SheetInput[]> {
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const sized = queueLookupSizes(sheets.items, notLookups(sheet));
  if (sized.length === 0) return [];
  await context.sync();
  return readLookupSheets(context, sized);
}

/**
 * queues the used range's size of each other sheet, hidden and very hidden ones too (code tables often are):
 * visibility is what the user sees (Excel.SheetVisibility: "Hidden" the user can unhide, "VeryHidden" only code
 * can), not what the API may read — worksheets.getItem(name) and its ranges work on any of them
 */
export function queueLookupSizes(sheets: readonly Excel.Worksheet[], skip: ReadonlySet<string>): SizedSheet[] {
  const out: SizedSheet[] = [];
  for (const ws of sheets) {
    if (skip.has(ws.name) || out.length >= LOOKUP_MAX_SHEETS) continue;
    const used = ws.getUsedRange(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    out.push({ name: ws.name, used });
  }
  return out;
}

interface Window {
  name: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** the windows' values, several sheets a request; a request Excel refuses as too large is sent again sheet by sheet */
export async function readLookupSheets(context: Excel.RequestContext, sized: readonly SizedSheet[]): Promise<SheetInput[]> {
  const windows: Window[] = sized
    .map((s) => ({ name: s.name, row: s.used.rowIndex, col: s.used.columnIndex, rows: Math.min(s.used.rowCount, LOOKUP_ROWS), cols: Math.min(s.used.columnCount, LOOKUP_COLS) }))
    // a blank sheet's used range is its top left cell (Worksheet.getUsedRange; Graph's worksheet usedRange: "If the
    // worksheet is blank, this function returns the top left cell"): so few cells hold no table
    .filter((w) => w.rows * w.cols >= 4);
  const batches: Window[][] = [];
  let cells = 0;
  for (const w of windows) {
    const n = w.rows * w.cols;
    if (batches.length === 0 || cells + n > CHUNK_CELLS) {
      batches.push([]);
      cells = 0;
    }
    (batches[batches.length - 1] as Window[]).push(w);
    cells += n;
  }
  const out: SheetInput[] = [];
  const load = async (batch: readonly Window[]): Promise<void> => {
    const ranges = batch.map((w) => {
      const r = context.workbook.worksheets.getItem(w.name).getRangeByIndexes(w.row, w.col, w.rows, w.cols);
      r.load("values");
      return { w, r };
    });
    try {
      await context.sync();
    } catch (e) {
      if (!isPayloadError(e)) throw e;
      // too large together: one by one; one sheet too large alone is left out (its tables are not read)
      if (batch.length > 1) for (const w of batch) await load([w]);
      return;
    }
    for (const { w, r } of ranges) out.push({ name: w.name, rows: convertBlock(r.values, w.row + 1, w.col + 1, new Set()), rowOffset: w.row + 1, colOffset: w.col + 1 });
  };
  for (const b of batches) await load(b);
  return out;
}
