// reads a worksheet's used range in row chunks that stay under Excel on the web's 5 MB payload
import type { CellValue, SheetInput } from "../../engine/index.js";
import { areasOf, convertBlock, errorCellKeys } from "./convert.js";
import { AddinError, isPayloadError } from "../shared/errors.js";

export const FIRST_CHUNK_ROWS = 10_000;
export const CHUNK_CELLS = 240_000;
export const MIN_CHUNK_ROWS = 5_000;
export const MAX_CHUNK_ROWS = 20_000;
const MIN_RETRY_ROWS = 250;
/**
 * merged areas are asked for over the top of the sheet only, where the engine looks for the header
 * (it scans 40 rows, a header may span two): getMergedAreasOrNullObject "will fail to return the result"
 * past 512 merged areas in the range (Excel.Range reference), and lists merge every row's cells
 */
export const HEADER_MERGE_ROWS = 42;

export function chunkRows(columns: number): number {
  const rows = Math.floor(CHUNK_CELLS / Math.max(1, columns));
  return Math.min(MAX_CHUNK_ROWS, Math.max(MIN_CHUNK_ROWS, rows));
}

export interface SheetRead {
  input: SheetInput;
  sheetId: string;
  protected: boolean;
  /** 0-based like Office.js */
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
  /** requests made after the first one (loads queued by afterFirstSync rode along if > 0) */
  laterSyncs: number;
}

export interface ReadOptions {
  /** read no further than this many rows from the top of the sheet (header preview) */
  maxRows?: number;
  /** the host has Range.getMergedAreasOrNullObject (ExcelApi 1.13) */
  merges?: boolean;
  /** a header row set by the user (1-based): its merges are asked for too, wherever it is */
  headerRow?: number;
  /** queues the caller's own loads into the first request (it is re-run if that request is retried) */
  alsoInFirstSync?: () => void;
  /** called once the first request is back; its loads ride with the next chunk request */
  afterFirstSync?: () => void;
  onProgress?: (doneRows: number, totalRows: number) => void;
  /** asked before each further chunk: true stops the read with AddinError "cancelled" */
  stopped?: () => boolean;
}

interface FirstBatch {
  ws: Excel.Worksheet;
  used: Excel.Range;
  first: Excel.Range;
  merges: Excel.RangeAreas[];
  formulaErrors: Excel.RangeAreas;
  constantErrors: Excel.RangeAreas;
}

function queueFirst(context: Excel.RequestContext, sheet: string, rows: number, opts: ReadOptions): FirstBatch {
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.load("id,name");
  ws.protection.load("protected");
  const used = ws.getUsedRange(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  const first = used.getIntersectionOrNullObject(`1:${rows}`);
  first.load("values,rowIndex,rowCount");
  const merges: Excel.RangeAreas[] = [];
  if (opts.merges !== false) {
    merges.push(used.getRow(0).getResizedRange(HEADER_MERGE_ROWS - 1, 0).getMergedAreasOrNullObject());
    if (opts.headerRow && opts.headerRow > HEADER_MERGE_ROWS) merges.push(used.getIntersectionOrNullObject(`${opts.headerRow}:${opts.headerRow + 1}`).getMergedAreasOrNullObject());
    for (const m of merges) m.load("address");
  }
  const formulaErrors = used.getSpecialCellsOrNullObject("Formulas", "Errors");
  formulaErrors.load("address");
  const constantErrors = used.getSpecialCellsOrNullObject("Constants", "Errors");
  constantErrors.load("address");
  opts.alsoInFirstSync?.();
  return { ws, used, first, merges, formulaErrors, constantErrors };
}

export async function readSheet(context: Excel.RequestContext, sheet: string, opts: ReadOptions = {}): Promise<SheetRead> {
  let firstRows = Math.min(opts.maxRows ?? FIRST_CHUNK_ROWS, FIRST_CHUNK_ROWS);
  let withMerges = opts.merges !== false;
  let b: FirstBatch;
  for (;;) {
    b = queueFirst(context, sheet, firstRows, { ...opts, merges: withMerges });
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- retried only when Excel refuses the payload or the merges
      await context.sync();
      break;
    } catch (e) {
      if (isPayloadError(e) && firstRows > MIN_RETRY_ROWS) firstRows = Math.floor(firstRows / 2);
      // the merges could not be had (more than 512 in the header rows): the header is found from its cells alone
      else if (withMerges && !isPayloadError(e)) withMerges = false;
      else throw e;
    }
  }
  const { ws, used, first } = b;
  const rowIndex = used.rowIndex;
  const columnIndex = used.columnIndex;
  const columnCount = used.columnCount;
  const lastRow = opts.maxRows ? Math.min(rowIndex + used.rowCount, opts.maxRows) : rowIndex + used.rowCount; // exclusive, 0-based
  const total = Math.max(0, lastRow - rowIndex);
  const errorAreas = [
    ...(b.formulaErrors.isNullObject ? [] : areasOf(b.formulaErrors.address)),
    ...(b.constantErrors.isNullObject ? [] : areasOf(b.constantErrors.address)),
  ];
  const errors = errorCellKeys(errorAreas);
  const rows: CellValue[][] = [];
  let next = rowIndex;
  if (!first.isNullObject) {
    const take = Math.min(first.rowCount, total);
    rows.push(...convertBlock(first.values.slice(0, take), rowIndex + 1, columnIndex + 1, errors));
    next = rowIndex + take;
  }
  opts.afterFirstSync?.();
  opts.onProgress?.(next - rowIndex, total);
  let laterSyncs = 0;
  let size = chunkRows(columnCount);
  while (next < lastRow) {
    if (opts.stopped?.()) throw new AddinError("cancelled");
    const count = Math.min(size, lastRow - next);
    const block = ws.getRangeByIndexes(next, columnIndex, count, columnCount);
    block.load("values");
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per chunk keeps each response under 5 MB
      await context.sync();
    } catch (e) {
      if (!isPayloadError(e)) throw e;
      if (size <= MIN_RETRY_ROWS) throw new AddinError("payload-too-large", `${count} rows x ${columnCount} columns`);
      size = Math.max(MIN_RETRY_ROWS, Math.floor(size / 2));
      continue;
    }
    laterSyncs++;
    rows.push(...convertBlock(block.values, next + 1, columnIndex + 1, errors));
    next += count;
    opts.onProgress?.(next - rowIndex, total);
  }
  const merges = b.merges.flatMap((m) => (m.isNullObject ? [] : areasOf(m.address)));
  return {
    input: { name: ws.name, rows, rowOffset: rowIndex + 1, colOffset: columnIndex + 1, merges },
    sheetId: ws.id,
    protected: ws.protection.protected,
    rowIndex,
    columnIndex,
    rowCount: total,
    columnCount,
    laterSyncs,
  };
}
