// fills: read them as snapshots, paint marks by severity, put the cells' own fills back, grouped
import type { Severity } from "../../engine/index.js";
import { chunkAddresses, parseCellRef, rectAddress, type Rect } from "../shared/address.js";
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

/** queued getCellProperties over merged rectangles; read after the next sync */
export interface FillReader {
  read(): Map<string, FillSnapshot>;
}

export function queueFillRead(ws: Excel.Worksheet, cells: Iterable<CellPos>): FillReader {
  const jobs = mergeRuns(cells).map((r) => ({ r, res: ws.getRange(rectAddress(r)).getCellProperties(FILL_PROPS) }));
  return {
    read() {
      const out = new Map<string, FillSnapshot>();
      for (const { r, res } of jobs) {
        const grid = res.value;
        rectCells(r).forEach(({ row, col }) => {
          out.set(rectAddress({ top: row, left: col, bottom: row, right: col }), snapshotOf(grid[row - r.top]?.[col - r.left]));
        });
      }
      return out;
    },
  };
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

/** paints cells with one fill; returns the number of formatting operations queued */
export function queueFill(ws: Excel.Worksheet, cells: readonly string[], color: string): number {
  let ops = 0;
  for (const chunk of chunkAddresses(mergeRuns(positions(cells)).map(rectAddress))) {
    ws.getRanges(chunk).format.fill.color = color;
    ops++;
  }
  return ops;
}

/**
 * puts back the cells' own fills: "no fill" and plain solid colours go through getRanges in a few
 * calls per distinct fill; rare patterned or tinted fills are set cell-exact with setCellProperties
 */
export function queueFillRestore(ws: Excel.Worksheet, items: readonly { cell: string; fill: FillSnapshot }[]): number {
  const groups = new Map<string, { fill: FillSnapshot; cells: string[] }>();
  for (const it of items) {
    const k = fillKey(it.fill);
    const g = groups.get(k);
    if (g) g.cells.push(it.cell);
    else groups.set(k, { fill: it.fill, cells: [it.cell] });
  }
  let ops = 0;
  for (const { fill, cells } of groups.values()) {
    if (fill.pattern === "None") {
      for (const chunk of chunkAddresses(mergeRuns(positions(cells)).map(rectAddress))) {
        ws.getRanges(chunk).format.fill.clear();
        ops++;
      }
    } else if (isPlainSolid(fill)) {
      ops += queueFill(ws, cells, fill.color);
    } else {
      for (const r of mergeRuns(positions(cells))) {
        ws.getRange(rectAddress(r)).setCellProperties(exactGrid(r, fill));
        ops++;
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
