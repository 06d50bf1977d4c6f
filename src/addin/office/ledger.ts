// the marks ledger: each marked cell's own fill and note, kept in a very hidden sheet so that
// "Xóa đánh dấu" restores them exactly, also after the workbook was saved and reopened
import type { Severity } from "../../engine/index.js";
import { type BatchOp, MAX_OP_BYTES, rowSlices } from "./batch.js";
import { isPayloadError } from "../shared/errors.js";

export const LEDGER_SHEET = "thidua_marks";
export const LEDGER_TAG = "thidua-marks/2";
/** the first ledgers named sheets by Worksheet.id, which changes between sessions: their rows match by name */
const OLD_TAG = "thidua-marks/1";
const COLUMNS = ["sheetKey", "sheet", "cell", "fill", "note", "annotation", "severity"] as const;
export const LEDGER_WIDTH = COLUMNS.length;

/** a cell's fill as getCellProperties reports it */
export interface FillSnapshot {
  color: string;
  pattern: string;
  patternColor?: string;
  tintAndShade?: number;
  patternTintAndShade?: number;
}

export type Annotation = "note" | "comment" | "none";

export interface LedgerEntry {
  /** the sheet's own key (sheetKey.ts); "" where the host has no custom properties (then the name counts) */
  sheetKey: string;
  sheet: string;
  cell: string;
  /** the cell's own fill before the add-in first marked it */
  fill: FillSnapshot;
  /** its own note before the add-in wrote one (notes mode); null when it had none */
  note: string | null;
  annotation: Annotation;
  /** the severity the cell is marked with now */
  severity: Severity;
}

// every cell is stored as JSON text: it starts with " or {, never = + - @ or an apostrophe Excel would eat
function enc(v: unknown): string {
  return JSON.stringify(v);
}

function dec(v: unknown): unknown {
  if (typeof v !== "string" || v === "") return undefined;
  try {
    return JSON.parse(v) as unknown;
  } catch {
    return undefined;
  }
}

export function encodeLedger(entries: readonly LedgerEntry[]): string[][] {
  const head = [enc(LEDGER_TAG), ...COLUMNS.slice(1).map(enc)];
  const rows = entries.map((e) => [
    enc(e.sheetKey),
    enc(e.sheet),
    enc(e.cell),
    enc(e.fill),
    enc(e.note),
    enc(e.annotation),
    enc(e.severity),
  ]);
  return [head, ...rows];
}

function isFill(v: unknown): v is FillSnapshot {
  return !!v && typeof v === "object" && typeof (v as FillSnapshot).color === "string" && typeof (v as FillSnapshot).pattern === "string";
}

const ANNOTATIONS = new Set<unknown>(["note", "comment", "none"]);
const SEVERITIES = new Set<unknown>(["error", "warning", "info"]);

/** rows read back from the ledger sheet; rows that do not parse are dropped, never guessed */
export function decodeLedger(values: readonly (readonly unknown[])[]): LedgerEntry[] {
  const tag = dec(values[0]?.[0]);
  if (values.length === 0 || (tag !== LEDGER_TAG && tag !== OLD_TAG)) return [];
  const out: LedgerEntry[] = [];
  for (const row of values.slice(1)) {
    const [key, sheet, cell, fill, note, annotation, severity] = row.map(dec);
    if (typeof key !== "string" || typeof sheet !== "string" || typeof cell !== "string" || !isFill(fill)) continue;
    if (note !== null && typeof note !== "string") continue;
    if (!ANNOTATIONS.has(annotation) || !SEVERITIES.has(severity)) continue;
    out.push({
      sheetKey: tag === OLD_TAG ? "" : key,
      sheet,
      cell,
      fill,
      note,
      annotation: annotation as Annotation,
      severity: severity as Severity,
    });
  }
  return out;
}

/** queues "is there a ledger sheet?"; answer with `ledgerFound` after the next sync */
export function probeLedger(context: Excel.RequestContext): Excel.Worksheet {
  const sheet = context.workbook.worksheets.getItemOrNullObject(LEDGER_SHEET);
  sheet.load("name");
  return sheet;
}

export function ledgerFound(probe: Excel.Worksheet | null): boolean {
  return probe !== null && !probe.isNullObject;
}

/** ledger rows per read: about 1.5 MB of answer at the usual 150 bytes a row */
export const LEDGER_READ_ROWS = 10_000;

export interface LedgerRead {
  used: Excel.Range;
  first: Excel.Range;
}

/** queues the ledger's size and first rows; finish with `readLedgerRest` after the next sync */
export function queueLedgerRead(context: Excel.RequestContext): LedgerRead {
  const used = context.workbook.worksheets.getItem(LEDGER_SHEET).getUsedRange(true);
  used.load("rowCount");
  const first = used.getIntersectionOrNullObject(`1:${LEDGER_READ_ROWS}`);
  first.load("values");
  return { used, first };
}

/** the rest of the ledger, a request per slice, halved when an answer is still too large */
export async function readLedgerRest(context: Excel.RequestContext, head: LedgerRead): Promise<unknown[][]> {
  const rows: unknown[][] = head.first.isNullObject ? [] : [...head.first.values];
  const total = head.used.rowCount;
  let size = LEDGER_READ_ROWS;
  while (rows.length < total) {
    const slice = context.workbook.worksheets.getItem(LEDGER_SHEET).getRangeByIndexes(rows.length, 0, Math.min(size, total - rows.length), LEDGER_WIDTH);
    slice.load("values");
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per slice keeps each answer under 5 MB
      await context.sync();
    } catch (e) {
      if (!isPayloadError(e) || size <= 100) throw e;
      size = Math.floor(size / 2);
      continue;
    }
    rows.push(...slice.values);
  }
  return rows;
}

/**
 * the ledger's rewrite as batch calls: the sheet cleared (or added, very hidden), then its rows in slices
 * that each stay well under the request limit, text number format first, then the values.
 * `exists` says whether the sheet is already there. No entries left: the sheet goes (made merely hidden
 * first, as Excel refuses to delete a very hidden sheet).
 */
export function ledgerWriteOps(context: Excel.RequestContext, exists: boolean, entries: readonly LedgerEntry[]): BatchOp[] {
  const sheets = context.workbook.worksheets;
  if (entries.length === 0) {
    if (!exists) return [];
    return [
      {
        bytes: 100,
        queue: () => {
          const s = sheets.getItem(LEDGER_SHEET);
          s.visibility = "Hidden";
          s.delete();
        },
      },
    ];
  }
  const matrix = encodeLedger(entries);
  let sheet: Excel.Worksheet | null = null;
  const ops: BatchOp[] = [
    {
      bytes: 100,
      queue: () => {
        sheet = exists ? sheets.getItem(LEDGER_SHEET) : sheets.add(LEDGER_SHEET);
        if (exists) sheet.getRange().clear("Contents");
        sheet.visibility = "VeryHidden";
      },
    },
  ];
  for (const [start, end] of rowSlices(matrix, MAX_OP_BYTES / 2, 6)) {
    const rows = matrix.slice(start, end);
    ops.push({
      bytes: JSON.stringify(rows).length + rows.length * LEDGER_WIDTH * 6,
      queue: () => {
        const range = sheet!.getRangeByIndexes(start, 0, rows.length, LEDGER_WIDTH);
        range.numberFormat = rows.map((r) => r.map(() => "@"));
        range.values = rows;
      },
    });
  }
  return ops;
}
