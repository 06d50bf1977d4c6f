// reads an .xlsx into the engine's SheetInput: exceljs's streaming reader, its full reader as fallback
import ExcelJS from "exceljs";
import type { CellValue, SheetInput } from "../engine/index.js";
import { normalizeText } from "../engine/index.js";
import { toCellValue } from "./cell-value.js";
import { WorkbookError } from "./errors.js";
import { openWorkbook, type OpenedWorkbook } from "./open.js";
import type { SheetRef } from "./ooxml/package.js";
import { readSheetFacts } from "./sheet-parts.js";

export type ReadMode = "stream" | "full";

export interface ReadOptions {
  /** only this sheet (exact name first, then ignoring case and accents) */
  sheet?: string;
  /** "stream" (default) falls back to "full" when the streaming reader cannot give every value */
  mode?: ReadMode;
  /** the name reported in SheetInput.file (default: the path as given) */
  label?: string;
  /** sheet names to leave out unless asked for by name (our own summary sheet of an earlier run) */
  exclude?: string[];
  onProgress?: (sheet: string, rowsDone: number, rowsTotal: number | undefined) => void;
}

export interface ReadResult {
  opened: OpenedWorkbook;
  /** the sheets read, in workbook order */
  sheets: SheetInput[];
  /** the part name of each sheet read, same order */
  parts: SheetRef[];
  mode: ReadMode;
}

type Grid = Map<string, CellValue[][]>; // sheet part -> rows (index 0 = worksheet row 1)

class Incomplete extends Error {}

function pickSheets(opened: OpenedWorkbook, wanted: string | undefined, exclude: string[] = []): SheetRef[] {
  const all = opened.pkg.sheets.filter((s) => s.kind === "worksheet");
  if (wanted === undefined) {
    const skip = new Set(exclude.map((n) => normalizeText(n)));
    const kept = all.filter((s) => !skip.has(normalizeText(s.name)));
    return kept.length ? kept : all;
  }
  const exact = all.filter((s) => s.name === wanted);
  const loose = exact.length ? exact : all.filter((s) => normalizeText(s.name) === normalizeText(wanted));
  if (!loose.length) throw new WorkbookError("sheet-not-found", opened.file, { sheet: wanted, sheets: all.map((s) => s.name).join(", ") });
  return loose.slice(0, 1);
}

function put(rows: CellValue[][], row: number, col: number, v: CellValue): void {
  if (v === null) return;
  const r = (rows[row - 1] ??= []);
  while (r.length < col - 1) r.push(null);
  r[col - 1] = v;
}

type Row = { number: number; eachCell: (cb: (cell: ExcelJS.Cell, col: number) => void) => void };

// the font is looked up only for text that could be TCVN3 (it costs a style lookup per cell)
const HIGH = /[\u0080-\u00FF\u0152-\u02DC\u2013-\u2122]/;

function addRow(rows: CellValue[][], row: Row, stream: boolean): void {
  row.eachCell((cell, col) => {
    const v = cell.value;
    put(rows, row.number, col, toCellValue(v, typeof v === "string" && HIGH.test(v) ? cell.font?.name : undefined, stream));
  });
}

async function readStream(opened: OpenedWorkbook, targets: SheetRef[], opts: ReadOptions, totals: Map<string, number | undefined>): Promise<Grid> {
  const grid: Grid = new Map();
  const byPart = new Map(targets.map((t) => [t.part.toLowerCase(), t]));
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(opened.file, {
    worksheets: "emit",
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    entries: "emit",
  });
  let sheetNo = "";
  (reader as unknown as NodeJS.EventEmitter).on("entry", (e: { type: string; id?: string }) => {
    if (e.type === "worksheet") sheetNo = String(e.id);
  });
  for await (const ws of reader) {
    const ref = byPart.get(`xl/worksheets/sheet${sheetNo}.xml`);
    if (!ref) continue;
    const rows: CellValue[][] = [];
    grid.set(ref.part, rows);
    let n = 0;
    for await (const row of ws as unknown as AsyncIterable<Row>) {
      addRow(rows, row, true);
      if (opts.onProgress && ++n % 5000 === 0) opts.onProgress(ref.name, n, totals.get(ref.part));
    }
  }
  if (grid.size !== targets.length) throw new Incomplete("sheet parts the streaming reader does not see");
  return grid;
}

async function readFull(opened: OpenedWorkbook, targets: SheetRef[]): Promise<Grid> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(opened.buffer as unknown as ArrayBuffer);
  const grid: Grid = new Map();
  for (const t of targets) {
    const ws = wb.worksheets.find((w) => w.name === t.name);
    const rows: CellValue[][] = [];
    // the full model repeats a merged area's value in every cell of it; the file holds it once
    ws?.eachRow({ includeEmpty: false }, (row) =>
      addRow(rows, {
        number: row.number,
        eachCell: (cb) => row.eachCell((cell, col) => (cell.isMerged && cell.master !== cell ? undefined : cb(cell, col))),
      }, false),
    );
    grid.set(t.part, rows);
  }
  return grid;
}

export async function readWorkbook(file: string, opts: ReadOptions = {}): Promise<ReadResult> {
  const opened = await openWorkbook(file);
  const targets = pickSheets(opened, opts.sheet, opts.exclude);
  // merged areas and used ranges come from the raw xml, inflated in zlib's threads while exceljs reads
  const factsP = Promise.all(targets.map(async (t) => [t.part, await readSheetFacts(opened.zip, t.part)] as const)).then(
    (list) => new Map(list),
    (e: unknown) => new WorkbookError("corrupt", file, { detail: (e as Error).message }, e),
  );
  const totals = new Map<string, number | undefined>();
  void factsP.then((f) => f instanceof Map && f.forEach((v, k) => totals.set(k, v.lastRow)));
  let mode: ReadMode = opts.mode ?? "stream";
  let grid: Grid;
  try {
    try {
      grid = mode === "stream" ? await readStream(opened, targets, opts, totals) : await readFull(opened, targets);
    } catch (e) {
      // the streaming reader is the fast path; the full reader is the reference for anything it cannot do
      if (mode !== "stream" || e instanceof WorkbookError) throw e;
      mode = "full";
      grid = await readFull(opened, targets);
    }
  } catch (e) {
    // a damaged part is named by our own checksum check rather than by whatever exceljs tripped on
    const f = await factsP;
    if (f instanceof WorkbookError) throw f;
    if (e instanceof WorkbookError) throw e;
    throw new WorkbookError("corrupt", file, { detail: (e as Error).message }, e);
  }
  const facts = await factsP;
  if (facts instanceof WorkbookError) throw facts;
  const label = opts.label ?? file;
  const sheets: SheetInput[] = targets.map((t) => {
    const rows = grid.get(t.part) ?? [];
    for (let i = 0; i < rows.length; i++) rows[i] ??= [];
    const merges = facts.get(t.part)?.merges ?? [];
    return { file: label, name: t.name, rows, rowOffset: 1, colOffset: 1, ...(merges.length ? { merges } : {}) };
  });
  if (sheets.every((s) => s.rows.every((r) => r.every((v) => v === null))))
    throw new WorkbookError("empty", file, opts.sheet === undefined ? {} : { sheet: opts.sheet });
  return { opened, sheets, parts: targets, mode };
}
