// fills: read them as snapshots, paint marks by severity, put the cells' own fills back, grouped
import type { Severity } from "../../engine/index.js";
import { cellAddress as cellRef, chunkAddresses, parseCellRef, rectAddress, type Rect } from "../shared/address.js";
import { type BatchOp, MAX_OP_BYTES } from "./batch.js";
import type { FillSnapshot } from "./ledger.js";
import { MARK_FILL, sameColor } from "./plan.js";
import { type CellPos, mergeRuns, rectCells } from "./runs.js";

export const FILL_PROPS: Excel.CellPropertiesLoadOptions = {
  format: { fill: { color: true, pattern: true, patternColor: true, tintAndShade: true, patternTintAndShade: true } },
};

/**
 * a cell's fill from getCellProperties, made plain: "No Fill" and solid white both come back as color
 * "#FFFFFF" (office-js #6218, #4900) and pattern can be null (#4900), but tintAndShade is null for No Fill
 * and a number for a colour (#4900; RangeFill.tintAndShade). So: tintAndShade null or pattern "None" is
 * no fill; a null pattern with a colour is solid; white stays white.
 */
export function snapshotOf(p: Excel.CellProperties | undefined): FillSnapshot {
  const f = p?.format?.fill;
  const none: FillSnapshot = { color: "#FFFFFF", pattern: "None" };
  if (!f || f.pattern === "None" || f.tintAndShade === null) return none;
  // a host that gives no tintAndShade at all: a null pattern on white is read as no fill, the usual case
  if (f.tintAndShade === undefined && (f.pattern === null || f.pattern === undefined) && sameColor(f.color ?? "#FFFFFF", "#FFFFFF")) return none;
  const s: FillSnapshot = { color: f.color ?? "#FFFFFF", pattern: f.pattern ?? "Solid" };
  if (typeof f.patternColor === "string") s.patternColor = f.patternColor;
  if (typeof f.tintAndShade === "number") s.tintAndShade = f.tintAndShade;
  if (typeof f.patternTintAndShade === "number") s.patternTintAndShade = f.patternTintAndShade;
  return s;
}

/** a getCellProperties fill answer is about this many bytes of JSON per cell */
const FILL_BYTES_PER_CELL = 130;

/** reads of the cells' fills, over merged rectangles, as batch calls that fill `into` once back */
export function fillReadOps(ws: Excel.Worksheet, cells: Iterable<CellPos>, into: Map<string, FillSnapshot>): BatchOp[] {
  return splitRects(mergeRuns(cells), MAX_OP_BYTES / FILL_BYTES_PER_CELL).map((r) => ({
    bytes: (r.bottom - r.top + 1) * (r.right - r.left + 1) * FILL_BYTES_PER_CELL,
    queue: () => {
      const res = ws.getRange(rectAddress(r)).getCellProperties(FILL_PROPS);
      return () => {
        // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- called by the Batcher once the request is back; a ClientResult needs no load
        const grid = res.value;
        for (const { row, col } of rectCells(r)) into.set(cellRef(row, col), snapshotOf(grid[row - r.top]?.[col - r.left]));
      };
    },
  }));
}

/** rectangles cut into row bands of at most `maxCells` cells each */
function splitRects(rects: readonly Rect[], maxCells: number): Rect[] {
  const out: Rect[] = [];
  for (const r of rects) {
    const width = r.right - r.left + 1;
    const band = Math.max(1, Math.floor(maxCells / width));
    for (let top = r.top; top <= r.bottom; top += band) out.push({ ...r, top, bottom: Math.min(r.bottom, top + band - 1) });
  }
  return out;
}

/** the add-in's mark: its colour, solid (a null pattern was made "Solid" by snapshotOf), not tinted */
export function isMarkFill(current: FillSnapshot | undefined, severity: Severity): boolean {
  return !!current && current.pattern === "Solid" && !current.tintAndShade && sameColor(current.color, MARK_FILL[severity]);
}

function fillKey(f: FillSnapshot): string {
  return JSON.stringify([f.pattern, f.color.toUpperCase(), f.patternColor ?? "", f.tintAndShade ?? 0, f.patternTintAndShade ?? 0]);
}

function isPlainSolid(f: FillSnapshot): boolean {
  return f.pattern === "Solid" && !f.tintAndShade;
}

function positions(cells: readonly string[]): CellPos[] {
  const out: CellPos[] = [];
  for (const c of cells) {
    const p = parseCellRef(c);
    if (p) out.push(p);
  }
  return out;
}

/** a fill call over a getRanges address list: its address and a little framing */
function areasOp(ws: Excel.Worksheet, chunk: string, apply: (f: Excel.RangeFormat) => void): BatchOp {
  return { bytes: chunk.length + 100, queue: () => apply(ws.getRanges(chunk).format) };
}

/** paints cells with one fill: one call per getRanges address chunk */
export function fillOps(ws: Excel.Worksheet, cells: readonly string[], color: string): BatchOp[] {
  return chunkAddresses(mergeRuns(positions(cells)).map(rectAddress)).map((chunk) => areasOp(ws, chunk, (f) => void (f.fill.color = color)));
}

/**
 * puts back the cells' own fills: "no fill" and plain solid colours (white too) go through getRanges in a
 * few calls per distinct fill; rare patterned or tinted fills are set cell-exact with setCellProperties
 */
export function fillRestoreOps(ws: Excel.Worksheet, items: readonly { cell: string; fill: FillSnapshot }[]): BatchOp[] {
  const groups = new Map<string, { fill: FillSnapshot; cells: string[] }>();
  for (const it of items) {
    const k = fillKey(it.fill);
    const g = groups.get(k);
    if (g) g.cells.push(it.cell);
    else groups.set(k, { fill: it.fill, cells: [it.cell] });
  }
  const ops: BatchOp[] = [];
  for (const { fill, cells } of groups.values()) {
    if (fill.pattern === "None") {
      for (const chunk of chunkAddresses(mergeRuns(positions(cells)).map(rectAddress))) ops.push(areasOp(ws, chunk, (f) => f.fill.clear()));
    } else if (isPlainSolid(fill)) {
      ops.push(...fillOps(ws, cells, fill.color));
    } else {
      for (const r of splitRects(mergeRuns(positions(cells)), MAX_OP_BYTES / FILL_BYTES_PER_CELL)) {
        const grid = exactGrid(r, fill);
        ops.push({ bytes: JSON.stringify(grid).length, queue: () => ws.getRange(rectAddress(r)).setCellProperties(grid) });
      }
    }
  }
  return ops;
}

function exactGrid(r: Rect, fill: FillSnapshot): Excel.SettableCellProperties[][] {
  const f: Excel.CellPropertiesFill = { color: fill.color, pattern: fill.pattern as Excel.FillPattern };
  if (fill.patternColor !== undefined) f.patternColor = fill.patternColor;
  if (fill.tintAndShade !== undefined) f.tintAndShade = fill.tintAndShade;
  if (fill.patternTintAndShade !== undefined) f.patternTintAndShade = fill.patternTintAndShade;
  const row = Array.from({ length: r.right - r.left + 1 }, () => ({ format: { fill: f } }));
  return Array.from({ length: r.bottom - r.top + 1 }, () => row);
}
