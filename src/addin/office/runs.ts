// merge single cells into few rectangles so formatting touches ranges, not thousands of cells
import { type Rect, cellAddress, rectAddress } from "../shared/address.js";

export interface CellPos {
  row: number;
  col: number;
}

export function cellKey(row: number, col: number): string {
  return cellAddress(row, col);
}

/** vertical runs per column, then side-by-side runs with the same rows joined into one rectangle */
export function mergeRuns(cells: Iterable<CellPos>): Rect[] {
  const byCol = new Map<number, number[]>();
  for (const c of cells) {
    const rows = byCol.get(c.col);
    if (rows) rows.push(c.row);
    else byCol.set(c.col, [c.row]);
  }
  const columns = [...byCol.keys()].sort((a, b) => a - b);
  const open = new Map<string, Rect>(); // "top:bottom" -> rect still growing to the right
  const done: Rect[] = [];
  for (const col of columns) {
    const rows = [...new Set(byCol.get(col))].sort((a, b) => a - b);
    const runs: [number, number][] = [];
    for (const r of rows) {
      const last = runs[runs.length - 1];
      if (last && last[1] === r - 1) last[1] = r;
      else runs.push([r, r]);
    }
    const next = new Map<string, Rect>();
    for (const [top, bottom] of runs) {
      const key = `${top}:${bottom}`;
      const prev = open.get(key);
      if (prev && prev.right === col - 1) {
        prev.right = col;
        next.set(key, prev);
        open.delete(key);
      } else next.set(key, { top, bottom, left: col, right: col });
    }
    for (const r of open.values()) done.push(r);
    open.clear();
    for (const [k, r] of next) open.set(k, r);
  }
  done.push(...open.values());
  return done.sort((a, b) => a.left - b.left || a.top - b.top);
}

export function runAddresses(cells: Iterable<CellPos>): string[] {
  return mergeRuns(cells).map(rectAddress);
}

export function rectCells(r: Rect): CellPos[] {
  const out: CellPos[] = [];
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.push({ row, col });
  return out;
}
